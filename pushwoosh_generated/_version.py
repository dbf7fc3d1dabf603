# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "bdd7860186c3da6347add90de2d8c279f077f6eedaee6d5cb0d3758ee5055a89"
GENERATOR_SHA256 = "0f596dafe8d2e5f57bb05f549135d8a7d55065723608fe7a53953b07ee23eeb2"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

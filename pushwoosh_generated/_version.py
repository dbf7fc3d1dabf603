# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "bdd7860186c3da6347add90de2d8c279f077f6eedaee6d5cb0d3758ee5055a89"
GENERATOR_SHA256 = "90d9eabf4dd7073706f7179123e816c9a68907693fdd19ba45effab815e30b39"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

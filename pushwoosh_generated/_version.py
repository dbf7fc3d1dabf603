# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "8c8a90b646dee1c68ae9f47633cdfe11305d8d6665827523a282d7864567a638"
GENERATOR_SHA256 = "9c6f23b165934e35b7e1951f1006e24628a520e09e1a053a38cf3b427b7a9e46"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "6d16a5cc2c57ace7da64f3b2d6a4a0ba353041126f6002851b995e3726f2dbd7"
GENERATOR_SHA256 = "373454991519e9a23569b3bf624d0559cb39d61467d4af65c60fc262ce99fe7a"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "5ee8031d916867d72f3752e5e7da4457ac9ea50b7c6d0e20a0b232910abfa07d"
GENERATOR_SHA256 = "031386959bf783b239a38f8fc340eca69d24c6e69487581f17a618a7409bbb9c"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

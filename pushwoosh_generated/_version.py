# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "b3c8366fa040e7fcab1b07515d8888bae9086a2c922e13ab7f806edf0a4399ac"
GENERATOR_SHA256 = "8cd0aba5a1e9ac4a7dac0ab93f6fd52802b121c255eb9289d6a703f34afd2512"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "c5e4680a700131b0ee59509bb97f8d1665b203c4b71a560506eed0e53f2b26f3"
GENERATOR_SHA256 = "8cd0aba5a1e9ac4a7dac0ab93f6fd52802b121c255eb9289d6a703f34afd2512"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

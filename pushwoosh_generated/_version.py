# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "4439d53b58a933d91e2305b11cd13bc7dac04d473d68d37b4f8ccff991bce60f"
GENERATOR_SHA256 = "8cd0aba5a1e9ac4a7dac0ab93f6fd52802b121c255eb9289d6a703f34afd2512"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "1.0.0"
SPEC_SHA256 = "70b26122923f0567e2d39044ee65bcbbda83fa99b9645e2e2227bab260febc11"
GENERATOR_SHA256 = "8431a8286e4d75ecaafa74fbf1edd55cf001d2543ea4fad724b87006d8e509bf"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

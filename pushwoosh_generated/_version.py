# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "1.0.0"
SPEC_SHA256 = "70b26122923f0567e2d39044ee65bcbbda83fa99b9645e2e2227bab260febc11"
GENERATOR_SHA256 = "82ccae31e0de2c4bf98478822b54c0f4a36c79df7d1d8091000ed1e18516bdd9"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

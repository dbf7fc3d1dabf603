# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "9435d0a55d74c4de0843e8d6cd538539a75197580de0e0560af6e73ab013d8e6"
GENERATOR_SHA256 = "222b36c64f33357b191e85939c0cd746b98efb7724923489acfed18c62542481"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

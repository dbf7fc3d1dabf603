# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "50077b12f56e42113b6f5d4ee962837746c25378a9ee4471724c9989c098d4b0"
GENERATOR_SHA256 = "e703d3891d5aef1d9e7c03d3d36453d785ee343f16e61bb6acf317dc7d91b105"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

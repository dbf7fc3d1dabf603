# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "b3ed79fe5d8829f23f407aed5820d93e11da6fd58240fd0a5173c7e8b70b9497"
GENERATOR_SHA256 = "ac405a6ae06cf72b26ec81891aa0a2f7dc06cc009ea75a81c71077b6603e7b23"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "1.0.0"
SPEC_SHA256 = "35259fabc7648ddbe43c4e5da8cd205112c45848556eb111ad0f7fdb11ae60ce"
GENERATOR_SHA256 = "c0d0a19329893ee2f733a9da77cea82f6938e3f44bee0d7c46f0356e2b9a57f2"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

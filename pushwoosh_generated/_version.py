# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "b3ba72018ec66d1e9a5d13729c9746e1bb1892af7f2fa77528910c416945b76a"
GENERATOR_SHA256 = "c0d0a19329893ee2f733a9da77cea82f6938e3f44bee0d7c46f0356e2b9a57f2"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "eb446b7d9fdcd1df67e66c7f94341056fbc19f56ddfc0fd2fcaae9d7fb4bd713"
GENERATOR_SHA256 = "a15188fc6cd4cb2c4ae5a1799890af3258f31cae7d82bfdafab6c767da39154a"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

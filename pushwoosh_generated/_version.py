# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "8b090b0b75247aba9153e64c271a0e68faacfb97fa6a1709b3ec35088d6834ef"
GENERATOR_SHA256 = "803af5a0cf437786ad5c2a7cd31c64f231f38c8a555ad8af4d44b7fc719d0cb7"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

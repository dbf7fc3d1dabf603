# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "35abace3c73be933380125bb40143458ba7af99ef8e45887eee5b98fa3e97b0d"
GENERATOR_SHA256 = "9aa482f533c09e92418d5ed2f505bbb067a6f33ef6090c580ef55e952f35f507"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "7f1f654a580bc47fae0eef74cd35f873ea59d30a1b8ce008142aa22bd179e7d0"
GENERATOR_SHA256 = "651525c2e9d9aaea0d3a464a71d61ea129154e6ad2eb80ceb0469fa46587b10a"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

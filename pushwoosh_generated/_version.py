# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "aa37bc0c98e3cfee4359be0e5521e4ffd5dc5039b3c43ffe4646e6303a639431"
GENERATOR_SHA256 = "dbe8d5bfbed7668a3ce18087248d76411054bf156ce457ae45186f7eb8161b5e"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

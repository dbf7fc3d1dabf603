# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "d6ca8adcc8d19cc895ae3b937d358b121fdfc814d1c51bae28e8b709f3225e92"
GENERATOR_SHA256 = "dbe8d5bfbed7668a3ce18087248d76411054bf156ce457ae45186f7eb8161b5e"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

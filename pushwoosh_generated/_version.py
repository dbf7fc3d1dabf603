# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "9b1310aab11248e41e660fc678d3c2d60c17ce1fb4f9ceacb065143a262b21ad"
GENERATOR_SHA256 = "dbe8d5bfbed7668a3ce18087248d76411054bf156ce457ae45186f7eb8161b5e"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

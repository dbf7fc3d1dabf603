# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "7f1f654a580bc47fae0eef74cd35f873ea59d30a1b8ce008142aa22bd179e7d0"
GENERATOR_SHA256 = "363db06ad932e17d4de2a0a14c2da6ee328e1addca879c403d2155cad4a086bb"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

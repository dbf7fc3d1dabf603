# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "6d6e73d7b70503747a3dc439e663fa76575d433d9391b7b5534405c2106a659e"
GENERATOR_SHA256 = "ce22f3bb3af0a4588a094378f4ecfd9876018e2a73fd5dd8c286c8ed060b8910"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "bfe1a277ef5ad556f217b274860bc2ec9fc653b961171dfbefa56c6ce066e3b2"
GENERATOR_SHA256 = "945617210bbf50867a0c6f8ba9a93006762cdd01c4fa1334180e59301f11a4a7"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

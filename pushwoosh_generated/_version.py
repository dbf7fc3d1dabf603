# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "f5351c22d67d6cf2db343eb54870296debd737d4f710a595a508388c3aff0d34"
GENERATOR_SHA256 = "e7e8e678800af0afa1cf92c5af78470c0cbe40d4dfaa600f00f32c46ec46e0c7"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "00f37fae0269155462110c4d581300c7d13393f1660dac0c0edddc0ae1a4f153"
GENERATOR_SHA256 = "c13ada1f727526a15bc46022981f1a472eea098b3e0e729d1ae0dd694dc50932"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

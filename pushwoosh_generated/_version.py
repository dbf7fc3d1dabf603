# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "6175c3734adee5825d21b171121cc37c3b044c2c2b1a87fe18531f8029362e2b"
GENERATOR_SHA256 = "eb9f4baf8aaaea5846bce81a9e35d93ee8a17551f311af00d5dd4a1811879dbb"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "7da2587da2e625802de878b822bc5197566dfd0c2001054c5cf2ee3d38659e9f"
GENERATOR_SHA256 = "eb9f4baf8aaaea5846bce81a9e35d93ee8a17551f311af00d5dd4a1811879dbb"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "1.0.0"
SPEC_SHA256 = "dbb30f36f39f4770ead5186b8bf71a2aaf6a079f65bdf2df89b20563bdf322d3"
GENERATOR_SHA256 = "d1ddc69a71d3c782aea1a7313d453cfb9270ff4b63433f4dfabd67ccd63004e5"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

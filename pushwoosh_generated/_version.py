# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "1.0.0"
SPEC_SHA256 = "dbb30f36f39f4770ead5186b8bf71a2aaf6a079f65bdf2df89b20563bdf322d3"
GENERATOR_SHA256 = "6aa034f9d64c59c78cff63f93c7650cb0cbc5bb65d38ca2d5192256cabfb6813"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

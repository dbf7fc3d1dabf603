# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "14802cc5fd37b193b9e545de0465ebebb1d0262449ae7af48ab019db1996f7f0"
GENERATOR_SHA256 = "4a7299831647c1e7976b1be0dc9a7da9ab39cb386dd1575edd666f29a600d0e0"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "cfef73962820f96531be13576bb8a08ab303263d17df6aabdd940607d458e4a2"
GENERATOR_SHA256 = "5892328599657eefdd65be525c90302bb64561dcdc3211074bf9e9fd9c1e2dd6"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

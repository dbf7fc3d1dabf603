# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "cfef73962820f96531be13576bb8a08ab303263d17df6aabdd940607d458e4a2"
GENERATOR_SHA256 = "52b82c1da57ab00b0b85bedd4918db6172d81683a25802634229e9a51320d7ab"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

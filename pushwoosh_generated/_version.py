# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "7e6dbe2a5364f70c6c087b4b5c52e1bd92ddaf05bde2824b54127198c865bda2"
GENERATOR_SHA256 = "9cf2978d4b4b7b7252596680d2dc5156234ab5413ebdfcd2242ded4425bcc638"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "7b158fed0113cf59f814c2c3609ac3ddee288f906f3b8f366933eaa7ee331264"
GENERATOR_SHA256 = "2f23a68e595d92e1b8114bccb6433af6475fc425777550ffb6c5c5a2dfa8c137"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "7b158fed0113cf59f814c2c3609ac3ddee288f906f3b8f366933eaa7ee331264"
GENERATOR_SHA256 = "20d6b669222235cc5e27e45393e4c9578bed8fd66f08656897f9e315b84b2347"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

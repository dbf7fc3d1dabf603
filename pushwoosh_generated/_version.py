# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "2.0.0"
SPEC_SHA256 = "041b1eef517c189c4c9655a40689f9a490c0973c4d502a2e5a2912c6acbc6419"
GENERATOR_SHA256 = "bb3464942415d4b97b3084daf50dc8428354c498318ae6b6cb00553dcd7f6b67"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

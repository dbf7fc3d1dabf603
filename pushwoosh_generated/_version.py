# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "9b1310aab11248e41e660fc678d3c2d60c17ce1fb4f9ceacb065143a262b21ad"
GENERATOR_SHA256 = "31628e8724f16ff63a1997398bd2b82a004ec99b2d52b91ed25a47ba8449be97"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

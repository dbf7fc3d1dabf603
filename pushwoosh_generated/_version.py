# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "9b1310aab11248e41e660fc678d3c2d60c17ce1fb4f9ceacb065143a262b21ad"
GENERATOR_SHA256 = "288adcd5d62120a50799eff8ed5ce54c41ca6be446de980eac8c6cd56f703e7b"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

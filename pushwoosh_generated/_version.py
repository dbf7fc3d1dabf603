# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.2.0"
SPEC_SHA256 = "6d6e73d7b70503747a3dc439e663fa76575d433d9391b7b5534405c2106a659e"
GENERATOR_SHA256 = "72a45fb76fa26b6c6b5372c39954371e5b63b47ef50f6f38204a2d400fb7ba79"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

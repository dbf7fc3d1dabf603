# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "4b033e1fdf45be2489845a269593bfd00b0bbadba2580aea9853c6336bfd980d"
GENERATOR_SHA256 = "eb9f4baf8aaaea5846bce81a9e35d93ee8a17551f311af00d5dd4a1811879dbb"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

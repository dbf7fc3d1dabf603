# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The package version and what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "158e94eddb4b6c1a335abd6782adcc481e30675c507d45028073455fb25af95b"
GENERATOR_SHA256 = "9cf2978d4b4b7b7252596680d2dc5156234ab5413ebdfcd2242ded4425bcc638"
OPENAPI_PYTHON_CLIENT_VERSION = "0.29.1"

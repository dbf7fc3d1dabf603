# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class SdkAndroid(StrEnum):
    CORONA = "corona"
    PHONEGAP = "phonegap"
    PW = "pw"

    def __str__(self) -> str:
        return str(self.value)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class PresetActionType(StrEnum):
    DEEPLINK = "deepLink"
    OPENAPP = "openApp"
    RICHMEDIA = "richMedia"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import IntEnum


class RecordPopupFormEventParamsEvent(IntEnum):
    VISIT = 1
    IMPRESSION = 2

    def __str__(self) -> str:
        return str(self.value)

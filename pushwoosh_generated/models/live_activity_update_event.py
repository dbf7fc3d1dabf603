# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class LiveActivityUpdateEvent(StrEnum):
    END = "end"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class WebPopupFrequency(StrEnum):
    EVERY_VISIT = "EVERY_VISIT"
    ONCE = "ONCE"
    ONCE_PER_SESSION = "ONCE_PER_SESSION"

    def __str__(self) -> str:
        return str(self.value)

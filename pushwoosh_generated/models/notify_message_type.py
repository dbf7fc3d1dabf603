# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class NotifyMessageType(StrEnum):
    MESSAGE_TYPE_MARKETING = "MESSAGE_TYPE_MARKETING"
    MESSAGE_TYPE_TRANSACTIONAL = "MESSAGE_TYPE_TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)

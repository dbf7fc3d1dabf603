# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class MessageLogAction(StrEnum):
    DELIVERED = "delivered"
    INBOX_DELETED = "inbox_deleted"
    INBOX_DELIVERED = "inbox_delivered"
    INBOX_OPENED = "inbox_opened"
    INBOX_READ = "inbox_read"
    OPENED = "opened"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)

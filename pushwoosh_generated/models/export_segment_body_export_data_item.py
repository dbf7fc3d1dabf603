# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class ExportSegmentBodyExportDataItem(StrEnum):
    HWIDS = "hwids"
    PUSH_TOKENS = "push_tokens"
    TAGS = "tags"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)

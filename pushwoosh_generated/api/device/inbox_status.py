# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""inboxStatus: Set the status of an Inbox message."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `inbox_status()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="inboxStatus",
    python_name="inbox_status",
    path="/json/1.3/inboxStatus",
    repeat=Repeat("safe"),
    arguments={
        "application": "application",
        "inbox_code": "inbox_code",
        "status": "status",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "hash": "hash",
        "time": "time",
    },
    body_schema="InboxStatusBody",
    parse_result=parse_result,
)

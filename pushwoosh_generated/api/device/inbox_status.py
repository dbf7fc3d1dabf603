# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""inboxStatus: Set the status of an Inbox message."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `inbox_status()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="inboxStatus",
    python_name="inbox_status",
    path="/json/1.3/inboxStatus",
    repeat=Repeat.SAFE,
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
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

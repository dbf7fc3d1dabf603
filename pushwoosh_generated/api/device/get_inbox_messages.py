# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getInboxMessages: Read the Inbox messages of a user or device."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_inbox_messages_result import GetInboxMessagesResult

Result: TypeAlias = GetInboxMessagesResult | None
"""What the client's `get_inbox_messages()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetInboxMessagesResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getInboxMessages",
    python_name="get_inbox_messages",
    path="/json/1.3/getInboxMessages",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "last_code": "last_code",
        "count": "count",
        "last_request_time": "last_request_time",
    },
    body_schema="GetInboxMessagesBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

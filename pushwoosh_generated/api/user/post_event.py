# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""postEvent: Post an event."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.post_event_result import PostEventResult

Result: TypeAlias = str
"""What the client's `post_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return PostEventResult.from_dict(data).code


OPERATION: Operation[Result] = Operation(
    name="postEvent",
    python_name="post_event",
    path="/json/1.3/postEvent",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "event": "event",
        "attributes": "attributes",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "timestampUTC": "timestamp_utc",
        "timestampCurrent": "timestamp_current",
    },
    body_schema="PostEventBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

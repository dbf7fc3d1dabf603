# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""updateLiveActivity: Update or end an iOS Live Activity."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.channel_messages_result import ChannelMessagesResult

Result: TypeAlias = list[str]
"""What the client's `update_live_activity()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ChannelMessagesResult.from_dict(data).messages


OPERATION: Operation[Result] = Operation(
    name="updateLiveActivity",
    python_name="update_live_activity",
    path="/json/1.3/updateLiveActivity",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "notifications": "notifications",
    },
    body_schema="UpdateLiveActivityBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "notifications": ListItems(
            schema="UpdateLiveActivityNotification",
            fields=(
                "live_activity",
                "live_activity_id",
                "ios_live_activity",
                "live_activity_push_tokens",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""startLiveActivity: Start an iOS Live Activity on devices."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.channel_messages_result import ChannelMessagesResult

Result: TypeAlias = list[str]
"""What the client's `start_live_activity()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ChannelMessagesResult.from_dict(data).messages


OPERATION: Operation[Result] = Operation(
    name="startLiveActivity",
    python_name="start_live_activity",
    path="/json/1.3/startLiveActivity",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "notifications": "notifications",
    },
    body_schema="StartLiveActivityBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    max_items={"notifications.devices": 1000, "notifications.users": 1000},
    list_items={
        "notifications": ListItems(
            schema="StartLiveActivityNotification",
            fields=(
                "content",
                "title",
                "live_activity",
                "live_activity_id",
                "filter",
                "filter_code",
                "devices",
                "users",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

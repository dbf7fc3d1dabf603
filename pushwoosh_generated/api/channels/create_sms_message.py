# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createSMSMessage: Send an SMS to one phone number."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.channel_messages_result import ChannelMessagesResult

Result: TypeAlias = list[str]
"""What the client's `create_sms_message()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ChannelMessagesResult.from_dict(data).messages


OPERATION: Operation[Result] = Operation(
    name="createSMSMessage",
    python_name="create_sms_message",
    path="/json/1.3/createSMSMessage",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "notifications": "notifications",
    },
    body_schema="CreateSMSMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    max_items={"notifications.devices": 1},
    list_items={
        "notifications": ListItems(
            schema="SMSNotification",
            fields=(
                "send_date",
                "content",
                "devices",
                "use_auto_registration",
                "dynamic_content_placeholders",
                "preset",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

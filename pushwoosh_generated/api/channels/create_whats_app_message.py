# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createWhatsAppMessage: Send a WhatsApp message to one number."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.channel_messages_result import ChannelMessagesResult

Result: TypeAlias = list[str]
"""What the client's `create_whats_app_message()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ChannelMessagesResult.from_dict(data).messages


OPERATION: Operation[Result] = Operation(
    name="createWhatsAppMessage",
    python_name="create_whats_app_message",
    path="/json/1.3/createWhatsAppMessage",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "notifications": "notifications",
    },
    body_schema="CreateWhatsAppMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    max_items={"notifications.devices": 1},
    list_items={
        "notifications": ListItems(
            schema="WhatsAppNotification",
            fields=(
                "send_date",
                "content",
                "content_id",
                "devices",
                "use_auto_registration",
                "content_variables",
                "button_url_variables",
                "header_variables",
                "preset",
                "language",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createKakaoMessage: Send a KakaoTalk message from an approved template."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.channel_messages_result import ChannelMessagesResult

Result: TypeAlias = list[str]
"""What the client's `create_kakao_message()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ChannelMessagesResult.from_dict(data).messages


OPERATION: Operation[Result] = Operation(
    name="createKakaoMessage",
    python_name="create_kakao_message",
    path="/json/1.3/createKakaoMessage",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "notifications": "notifications",
    },
    body_schema="CreateKakaoMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "notifications": ListItems(
            schema="KakaoNotification",
            fields=(
                "send_date",
                "devices",
                "users",
                "template",
                "kakao_content_variables",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

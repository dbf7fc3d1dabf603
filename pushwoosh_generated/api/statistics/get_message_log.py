# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getMessageLog: The log of what happened to messages, device by device."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import PageFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_message_log_answer import GetMessageLogAnswer

Result: TypeAlias = GetMessageLogAnswer
"""What the client's `get_message_log()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return GetMessageLogAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getMessageLog",
    python_name="get_message_log",
    path="/api/v2/statistics/getMessageLog",
    repeat=Repeat.SAFE,
    arguments={
        "message_id": "message_id",
        "message_code": "message_code",
        "campaign_code": "campaign_code",
        "hwid": "hwid",
        "user_id": "user_id",
        "application_code": "application_code",
        "date_from": "date_from",
        "date_to": "date_to",
        "limit": "limit",
        "pagination_token": "pagination_token",
        "actions": "actions",
        "platforms": "platforms",
    },
    body_schema="GetMessageLogBody",
    envelope=False,
    plain=True,
    pages=PageFacts(
        items="/result",
        cursor="pagination_token",
        next="/pagination_token",
    ),
    token=Token.SERVER,
    placement=Placement.HEADER,
    header_prefix="Api",
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""richMediaAction: Record an action taken inside a Rich Media page."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `rich_media_action()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="richMediaAction",
    python_name="rich_media_action",
    path="/json/1.3/richMediaAction",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "action_type": "action_type",
        "userId": "user_id",
        "device_type": "device_type",
        "rich_media_code": "rich_media_code",
        "inapp_code": "inapp_code",
        "message_hash": "message_hash",
        "action_attributes": "action_attributes",
    },
    body_schema="RichMediaActionBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

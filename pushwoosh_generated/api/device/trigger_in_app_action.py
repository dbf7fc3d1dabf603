# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""triggerInAppAction: Record that an In-App message was shown."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `trigger_in_app_action()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="triggerInAppAction",
    python_name="trigger_in_app_action",
    path="/json/1.3/triggerInAppAction",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "action": "action",
        "code": "code",
        "userId": "user_id",
        "device_type": "device_type",
        "messageHash": "message_hash",
        "richMediaCode": "rich_media_code",
        "timestampUTC": "timestamp_utc",
        "timestampCurrent": "timestamp_current",
    },
    body_schema="TriggerInAppActionBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

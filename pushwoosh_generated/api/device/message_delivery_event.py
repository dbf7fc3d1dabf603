# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""messageDeliveryEvent: Record that a push notification was delivered to a device."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `message_delivery_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="messageDeliveryEvent",
    python_name="message_delivery_event",
    path="/json/1.3/messageDeliveryEvent",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "hash": "hash",
        "metaData": "meta_data",
    },
    body_schema="MessageDeliveryEventBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

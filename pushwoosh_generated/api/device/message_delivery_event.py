# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""messageDeliveryEvent: Record that a push notification was delivered to a device."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `message_delivery_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="messageDeliveryEvent",
    python_name="message_delivery_event",
    path="/json/1.3/messageDeliveryEvent",
    repeat=Repeat("unsafe"),
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "hash": "hash",
        "metaData": "meta_data",
    },
    body_schema="MessageDeliveryEventBody",
    parse_result=parse_result,
)

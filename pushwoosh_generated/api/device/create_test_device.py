# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createTestDevice: Register the device as a test device."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `create_test_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="createTestDevice",
    python_name="create_test_device",
    path="/json/1.3/createTestDevice",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "name": "name",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "description": "description",
        "auto_created": "auto_created",
        "push_token": "push_token",
        "tags": "tags",
        "gateway": "gateway",
        "sounds": "sounds",
        "voip_push_token": "voip_push_token",
        "time_sensitive_notifications": "time_sensitive_notifications",
        "scheduled_summary": "scheduled_summary",
    },
    body_schema="CreateTestDeviceBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

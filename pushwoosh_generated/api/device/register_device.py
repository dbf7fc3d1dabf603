# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""registerDevice: Register a device for the application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `register_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="registerDevice",
    python_name="register_device",
    path="/json/1.3/registerDevice",
    repeat=Repeat.UNLESS_INCREMENT,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "push_token": "push_token",
        "email": "email",
        "tags": "tags",
        "idfa": "idfa",
        "public_key": "public_key",
        "auth_token": "auth_token",
        "fcm_token": "fcm_token",
        "fcm_push_set": "fcm_push_set",
        "language": "language",
        "timezone": "timezone",
        "device_model": "device_model",
        "os_version": "os_version",
        "app_version": "app_version",
    },
    body_schema="RegisterDeviceBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

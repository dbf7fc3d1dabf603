# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""multiRegisterDevice: Register a user's channels and push devices in one call."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `multi_register_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="multiRegisterDevice",
    python_name="multi_register_device",
    path="/json/1.3/multiRegisterDevice",
    repeat=Repeat.UNLESS_INCREMENT,
    arguments={
        "application": "application",
        "user_id": "user_id",
        "email": "email",
        "sms_phone_number": "sms_phone_number",
        "whatsapp_phone_number": "whatsapp_phone_number",
        "kakao_phone_number": "kakao_phone_number",
        "line_token": "line_token",
        "telegram_user_id": "telegram_user_id",
        "language": "language",
        "timezone": "timezone",
        "city": "city",
        "country": "country",
        "state": "state",
        "tags": "tags",
        "push_devices": "push_devices",
    },
    body_schema="MultiRegisterDeviceBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    list_items={
        "push_devices": ListItems(
            schema="PushDevice",
            fields=(
                "hwid",
                "platform",
                "push_token",
                "app_version",
                "os_version",
                "sdk_version",
                "platformData",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

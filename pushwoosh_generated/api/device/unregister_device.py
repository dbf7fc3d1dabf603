# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""unregisterDevice: Remove the push token of a device."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `unregister_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="unregisterDevice",
    python_name="unregister_device",
    path="/json/1.3/unregisterDevice",
    repeat=Repeat("safe"),
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "v": "v",
        "language": "language",
        "timezone": "timezone",
        "device_model": "device_model",
        "os_version": "os_version",
        "app_version": "app_version",
        "package": "package",
        "android_package": "android_package",
        "notificationTypes": "notification_types",
    },
    body_schema="UnregisterDeviceBody",
    parse_result=parse_result,
)

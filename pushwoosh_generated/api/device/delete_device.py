# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteDevice: Delete a device and its data."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteDevice",
    python_name="delete_device",
    path="/json/1.3/deleteDevice",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="DeleteDeviceBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

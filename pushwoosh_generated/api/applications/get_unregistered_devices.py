# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getUnregisteredDevices: List an application's unregistered devices."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.unregistered_device import UnregisteredDevice

Result: TypeAlias = list[UnregisteredDevice]
"""What the client's `get_unregistered_devices()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return [UnregisteredDevice.from_dict(item) for item in data or []]


OPERATION: Operation[Result] = Operation(
    name="getUnregisteredDevices",
    python_name="get_unregistered_devices",
    path="/json/1.3/getUnregisteredDevices",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="GetUnregisteredDevicesBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listTestDevices: List an application's test devices."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.list_test_devices_result import ListTestDevicesResult
from ...models.test_device import TestDevice

Result: TypeAlias = list[TestDevice]
"""What the client's `list_test_devices()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListTestDevicesResult.from_dict(data).test_devices


OPERATION: Operation[Result] = Operation(
    name="listTestDevices",
    python_name="list_test_devices",
    path="/json/1.3/listTestDevices",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListTestDevicesBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

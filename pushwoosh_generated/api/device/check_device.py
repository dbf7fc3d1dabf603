# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""checkDevice: Tell whether a device exists and has a push token."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.check_device_result import CheckDeviceResult

Result: TypeAlias = CheckDeviceResult
"""What the client's `check_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CheckDeviceResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="checkDevice",
    python_name="check_device",
    path="/json/1.3/checkDevice",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="CheckDeviceBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

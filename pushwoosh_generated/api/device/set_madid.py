# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setMADID: Store (or clear) the device's mobile advertising ID."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `set_madid()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setMADID",
    python_name="set_madid",
    path="/api/v2/device-api/setMADID",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "madid": "madid",
    },
    body_schema="SetMADIDBody",
    envelope=False,
    token=Token.DEVICE,
    placement=Placement.HEADER,
    server="https://tracking.svc-nue.pushwoosh.com",
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setActivityToken: Store the push token of an iOS Live Activity."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `set_activity_token()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setActivityToken",
    python_name="set_activity_token",
    path="/json/1.3/setActivityToken",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "activity_token": "activity_token",
        "userId": "user_id",
        "device_type": "device_type",
        "activity_id": "activity_id",
    },
    body_schema="SetActivityTokenBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setActivityPushToStartToken: Store the push-to-start token for iOS Live Activities."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `set_activity_push_to_start_token()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setActivityPushToStartToken",
    python_name="set_activity_push_to_start_token",
    path="/json/1.3/setActivityPushToStartToken",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "activity_push_to_start_token": "activity_push_to_start_token",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="SetActivityPushToStartTokenBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""mergeUser: Move the devices and data of one user ID to another."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `merge_user()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="mergeUser",
    python_name="merge_user",
    path="/json/1.3/mergeUser",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "oldUserId": "old_user_id",
        "newUserId": "new_user_id",
        "merge": "merge",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "ts": "ts",
    },
    body_schema="MergeUserBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

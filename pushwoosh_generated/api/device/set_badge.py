# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setBadge: Store the current badge value of a device."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `set_badge()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setBadge",
    python_name="set_badge",
    path="/json/1.3/setBadge",
    repeat=Repeat("safe"),
    arguments={
        "application": "application",
        "hwid": "hwid",
        "badge": "badge",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="SetBadgeBody",
    parse_result=parse_result,
)

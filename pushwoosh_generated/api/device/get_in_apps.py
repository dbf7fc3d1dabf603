# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getInApps: List the In-App messages (HTML resources) of the application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_in_apps_result import GetInAppsResult

Result: TypeAlias = GetInAppsResult | None
"""What the client's `get_in_apps()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetInAppsResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getInApps",
    python_name="get_in_apps",
    path="/json/1.3/getInApps",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="GetInAppsBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getNearestZone: Record the device location and read the nearest geozones."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_nearest_zone_result import GetNearestZoneResult

Result: TypeAlias = GetNearestZoneResult | None
"""What the client's `get_nearest_zone()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetNearestZoneResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getNearestZone",
    python_name="get_nearest_zone",
    path="/json/1.3/getNearestZone",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "lat": "lat",
        "lng": "lng",
        "userId": "user_id",
        "device_type": "device_type",
        "more": "more",
    },
    body_schema="GetNearestZoneBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

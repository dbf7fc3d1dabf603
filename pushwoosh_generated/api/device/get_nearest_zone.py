# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getNearestZone: Record the device location and read the nearest geozones."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat
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
    repeat=Repeat("safe"),
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
    parse_result=parse_result,
)

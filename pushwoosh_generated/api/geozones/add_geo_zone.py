# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""addGeoZone: Add geozones to an application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.add_geo_zone_result import AddGeoZoneResult

Result: TypeAlias = list[int]
"""What the client's `add_geo_zone()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return AddGeoZoneResult.from_dict(data).geo_zones


OPERATION: Operation[Result] = Operation(
    name="addGeoZone",
    python_name="add_geo_zone",
    path="/json/1.3/addGeoZone",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "geozones": "geozones",
    },
    body_schema="AddGeoZoneBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "geozones": ListItems(
            schema="GeoZoneInput",
            fields=(
                "name",
                "lat",
                "lng",
                "cooldown",
                "range",
                "content",
                "presetCode",
                "cluster",
                "campaign",
                "timetable",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

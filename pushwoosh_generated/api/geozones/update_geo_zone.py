# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""updateGeoZone: Change geozones."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `update_geo_zone()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="updateGeoZone",
    python_name="update_geo_zone",
    path="/json/1.3/updateGeoZone",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "geozones": "geozones",
    },
    body_schema="UpdateGeoZoneBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "geozones": ListItems(
            schema="GeoZoneChange",
            fields=(
                "id",
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

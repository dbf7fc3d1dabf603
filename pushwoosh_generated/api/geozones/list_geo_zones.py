# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listGeoZones: List an application's geozones, by cluster."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.geo_zone_cluster_zones import GeoZoneClusterZones
from ...models.list_geo_zones_result import ListGeoZonesResult

Result: TypeAlias = list[GeoZoneClusterZones]
"""What the client's `list_geo_zones()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListGeoZonesResult.from_dict(data).clusters


OPERATION: Operation[Result] = Operation(
    name="listGeoZones",
    python_name="list_geo_zones",
    path="/json/1.3/listGeoZones",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListGeoZonesBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

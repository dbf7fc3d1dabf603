# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listGeoZoneClusters: List an application's geozone clusters."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.geo_zone_cluster_entry import GeoZoneClusterEntry
from ...models.list_geo_zone_clusters_result import ListGeoZoneClustersResult

Result: TypeAlias = list[GeoZoneClusterEntry]
"""What the client's `list_geo_zone_clusters()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListGeoZoneClustersResult.from_dict(data).clusters


OPERATION: Operation[Result] = Operation(
    name="listGeoZoneClusters",
    python_name="list_geo_zone_clusters",
    path="/json/1.3/listGeoZoneClusters",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListGeoZoneClustersBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""addGeoZoneCluster: Add a geozone cluster."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.add_geo_zone_cluster_result import AddGeoZoneClusterResult

Result: TypeAlias = str
"""What the client's `add_geo_zone_cluster()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return AddGeoZoneClusterResult.from_dict(data).geo_zone_cluster


OPERATION: Operation[Result] = Operation(
    name="addGeoZoneCluster",
    python_name="add_geo_zone_cluster",
    path="/json/1.3/addGeoZoneCluster",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "name": "name",
        "cooldown": "cooldown",
    },
    body_schema="AddGeoZoneClusterBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

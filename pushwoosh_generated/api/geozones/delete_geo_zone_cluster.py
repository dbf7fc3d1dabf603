# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteGeoZoneCluster: Delete a geozone cluster."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_geo_zone_cluster()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteGeoZoneCluster",
    python_name="delete_geo_zone_cluster",
    path="/json/1.3/deleteGeoZoneCluster",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "geoZoneCluster": "geo_zone_cluster",
    },
    body_schema="DeleteGeoZoneClusterBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

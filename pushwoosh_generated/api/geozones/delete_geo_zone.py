# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteGeoZone: Delete geozones."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_geo_zone()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteGeoZone",
    python_name="delete_geo_zone",
    path="/json/1.3/deleteGeoZone",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "geozones": "geozones",
    },
    body_schema="DeleteGeoZoneBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

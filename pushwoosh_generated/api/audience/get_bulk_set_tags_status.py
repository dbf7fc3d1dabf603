# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getBulkSetTagsStatus: Read the status of a bulkSetTags job."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Location, Placement, Repeat, Token

from ..._operation import Operation
from ...models.bulk_set_tags_status import BulkSetTagsStatus

Result: TypeAlias = BulkSetTagsStatus
"""What the client's `get_bulk_set_tags_status()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return BulkSetTagsStatus.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getBulkSetTagsStatus",
    python_name="get_bulk_set_tags_status",
    path="/api/v2/audience/bulkSetTags/{request_id}",
    repeat=Repeat.SAFE,
    arguments={
        "request_id": "request_id",
        "detailed": "detailed",
    },
    method="GET",
    parameters={
        "request_id": Location.PATH,
        "detailed": Location.QUERY,
    },
    body_schema=None,
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.HEADER,
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

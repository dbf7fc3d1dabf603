# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getExportSegmentResult: Read the status, and the file, of a segment export."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.export_segment_result import ExportSegmentResult

Result: TypeAlias = ExportSegmentResult
"""What the client's `get_export_segment_result()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return ExportSegmentResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getExportSegmentResult",
    python_name="get_export_segment_result",
    path="/api/v2/audience/exportSegment/result",
    repeat=Repeat.SAFE,
    arguments={
        "task_id": "task_id",
    },
    body_schema="ExportSegmentResultBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.BODY_AUTH,
    header_prefix=None,
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

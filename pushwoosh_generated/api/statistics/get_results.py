# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getResults: Collect the result of a scheduled statistics request."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...results import ScheduledResult

Result: TypeAlias = ScheduledResult
"""What the client's `get_results()` returns (generator/results.yaml)."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ScheduledResult.from_response(data)


OPERATION: Operation[Result] = Operation(
    name="getResults",
    python_name="get_results",
    path="/json/1.3/getResults",
    repeat=Repeat.SAFE,
    arguments={
        "request_id": "request_id",
    },
    body_schema="GetResultsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

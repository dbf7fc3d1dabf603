# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listFilters: List the segments."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.filter_entry import FilterEntry
from ...models.list_filters_result import ListFiltersResult

Result: TypeAlias = list[FilterEntry]
"""What the client's `list_filters()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListFiltersResult.from_dict(data).filters


OPERATION: Operation[Result] = Operation(
    name="listFilters",
    python_name="list_filters",
    path="/json/1.3/listFilters",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListFiltersBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

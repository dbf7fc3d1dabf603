# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createFilter: Create a segment (filter) to send to."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.create_filter_result import CreateFilterResult

Result: TypeAlias = str
"""What the client's `create_filter()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateFilterResult.from_dict(data).name


OPERATION: Operation[Result] = Operation(
    name="createFilter",
    python_name="create_filter",
    path="/json/1.3/createFilter",
    repeat=Repeat.SAFE,
    arguments={
        "name": "name",
        "filter_expression": "filter_expression",
        "conditions": "conditions",
        "operator": "operator",
        "application": "application",
        "expiration_date": "expiration_date",
    },
    body_schema="CreateFilterBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteFilter: Delete a segment."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `delete_filter()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteFilter",
    python_name="delete_filter",
    path="/json/1.3/deleteFilter",
    repeat=Repeat("safe"),
    arguments={
        "name": "name",
    },
    body_schema="DeleteFilterBody",
    token="server",
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteApplication: Delete an application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_application()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteApplication",
    python_name="delete_application",
    path="/json/1.3/deleteApplication",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="DeleteApplicationBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

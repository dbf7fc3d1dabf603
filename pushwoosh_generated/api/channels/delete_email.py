# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteEmail: Remove an email subscriber."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_email()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteEmail",
    python_name="delete_email",
    path="/json/1.3/deleteEmail",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "email": "email",
    },
    body_schema="DeleteEmailBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

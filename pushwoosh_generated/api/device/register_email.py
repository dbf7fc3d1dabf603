# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""registerEmail: Register an email subscriber."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `register_email()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="registerEmail",
    python_name="register_email",
    path="/json/1.3/registerEmail",
    repeat=Repeat.UNLESS_INCREMENT,
    arguments={
        "application": "application",
        "email": "email",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
        "tags": "tags",
        "tz_offset": "tz_offset",
        "language": "language",
    },
    body_schema="RegisterEmailBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""registerEmailUser: Link a user ID to a registered email address."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `register_email_user()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="registerEmailUser",
    python_name="register_email_user",
    path="/json/1.3/registerEmailUser",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "userId": "user_id",
        "email": "email",
        "hwid": "hwid",
        "device_type": "device_type",
        "tz_offset": "tz_offset",
        "ts_offset": "ts_offset",
    },
    body_schema="RegisterEmailUserBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setEmailTags: Set tag values of an email subscriber."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `set_email_tags()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setEmailTags",
    python_name="set_email_tags",
    path="/json/1.3/setEmailTags",
    repeat=Repeat("unless-increment"),
    arguments={
        "application": "application",
        "email": "email",
        "tags": "tags",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="SetEmailTagsBody",
    parse_result=parse_result,
)

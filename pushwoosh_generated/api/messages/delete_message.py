# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteMessage: Delete a scheduled message."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `delete_message()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteMessage",
    python_name="delete_message",
    path="/json/1.3/deleteMessage",
    repeat=Repeat("safe"),
    arguments={
        "message": "message",
    },
    body_schema="DeleteMessageBody",
    token="server",
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createMessage: Send a push to the devices its targeting selects."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._results import CreateMessageResult
from ..._retries import Repeat

Result: TypeAlias = CreateMessageResult
"""What the client's `create_message()` returns (generator/results.yaml)."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateMessageResult.from_response(data)


OPERATION: Operation[Result] = Operation(
    name="createMessage",
    python_name="create_message",
    path="/json/1.3/createMessage",
    repeat=Repeat("safe-with-transaction-id"),
    arguments={
        "notifications": "notifications",
        "application": "application",
        "applications_group": "applications_group",
    },
    body_schema="CreateMessageBody",
    token="server",
    rate_limit=(600, 60.0),
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createMessage: Send a push to the devices its targeting selects."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...results import CreateMessageResult

Result: TypeAlias = CreateMessageResult
"""What the client's `create_message()` returns (generator/results.yaml)."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateMessageResult.from_response(data)


OPERATION: Operation[Result] = Operation(
    name="createMessage",
    python_name="create_message",
    path="/json/1.3/createMessage",
    repeat=Repeat.SAFE_WITH_TRANSACTION_ID,
    arguments={
        "notifications": "notifications",
        "application": "application",
        "applications_group": "applications_group",
    },
    body_schema="CreateMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    rate_limit=(600, 60.0),
    max_body_bytes=10000000,
    max_items={"notifications": 1000, "notifications.devices": 1000, "notifications.users": 1000},
    parse_result=parse_result,
)

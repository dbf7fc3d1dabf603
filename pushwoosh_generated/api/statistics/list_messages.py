# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listMessages: List the messages sent, with their details and metrics."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import PageFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...models.list_messages_answer import ListMessagesAnswer

Result: TypeAlias = ListMessagesAnswer
"""What the client's `list_messages()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return ListMessagesAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="listMessages",
    python_name="list_messages",
    path="/api/v2/messages:list",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "filters": "filters",
        "params": "params",
        "per_page": "per_page",
        "page": "page",
    },
    body_schema="ListMessagesBody",
    envelope=False,
    plain=True,
    pages=PageFacts(
        items="/items",
        page="page",
    ),
    token=Token.SERVER,
    placement=Placement.HEADER,
    header_prefix="Api",
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""cancelNotification: Cancel a message before it is sent (Messaging API v2)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.empty_answer import EmptyAnswer

Result: TypeAlias = EmptyAnswer
"""What the client's `cancel_notification()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return EmptyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="cancelNotification",
    python_name="cancel_notification",
    path="/messaging/v2/cancel",
    repeat=Repeat.SAFE,
    arguments={
        "message_code": "message_code",
    },
    body_schema="CancelNotificationBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.HEADER,
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

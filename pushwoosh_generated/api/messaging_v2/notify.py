# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""notify: Create and schedule one message (Messaging API v2)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.notify_answer import NotifyAnswer
from ...models.notify_result import NotifyResult

Result: TypeAlias = NotifyResult
"""What the client's `notify()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return NotifyAnswer.from_dict(data).result


OPERATION: Operation[Result] = Operation(
    name="notify",
    python_name="notify",
    path="/messaging/v2/notify",
    repeat=Repeat.UNSAFE,
    arguments={
        "segment": "segment",
        "transactional": "transactional",
    },
    body_schema="NotifyBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.HEADER,
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

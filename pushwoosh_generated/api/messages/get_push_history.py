# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getPushHistory: List the messages sent, newest first."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.push_history import PushHistory
from ...models.push_history_row import PushHistoryRow

Result: TypeAlias = list[PushHistoryRow]
"""What the client's `get_push_history()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return PushHistory.from_dict(data).rows


OPERATION: Operation[Result] = Operation(
    name="getPushHistory",
    python_name="get_push_history",
    path="/json/1.3/getPushHistory",
    repeat=Repeat.SAFE,
    arguments={
        "source": "source",
        "searchBy": "search_by",
        "value": "value",
        "lastNotificationID": "last_notification_id",
    },
    body_schema="GetPushHistoryBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

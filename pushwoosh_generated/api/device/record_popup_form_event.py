# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""recordPopupFormEvent: Record a popup form visit or impression."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `record_popup_form_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="recordPopupFormEvent",
    python_name="record_popup_form_event",
    path="/json/1.3/recordPopupFormEvent",
    repeat=Repeat("unsafe"),
    arguments={
        "application": "application",
        "hwid": "hwid",
        "code": "code",
        "event": "event",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="RecordPopupFormEventBody",
    parse_result=parse_result,
)

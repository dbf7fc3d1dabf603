# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""recordPopupFormEvent: Record a popup form visit or impression."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `record_popup_form_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="recordPopupFormEvent",
    python_name="record_popup_form_event",
    path="/json/1.3/recordPopupFormEvent",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "code": "code",
        "event": "event",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="RecordPopupFormEventBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

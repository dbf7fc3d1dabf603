# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getPopupForms: List the popup forms of a website."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_popup_forms_result import GetPopupFormsResult

Result: TypeAlias = GetPopupFormsResult | None
"""What the client's `get_popup_forms()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetPopupFormsResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getPopupForms",
    python_name="get_popup_forms",
    path="/json/1.3/getPopupForms",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="GetPopupFormsBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

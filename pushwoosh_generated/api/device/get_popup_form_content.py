# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getPopupFormContent: Read the content of a popup form."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_popup_form_content_result import GetPopupFormContentResult

Result: TypeAlias = GetPopupFormContentResult
"""What the client's `get_popup_form_content()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetPopupFormContentResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getPopupFormContent",
    python_name="get_popup_form_content",
    path="/json/1.3/getPopupFormContent",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "code": "code",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="GetPopupFormContentBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

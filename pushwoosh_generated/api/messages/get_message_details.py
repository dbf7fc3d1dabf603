# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getMessageDetails: Read what is known of a message."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_message_details_result import GetMessageDetailsResult
from ...models.message_details import MessageDetails

Result: TypeAlias = MessageDetails
"""What the client's `get_message_details()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetMessageDetailsResult.from_dict(data).message


OPERATION: Operation[Result] = Operation(
    name="getMessageDetails",
    python_name="get_message_details",
    path="/json/1.3/getMessageDetails",
    repeat=Repeat.SAFE,
    arguments={
        "message": "message",
    },
    body_schema="GetMessageDetailsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setTags: Set tag values of a device, or of every device of a user."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.set_tags_result import SetTagsResult

Result: TypeAlias = SetTagsResult | None
"""What the client's `set_tags()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else SetTagsResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="setTags",
    python_name="set_tags",
    path="/json/1.3/setTags",
    repeat=Repeat.UNLESS_INCREMENT,
    arguments={
        "application": "application",
        "tags": "tags",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="SetTagsBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getTags: Read the tags of a device or of a user."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_tags_result import GetTagsResult

Result: TypeAlias = dict[str, bool | float | int | list[str] | str]
"""What the client's `get_tags()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetTagsResult.from_dict(data).result.additional_properties


OPERATION: Operation[Result] = Operation(
    name="getTags",
    python_name="get_tags",
    path="/json/1.3/getTags",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="GetTagsBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteTag: Delete a tag and all its values."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.tag_result import TagResult

Result: TypeAlias = bool
"""What the client's `delete_tag()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return TagResult.from_dict(data).result


OPERATION: Operation[Result] = Operation(
    name="deleteTag",
    python_name="delete_tag",
    path="/json/1.3/deleteTag",
    repeat=Repeat.SAFE,
    arguments={
        "tag": "tag",
    },
    body_schema="DeleteTagBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

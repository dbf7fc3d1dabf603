# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listTags: List the defined tags."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.list_tags_result import ListTagsResult
from ...models.listed_tag import ListedTag

Result: TypeAlias = list[ListedTag]
"""What the client's `list_tags()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListTagsResult.from_dict(data).tags


OPERATION: Operation[Result] = Operation(
    name="listTags",
    python_name="list_tags",
    path="/json/1.3/listTags",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListTagsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

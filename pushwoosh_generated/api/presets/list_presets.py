# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""listPresets: List an application's presets."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.list_presets_result import ListPresetsResult
from ...models.preset import Preset

Result: TypeAlias = list[Preset]
"""What the client's `list_presets()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return ListPresetsResult.from_dict(data).presets


OPERATION: Operation[Result] = Operation(
    name="listPresets",
    python_name="list_presets",
    path="/json/1.3/listPresets",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="ListPresetsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

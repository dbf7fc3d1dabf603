# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getPreset: Read a preset."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_preset_result import GetPresetResult
from ...models.preset import Preset

Result: TypeAlias = Preset
"""What the client's `get_preset()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetPresetResult.from_dict(data).preset


OPERATION: Operation[Result] = Operation(
    name="getPreset",
    python_name="get_preset",
    path="/json/1.3/getPreset",
    repeat=Repeat.SAFE,
    arguments={
        "preset_code": "preset_code",
    },
    body_schema="GetPresetBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deletePreset: Delete a preset."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_preset()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deletePreset",
    python_name="delete_preset",
    path="/json/1.3/deletePreset",
    repeat=Repeat.SAFE,
    arguments={
        "preset_code": "preset_code",
    },
    body_schema="DeletePresetBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

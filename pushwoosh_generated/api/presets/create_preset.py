# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createPreset: Create a preset."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `create_preset()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="createPreset",
    python_name="create_preset",
    path="/json/1.3/createPreset",
    repeat=Repeat.UNSAFE,
    arguments={
        "name": "name",
        "content": "content",
        "segmentation": "segmentation",
        "applicationCode": "application_code",
        "applicationGroupCode": "application_group_code",
        "campaignCode": "campaign_code",
        "scheduling": "scheduling",
    },
    body_schema="CreatePresetBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

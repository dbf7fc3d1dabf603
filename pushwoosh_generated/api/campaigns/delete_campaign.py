# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""deleteCampaign: Delete a campaign."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `delete_campaign()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="deleteCampaign",
    python_name="delete_campaign",
    path="/json/1.3/deleteCampaign",
    repeat=Repeat.SAFE,
    arguments={
        "campaign": "campaign",
    },
    body_schema="DeleteCampaignBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createCampaign: Create a campaign."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.create_campaign_result import CreateCampaignResult

Result: TypeAlias = str
"""What the client's `create_campaign()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateCampaignResult.from_dict(data).campaign


OPERATION: Operation[Result] = Operation(
    name="createCampaign",
    python_name="create_campaign",
    path="/json/1.3/createCampaign",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "name": "name",
        "description": "description",
    },
    body_schema="CreateCampaignBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

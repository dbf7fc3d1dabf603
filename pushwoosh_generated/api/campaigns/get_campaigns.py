# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getCampaigns: List an application's campaigns, a page at a time."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import PageFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_campaigns_result import GetCampaignsResult

Result: TypeAlias = GetCampaignsResult | None
"""What the client's `get_campaigns()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetCampaignsResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getCampaigns",
    python_name="get_campaigns",
    path="/json/1.3/getCampaigns",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "cursor": "cursor",
        "limit": "limit",
    },
    body_schema="GetCampaignsBody",
    pages=PageFacts(
        items="/response/campaigns",
        cursor="cursor",
        next="/response/cursor",
    ),
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

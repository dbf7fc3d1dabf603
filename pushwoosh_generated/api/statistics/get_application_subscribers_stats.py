# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getApplicationSubscribersStats: Count an application's subscribers by device type."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.subscribers_row import SubscribersRow
from ...models.subscribers_stats import SubscribersStats

Result: TypeAlias = list[SubscribersRow]
"""What the client's `get_application_subscribers_stats()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return SubscribersStats.from_dict(data).rows


OPERATION: Operation[Result] = Operation(
    name="getApplicationSubscribersStats",
    python_name="get_application_subscribers_stats",
    path="/json/1.3/getApplicationSubscribersStats",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="GetApplicationSubscribersStatsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

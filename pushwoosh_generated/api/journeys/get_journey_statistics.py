# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getJourneyStatistics: Read a journey's statistics, point by point."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Location, Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_journey_statistics_answer import GetJourneyStatisticsAnswer
from ...models.journey_statistics import JourneyStatistics

Result: TypeAlias = JourneyStatistics
"""What the client's `get_journey_statistics()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return GetJourneyStatisticsAnswer.from_dict(data).payload


OPERATION: Operation[Result] = Operation(
    name="getJourneyStatistics",
    python_name="get_journey_statistics",
    path="/api/journey/{id}/statistics/external",
    repeat=Repeat.SAFE,
    arguments={
        "id": "id",
    },
    method="GET",
    parameters={
        "id": Location.PATH,
    },
    body_schema=None,
    envelope=False,
    plain=True,
    base_url_option="journey",
    token=Token.SERVER,
    placement=Placement.HEADER,
    header_prefix="Api",
    defaults_application=False,
    server="https://journey.pushwoosh.com",
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""finishJourney: Finish a journey (STATUS_FINISHED)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.finish_journey_answer import FinishJourneyAnswer

Result: TypeAlias = FinishJourneyAnswer
"""What the client's `finish_journey()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return FinishJourneyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="finishJourney",
    python_name="finish_journey",
    path="/api/v3/journeygateway/finish",
    repeat=Repeat.SAFE,
    arguments={
        "uuid": "uuid",
    },
    body_schema="FinishJourneyBody",
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

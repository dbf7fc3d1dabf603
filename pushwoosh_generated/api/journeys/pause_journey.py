# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""pauseJourney: Pause a running journey (STATUS_PAUSED)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.pause_journey_answer import PauseJourneyAnswer

Result: TypeAlias = PauseJourneyAnswer
"""What the client's `pause_journey()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return PauseJourneyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="pauseJourney",
    python_name="pause_journey",
    path="/api/v3/journeygateway/pause",
    repeat=Repeat.SAFE,
    arguments={
        "uuid": "uuid",
    },
    body_schema="PauseJourneyBody",
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

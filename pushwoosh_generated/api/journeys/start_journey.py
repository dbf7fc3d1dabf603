# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""startJourney: Start a journey (STATUS_RUNNING)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.start_journey_answer import StartJourneyAnswer

Result: TypeAlias = StartJourneyAnswer
"""What the client's `start_journey()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return StartJourneyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="startJourney",
    python_name="start_journey",
    path="/api/v3/journeygateway/start",
    repeat=Repeat.SAFE,
    arguments={
        "uuid": "uuid",
    },
    body_schema="StartJourneyBody",
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

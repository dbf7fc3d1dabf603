# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""draftJourney: Take a journey back to a draft (STATUS_DRAFT)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.draft_journey_answer import DraftJourneyAnswer

Result: TypeAlias = DraftJourneyAnswer
"""What the client's `draft_journey()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return DraftJourneyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="draftJourney",
    python_name="draft_journey",
    path="/api/v3/journeygateway/draft",
    repeat=Repeat.SAFE,
    arguments={
        "uuid": "uuid",
    },
    body_schema="DraftJourneyBody",
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

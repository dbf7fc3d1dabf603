# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""archiveJourney: Archive a journey (STATUS_ARCHIVED)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.archive_journey_answer import ArchiveJourneyAnswer

Result: TypeAlias = ArchiveJourneyAnswer
"""What the client's `archive_journey()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return ArchiveJourneyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="archiveJourney",
    python_name="archive_journey",
    path="/api/v3/journeygateway/archive",
    repeat=Repeat.SAFE,
    arguments={
        "uuid": "uuid",
    },
    body_schema="ArchiveJourneyBody",
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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""dropJourneyUsers: Remove users from all or some active journeys."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.empty_answer import EmptyAnswer

Result: TypeAlias = EmptyAnswer
"""What the client's `drop_journey_users()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return EmptyAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="dropJourneyUsers",
    python_name="drop_journey_users",
    path="/api/journey/drop-users/external",
    repeat=Repeat.SAFE,
    arguments={
        "user_ids": "user_ids",
        "journey_uuids": "journey_uuids",
        "all_journeys": "all_journeys",
    },
    body_schema="DropJourneyUsersBody",
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

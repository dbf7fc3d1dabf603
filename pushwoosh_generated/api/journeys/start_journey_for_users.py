# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""startJourneyForUsers: Enter users into a running journey (start by API)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Location, Placement, Repeat, Token

from ..._operation import Operation
from ...models.start_journey_for_users_answer import StartJourneyForUsersAnswer

Result: TypeAlias = str
"""What the client's `start_journey_for_users()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return StartJourneyForUsersAnswer.from_dict(data).request_uuid


OPERATION: Operation[Result] = Operation(
    name="startJourneyForUsers",
    python_name="start_journey_for_users",
    path="/api/journey/{id}/start/external",
    repeat=Repeat.UNSAFE,
    arguments={
        "id": "id",
        "payload": "payload",
    },
    parameters={
        "id": Location.PATH,
    },
    body_schema="StartJourneyForUsersBody",
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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createEvent: Create an event for postEvent to record."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.create_event_result import CreateEventResult

Result: TypeAlias = int
"""What the client's `create_event()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateEventResult.from_dict(data).event


OPERATION: Operation[Result] = Operation(
    name="createEvent",
    python_name="create_event",
    path="/json/1.3/createEvent",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "name": "name",
        "description": "description",
        "eventAttributes": "event_attributes",
        "trackRevenue": "track_revenue",
    },
    body_schema="CreateEventBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "eventAttributes": ListItems(
            schema="EventAttributeDefinition",
            fields=(
                "type",
                "name",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

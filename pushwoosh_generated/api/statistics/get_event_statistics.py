# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getEventStatistics: Schedule an event's statistics for a period."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.event_statistics_row import EventStatisticsRow

JOB = JobFacts(
    status="getResults",
    id="/response/request_id",
    id_field="request_id",
    pending=("Result is not ready yet",),
    result="/response",
    schema="EventStatisticsRow",
    many=True,
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = list[EventStatisticsRow]
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `get_event_statistics()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    if not isinstance(data, list):
        raise TypeError(f"getEventStatistics's result is not a list: {type(data).__name__}")
    return [EventStatisticsRow.from_dict(item) for item in data]


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = {"status_code": 200, "response": data}
    return StartedJob.from_answer("getEventStatistics", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="getEventStatistics",
    python_name="get_event_statistics",
    path="/json/1.3/getEventStatistics",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "event": "event",
        "date_from": "date_from",
        "date_to": "date_to",
        "attributes": "attributes",
    },
    body_schema="GetEventStatisticsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    list_items={
        "attributes": ListItems(
            schema="EventAttributeFilter",
            fields=(
                "name",
                "operator",
                "values",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

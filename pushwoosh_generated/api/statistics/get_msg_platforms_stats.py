# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getMsgPlatformsStats: Schedule a message's statistics per platform."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.get_msg_stats_result import GetMsgStatsResult

JOB = JobFacts(
    status="getResults",
    id="/response/request_id",
    id_field="request_id",
    pending=("Result is not ready yet",),
    result="/response",
    schema="GetMsgStatsResult",
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = GetMsgStatsResult
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `get_msg_platforms_stats()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    return GetMsgStatsResult.from_dict(data)


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = {"status_code": 200, "response": data}
    return StartedJob.from_answer("getMsgPlatformsStats", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="getMsgPlatformsStats",
    python_name="get_msg_platforms_stats",
    path="/json/1.3/getMsgPlatformsStats",
    repeat=Repeat.UNSAFE,
    arguments={
        "message": "message",
        "platforms": "platforms",
    },
    body_schema="GetMsgPlatformsStatsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

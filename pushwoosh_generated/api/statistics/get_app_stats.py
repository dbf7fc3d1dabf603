# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getAppStats: Schedule an application's statistics for a period."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.get_app_stats_result import GetAppStatsResult

JOB = JobFacts(
    status="getResults",
    id="/response/request_id",
    id_field="request_id",
    pending=("Result is not ready yet",),
    result="/response",
    schema="GetAppStatsResult",
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = GetAppStatsResult
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `get_app_stats()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    return GetAppStatsResult.from_dict(data)


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = {"status_code": 200, "response": data}
    return StartedJob.from_answer("getAppStats", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="getAppStats",
    python_name="get_app_stats",
    path="/json/1.3/getAppStats",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "datefrom": "datefrom",
        "dateto": "dateto",
    },
    body_schema="GetAppStatsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getCampaignStats: Schedule a campaign's statistics for a period."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.get_campaign_stats_result import GetCampaignStatsResult

JOB = JobFacts(
    status="getResults",
    id="/response/request_id",
    id_field="request_id",
    pending=("Result is not ready yet",),
    result="/response",
    schema="GetCampaignStatsResult",
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = GetCampaignStatsResult
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `get_campaign_stats()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    return GetCampaignStatsResult.from_dict(data)


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = {"status_code": 200, "response": data}
    return StartedJob.from_answer("getCampaignStats", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="getCampaignStats",
    python_name="get_campaign_stats",
    path="/json/1.3/getCampaignStats",
    repeat=Repeat.UNSAFE,
    arguments={
        "campaign": "campaign",
        "datefrom": "datefrom",
        "dateto": "dateto",
    },
    body_schema="GetCampaignStatsBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

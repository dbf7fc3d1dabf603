# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""bulkSetTags: Set tags on many devices at once (a job)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.bulk_set_tags_status import BulkSetTagsStatus

JOB = JobFacts(
    status="getBulkSetTagsStatus",
    id="/request_id",
    id_field="request_id",
    pending=(),
    result="/",
    schema="BulkSetTagsStatus",
    state="/status",
    done=("Completed",),
    failed=("Failed",),
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = BulkSetTagsStatus
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `bulk_set_tags()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    return BulkSetTagsStatus.from_dict(data)


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = data
    return StartedJob.from_answer("bulkSetTags", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="bulkSetTags",
    python_name="bulk_set_tags",
    path="/api/v2/audience/bulkSetTags",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "devices": "devices",
        "create_missing_tags": "create_missing_tags",
    },
    body_schema="BulkSetTagsBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.BODY_AUTH,
    header_prefix=None,
    min_items={"devices": 50},
    server="https://api.pushwoosh.com",
    list_items={
        "devices": ListItems(
            schema="BulkSetTagsDevice",
            fields=(
                "hwid",
                "user_id",
                "push_token",
                "list_operator",
                "tags",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""exportSegment: Export the devices of a segment to a file (a job)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import JobFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...lib.jobs import StartedJob
from ...models.export_segment_result import ExportSegmentResult

JOB = JobFacts(
    status="getExportSegmentResult",
    id="/task_id",
    id_field="task_id",
    pending=(),
    result="/",
    schema="ExportSegmentResult",
    state="/status",
    done=("completed",),
    failed=("failed",),
    progress="/progress",
    file=(
        "/filename",
        "/csv_filename",
    ),
)
"""How to follow the job it starts (the spec's `x-pushwoosh-job`)."""
JobResult: TypeAlias = ExportSegmentResult
"""What `client.jobs.wait()` returns for it."""
Result: TypeAlias = StartedJob[JobResult]
"""What the client's `export_segment()` returns: the job, to wait for."""


def parse_job_result(data: Any) -> JobResult:
    """Turn the status operation's result into the job's typed result."""
    return ExportSegmentResult.from_dict(data)


def parse_result(data: Any) -> Result:
    """Read the job's id from the answer."""
    answer = data
    return StartedJob.from_answer("exportSegment", JOB, answer, parse_job_result)


OPERATION: Operation[Result] = Operation(
    name="exportSegment",
    python_name="export_segment",
    path="/api/v2/audience/exportSegment",
    repeat=Repeat.UNSAFE,
    arguments={
        "filterExpression": "filter_expression",
        "filterCode": "filter_code",
        "exportData": "export_data",
        "format": "format",
        "exportCsv": "export_csv",
    },
    body_schema="ExportSegmentBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.BODY_AUTH,
    header_prefix=None,
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

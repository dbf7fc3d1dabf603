# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getApplications: List the account's applications, a page at a time."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import PageFacts, Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_applications_result import GetApplicationsResult

Result: TypeAlias = GetApplicationsResult | None
"""What the client's `get_applications()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else GetApplicationsResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="getApplications",
    python_name="get_applications",
    path="/json/1.3/getApplications",
    repeat=Repeat.SAFE,
    arguments={
        "page": "page",
    },
    body_schema="GetApplicationsBody",
    pages=PageFacts(
        items="/response/applications",
        page="page",
        first=0,
        total="/response/total",
    ),
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getApplication: Read an application's settings."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.application_details import ApplicationDetails
from ...models.get_application_result import GetApplicationResult

Result: TypeAlias = ApplicationDetails
"""What the client's `get_application()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetApplicationResult.from_dict(data).application


OPERATION: Operation[Result] = Operation(
    name="getApplication",
    python_name="get_application",
    path="/json/1.3/getApplication",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
    },
    body_schema="GetApplicationBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

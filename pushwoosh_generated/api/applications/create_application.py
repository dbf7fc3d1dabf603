# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createApplication: Create an application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.create_application_result import CreateApplicationResult

Result: TypeAlias = str
"""What the client's `create_application()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateApplicationResult.from_dict(data).application


OPERATION: Operation[Result] = Operation(
    name="createApplication",
    python_name="create_application",
    path="/json/1.3/createApplication",
    repeat=Repeat.UNSAFE,
    arguments={
        "title": "title",
        "icon": "icon",
        "authorize_all_tokens": "authorize_all_tokens",
        "sdk_ios": "sdk_ios",
        "sdk_android": "sdk_android",
    },
    body_schema="CreateApplicationBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    parse_result=parse_result,
)

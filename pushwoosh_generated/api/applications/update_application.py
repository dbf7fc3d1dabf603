# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""updateApplication: Change an application's title, icon or SDK."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `update_application()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="updateApplication",
    python_name="update_application",
    path="/json/1.3/updateApplication",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "title": "title",
        "icon": "icon",
        "sdk_ios": "sdk_ios",
        "sdk_android": "sdk_android",
    },
    body_schema="UpdateApplicationBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)

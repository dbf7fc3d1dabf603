# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""pageVisit: Record a page visit on a website."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `page_visit()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="pageVisit",
    python_name="page_visit",
    path="/json/1.3/pageVisit",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "title": "title",
        "url_path": "url_path",
        "url": "url",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="PageVisitBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""pageVisit: Record a page visit on a website."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `page_visit()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="pageVisit",
    python_name="page_visit",
    path="/json/1.3/pageVisit",
    repeat=Repeat("unsafe"),
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
    parse_result=parse_result,
)

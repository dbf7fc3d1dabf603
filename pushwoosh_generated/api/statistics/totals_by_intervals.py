# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""totalsByIntervals: A message's counts and conversion, by hour."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.totals_by_intervals_answer import TotalsByIntervalsAnswer

Result: TypeAlias = TotalsByIntervalsAnswer
"""What the client's `totals_by_intervals()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return TotalsByIntervalsAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="totalsByIntervals",
    python_name="totals_by_intervals",
    path="/api/v2/statistics/messages/totalsByIntervals",
    repeat=Repeat.SAFE,
    arguments={
        "message_code": "message_code",
        "platforms": "platforms",
    },
    body_schema="TotalsByIntervalsBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.HEADER,
    header_prefix="Api",
    defaults_application=False,
    server="https://api.pushwoosh.com",
    parse_result=parse_result,
)

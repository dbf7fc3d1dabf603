"""Tag conditions, pure: what ``EQ``, ``IN``, ``BETWEEN``… mean for a device's tag value.

The one definition shared by createMessage's ``conditions`` (``[tag, operator, operand]``) and the
segment language of ``devices_filter`` and ``filter_expression`` (``T("tag", EQ, value)``).
Operators are case-insensitive. A list tag matches EQ / IN when one of its values does. A device
without the tag matches only the negative operators (NOTEQ, NOTIN): the mock's choice, since no
source says.
"""

import datetime
import time
from collections.abc import Mapping
from typing import Any

from ..errors import argument_error

OPERATORS = frozenset({"EQ", "NOTEQ", "IN", "NOTIN", "GTE", "LTE", "BETWEEN"})
"""The documented operators."""
NEGATIVE = frozenset({"NOTEQ", "NOTIN"})


def operator(name: Any) -> str:
    """Return the canonical operator for a name (``eq`` or ``EQ``), or raise the API's 210."""
    canonical = str(name).upper()
    if canonical not in OPERATORS:
        raise argument_error(
            f"Unknown condition operator {name!r}: expected one of {', '.join(sorted(OPERATORS))}"
        )
    return canonical


def check_operand(op: str, operand: Any) -> None:
    """Raise the API's 210 when an operand does not fit its operator."""
    if op in ("IN", "NOTIN") and not isinstance(operand, list):
        raise argument_error(f"Condition {op} needs a list of values, got {operand!r}")
    if op == "BETWEEN" and not (isinstance(operand, list) and len(operand) == 2):
        raise argument_error(f"Condition BETWEEN needs [low, high], got {operand!r}")


def matches(tags: Mapping[str, Any], tag: str, op: str, operand: Any) -> bool:
    """Say whether a device's tags meet one condition (``op`` already canonical)."""
    if tag not in tags or tags[tag] is None:
        return op in NEGATIVE
    value = tags[tag]
    values = value if isinstance(value, list) else [value]
    if op == "EQ":
        return any(_equal(v, operand) for v in values)
    if op == "NOTEQ":
        return not any(_equal(v, operand) for v in values)
    if op == "IN":
        return any(_equal(v, o) for v in values for o in operand)
    if op == "NOTIN":
        return not any(_equal(v, o) for v in values for o in operand)
    if op == "GTE":
        return any(_compare(v, operand) >= 0 for v in values)
    if op == "LTE":
        return any(_compare(v, operand) <= 0 for v in values)
    low, high = operand
    return any(_compare(v, low) >= 0 and _compare(v, high) <= 0 for v in values)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _equal(value: Any, operand: Any) -> bool:
    """Equal as numbers when both read as numbers (``"5"`` and 5), else as the same JSON value."""
    left, right = _number(value), _number(operand)
    if left is not None and right is not None:
        return left == right
    return bool(value == operand)


def _compare(value: Any, operand: Any) -> int:
    """Order two values: as numbers when both read as numbers, else as text (dates
    ``YYYY-MM-DD HH:mm`` order correctly as text)."""
    left, right = _number(value), _number(operand)
    if left is not None and right is not None:
        return (left > right) - (left < right)
    a, b = str(value), str(operand)
    return (a > b) - (a < b)


def days_ago(tags: Mapping[str, Any], tag: str, op: str, days: float) -> bool:
    """Say whether a date tag (``YYYY-MM-DD[ HH:mm[:ss]]`` or a Unix time) is more (GT), at
    least (GTE), fewer (LT), at most (LTE) or exactly (EQ, whole days) ``days`` days ago."""
    moment = _moment(tags.get(tag))
    if moment is None:
        return False
    age = (time.time() - moment) / 86400
    if op == "GT":
        return age > days
    if op == "GTE":
        return age >= days
    if op == "LT":
        return age < days
    if op == "LTE":
        return age <= days
    return int(age) == int(days)


def _moment(value: Any) -> float | None:
    """A date tag's value as a Unix time, or None when it is not a date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str):
        return None
    for shape in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            parsed = datetime.datetime.strptime(value, shape).replace(tzinfo=datetime.UTC)
        except ValueError:
            continue
        return parsed.timestamp()
    return None

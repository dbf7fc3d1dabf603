"""The segment language of ``devices_filter`` (createTargetedMessage) and ``filter_expression``
(createFilter), parsed with lark into a predicate on devices.

    A("APP-CODE")                     the devices of an application
    A("APP-CODE", ["iOS", "Android"]) … on those platforms
    G("GROUP-CODE"[, [platforms]])    an application group (the mock has none: every application)
    T("tag", EQ, value)               a tag condition (operators as in ``conditions``)
    AT("APP-CODE", "tag", EQ, value)  an application-specific tag condition
    a + b    union      a * b    intersection      a \\ b    difference

Precedence is the mock's choice, since no source states one: ``*`` binds tighter than ``+`` and
``\\``, which apply left to right; parentheses group.
"""

import functools
import json
from collections.abc import Callable, Mapping
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError, VisitError

from . import conditions
from .errors import ApiError, argument_error

Device = Mapping[str, Any]
"""A device as the store gives it: ``application``, ``hwid``, ``device_type``, ``tags``."""
Predicate = Callable[[Device], bool]

PLATFORMS: dict[str, int] = {
    "ios": 1,
    "blackberry": 2,
    "android": 3,
    "windows phone": 5,
    "wp7": 5,
    "osx": 7,
    "mac os x": 7,
    "mac": 7,
    "windows": 8,
    "amazon": 9,
    "safari": 10,
    "chrome": 11,
    "firefox": 12,
    "email": 14,
    "huawei": 17,
    "sms": 18,
    "whatsapp": 21,
}
"""Platform names of ``A(…, [platforms])`` (case-insensitive), by device type."""

GRAMMAR = r"""
?start: union
?union: intersection
      | union "+" intersection    -> plus
      | union "\\" intersection   -> minus
?intersection: atom
      | intersection "*" atom     -> times
?atom: application | group | tag | application_tag | "(" union ")"
application: "A" "(" string ["," platforms] ")"
group: "G" "(" string ["," platforms] ")"
tag: "T" "(" string "," OPERATOR ["," value] ")"
application_tag: "AT" "(" string "," string "," OPERATOR ["," value] ")"
platforms: "[" "]" | "[" string ("," string)* "]"
?value: string | number | list | TRUE -> true | FALSE -> false | NULL -> null
list: "[" "]" | "[" value ("," value)* "]"
string: ESCAPED_STRING
number: SIGNED_NUMBER
OPERATOR: /[A-Za-z]+/
TRUE: "true"
FALSE: "false"
NULL: "null"
%import common.ESCAPED_STRING
%import common.SIGNED_NUMBER
%import common.WS
%ignore WS
"""


@functools.cache
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", maybe_placeholders=True)


def _platform(name: str) -> int:
    try:
        return PLATFORMS[name.lower()]
    except KeyError:
        raise argument_error(
            f"Unknown platform {name!r} in a filter: expected one of "
            + ", ".join(sorted({k for k in PLATFORMS if " " not in k}))
        ) from None


@v_args(inline=True)
class _Predicates(Transformer[Token, Predicate]):
    """Turn the parse tree into a predicate on devices."""

    def string(self, token: Token) -> str:
        text: str = json.loads(token)
        return text

    def number(self, token: Token) -> int | float:
        text = str(token)
        return float(text) if any(c in text for c in ".eE") else int(text)

    def true(self, _: Token) -> bool:
        return True

    def false(self, _: Token) -> bool:
        return False

    def null(self, _: Token) -> None:
        return None

    def list(self, *items: Any) -> list[Any]:
        return list(items)

    def platforms(self, *names: str) -> frozenset[int]:
        return frozenset(_platform(name) for name in names)

    def application(self, code: str, platforms: frozenset[int] | None) -> Predicate:
        return lambda d: d["application"] == code and _on(d, platforms)

    def group(self, code: str, platforms: frozenset[int] | None) -> Predicate:
        return lambda d: _on(d, platforms)

    def tag(self, name: str, op: Token, operand: Any) -> Predicate:
        canonical = conditions.operator(str(op))
        conditions.check_operand(canonical, operand)
        return lambda d: conditions.matches(d["tags"], name, canonical, operand)

    def application_tag(self, code: str, name: str, op: Token, operand: Any) -> Predicate:
        condition = self.tag(name, op, operand)
        return lambda d: d["application"] == code and condition(d)

    def plus(self, a: Predicate, b: Predicate) -> Predicate:
        return lambda d: a(d) or b(d)

    def times(self, a: Predicate, b: Predicate) -> Predicate:
        return lambda d: a(d) and b(d)

    def minus(self, a: Predicate, b: Predicate) -> Predicate:
        return lambda d: a(d) and not b(d)


def _on(device: Device, platforms: frozenset[int] | None) -> bool:
    return not platforms or device["device_type"] in platforms


def compile_filter(expression: str, field: str) -> Predicate:
    """Parse a segment expression; raise the API's 210 naming ``field`` when it does not parse."""
    try:
        tree = _parser().parse(expression)
        predicate: Predicate = _Predicates().transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, ApiError):
            raise exc.orig_exc from None
        raise argument_error(f"Invalid {field}: {exc.orig_exc}") from None
    except LarkError as exc:
        detail = str(exc).strip().splitlines()[0]
        raise argument_error(f"Invalid {field}: {detail}") from None
    return predicate


def from_conditions(found: Any, operator: str) -> str:
    """Write createFilter's ``conditions`` (``[tag, operator, operand]`` triples) joined by
    ``operator`` (AND, OR) as an expression; a 210 when there are none."""
    if not found:
        raise argument_error("createFilter needs filter_expression or conditions")
    terms = []
    for condition in found:
        if not isinstance(condition, list) or len(condition) < 2:
            raise argument_error(f"A condition is [tag, operator, operand], got {condition!r}")
        tag, op, *rest = condition
        operand = "" if not rest else ", " + json.dumps(rest[0])
        terms.append(f"T({json.dumps(tag)}, {op}{operand})")
    return (" * " if str(operator).upper() == "AND" else " + ").join(terms)

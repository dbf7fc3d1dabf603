"""Segments: the filters table (createFilter, listFilters, deleteFilter) and the segment language
of ``devices_filter`` (createTargetedMessage) and ``filter_expression``, parsed with lark into a
predicate on devices.

    A("APP-CODE")                     the devices of an application
    A("APP-CODE", ["iOS", "Android"]) … on those platforms
    G("GROUP-CODE"[, [platforms]])    an application group (the mock has none: every application)
    A("APP-CODE", [ios], [with_tokens])  … platforms unquoted, only devices with a push token
    T("tag", EQ, value)               a tag condition (operators as in ``conditions``)
    T("tag", daysago, gt, 3)          a date tag more than 3 days ago (gt, gte, lt, lte, eq)
    AT("APP-CODE", "tag", EQ, value)  an application-specific tag condition
    A("APP-CODE").tags("tag").eq(value)  … and a tag condition, chained (the form of the
                                      Customer Journey start-by-API page's example)
    a + b    union      a * b    intersection      a \\ b    difference

Precedence is the mock's choice, since no source states one: ``*`` binds tighter than ``+`` and
``\\``, which apply left to right; parentheses group. A chain of one precedence is one flat node,
so 10,000 ANDed conditions cost no recursion; nesting (parentheses and brackets) deeper than
``MAX_NESTING`` is refused before parsing, so no recursion limit can be reached. Platform names
are the spec's device types (``DeviceType``), with the older names pypushwoosh's builder writes.

A segment belongs to an account (``account_of`` a server token): another token finds none of them,
as it finds an unknown name.
"""

import functools
import json
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError, VisitError

from pushwoosh_spec.facts import enum_names

from ..errors import ApiError, argument_error, quoted
from . import conditions, database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS filters (
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    application TEXT,
    expression TEXT NOT NULL,
    expiration_date TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (account, name)
);
"""
TABLES = ("filters",)

Device = Mapping[str, Any]
"""A device as the backend gives it: ``application``, ``hwid``, ``device_type``, ``tags``."""
Predicate = Callable[[Device], bool]

OLDER_PLATFORMS: dict[str, int] = {"blackberry": 2, "windows phone": 5, "wp7": 5}
"""Platforms of pypushwoosh's filter builder that the spec's ``DeviceType`` no longer lists."""
ALIASES = {"osx": "mac os x", "mac": "mac os x"}
"""Other names of a platform the spec lists, as pypushwoosh's builder and users write them."""

OPTIONS = frozenset({"with_tokens"})
"""The options a list after an application code may hold beside platforms (the vendor's
exportSegment example: ``A("…", [ios], [with_tokens])``)."""
RELATIVE = {"gt": "GT", "gte": "GTE", "lt": "LT", "lte": "LTE", "eq": "EQ"}
"""The comparisons of a ``daysago`` condition."""

MAX_NESTING = 64
"""The deepest nesting of parentheses and brackets an expression may have (as a JSON body)."""
CACHED_CHARACTERS = 4_000_000
"""How much expression text the compiled segments kept for reuse may hold together."""
STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
NOT_BRACKETS = re.compile(r"[^()\[\]]+")

GRAMMAR = r"""
?start: union
?union: intersection (UNION intersection)*
?intersection: atom ("*" atom)*
?atom: simple | simple chained_tag+ -> chained
?simple: application | group | tag | application_tag | "(" union ")"
chained_tag: "." "tags" "(" string ")" "." OPERATOR "(" [value] ")"
application: "A" "(" string ("," platforms)* ")"
group: "G" "(" string ("," platforms)* ")"
tag: "T" "(" string "," condition ")"
application_tag: "AT" "(" string "," string "," condition ")"
condition: OPERATOR ["," value] | OPERATOR "," OPERATOR "," value -> relative
platforms: "[" "]" | "[" name ("," name)* "]"
?name: string | OPERATOR -> bare
?value: string | number | list | TRUE -> true | FALSE -> false | NULL -> null
list: "[" "]" | "[" value ("," value)* "]"
string: ESCAPED_STRING
number: SIGNED_NUMBER
OPERATOR: /[A-Za-z_]+/
UNION: "+" | "\\"
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


def platforms(document: Mapping[str, Any]) -> dict[str, int]:
    """The platform names of ``A(…, [platforms])`` (lower case), by device type: the spec's
    ``DeviceType`` names (``MAC_OS_X``: ``mac os x``), ``ALIASES`` and ``OLDER_PLATFORMS``."""
    named = {
        name.lower().replace("_", " "): number
        for number, name in enum_names(document, "DeviceType").items()
    }
    return {**OLDER_PLATFORMS, **named, **{alias: named[name] for alias, name in ALIASES.items()}}


@v_args(inline=True)
class _Predicates(Transformer[Token, Predicate]):
    """Turn the parse tree into a predicate on devices."""

    def __init__(self, platforms: Mapping[str, int]) -> None:
        super().__init__()
        self._platforms = platforms

    def _platform(self, name: str) -> int:
        try:
            return self._platforms[name.lower()]
        except KeyError:
            raise argument_error(
                f"Unknown platform {name!r} in a filter: expected one of "
                + ", ".join(sorted({k for k in self._platforms if " " not in k}))
            ) from None

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

    def bare(self, token: Token) -> str:
        return str(token)

    def platforms(self, *names: str) -> tuple[str, ...]:
        return names

    def _scope(self, lists: tuple[tuple[str, ...], ...]) -> Predicate:
        """What the lists after an application code ask: platforms (``[ios]``, ``["iOS"]``)
        and the option ``with_tokens`` (devices with a push token), in one list or two."""
        names = [name for found in lists for name in found]
        tokens = any(name.lower() in OPTIONS for name in names)
        platforms = frozenset(self._platform(n) for n in names if n.lower() not in OPTIONS)
        return lambda d: _on(d, platforms) and (not tokens or bool(d.get("push_token")))

    def application(self, code: str, *lists: tuple[str, ...]) -> Predicate:
        scope = self._scope(lists)
        return lambda d: d["application"] == code and scope(d)

    def group(self, code: str, *lists: tuple[str, ...]) -> Predicate:
        return self._scope(lists)

    def condition(self, op: Token, operand: Any) -> Callable[[Mapping[str, Any], str], bool]:
        canonical = conditions.operator(str(op))
        conditions.check_operand(canonical, operand)
        return lambda tags, name: conditions.matches(tags, name, canonical, operand)

    def relative(
        self, kind: Token, op: Token, operand: Any
    ) -> Callable[[Mapping[str, Any], str], bool]:
        """``daysago, gt, 3``: a date tag compared with the day that many days ago."""
        if str(kind).lower() != "daysago":
            raise argument_error(f"Unknown condition {str(kind)!r}: expected daysago")
        canonical = RELATIVE.get(str(op).lower())
        if canonical is None or isinstance(operand, bool) or not isinstance(operand, int | float):
            raise argument_error(
                f"daysago needs one of {', '.join(RELATIVE)} and a number of days, got"
                f" {str(op)!r}, {operand!r}"
            )
        return lambda tags, name: conditions.days_ago(tags, name, canonical, operand)

    def tag(self, name: str, condition: Callable[[Mapping[str, Any], str], bool]) -> Predicate:
        return lambda d: condition(d["tags"], name)  # looked up late

    def application_tag(
        self, code: str, name: str, condition: Callable[[Mapping[str, Any], str], bool]
    ) -> Predicate:
        return lambda d: d["application"] == code and condition(d["tags"], name)

    def chained_tag(self, name: str, op: Token, operand: Any) -> Predicate:
        """``.tags("City").eq("London")``: ``T("City", EQ, "London")``."""
        return self.tag(name, self.condition(op, operand))

    def chained(self, *terms: Predicate) -> Predicate:
        """A set and its chained tag conditions: every one of them."""
        return self.intersection(*terms)

    def union(self, first: Predicate, *rest: Any) -> Predicate:
        """A chain of ``+`` (union) and ``\\`` (difference), applied left to right."""
        steps = [(str(op) == "+", term) for op, term in zip(rest[::2], rest[1::2], strict=True)]

        def selects(d: Device) -> bool:
            result = first(d)
            for adds, term in steps:
                if adds:
                    result = result or term(d)
                elif result:
                    result = not term(d)
            return result

        return selects

    def intersection(self, *terms: Predicate) -> Predicate:
        """A chain of ``*``: every term."""
        return lambda d: all(term(d) for term in terms)


def _on(device: Device, platforms: frozenset[int] | None) -> bool:
    return not platforms or device["device_type"] in platforms


class _Invalid(Exception):
    """An expression that does not parse; the message says where."""


def _nesting(expression: str) -> int:
    """The deepest nesting of parentheses and brackets outside strings."""
    depth = deepest = 0
    for char in NOT_BRACKETS.sub("", STRINGS.sub("", expression)):
        depth += 1 if char in "([" else -1
        deepest = max(deepest, depth)
    return deepest


def _compile(expression: str, platforms: Mapping[str, int]) -> Predicate:
    """Parse an expression into a predicate; raise _Invalid, or the ApiError of a bad argument."""
    if _nesting(expression) > MAX_NESTING:
        raise _Invalid(f"nested deeper than {MAX_NESTING} levels of parentheses and brackets")
    try:
        tree = _parser().parse(expression)
        predicate: Predicate = _Predicates(platforms).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, ApiError):
            raise exc.orig_exc from None
        raise _Invalid(str(exc.orig_exc)) from None
    except LarkError as exc:
        raise _Invalid(str(exc).strip().splitlines()[0]) from None
    return predicate


class _Compiled:
    """The segments compiled lately, by expression text, so that a send naming a segment does
    not parse it again; bounded by the text they hold together (a thread-safe LRU)."""

    def __init__(self, characters: int, platforms: Mapping[str, int]) -> None:
        self._characters = characters
        self._platforms = platforms
        self._held = 0
        self._found: OrderedDict[str, Predicate] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, expression: str) -> Predicate:
        with self._lock:
            found = self._found.get(expression)
            if found is not None:
                self._found.move_to_end(expression)
                return found
        predicate = _compile(
            expression, self._platforms
        )  # outside the lock: two threads may both compile it
        with self._lock:
            if expression not in self._found and len(expression) <= self._characters:
                self._found[expression] = predicate
                self._held += len(expression)
                while self._held > self._characters:
                    oldest, _ = self._found.popitem(last=False)
                    self._held -= len(oldest)
        return predicate


@functools.cache
def _compiled(platforms: tuple[tuple[str, int], ...]) -> _Compiled:
    """The compiled segments of one set of platform names, shared by every server of a spec."""
    return _Compiled(CACHED_CHARACTERS, dict(platforms))


def _from_conditions(found: Any, operator: str) -> str:
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


def create(db: sqlite3.Connection) -> None:
    """Create the table; a state file of release 1.0.0 keeps its segments, which belong to no
    server token (1.0.0 kept none)."""
    found = database.columns(db, "filters")
    if found and "account" not in found:
        db.execute("ALTER TABLE filters RENAME TO filters_1")
        db.executescript(SCHEMA)
        db.execute(
            "INSERT INTO filters (account, name, application, expression, expiration_date,"
            " created) SELECT '', name, application, expression, expiration_date, created"
            " FROM filters_1"
        )
        db.execute("DROP TABLE filters_1")
    db.executescript(SCHEMA)


class Segments:
    """The segments of every account, and the language they are written in."""

    def __init__(self, db: Database, document: Mapping[str, Any]) -> None:
        self._db = db
        self._compiled = _compiled(tuple(sorted(platforms(document).items())))

    def compile(self, expression: str, field: str) -> Predicate:
        """Parse a segment expression (once: the result is kept by its text); raise the API's
        210 naming ``field`` when it does not parse."""
        try:
            return self._compiled.get(expression)
        except _Invalid as exc:
            raise argument_error(f"Invalid {field}: {exc}") from None

    def create(
        self,
        account: str,
        name: str,
        *,
        expression: str | None,
        triples: Any,
        operator: str,
        application: str | None,
        expiration_date: str | None,
    ) -> None:
        """createFilter: a segment from its ``expression``, or from ``triples`` (``conditions``:
        ``[tag, operator, operand]``) joined by ``operator`` (the older page's form), checked now
        as a later send would check it."""
        expression = expression or _from_conditions(triples, operator)
        self.compile(expression, "filter_expression")
        self.add(account, name, expression, application, expiration_date)

    def add(
        self,
        account: str,
        name: str,
        expression: str,
        application: str | None,
        expiration_date: str | None,
    ) -> None:
        """Store a segment of an account; a name the account has taken is a 210."""
        with self._db.locked() as db:
            added = db.execute(
                "INSERT INTO filters (account, name, application, expression, expiration_date,"
                " created) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account, name) DO NOTHING",
                (account, name, application, expression, expiration_date, time.time()),
            )
        if not added.rowcount:
            raise argument_error(f"Filter already exists: {name}")

    def expression(self, account: str, name: str) -> str | None:
        """The expression of an account's segment, or None."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT expression FROM filters WHERE account = ? AND name = ?", (account, name)
            ).fetchone()
        return None if row is None else str(row["expression"])

    def list(
        self, account: str | None = None, application: str | None = None
    ) -> list[dict[str, Any]]:
        """The segments by name: of an account (of every one, for None); of one application
        (and those of none) when given."""
        query = "SELECT name, application, expression, expiration_date FROM filters"
        where, args = [], []
        if account is not None:
            where.append("account = ?")
            args.append(account)
        if application is not None:
            where.append("(application IS NULL OR application = ?)")
            args.append(application)
        if where:
            query += " WHERE " + " AND ".join(where)
        with self._db.locked() as db:
            rows = db.execute(query + " ORDER BY name, account", args).fetchall()
        return [
            {
                "name": row["name"],
                "filter_expression": row["expression"],
                "application": row["application"],
                "expiration_date": row["expiration_date"],
            }
            for row in rows
        ]

    def delete(self, account: str, name: str) -> None:
        """Delete an account's segment; an unknown name is a 210."""
        with self._db.locked() as db:
            deleted = db.execute(
                "DELETE FROM filters WHERE account = ? AND name = ?", (account, name)
            )
        if not deleted.rowcount:
            raise argument_error(f"Filter not found: {quoted(name)}")

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every segment."""
        database.clear(db, TABLES)

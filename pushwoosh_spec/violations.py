"""What a request does wrong against the spec's schema, described once for the client and the mock.

`first_violation` finds the first schema violation of an instance (jsonschema-rs) and describes it
as a `Violation`: where it is, which field is missing or which alternatives were expected, what
the schema accepts and what was given, in words. The client words it by keyword argument
(`set_tags: argument 'tags': ...`), the mock by JSON path (`request.tags: ...`); what the words
say is decided here.

Describing costs far more than finding (jsonschema-rs gathers every branch's errors of a failed
oneOf: 8 s for a list tag of 262,000 integers), so a violation is described on a small instance
that fails the same way (see `_reduce`), at its true place in the original.
"""

import difflib
import json
import re
from collections.abc import Mapping, Sized
from dataclasses import dataclass
from itertools import islice
from typing import Any, cast

import jsonschema_rs

from .facts import resolve

SHRINK = 32
"""Lists longer than this are cut before a violation is described (more than any minItems)."""
MORE_ERRORS = 99
"""How many further violations are counted at most."""
SHOWN_CHARACTERS = 40
"""How much of a value a description quotes."""
COUNTED = {
    "maxItems": ("items", "at most"),
    "minItems": ("items", "at least"),
    "maxLength": ("characters", "at most"),
    "minLength": ("characters", "at least"),
    "maxProperties": ("fields", "at most"),
    "minProperties": ("fields", "at least"),
}
"""Schema keywords that bound a size: the value is described by its size, never shown."""
SHOWS_RECEIVED = frozenset({"enum", "oneOf", "anyOf", "type", "const"})
"""Keywords whose description says what was given (the others say it already, or by size)."""
JsonPath = tuple[str | int, ...]
"""Where a node is in a JSON document: object keys and list indexes."""


@dataclass(frozen=True)
class Violation:
    """The first thing an instance does wrong against a schema, in words."""

    path: JsonPath
    """Where, in the original instance (list indexes are true ones)."""
    keyword: str | None
    """The JSON Schema keyword that failed (`required`, `enum`, `oneOf`, …)."""
    problem: str
    """What is wrong, in words: `expected one of 1, 3, got a string ('ios')`."""
    missing: str | None = None
    """The field that is absent, for `required`."""
    forms: tuple[tuple[str, ...], ...] = ()
    """For an `anyOf` of required sets: each alternative's fields (`hwid` or `userId`)."""
    summary: str | None = None
    """The first paragraph of the failed union's description, when it has one."""
    given: str | None = None
    """What was given, in words (`a string ('ios')`), where the problem says it."""
    suggestion: str = ""
    """`; did you mean DeviceType.IOS (1)?` for a name given where an enum takes a value."""
    more: int = 0
    """How many further violations there are (at most MORE_ERRORS)."""


def first_violation(
    validator: jsonschema_rs.Validator, instance: Any, document: Mapping[str, Any]
) -> Violation | None:
    """Describe the first violation of `instance`, or return None when it is valid; `document`
    holds the components the validator's schema paths lead into."""
    if validator.is_valid(instance):
        return None
    small, offsets = _reduce(validator, instance)
    errors = validator.iter_errors(small)
    error = next(errors)
    more = sum(1 for _ in islice(errors, MORE_ERRORS))
    return _describe(error, offsets, document, more)


def _describe(
    error: jsonschema_rs.ValidationError,
    offsets: Mapping[JsonPath, int],
    document: Mapping[str, Any],
    more: int,
) -> Violation:
    path = _true_path(error.instance_path, offsets)
    last = error.schema_path[-1] if error.schema_path else None
    keyword = last if isinstance(last, str) else None
    parent = _parent(document, error.schema_path)
    options = parent.get(keyword) if keyword is not None else None
    missing = None
    forms: tuple[tuple[str, ...], ...] = ()
    summary = None
    if keyword == "required":
        missing = error.message.split('"')[1] if '"' in error.message else error.message
        problem = "is required"
    elif keyword == "anyOf" and isinstance(options, list) and _all_required(options):
        forms = tuple(tuple(option["required"]) for option in options)
        problem = "expected " + " or ".join(_required_form(option) for option in options)
    elif keyword == "oneOf" and isinstance(options, list) and _all_required(options):
        problem = "expected exactly one of " + _alternatives([_required_form(o) for o in options])
    elif keyword == "enum" and isinstance(options, list):
        problem = "expected one of " + ", ".join(json.dumps(v) for v in options)
    elif keyword in ("oneOf", "anyOf") and isinstance(options, list):
        problem = "expected " + _alternatives([n for o in options for n in names(o, document)])
        described = resolve(document, parent).get("description", "")
        first = str(described).split("\n\n")[0].replace("\n", " ").strip().rstrip(".")
        summary = f"{first[0].lower()}{first[1:]}" if first else None
    elif keyword == "type" and isinstance(options, str | list):
        problem = "expected " + _alternatives(names({"type": options}, document))
    elif keyword in COUNTED and isinstance(options, int):
        counted, bound = COUNTED[keyword]
        size = len(cast(Sized, error.instance))
        problem = f"got {size:,} {counted}, {bound} {options:,} allowed"
    elif keyword == "pattern":
        problem = f"{short_repr(error.instance)} does not match {options!r}"
    elif keyword == "const" and isinstance(parent, Mapping) and "const" in parent:
        problem = f"expected {json.dumps(parent['const'])}"
    elif keyword == "not" and (forbidden := _forbidden(options, error.instance)):
        problem = forbidden
    else:
        problem = error.message
    given = None
    if keyword in SHOWS_RECEIVED and not forms:
        given = received(error.instance)
        problem += f", got {given}"
    suggestion = _enum_suggestion(parent, list(error.schema_path), error.instance)
    return Violation(
        tuple(path), keyword, problem, missing, forms, summary, given, suggestion, more
    )


def _enum_suggestion(schema: Any, schema_path: list[Any], instance: Any) -> str:
    """`; did you mean DeviceType.IOS (1)?` for a name given where an enum of the spec takes a
    value: the names are the spec's `x-enum-varnames`."""
    if not isinstance(schema, dict) or not isinstance(instance, str):
        return ""
    words = schema.get("x-enum-varnames")
    values = schema.get("enum")
    if not isinstance(words, list) or not isinstance(values, list):
        return ""
    wanted = re.sub(r"[^A-Z0-9]+", "_", instance.upper()).strip("_")
    close = difflib.get_close_matches(wanted, [str(n) for n in words], n=1)
    if not close:
        return ""
    value = values[words.index(close[0])]
    owner = (
        schema_path[2]
        if len(schema_path) == 4 and schema_path[:2] == ["components", "schemas"]
        else None
    )
    name = f"{owner}.{close[0]}" if owner else close[0]
    return f"; did you mean {name} ({json.dumps(value)})?"


def _all_required(options: list[Any]) -> bool:
    return all(isinstance(option, dict) and "required" in option for option in options)


def _forbidden(options: Any, instance: Any) -> str | None:
    """For a `not` of required sets (fields refused, alone or together) that an object failed:
    `platforms is not allowed`, `code and expression are not allowed together`; else None."""
    union = options.get("anyOf") if isinstance(options, dict) else None
    if not isinstance(union, list) or not _all_required(union) or not isinstance(instance, dict):
        return None
    for option in union:
        fields = option["required"]
        if all(name in instance for name in fields):
            if len(fields) == 1:
                return f"{fields[0]} is not allowed"
            return f"{' and '.join(fields)} are not allowed together"
    return None


def _required_form(option: Mapping[str, Any]) -> str:
    """Describe one alternative of an anyOf of required sets: `userId (non-empty)`."""
    properties = option.get("properties", {})
    return " and ".join(
        f"{name} (non-empty)" if properties.get(name, {}).get("minLength") else name
        for name in option["required"]
    )


def _parent(document: Mapping[str, Any], schema_path: Any) -> Any:
    """The schema node that holds the failed keyword; {} when the path leads nowhere."""
    node: Any = document
    for part in list(schema_path)[:-1]:
        if part == "$ref" or not isinstance(node, dict | list):
            return {}
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return {}
    return node if isinstance(node, dict) else {}


def names(schema: Any, document: Mapping[str, Any]) -> list[str]:
    """What a schema accepts, one name per alternative (a union's members each named):
    `string`, `list of string`, `IncrementOperation`."""
    if not isinstance(schema, dict):
        return ["a value"]
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        target = resolve(document, schema)
        union = target.get("oneOf") or target.get("anyOf") if isinstance(target, dict) else None
        if isinstance(union, list):  # a union (TagValue) is named by its members
            return [n for member in union for n in names(member, document)]
        return [name]
    if schema.get("enum") == [None] or ("const" in schema and schema["const"] is None):
        return ["None"]
    if "const" in schema:
        return [json.dumps(schema["const"])]
    if "enum" in schema:
        return ["one of " + ", ".join(json.dumps(v) for v in schema["enum"])]
    kind = schema.get("type")
    if kind == "array":
        return ["list of " + _alternatives(names(schema.get("items", {}), document))]
    if kind == "number" and schema.get("not") == {"type": "integer"}:
        return ["decimal number"]
    if kind == "null":
        return ["None"]
    if isinstance(kind, list):
        return [n for k in kind for n in names({"type": k}, document)]
    if isinstance(kind, str):
        return [kind]
    union = schema.get("oneOf") or schema.get("anyOf")
    if isinstance(union, list):
        return [n for member in union for n in names(member, document)]
    return [str(schema.get("title", "a value"))]


def _alternatives(words: list[str]) -> str:
    """`a, b or c`."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


_JSON_TYPES = {
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a decimal number",
    list: "a list",
    dict: "an object",
    type(None): "None",
}


def short_repr(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """A value's repr cut to its first `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def received(value: Any) -> str:
    """Say what was given, in words and a short repr: `a string ('abc')`, `an object`."""
    kind = _JSON_TYPES.get(type(value), f"a value of type {type(value).__name__}")
    if isinstance(value, dict | list):
        keys = (
            f" with keys {', '.join(map(repr, list(value)[:5]))}" if isinstance(value, dict) else ""
        )
        return (
            f"{kind}{keys}" if value or isinstance(value, list) else f"an empty {kind.split()[-1]}"
        )
    return kind if value is None else f"{kind} ({short_repr(value)})"


def _shrink(value: Any, path: JsonPath, cuts: list[tuple[JsonPath, list[Any]]]) -> Any:
    """Copy a JSON value with every list cut to SHRINK items (its items shrunk too); record each
    cut list, at full length with its items shrunk, in ``cuts``."""
    if isinstance(value, dict):
        return {k: _shrink(v, (*path, k), cuts) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) <= SHRINK:
            return [_shrink(v, (*path, i), cuts) for i, v in enumerate(value)]
        full = [_shrink(v, (*path, i), []) for i, v in enumerate(value)]
        cuts.append((path, full))
        return [_shrink(v, (*path, i), cuts) for i, v in enumerate(value[:SHRINK])]
    return value


def _replaced(value: Any, path: JsonPath, replacement: Any) -> Any:
    """Return a copy of a JSON value with the node at ``path`` replaced (the rest shared)."""
    if not path:
        return replacement
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, replacement)}
    copy = list(value)
    copy[int(head)] = _replaced(value[int(head)], rest, replacement)
    return copy


def _reduce(validator: jsonschema_rs.Validator, body: Any) -> tuple[Any, dict[JsonPath, int]]:
    """Return a small instance that fails as ``body`` does, and the index offsets of lists whose
    reported items stand for later ones, so that a description names the true path.

    Lists are cut to their first SHRINK items. When that is still invalid, the fault is within it.
    Otherwise each cut list is restored in turn; for the first that fails, a binary search finds
    the shortest failing prefix (a few dozen ``is_valid`` calls, each microseconds): its last item
    alone is the fault (reported at its true index), or the list as a whole is (too long, not
    unique), and that prefix is shown.
    """
    cuts: list[tuple[JsonPath, list[Any]]] = []
    small = _shrink(body, (), cuts)
    if not validator.is_valid(small):
        return small, {}
    for path, full in cuts:
        if validator.is_valid(_replaced(small, path, full)):
            continue
        valid, invalid = SHRINK, len(full)
        while invalid - valid > 1:
            middle = (valid + invalid) // 2
            if validator.is_valid(_replaced(small, path, full[:middle])):
                valid = middle
            else:
                invalid = middle
        alone = _replaced(small, path, full[invalid - 1 : invalid])
        if not validator.is_valid(alone):
            return alone, {path: invalid - 1}
        return _replaced(small, path, full[:invalid]), {}
    return body, {}  # a fault no single list explains: describe the body itself


def _true_path(instance_path: Any, offsets: Mapping[JsonPath, int]) -> list[Any]:
    """Shift the list index that follows an offset path back to the item it stands for."""
    parts: list[Any] = list(instance_path)
    for path, offset in offsets.items():
        depth = len(path)
        if tuple(parts[:depth]) == path and len(parts) > depth and isinstance(parts[depth], int):
            parts[depth] += offset
    return parts

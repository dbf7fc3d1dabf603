"""JSON in and out of the mock: the one place a body is decoded, and the fast encoder.

Decoding is strict RFC 8259 (no NaN or Infinity, valid UTF-8, no lone surrogates) with two rules
of the mock's own, so that whatever a call may send, the store can keep and every route can serve:

- a number a double cannot hold (``1e400``) is refused, as NaN is;
- nesting deeper than ``MAX_DEPTH`` is refused (orjson encodes at most 254 levels and SQLite's
  JSON functions read 1,000, so a deeper body could be accepted but not kept or shown);

and one normalisation: an integral number is an integer (``1.0``, ``1e2`` and ``-0.0`` are 1,
100 and 0), since JSON does not tell them apart and the API's integers (badges, increments,
tag values) must stay integers in the state.
"""

import json
import math
from typing import Any

import orjson

MAX_DEPTH = 64
"""The deepest nesting of arrays and objects a body may have."""
DIGITS_AS_NINES = bytes.maketrans(b"0123456789", b"9999999999")
LONG_NUMBER = b"9" * 19
"""A run of 19 digits: orjson might read it as a float (it has 64-bit integers); json reads it."""
MAYBE_FLOAT = (b"9.", b"9e", b"9E")
"""A digit followed by a fraction or an exponent, in a body whose digits are all 9
(``DIGITS_AS_NINES``): the body may hold a float to normalise. Three substring searches cost
less than a regular expression over the whole body."""


class JsonError(ValueError):
    """A body that is not JSON the mock accepts; the message says why."""


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:40]} is too large for a double")
    return value


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite)
"""The reference decoder: NaN and Infinity are not JSON, nor is a number beyond a double;
big integers stay exact."""


def loads(raw: bytes) -> Any:
    """Decode a body, or raise JsonError saying what is wrong with it.

    orjson reads what it accepts (strict RFC 8259, and it refuses numbers beyond a double);
    anything it refuses, and any long number, goes to the reference decoder, which decides and
    words the error. Then nesting is bounded and integral floats become integers.
    """
    value: Any
    nines = raw.translate(DIGITS_AS_NINES)
    if LONG_NUMBER not in nines:
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            value = _decode(raw)
    else:
        value = _decode(raw)
    fraction, exponent, upper = MAYBE_FLOAT
    if (
        raw.count(b"[") + raw.count(b"{") > MAX_DEPTH
        or fraction in nines
        or exponent in nines
        or upper in nines
    ):
        value = _normalise(value)
    return value


def _decode(raw: bytes) -> Any:
    """Decode with the reference decoder; raise JsonError with its reason."""
    try:
        body = _DECODER.decode(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise JsonError(f"the body is not UTF-8 ({exc.reason})") from exc
    except RecursionError as exc:
        raise JsonError(f"nested deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:
        raise JsonError(str(exc)) from exc
    if b"\\u" in raw:
        _reject_lone_surrogates(body)
    return body


def _reject_lone_surrogates(value: Any) -> None:
    """Raise JsonError for strings that escape half of a surrogate pair (not Unicode text)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonError("a string escapes a lone surrogate (\\uD800-\\uDFFF)") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _normalise(value: Any) -> Any:
    """Bound the nesting and turn integral floats into integers, in place; return the value."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonError(f"nested deeper than {MAX_DEPTH} levels")
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, item in list(items):
            if isinstance(item, float):
                if item.is_integer():
                    node[key] = int(item)
            elif isinstance(item, dict | list):
                stack.append((item, depth + 1))
    return value


def dumps(value: Any) -> bytes:
    """Encode compact UTF-8 JSON; integers beyond 64 bits (valid JSON) take the slow path."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps_text(value: Any) -> str:
    """Encode compact JSON as text (for SQLite columns)."""
    return dumps(value).decode("utf-8")

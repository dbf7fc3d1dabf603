"""JSON encoding on the hot path: orjson, falling back to the standard library for big integers."""

import json
from typing import Any

import orjson


def dumps(value: Any) -> bytes:
    """Encode compact UTF-8 JSON; integers beyond 64 bits (valid JSON) take the slow path."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps_text(value: Any) -> str:
    """Encode compact JSON as text (for SQLite columns)."""
    return dumps(value).decode("utf-8")

"""Tokens kept out of everything the mock shows: the journal and the messages of its answers.

Two rules, so that no body hides a token, whether it decodes or not:

- by place: the ``auth`` member of the body or of its ``request`` envelope (where the server
  token travels, flat or enveloped) is masked whatever its value; a deeper one is the caller's
  data (a tag named ``auth``) and stays; in a body that is not JSON, or was cut, the value after
  any ``"auth":`` key (however its letters are escaped) is masked in the text;
- by value: the mock's own tokens (device, server, control) are masked wherever they appear, and
  an answer's message is cleaned of those and of every value the call sent under ``auth``.
"""

import json
import re
from collections.abc import Iterable
from typing import Any

from . import jsonio

MASK = "***"
"""What a secret is replaced with."""
MIN_SECRET_CHARS = 4
"""Shorter values are not searched for inside text (masking ``1`` would garble every message);
a member named ``auth`` is masked whatever its length."""
SECRET_KEY = "auth"
"""The member that carries a token, in a body or in its ``request`` envelope."""
ENVELOPE = "request"
"""The member that holds an enveloped call's fields."""
_SECRET_KEY_TEXT = re.compile(
    '"' + "".join(f"(?:{c}|\\\\u00{ord(c):02x})" for c in SECRET_KEY) + r'"\s*:\s*'
)
"""The key ``"auth":`` as JSON may spell it (each letter plain or ``\\u``-escaped)."""
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"?', re.DOTALL)
_NUMBER = re.compile(r"-?[0-9][0-9.eE+-]*")
_SCALAR_END = frozenset(",}]\r\n\t ")


class Redactor:
    """Masks the tokens one mock knows, and those a call carries under ``auth``."""

    def __init__(self, tokens: Iterable[str]) -> None:
        self.tokens = sorted({t for t in tokens if len(t) >= MIN_SECRET_CHARS}, key=len)[::-1]
        """The mock's tokens long enough to search for, longest first."""
        self._encoded = [token.encode("utf-8") for token in self.tokens]

    def value(self, value: Any, raw: bytes) -> Any:
        """Mask a decoded body in place and return it (``raw``, the bytes it came from, says
        whether one of the mock's tokens may be in it, escaped or not)."""
        if isinstance(value, dict):
            for fields in (value, value.get(ENVELOPE)):
                if isinstance(fields, dict) and SECRET_KEY in fields:
                    fields[SECRET_KEY] = MASK
        if b"\\" in raw or any(token in raw for token in self._encoded):
            value = self._walk(value)
        return value

    def _walk(self, value: Any) -> Any:
        """Mask the mock's tokens in every string and key of a value, in place."""
        if isinstance(value, str):
            return self.scrub(value, self.tokens)
        if isinstance(value, list):
            for index, item in enumerate(value):
                value[index] = self._walk(item)
        elif isinstance(value, dict):
            for key in list(value):
                item = value.pop(key)
                value[self.scrub(key, self.tokens)] = self._walk(item)
        return value

    def text(self, text: str) -> str:
        """Mask the values under ``auth`` keys in a text that may not be JSON, then the
        mock's tokens."""
        parts: list[str] = []
        position = 0
        for start, end in _secret_spans(text):
            parts += (text[position:start], json.dumps(MASK))
            position = end
        parts.append(text[position:])
        return self.scrub("".join(parts), self.tokens)

    def secrets(self, raw: bytes | None) -> list[str]:
        """The values to hide from what is said about a call: the mock's tokens, and the
        strings and numbers the call sent under ``auth``; longest first."""
        found = set(self.tokens)
        if raw and _has_key(raw):
            text = raw.decode("utf-8", errors="replace")
            for start, end in _secret_spans(text):
                found.update(_leaves(text[start:end]))
        return sorted((s for s in found if len(s) >= MIN_SECRET_CHARS), key=len)[::-1]

    @staticmethod
    def scrub(text: str, secrets: Iterable[str]) -> str:
        """Replace every occurrence of each secret (longest first) in a text."""
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def answer(self, content: Any, raw: bytes | None) -> Any:
        """Return an answer whose ``status_message`` would show a secret of the call, cleaned,
        or None when it shows none (the common case: nothing is copied)."""
        if not isinstance(content, dict):
            return None
        message = content.get("status_message")
        if not isinstance(message, str) or message == "OK":
            return None
        clean = self.scrub(message, self.secrets(raw))
        return None if clean == message else {**content, "status_message": clean}

    def headers(self, raw_headers: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
        """The request headers as text, the Authorization header left out and tokens masked."""
        return {
            name.decode("latin-1"): self.scrub(value.decode("latin-1"), self.tokens)
            for name, value in raw_headers
            if name.lower() != b"authorization"
        }


def _has_key(raw: bytes) -> bool:
    """Whether a body may hold an ``auth`` member (plainly, or with escaped letters)."""
    return b'auth"' in raw or b"\\u00" in raw


def _secret_spans(text: str) -> list[tuple[int, int]]:
    """Where the values of ``auth`` members are in a text, JSON or not (a cut value runs to
    the end)."""
    spans = []
    position = 0
    while match := _SECRET_KEY_TEXT.search(text, position):
        end = _value_end(text, match.end())
        spans.append((match.end(), end))
        position = max(end, match.end())
    return spans


def _value_end(text: str, start: int) -> int:
    """Where the JSON value starting at ``start`` ends: a string, a bracketed value (strings
    inside skipped), or a bare word; the end of the text if it is cut."""
    if start >= len(text):
        return start
    first = text[start]
    if first == '"':
        match = _STRING.match(text, start)
        return match.end() if match else len(text)
    if first in "{[":
        depth = 0
        position = start
        while position < len(text):
            char = text[position]
            if char == '"':
                match = _STRING.match(text, position)
                position = match.end() if match else len(text)
                continue
            if char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    return position + 1
            position += 1
        return len(text)
    position = start
    while position < len(text) and text[position] not in _SCALAR_END:
        position += 1
    return position


def _leaves(span: str) -> set[str]:
    """The strings and numbers of a value's text, as a message could show them."""
    try:
        value = jsonio.loads(span.encode("utf-8"))
    except jsonio.JsonError:
        strings = [_unescape(m.group(1)) for m in _STRING.finditer(span)]
        numbers = _NUMBER.findall(_STRING.sub("", span))
        return {span.strip('"'), *strings, *numbers}
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.update((item, jsonio.dumps(item).decode("utf-8")[1:-1]))
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            found.update((repr(item), jsonio.dumps(item).decode("utf-8")))
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _unescape(literal: str) -> str:
    """A JSON string literal's content decoded, or as written when it does not decode."""
    try:
        decoded = json.loads(f'"{literal}"')
    except ValueError:
        return literal
    return decoded if isinstance(decoded, str) else literal

"""The client's two tokens: where they come from, how they are checked, where they go, and how
they are hidden from everything a person may read (reprs, log records, messages).

A token is held by `Credentials` alone. It is read from the client's argument or its environment
variable, checked without being echoed, put into the Authorization header or the body where the
operation's facts say, and every text about to be logged or raised passes `Credentials.redact`,
which knows each escaping a token can take in text.
"""

import json
import os
import urllib.parse
from typing import Any

import httpx

from . import errors
from ._config import USER_AGENT
from ._operation import Operation

TOKEN_ENVIRONMENT_VARIABLE = "PUSHWOOSH_API_TOKEN"
"""Where the Device API token is read from when the client is given none."""
SERVER_TOKEN_ENVIRONMENT_VARIABLE = "PUSHWOOSH_SERVER_TOKEN"
"""Where the server token (createMessage and the Remote API) is read from when given none."""
TOKEN_SOURCES = {
    "device": ("token", TOKEN_ENVIRONMENT_VARIABLE, "Device API token"),
    "server": ("server_token", SERVER_TOKEN_ENVIRONMENT_VARIABLE, "server token"),
}
"""The argument, the environment variable and the name of each kind of token."""
TOKEN_FIRST, TOKEN_LAST = "!", "~"
"""A token's characters: printable ASCII without the space (what an HTTP header value carries)."""
AUTH_PLACEHOLDER = "***"
"""What stands for a body token while the body is checked (no message can then show it)."""
REDACTED = "***"
"""What stands for a token in a log record or a message."""


class Secret:
    """A token on its way to being checked: its repr (in a traceback's locals) shows nothing."""

    __slots__ = ("_value",)

    def __init__(self, value: object) -> None:
        self._value = value

    def __repr__(self) -> str:
        return "'***'"

    @property
    def missing(self) -> bool:
        """Whether no token was given at all."""
        return self._value is None

    def checked(self, argument: str, variable: str) -> str:
        """Return the token stripped of surrounding whitespace (a file's trailing newline), or
        raise ConfigurationError saying what is wrong with it, without showing it."""
        problem = token_problem(self._value)
        if problem is not None:
            raise errors.ConfigurationError(
                f"{argument} {problem} (pass {argument}= or set the {variable} environment"
                " variable)"
            )
        assert isinstance(self._value, str)
        return self._value.strip()


def token_problem(value: object) -> str | None:
    """Say what keeps a value from being sent as a token, or None when it can be."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if not value.strip():
        return "is empty"
    if not all(TOKEN_FIRST <= character <= TOKEN_LAST for character in value.strip()):
        return (
            "contains a space, a control character or a non-ASCII character: an API token is"
            " printable ASCII (copy it again from the Control Panel)"
        )
    return None


def escapings(token: str) -> set[str]:
    """The forms a token takes in text: raw, JSON-escaped (with `/` escaped or not),
    repr-escaped and percent-encoded; a log record must show none of them."""
    json_escaped = json.dumps(token)[1:-1]
    backslashed = token.replace("\\", "\\\\")
    return {
        token,
        json_escaped,
        json_escaped.replace("/", "\\/"),
        repr(token)[1:-1],
        backslashed.replace("'", "\\'"),
        backslashed.replace('"', '\\"'),
        urllib.parse.quote(token, safe=""),
        urllib.parse.quote(token),
        urllib.parse.quote_plus(token),
    }


class Credentials:
    """The client's tokens, the headers that carry them, and the redaction that hides them."""

    __slots__ = ("_common", "_headers", "_secret_forms", "_tokens")

    def __init__(self, token: Secret, server_token: Secret) -> None:
        if token.missing and server_token.missing:
            raise errors.ConfigurationError(
                f"No API token: pass token= (the Device API token) or server_token= (the server"
                f" token of createMessage and the Remote API), or set {TOKEN_ENVIRONMENT_VARIABLE}"
                f" or {SERVER_TOKEN_ENVIRONMENT_VARIABLE}"
            )
        self._tokens: dict[str, str | None] = {
            kind: None if secret.missing else secret.checked(*TOKEN_SOURCES[kind][:2])
            for kind, secret in (("device", token), ("server", server_token))
        }
        self._secret_forms = sorted(
            {form for t in self._tokens.values() if t for form in escapings(t)},
            key=len,
            reverse=True,
        )
        common = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        self._common = common
        self._headers: dict[tuple[str, str | None], httpx.Headers] = {
            ("none", None): httpx.Headers(common)  # httpx.Headers: its repr masks Authorization
        }

    def __repr__(self) -> str:
        return "<Credentials ***>"

    @classmethod
    def from_environment(cls, token: Secret, server_token: Secret) -> "Credentials":
        """The tokens given, or those of the environment variables where none is given."""
        if token.missing:
            token = Secret(os.environ.get(TOKEN_ENVIRONMENT_VARIABLE))
        if server_token.missing:
            server_token = Secret(os.environ.get(SERVER_TOKEN_ENVIRONMENT_VARIABLE))
        return cls(token, server_token)

    def token_for(self, operation: Operation[Any]) -> str:
        """The token an operation needs, or ConfigurationError naming how to give it."""
        token = self._tokens[operation.token]
        if token is None:
            argument, variable, what = TOKEN_SOURCES[operation.token]
            raise errors.ConfigurationError(
                f"{operation.python_name} needs the {what}: pass {argument}= to the client"
                f" or set {variable}"
            )
        return token

    def headers_for(self, operation: Operation[Any]) -> httpx.Headers:
        """The headers of an operation's calls: its token in Authorization when it travels in
        the header, none when it travels in the body."""
        if operation.token_in_body:
            return self._headers["none", None]
        key = (operation.token.value, operation.header_prefix)
        headers = self._headers.get(key)
        if headers is None:
            authorization = f"{operation.header_prefix or 'Token'} {self.token_for(operation)}"
            headers = httpx.Headers({"Authorization": authorization, **self._common})
            self._headers[key] = headers
        return headers

    def serialise(self, operation: Operation[Any], body: dict[str, Any]) -> bytes:
        """The bytes to send: the body (without its path and query parameters) with its token
        in place of the placeholder (a new dict, so that the caller's `body` never holds the
        token); nothing for a call without a body."""
        payload = operation.payload(body)
        if payload is None:
            return b""
        if operation.token_in_body:
            payload = operation.wrap(
                {**operation.fields_of(payload), "auth": self.token_for(operation)}
            )
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()

    def redact(self, text: str) -> str:
        """Hide both tokens, in every escaping they may have, in text a person may read."""
        for form in self._secret_forms:
            text = text.replace(form, REDACTED)
        return text

    def redact_json(self, value: Any) -> Any:
        """A JSON value with both tokens hidden in each of its strings, keys included."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {self.redact(k): self.redact_json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact_json(item) for item in value]
        return value

    def json_for_people(self, value: Any) -> str:
        """A JSON value as text a person reads: tokens hidden in each string before it is
        serialised, and in the text after (no escaping can carry a token through)."""
        text = json.dumps(self.redact_json(value), ensure_ascii=False, separators=(",", ":"))
        return self.redact(text)

    def longest_form(self) -> int:
        """The length of the longest text form of a token (0 without tokens)."""
        return len(self._secret_forms[0]) if self._secret_forms else 0

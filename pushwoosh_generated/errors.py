"""Errors raised by the client, one class per kind of failure, and the warning it emits.

PushwooshError
├── InvalidArgumentError      an argument does not fit the spec; nothing was sent
├── ConfigurationError        the client cannot be built as asked (no token, an unsafe URL)
├── RateLimiterError          the client's rate limiter failed or did not answer; nothing was sent
├── JobFailedError            a job the API started failed (client.jobs.wait)
├── APIConnectionError        the server could not be reached, or the connection broke
│   └── APITimeoutError       no answer within the client's timeout
└── APIError                  the server answered, and the answer is a failure
    ├── ArgumentError         HTTP 200 whose body says status_code 210 (or any code but 200)
    │   ├── RequestArgumentError      the call's own arguments: a device or message not found
    │   └── AccountConfigurationError  the account's setup: its token or application
    ├── MalformedResponseError  a success status whose body is not what the spec describes
    └── APIStatusError        an HTTP error status
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── PayloadTooLargeError      413
        ├── RateLimitError            429
        ├── InternalServerError       5xx
        │   └── ServiceUnavailableError   503
        └── UnexpectedStatus          any other status

Every message names the API method; a message about an answer that came after retries says how
many attempts were made. No message ever contains a token, and every error pickles (to cross a
process pool) as the same class and message, its HTTP answer kept without the request that
carried the tokens.
"""

import json
from typing import Any

import httpx


class PushwooshWarning(UserWarning):
    """The API accepted the call but warned about it (a `Warnings:` status_message)."""


class PushwooshError(Exception):
    """Base class of every error this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the class, the message and the attributes (keyword-only constructors
        cannot be called again from the message alone)."""
        state = {
            name: _pickled_response(value) if isinstance(value, httpx.Response) else value
            for name, value in self.__dict__.items()
        }
        return (_unpickle, (type(self), self.args, state))


def _pickled_response(response: httpx.Response) -> "_PickledResponse":
    """The parts of an answer an error keeps across pickling: not its request, which carries
    the device token in a header and the server token in the body."""
    return _PickledResponse(response.status_code, list(response.headers.raw), response.content)


class _PickledResponse:
    """An httpx.Response on its way through pickle (httpx responses do not pickle)."""

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], content: bytes) -> None:
        self.status = status
        self.headers = headers
        self.content = content

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, headers=self.headers, content=self.content)


def _unpickle(cls: type[PushwooshError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Rebuild an error from what ``PushwooshError.__reduce__`` kept."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(
        {
            name: value.response() if isinstance(value, _PickledResponse) else value
            for name, value in state.items()
        }
    )
    return error


MAX_PROBLEM_CHARS = 400
"""The longest description of a refused argument: a message echoes a value by its start only."""


def _cut(text: str, limit: int) -> str:
    """Text cut to its first `limit` characters, for a message."""
    return text if len(text) <= limit else text[:limit] + "…"


class InvalidArgumentError(PushwooshError, ValueError):
    """An argument does not fit the spec, found before anything was sent."""

    def __init__(self, method: str, argument: str, problem: str) -> None:
        problem = _cut(problem, MAX_PROBLEM_CHARS)
        super().__init__(f"{method}: argument {argument!r}: {problem}")
        self.method = method
        self.argument = argument
        self.problem = problem


class ConfigurationError(PushwooshError, ValueError):
    """The client cannot be built as asked: no token, or a base URL that would leak it."""


def _attempts(attempts: int) -> str:
    """Say how many attempts were made, when there was more than one."""
    return f" (after {attempts} attempts)" if attempts > 1 else ""


class APIConnectionError(PushwooshError):
    """The request did not get an answer: the server is unreachable or the connection broke."""

    def __init__(self, method: str, host: str, detail: str, *, attempts: int = 1) -> None:
        super().__init__(f"{method}: connection to {host} failed: {detail}{_attempts(attempts)}")
        self.method = method
        self.host = host
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""

    def __init__(
        self, method: str, host: str, phase: str, seconds: float | None, *, attempts: int = 1
    ) -> None:
        limit = "no limit" if seconds is None else f"{seconds:g} s"
        PushwooshError.__init__(
            self,
            f"{method}: {host} did not answer within the {phase} timeout of {limit}"
            f"{_attempts(attempts)}",
        )
        self.method = method
        self.host = host
        self.attempts = attempts
        self.phase = phase
        self.seconds = seconds

    @classmethod
    def rate_limited(
        cls,
        method: str,
        host: str,
        seconds: float,
        *,
        wait: float,
        limit: tuple[int, float],
        attempts: int,
    ) -> "APITimeoutError":
        """The error of a call that the rate limit would have kept waiting past its total
        timeout: raised instead of waiting, with the attempt it held back unsent."""
        error = cls(method, host, "total", seconds, attempts=max(attempts, 1))
        unsent = "nothing was sent" if attempts == 0 else f"attempt {attempts + 1} was not sent"
        error.args = (
            f"{method}: the rate limit of {limit[0]} calls per {limit[1]:g} s would have made the"
            f" call wait {wait:.1f} s, past its total timeout of {seconds:g} s; {unsent}"
            f"{_attempts(attempts)}",
        )
        return error


class RateLimiterError(PushwooshError):
    """The client's rate limiter failed or did not answer in time (a shared limiter's store,
    Redis, is down or hangs); the call was not sent."""

    def __init__(self, method: str, detail: str, *, attempts: int = 0) -> None:
        unsent = "nothing was sent" if attempts == 0 else f"attempt {attempts + 1} was not sent"
        super().__init__(f"{method}: the rate limiter {detail}; {unsent}{_attempts(attempts)}")
        self.method = method
        self.attempts = attempts


class JobFailedError(PushwooshError):
    """A job the API started (a scheduled statistics request, …) failed: the status operation
    refused it with something other than "not ready yet". What the API said is kept."""

    def __init__(self, started: Any, status_message: str | None, body: Any = None) -> None:
        shown = status_message or "(no message)"
        super().__init__(f"{started.operation}: job {started.id} failed: {shown}")
        self.operation: str = started.operation
        self.job_id: str = started.id
        self.status_message = status_message
        self.body = body


class APIError(PushwooshError):
    """The server answered, and the answer says the call failed."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        status_message: str | None,
        response: httpx.Response,
        attempts: int,
    ) -> None:
        super().__init__(message + _attempts(attempts))
        self.method = method
        self.status_message = status_message
        self.response = response
        self.attempts = attempts

    @property
    def body(self) -> Any:
        """The decoded JSON body of the answer, or None when it is not JSON."""
        return _decode_json(self.response.content)


class ArgumentError(APIError):
    """HTTP 200 whose envelope carries a status_code other than 200 (the API's argument error)."""

    def __init__(
        self,
        *,
        method: str,
        status_code: int,
        status_message: str | None,
        response: httpx.Response,
        attempts: int = 1,
    ) -> None:
        shown = status_message or "(no status_message)"
        super().__init__(
            f"{method}: status_code {status_code}: {shown}",
            method=method,
            status_message=status_message,
            response=response,
            attempts=attempts,
        )
        self.status_code = status_code


class RequestArgumentError(ArgumentError):
    """A 210 about the call itself: a device, user or message the API does not know, a value it
    cannot read. The caller's request is at fault (a web app answers it with a 4xx)."""


class AccountConfigurationError(ArgumentError):
    """A 210 about the account's setup: the account or application not found or suspended, a
    token of the wrong kind or not accepted. No request succeeds until the configuration is
    fixed (a web app answers 500: its own setup is wrong)."""

    def __init__(
        self,
        *,
        method: str,
        status_code: int,
        status_message: str | None,
        response: httpx.Response,
        attempts: int = 1,
    ) -> None:
        super().__init__(
            method=method,
            status_code=status_code,
            status_message=status_message,
            response=response,
            attempts=attempts,
        )
        self.args = (
            f"{self.args[0]} (the account's configuration: check the client's tokens and"
            " application code)",
        )


class MalformedResponseError(APIError):
    """A success status whose body does not have the shape the spec describes."""

    def __init__(self, *, method: str, response: httpx.Response, attempts: int = 1) -> None:
        shown = response.content[:300].decode(errors="replace") or "(empty body)"
        super().__init__(
            f"{method}: HTTP {response.status_code} with a body the spec does not describe: {shown}",
            method=method,
            status_message=None,
            response=response,
            attempts=attempts,
        )
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with an HTTP error status."""

    def __init__(self, *, method: str, response: httpx.Response, attempts: int = 1) -> None:
        body = _decode_json(response.content)
        status_message = None
        code = None
        if isinstance(body, dict):
            # The API's words: json 1.3's status_message, the Audience API's message,
            # Statistics v2's error, gRPC-Gateway's message beside its code.
            found = [body.get(key) for key in ("status_message", "message", "error")]
            status_message = next((text for text in found if isinstance(text, str)), None)
            if isinstance(body.get("code"), int) and not isinstance(body.get("code"), bool):
                code = body["code"]
        shown = status_message or response.content[:300].decode(errors="replace")
        if code is not None:
            shown = f"{shown} (code {code})"
        super().__init__(
            f"{method}: HTTP {response.status_code}: {shown or response.reason_phrase or '(empty body)'}",
            method=method,
            status_message=status_message,
            response=response,
            attempts=attempts,
        )
        self.status_code = response.status_code
        self.code: int | None = code
        """The API's own error code, where its answer has one (gRPC-Gateway's `code`)."""


class BadRequestError(APIStatusError):
    """HTTP 400: the request string is malformed."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing or unknown."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token may not call this method."""


class NotFoundError(APIStatusError):
    """HTTP 404: the method or a resource was not found."""


class PayloadTooLargeError(APIStatusError):
    """HTTP 413: the request body is too large."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server failed."""


class ServiceUnavailableError(InternalServerError):
    """HTTP 503: the service is unavailable for now."""


class UnexpectedStatus(APIStatusError):
    """An HTTP status that is neither success nor a documented error."""


def _decode_json(content: bytes) -> Any:
    """Return the decoded JSON body, or None when it is not JSON."""
    try:
        return json.loads(content)
    except ValueError:
        return None


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AccountConfigurationError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "InternalServerError",
    "InvalidArgumentError",
    "JobFailedError",
    "MalformedResponseError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PushwooshError",
    "PushwooshWarning",
    "RateLimitError",
    "RateLimiterError",
    "RequestArgumentError",
    "ServiceUnavailableError",
    "UnexpectedStatus",
]

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Errors raised by the API functions, one class per kind of failure.

PushwooshError
├── APIConnectionError        the server could not be reached, or the connection broke
│   └── APITimeoutError       no answer within the client's timeout
└── APIError                  the server answered, and the answer is a failure
    ├── ArgumentError         HTTP 200 whose body says status_code 210 (or any code but 200)
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
        └── UnexpectedStatus          any status the spec does not document
"""

import contextlib
import json
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any, Literal, TypeVar

import httpx

from .types import Response

T = TypeVar("T")


class PushwooshError(Exception):
    """Base class of every error this package raises."""


class APIConnectionError(PushwooshError):
    """The request did not get an answer: the server is unreachable or the connection broke."""


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""


class APIError(PushwooshError):
    """The server answered, and the answer says the call failed."""

    status_message: str | None

    def __init__(self, message: str, *, status_message: str | None) -> None:
        super().__init__(message)
        self.status_message = status_message


class ArgumentError(APIError):
    """HTTP 200 whose envelope carries a status_code other than 200 (the API's argument error)."""

    def __init__(self, status_code: int, status_message: str | None, body: Any) -> None:
        super().__init__(
            f"Pushwoosh status_code {status_code}: {status_message}", status_message=status_message
        )
        self.status_code = status_code
        self.body = body


class MalformedResponseError(APIError):
    """A success status whose body does not have the shape the spec describes."""

    def __init__(self, status_code: int, content: bytes) -> None:
        shown = content[:500].decode(errors="replace")
        super().__init__(
            f"HTTP {status_code} with an unexpected body: {shown}", status_message=None
        )
        self.status_code = status_code
        self.content = content


class APIStatusError(APIError):
    """The server answered with an HTTP error status."""

    status_code: int

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        self.body = _decode_json(content)
        status_message = None
        if isinstance(self.body, dict) and isinstance(self.body.get("status_message"), str):
            status_message = self.body["status_message"]
        shown = status_message if status_message is not None else content.decode(errors="replace")
        super().__init__(f"HTTP {status_code}: {shown}", status_message=status_message)


class BadRequestError(APIStatusError):
    """HTTP 400: the request string is malformed."""

    status_code: Literal[400] = 400


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing or unknown."""

    status_code: Literal[401] = 401


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token may not call this method."""

    status_code: Literal[403] = 403


class NotFoundError(APIStatusError):
    """HTTP 404: a resource, such as the application, was not found."""

    status_code: Literal[404] = 404


class PayloadTooLargeError(APIStatusError):
    """HTTP 413: the request body is too large."""

    status_code: Literal[413] = 413


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""

    status_code: Literal[429] = 429


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server failed."""


class ServiceUnavailableError(InternalServerError):
    """HTTP 503: the service is unavailable for now."""

    status_code: Literal[503] = 503


class UnexpectedStatus(APIStatusError):
    """An HTTP status the spec does not document for this operation."""

    def __init__(self, status_code: int, content: bytes) -> None:
        super().__init__(status_code, content)
        self.args = (
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{content.decode(errors='ignore')}",
        )


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def _decode_json(content: bytes) -> Any:
    """Return the decoded JSON body, or None when it is not JSON."""
    try:
        return json.loads(content)
    except ValueError:
        return None


def status_error(status_code: int, content: bytes) -> APIStatusError:
    """Return the error instance for an HTTP error status."""
    if status_code in _STATUS_ERRORS:
        return _STATUS_ERRORS[status_code](status_code, content)
    if status_code >= 500:
        return InternalServerError(status_code, content)
    return UnexpectedStatus(status_code, content)


def raise_for_response(response: Response[Any], expected: type[T]) -> T:
    """Return the parsed success body, or raise the error that the response stands for."""
    if not HTTPStatus.OK <= response.status_code < HTTPStatus.MULTIPLE_CHOICES:
        raise status_error(response.status_code, response.content)
    parsed = response.parsed
    if not isinstance(parsed, expected):
        body = _decode_json(response.content)
        if isinstance(body, dict):
            code = body.get("status_code")
            if isinstance(code, int) and code != HTTPStatus.OK:
                raise ArgumentError(code, body.get("status_message"), body)
        raise MalformedResponseError(response.status_code, response.content)
    status_code = getattr(parsed, "status_code", HTTPStatus.OK)
    if status_code != HTTPStatus.OK:
        status_message = getattr(parsed, "status_message", None)
        raise ArgumentError(status_code, status_message, _decode_json(response.content))
    return parsed


@contextlib.contextmanager
def map_transport_errors() -> Iterator[None]:
    """Translate httpx transport exceptions into this package's errors, in one place."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(f"Request timed out: {exc}") from exc
    except httpx.TransportError as exc:
        raise APIConnectionError(f"Connection error: {exc!r}") from exc


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "MalformedResponseError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PushwooshError",
    "RateLimitError",
    "ServiceUnavailableError",
    "UnexpectedStatus",
    "map_transport_errors",
    "raise_for_response",
    "status_error",
]

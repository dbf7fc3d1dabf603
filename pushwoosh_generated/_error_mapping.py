"""Which error stands for which failure: the one place HTTP statuses, the API's 210 messages and
transport errors map to the classes of `errors`, where what the server said is redacted of the
client's tokens before any error shows it, and where a cause is stripped of the frames that hold
tokens."""

from collections.abc import Callable

import httpx

from .errors import (
    AccountConfigurationError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    RequestArgumentError,
    ServiceUnavailableError,
    UnexpectedStatus,
)

Redact = Callable[[str], str]
"""Hides the client's tokens in a text (`Credentials.redact`)."""

ACCOUNT_MESSAGES = (
    "Access denied or application not found",
    "Application not found",
    "Application suspended",
    "Account not found",
    "Account has been suspended",
    "Suspended account can not use device filtration",
    "API token or application is not set",
    "API token or application or account is not set",
    "Invalid API Token",
    "Token restrictions forbid this operation",
)
"""The starts of the API's messages about the account's configuration, not the call: the
account or application unknown or suspended, a token not accepted or of the wrong kind (the
client always sends a token and an application, so "not set" means not accepted). Every other
message is about the call's own arguments (`Device not found`, `Message not found`,
`Cannot parse date`, `No application or group code given`, `Please select at least one
platform`, a field's problem)."""

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def _unchanged(text: str) -> str:
    return text


def redacted(response: httpx.Response, redact: Redact) -> httpx.Response:
    """The answer as an error keeps it: the same one, or a copy whose body has the client's
    tokens hidden when the server echoed one (an error's message, `body` and pickled form are
    read from it)."""
    text = response.content.decode(errors="replace")
    hidden = redact(text)
    if hidden == text:
        return response
    copy = httpx.Response(response.status_code, headers=response.headers, content=hidden.encode())
    copy.request = response.request
    return copy


def status_error(
    method: str, response: httpx.Response, attempts: int, redact: Redact = _unchanged
) -> APIStatusError:
    """Return the error for an HTTP error status: the one place statuses map to classes."""
    status = response.status_code
    error_class = _STATUS_ERRORS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else UnexpectedStatus
    return error_class(method=method, response=redacted(response, redact), attempts=attempts)


def argument_error(
    method: str,
    status_code: int,
    status_message: str | None,
    response: httpx.Response,
    attempts: int,
    redact: Redact = _unchanged,
) -> ArgumentError:
    """Return the error for an answer whose status_code is not 200 (the API's 210): about the
    account's configuration when its message starts as one of ACCOUNT_MESSAGES, else about the
    call's own arguments."""
    message = None if status_message is None else redact(status_message)
    account = message is not None and message.lstrip().startswith(ACCOUNT_MESSAGES)
    error_class = AccountConfigurationError if account else RequestArgumentError
    return error_class(
        method=method,
        status_code=status_code,
        status_message=message,
        response=redacted(response, redact),
        attempts=attempts,
    )


def transport_error(
    method: str, exc: httpx.TransportError, timeout: httpx.Timeout, attempts: int
) -> APIConnectionError:
    """Return the error for a failed exchange: the one place transport errors map to classes."""
    host = exc.request.url.netloc.decode("ascii") if _has_request(exc) else "the server"
    if isinstance(exc, httpx.TimeoutException):
        phase = {
            httpx.ConnectTimeout: "connect",
            httpx.ReadTimeout: "read",
            httpx.WriteTimeout: "write",
            httpx.PoolTimeout: "pool",
        }.get(type(exc), "read")
        return APITimeoutError(method, host, phase, getattr(timeout, phase), attempts=attempts)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(method, host, f"{type(exc).__name__}: {detail}", attempts=attempts)


def _has_request(exc: httpx.TransportError) -> bool:
    """Say whether the exception knows its request (httpx raises RuntimeError otherwise)."""
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        return False
    return True


def without_frames(exc: BaseException) -> BaseException:
    """Return ``exc`` with the tracebacks of its whole chain dropped, to chain it as a cause.

    A transport error's frames are httpx's and httpcore's, whose locals hold the request's
    headers and body, tokens included; a traceback rendered with locals (Sentry, rich,
    ``pytest --showlocals``) would print them. The cause keeps its type and message.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc

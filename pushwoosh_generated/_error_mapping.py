"""Which error stands for which failure: the one place HTTP statuses and transport errors map
to the classes of `errors`, and where a cause is stripped of the frames that hold tokens."""

import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnexpectedStatus,
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


def status_error(method: str, response: httpx.Response, attempts: int) -> APIStatusError:
    """Return the error for an HTTP error status: the one place statuses map to classes."""
    status = response.status_code
    error_class = _STATUS_ERRORS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else UnexpectedStatus
    return error_class(method=method, response=response, attempts=attempts)


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

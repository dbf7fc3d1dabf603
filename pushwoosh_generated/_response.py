"""Reading an answer: the raw HTTP view of a call, the one function that turns an answer into a
result, an error or a warning, and the wrappers that make a client method return the raw view.

`with_raw_response` is built from the client's bound methods (as openai-python's is): the wrapper
marks the call in a context variable, and the client's `_request` then returns the RawResponse
instead of reading it. One method, one signature, one docstring.
"""

import contextvars
import functools
import json
import logging
import os
import re
import sys
import warnings
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar, cast

import attrs
import httpx

from . import _error_mapping, errors
from ._operation import Operation

R = TypeVar("R")
P = ParamSpec("P")

log = logging.getLogger("pushwoosh_generated")

WARNING_PREFIX = "Warnings:"
"""How a status_message starts when the API accepted the call with a warning."""
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
"""Frames from files under here are the package's own (warnings point past them)."""

_EVENT_LOOP_CODE = re.compile(r"[/\\](anyio|asyncio|trio)[/\\]")
"""Frames of an event loop or task runner, which start a bulk call's tasks."""

_raw_wanted: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "pushwoosh_raw_response", default=False
)
"""Set while a `with_raw_response` wrapper runs the method it wraps."""


def raw_response_wanted() -> bool:
    """Whether the call being made comes through a `with_raw_response` view."""
    return _raw_wanted.get()


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, "RawResponse[R]"]:
    """Wrap a client method so that it returns the call's RawResponse instead of its result."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw_wanted.set(True)
        try:
            return cast("RawResponse[R]", method(*args, **kwargs))
        finally:
            _raw_wanted.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable["RawResponse[R]"]]:
    """Wrap an async client method so that it returns the call's RawResponse."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw_wanted.set(True)
        try:
            return cast("RawResponse[R]", await method(*args, **kwargs))
        finally:
            _raw_wanted.reset(token)

    return wrapped


@attrs.frozen(repr=False)
class RawResponse(Generic[R]):
    """The HTTP answer of a call, as `client.with_raw_response.<method>(...)` returns it.

    `parse()` gives the method's typed result, raising the errors a plain call would raise.
    """

    http_response: httpx.Response
    """The httpx response."""
    attempts: int
    """How many times the call was sent."""
    _operation: Operation[R] = attrs.field(alias="operation")
    _redact: _error_mapping.Redact = attrs.field(
        alias="redact", default=_error_mapping._unchanged, kw_only=True
    )

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The HTTP response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The response body, as bytes."""
        return self.http_response.content

    def parse(self) -> R:
        """Return the typed result, or raise the error this answer stands for."""
        return read_answer(self._operation, self.http_response, self.attempts, self._redact)

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self._operation.name} HTTP {self.status_code}"
            f" after {self.attempts} attempt{'s' if self.attempts > 1 else ''}>"
        )


def read_answer(
    operation: Operation[R],
    response: httpx.Response,
    attempts: int,
    redact: _error_mapping.Redact = _error_mapping._unchanged,
) -> R:
    """Return the result of an answer, or raise its error: the one place answers are read.

    What the server said passes `redact` (the client's `Credentials.redact`) before an error or
    a warning shows it: a server that echoes a token shows it to nobody.
    """
    if not response.is_success:
        raise _error_mapping.status_error(operation.name, response, attempts, redact)
    if operation.plain:
        return _parsed(operation, response, attempts, redact)
    try:
        envelope = json.loads(response.content)
        status_code = envelope["status_code"]
        if not isinstance(status_code, int):
            raise TypeError("status_code is not an integer")
    except (ValueError, TypeError, KeyError) as exc:
        raise errors.MalformedResponseError(
            method=operation.name,
            response=_error_mapping.redacted(response, redact),
            attempts=attempts,
        ) from exc
    status_message = envelope.get("status_message")
    if status_code != 200:
        raise _error_mapping.argument_error(
            operation.name,
            status_code,
            status_message if isinstance(status_message, str) else None,
            response,
            attempts,
            redact,
        )
    if isinstance(status_message, str) and status_message.startswith(WARNING_PREFIX):
        _warn(redact(f"{operation.name}: {status_message}"))
    member = envelope.get("response")
    if isinstance(member, dict) and isinstance(member.get("skipped"), list) and member["skipped"]:
        skipped = ", ".join(
            f"{item.get('tag')!r} ({item.get('reason')})" if isinstance(item, dict) else repr(item)
            for item in member["skipped"]
        )
        _warn(redact(f"{operation.name}: not applied: {skipped}"))
    unknown = member.get("UnknownDevices") if isinstance(member, dict) else None
    if isinstance(unknown, dict) and any(unknown.values()):
        devices = sorted(
            {str(d) for found in unknown.values() if isinstance(found, list) for d in found}
        )
        shown = ", ".join(devices[:10]) + (
            f" and {len(devices) - 10} more" if len(devices) > 10 else ""
        )
        _warn(redact(f"{operation.name}: unknown devices, not reached: {shown}"))
    return _parsed(operation, response, attempts, redact, member)


_WHOLE = object()
"""`_parsed`'s default: the result is the whole answer."""


def _parsed(
    operation: Operation[R],
    response: httpx.Response,
    attempts: int,
    redact: _error_mapping.Redact,
    data: object = _WHOLE,
) -> R:
    """The typed result of an answer (its `response` member, or the whole plain answer), or
    MalformedResponseError when it does not have the spec's shape."""
    try:
        return operation.parse_result(json.loads(response.content) if data is _WHOLE else data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise errors.MalformedResponseError(
            method=operation.name,
            response=_error_mapping.redacted(response, redact),
            attempts=attempts,
        ) from exc


def _warn(message: str) -> None:
    """A call succeeded with a caveat: a WARNING record, and a PushwooshWarning pointing at the
    first frame outside this package (the caller's line, whether it called a method, a raw
    view's `parse()` or a bulk helper)."""
    log.warning("%s", message)
    warnings.warn(message, errors.PushwooshWarning, stacklevel=_stacklevel_outside_package())


def _stacklevel_outside_package() -> int:
    """The `stacklevel` of warnings.warn, called from _warn, that names the first frame whose
    code is not this package's."""
    frame = sys._getframe(1)  # _warn
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    if frame is None or _EVENT_LOOP_CODE.search(frame.f_code.co_filename):
        return level - 1  # a task of a bulk call: no caller's line, the package's last frame
    return level

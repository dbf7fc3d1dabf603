"""What every generated client method does: prepare a call, send it with retries, and turn the
answer into a result or an error.

``SyncAPIClient`` and ``AsyncAPIClient`` differ only in how they wait for I/O; everything else
(building the call, deciding a retry, reading the answer) is one function each, shared by both.
The steps with a job of their own live apart: the options and their checks in ``_config``, the
tokens and their redaction in ``_credentials``, the rate limits in ``ratelimit``, the waits in
``clock``, and the records in ``_logging``.
"""

import os
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import anyio
import attrs
import httpx

from . import _config, _error_mapping, errors
from ._config import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT, TimeoutTypes
from ._credentials import AUTH_PLACEHOLDER, Credentials, Secret
from ._logging import CallLog
from ._operation import ABSENT, Absent, Operation
from ._response import RawResponse, raw_response_wanted, read_answer
from ._retries import (
    DEFAULT_MAX_RETRIES,
    delay_after,
    repeat_allows,
    why_not_repeated,
)
from ._transport import DefaultAsyncTransport
from .clock import async_sleep, sleep
from .ratelimit import ClientRateLimits, RateLimiter

R = TypeVar("R")
V = TypeVar("V")
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


@attrs.frozen
class CallOptions:
    """The options every client method takes beside the API's own arguments."""

    extra_headers: Mapping[str, str] | None = None
    """HTTP headers to add to the call."""
    extra_body: Mapping[str, Any] | None = None
    """Request fields beyond the method's arguments (the SDK-only fields), sent as given."""
    timeout: "TimeoutTypes | Absent" = ABSENT
    """The timeout of each phase of an attempt, instead of the client's."""
    total_timeout: float | Absent | None = ABSENT
    """The bound on the call's whole time, instead of the client's."""
    broadcast: bool = False
    """Whether a notification without targeting may be sent (it reaches every device)."""


@attrs.frozen(repr=False)
class PreparedCall(Generic[R]):
    """One call, ready to send as often as the retry policy allows.

    Its headers carry the device token and its body may carry the server token, so its repr
    (shown by debuggers and by tracebacks rendered with locals) names only where it goes.
    """

    operation: Operation[R]
    url: httpx.URL
    content: bytes
    headers: httpx.Headers
    timeout: httpx.Timeout
    repeat_safe: bool
    limit_key: str
    """Where the operation's calls are counted for its rate limit (the token only as a digest)."""
    total_timeout: float | None = None
    """The bound on the call's whole time, every attempt and wait included (None: no bound)."""

    def __repr__(self) -> str:
        return f"<PreparedCall {self.operation.name} POST {self.url} ({len(self.content)} bytes)>"


class BaseClient(Generic[HttpClient]):
    """Configuration shared by the sync and async clients, and the steps that do no I/O."""

    _http: HttpClient

    def __init__(
        self,
        token: str | None = None,
        *,
        application: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        http_client: HttpClient | None = None,
        server_token: str | None = None,
        rate_limits: Mapping[str, tuple[int, float] | None] | None = None,
        rate_limiter: RateLimiter | None = None,
        total_timeout: float | None = None,
        journey_base_url: str | None = None,
    ) -> None:
        secrets = Secret(token), Secret(server_token)
        del token, server_token  # only masked wrappers from here on: tracebacks show locals
        self._credentials = Credentials.from_environment(*secrets)
        self._log = CallLog(self._credentials)
        self.max_retries = _config.whole_number("max_retries", max_retries, 0)
        """How many times a failed call may be sent again (see `_retries`)."""
        self._rate = ClientRateLimits(_config.rate_limits(rate_limits), rate_limiter)
        self.application = _config.application(application, os.environ)
        """The application code used when a call does not give one (by default the
        PUSHWOOSH_APPLICATION environment variable)."""
        self.base_url = _config.base_url(
            base_url
            or os.environ.get(_config.BASE_URL_ENVIRONMENT_VARIABLE)
            or _config.DEFAULT_BASE_URL
        )
        """Where calls go, without a trailing slash."""
        self._pushwoosh_host = _config.is_pushwoosh(self.base_url)
        journey = journey_base_url or os.environ.get(_config.JOURNEY_BASE_URL_ENVIRONMENT_VARIABLE)
        self.journey_base_url = (
            None if not journey else _config.base_url(journey, "journey_base_url")
        )
        """Where the Customer Journey API's calls go instead of its own host (None: its host
        while the client talks to Pushwoosh, else the base URL)."""
        self.timeout = _config.timeout(timeout)
        """The timeout of each attempt's phases, unless the call gives its own."""
        self.total_timeout = _config.total_timeout(total_timeout)
        """The bound on a call's whole time across its retries, unless the call gives its own."""
        self.max_connections = _config.whole_number("max_connections", max_connections, 1)
        """The most connections open at once (bulk calls run at most this many at a time)."""
        self._views: dict[Callable[[Any], Any], Any] = {}
        self._urls: dict[str, httpx.URL] = {}
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._default_http_client()

    def _default_http_client(self) -> HttpClient:
        raise NotImplementedError

    def _limits(self) -> httpx.Limits:
        """The pool of a client built here: every connection kept alive, none closed after use
        while others are opened (httpx keeps 20 alive by default, so 64 callers churn)."""
        return httpx.Limits(
            max_connections=self.max_connections, max_keepalive_connections=self.max_connections
        )

    def __repr__(self) -> str:
        # Safe on a client whose __init__ failed half-way (a debugger or Sentry may ask).
        fields = ", ".join(
            f"{name}={getattr(self, name, None)!r}"
            for name in ("base_url", "application", "max_retries")
        )
        return f"{type(self).__name__}({fields}, token='***')"

    __str__ = __repr__

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Absent = ABSENT,
        max_retries: int | None = None,
        total_timeout: float | Absent | None = ABSENT,
    ) -> Self:
        """Return a copy with another timeout, retry count or total timeout, sharing this one's
        connections and rate limiter."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._owns_http = False
        copy._views = {}  # views wrap the bound methods of the client they were built for
        if timeout is not ABSENT:
            copy.timeout = _config.timeout(timeout)
        if total_timeout is not ABSENT:
            copy.total_timeout = _config.total_timeout(total_timeout)
        if max_retries is not None:
            copy.max_retries = _config.whole_number("max_retries", max_retries, 0)
        return copy

    def _prepare(
        self,
        operation: Operation[R],
        arguments: dict[str, Any],
        options: CallOptions,
    ) -> PreparedCall[R]:
        """Check the arguments against the spec and build the call; nothing is sent yet.

        The token is never bound to a local name here: a traceback rendered with locals (of an
        argument refused below, say) would show it.
        """
        headers = _config.extra_headers(
            operation.python_name,
            self._credentials.headers_for(operation),  # refuses a call without its token first
            options.extra_headers,
        )
        timeout = (
            self.timeout
            if options.timeout is ABSENT
            else _config.timeout(options.timeout, operation.python_name)
        )
        total_timeout = (
            self.total_timeout
            if options.total_timeout is ABSENT
            else _config.total_timeout(options.total_timeout, operation.python_name)
        )
        if (
            operation.defaults_application
            and arguments.get("application") is ABSENT
            and arguments.get("applications_group", ABSENT) is ABSENT
        ):
            if self.application is None:
                raise _config.missing_application(operation.python_name)
            arguments["application"] = self.application
        if operation.token_in_body:
            self._credentials.token_for(operation)
            arguments["auth"] = AUTH_PLACEHOLDER  # the token joins the body as it is serialised
        body = operation.build_body(arguments, options.extra_body, broadcast=options.broadcast)
        self._log.request(operation, body)
        return PreparedCall(
            operation=operation,
            url=self._url_for(operation, body),
            headers=headers,
            timeout=timeout,
            repeat_safe=repeat_allows(operation.repeat, operation.fields_of(body)),
            limit_key=self._rate.key(operation, self._credentials.token_for(operation)),
            total_timeout=total_timeout,
            content=self._credentials.serialise(operation, body),  # last: nothing fails after it
        )

    def _attempt_timeout(
        self, call: "PreparedCall[Any]", deadline: float | None, attempt: int
    ) -> httpx.Timeout:
        """The timeout of one attempt: its phases, none longer than what is left of the total."""
        if deadline is None:
            return call.timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise self._out_of_time(call, attempt - 1)
        phases = (call.timeout.connect, call.timeout.read, call.timeout.write, call.timeout.pool)
        connect, read, write, pool = (left if p is None else min(p, left) for p in phases)
        return httpx.Timeout(connect=connect, read=read, write=write, pool=pool)

    def _out_of_time(self, call: "PreparedCall[Any]", attempts: int) -> errors.APITimeoutError:
        """The error of a call whose total timeout ran out."""
        host = call.url.netloc.decode("ascii")
        return errors.APITimeoutError(
            call.operation.name, host, "total", call.total_timeout, attempts=max(attempts, 1)
        )

    def _transport_failure(
        self,
        call: "PreparedCall[Any]",
        exc: httpx.TransportError,
        timeout: httpx.Timeout,
        deadline: float | None,
        attempt: int,
        retry_wanted: bool,
    ) -> errors.APIConnectionError:
        """The error a call ends with when its last attempt failed in transport: the total
        timeout's when the total stopped it (it ran out, cut the attempt that timed out, or left
        no time for the retry the policy wanted), else the attempt's own."""
        if deadline is not None and (
            retry_wanted
            or time.monotonic() >= deadline
            or (
                isinstance(exc, httpx.TimeoutException)
                and _config.cut_by_total(call.timeout, timeout)
            )
        ):
            return self._out_of_time(call, attempt)
        return _error_mapping.transport_error(call.operation.name, exc, timeout, attempt)

    def _in_time(
        self, call: "PreparedCall[Any]", deadline: float | None, delay: float, attempt: int
    ) -> bool:
        """Whether waiting `delay` before the next attempt still leaves time for it."""
        return deadline is None or time.monotonic() + delay < deadline

    def _rate_delay(self, call: "PreparedCall[Any]", deadline: float | None, attempt: int) -> float:
        """Take a slot of the operation's rate limit now (0), or say how long to wait first."""
        return self._rate.delay(
            call.operation, call.limit_key, call.url, call.total_timeout, deadline, attempt
        )

    def _view(self, build: Callable[[Self], V]) -> V:
        """Return a view of this client (`with_raw_response`), built once: wrapping every
        method costs as much CPU as a call."""
        view = self._views.get(build)
        if view is None:
            view = self._views[build] = build(self)
        return cast(V, view)

    def _url_for(self, operation: Operation[Any], body: Mapping[str, Any]) -> httpx.URL:
        """Return the URL of a call: an operation without parameters has one, parsed once per
        client (httpx parses a string URL on every request, a few percent of a call's CPU at
        concurrency); one with path or query parameters has its own."""
        if operation.parameters:
            return httpx.URL(
                self._server_for(operation) + operation.url_path(body),
                params=operation.query(body),
            )
        url = self._urls.get(operation.name)
        if url is None:
            url = self._urls[operation.name] = httpx.URL(
                self._server_for(operation) + operation.path
            )
        return url

    def _server_for(self, operation: Operation[Any]) -> str:
        """Return where an operation goes: the option that replaces its own server, when set
        (`journey_base_url`); else its own server (setMADID's tracking host, the Customer
        Journey host) while the client talks to Pushwoosh, or the client's base URL when that is
        a mock or a proxy."""
        if operation.base_url_option is not None:
            configured = getattr(self, f"{operation.base_url_option}_base_url", None)
            if isinstance(configured, str):
                return configured
        if operation.server is not None and self._pushwoosh_host:
            return operation.server
        return self.base_url

    def _next_delay(
        self,
        call: PreparedCall[Any],
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        started: float,
    ) -> float | None:
        """Log one attempt and return how long to wait before the next one, or None to stop."""
        self._log.attempt(call.operation, outcome, attempt, time.perf_counter() - started)
        if attempt > self.max_retries:
            return None
        delay = delay_after(outcome, call.repeat_safe, attempt - 1)
        if delay is not None:
            self._log.retry(call.operation, attempt, delay)
        elif not call.repeat_safe and delay_after(outcome, True, attempt - 1) is not None:
            operation = call.operation
            self._log.not_retried(operation, why_not_repeated(operation.name, operation.repeat))
        return delay


class SyncAPIClient(BaseClient[httpx.Client]):
    """The blocking client: sends with an httpx.Client and sleeps between retries."""

    def _default_http_client(self) -> httpx.Client:
        return httpx.Client(follow_redirects=False, limits=self._limits())

    def _send(self, call: PreparedCall[R]) -> RawResponse[R]:
        """Send the call, retrying as its operation's repeat policy allows, within its total
        timeout (every attempt and wait included)."""
        deadline = None if call.total_timeout is None else time.monotonic() + call.total_timeout
        attempt = 0
        while True:
            attempt += 1
            while (wait := self._rate_delay(call, deadline, attempt)) > 0:
                sleep(wait)
            timeout = self._attempt_timeout(call, deadline, attempt)
            started = time.perf_counter()
            try:
                response = self._http.request(
                    call.operation.method,
                    call.url,
                    content=call.content,
                    headers=call.headers,
                    timeout=timeout,
                )
            except httpx.TransportError as exc:
                delay = self._next_delay(call, exc, attempt, started)
                if delay is None or not self._in_time(call, deadline, delay, attempt):
                    raise self._transport_failure(
                        call, exc, timeout, deadline, attempt, retry_wanted=delay is not None
                    ) from _error_mapping.without_frames(exc)
            else:
                delay = self._next_delay(call, response, attempt, started)
                if delay is None:
                    return RawResponse(
                        response, attempt, operation=call.operation, redact=self._credentials.redact
                    )
                response.close()
                if not self._in_time(call, deadline, delay, attempt):
                    raise self._out_of_time(call, attempt) from _error_mapping.status_error(
                        call.operation.name, response, attempt, self._credentials.redact
                    )
            sleep(delay)

    def _request(
        self, operation: Operation[R], arguments: dict[str, Any], options: CallOptions
    ) -> R:
        """Send a call and return its result, or raise its error; through a `with_raw_response`
        view, return its RawResponse (typed so by the view's wrapper)."""
        raw = self._send(self._prepare(operation, arguments, options))
        if raw_response_wanted():
            return cast(R, raw)
        return read_answer(operation, raw.http_response, raw.attempts, self._credentials.redact)

    def close(self) -> None:
        """Close the connections this client opened (not an http_client it was given)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asyncio client: sends with an httpx.AsyncClient and awaits between retries."""

    _own_transport: DefaultAsyncTransport | None = None
    """The transport of the pool this client built (none when it was given an http_client)."""

    def _default_http_client(self) -> httpx.AsyncClient:
        self._own_transport = DefaultAsyncTransport(self._limits())
        return httpx.AsyncClient(follow_redirects=False, transport=self._own_transport)

    async def _post(self, call: PreparedCall[Any], timeout: httpx.Timeout) -> httpx.Response:
        """Send one attempt and read its answer.

        Through a given http_client, as that client sends (its proxies, hooks and mounts). On
        the client's own pool, straight to the transport: at concurrency httpx.AsyncClient's own
        layer (cookies, URL merging, a Request built from keyword arguments) cost as much CPU as
        the transport itself (bench/RESULTS.md), and none of it applies to these calls.
        """
        transport = self._own_transport
        if transport is None:
            return await self._http.request(
                call.operation.method,
                call.url,
                content=call.content,
                headers=call.headers,
                timeout=timeout,
            )
        request = httpx.Request(
            call.operation.method,
            call.url,
            content=call.content,
            headers=call.headers,
            extensions={"timeout": timeout.as_dict()},
        )
        response = await transport.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def _send(self, call: PreparedCall[R]) -> RawResponse[R]:
        """Send the call, retrying as its operation's repeat policy allows, within its total
        timeout (every attempt and wait included)."""
        deadline = None if call.total_timeout is None else time.monotonic() + call.total_timeout
        attempt = 0
        while True:
            attempt += 1
            while (wait := await self._async_rate_delay(call, deadline, attempt)) > 0:
                await async_sleep(wait)
            timeout = self._attempt_timeout(call, deadline, attempt)
            started = time.perf_counter()
            try:
                response = await self._post(call, timeout)
            except httpx.TransportError as exc:
                delay = self._next_delay(call, exc, attempt, started)
                if delay is None or not self._in_time(call, deadline, delay, attempt):
                    raise self._transport_failure(
                        call, exc, timeout, deadline, attempt, retry_wanted=delay is not None
                    ) from _error_mapping.without_frames(exc)
            else:
                delay = self._next_delay(call, response, attempt, started)
                if delay is None:
                    return RawResponse(
                        response, attempt, operation=call.operation, redact=self._credentials.redact
                    )
                await response.aclose()
                if not self._in_time(call, deadline, delay, attempt):
                    raise self._out_of_time(call, attempt) from _error_mapping.status_error(
                        call.operation.name, response, attempt, self._credentials.redact
                    )
            await async_sleep(delay)

    async def _async_rate_delay(
        self, call: PreparedCall[Any], deadline: float | None, attempt: int
    ) -> float:
        """As `_rate_delay`, from a worker thread when the limiter does I/O (Redis): the
        thread ends within what is left of the total timeout, or the Redis socket timeout."""
        if self._rate.blocking_for(call.operation):
            return await anyio.to_thread.run_sync(self._rate_delay, call, deadline, attempt)
        return self._rate_delay(call, deadline, attempt)

    async def _request(
        self, operation: Operation[R], arguments: dict[str, Any], options: CallOptions
    ) -> R:
        """As the blocking client's `_request`, awaiting the answer."""
        raw = await self._send(self._prepare(operation, arguments, options))
        if raw_response_wanted():
            return cast(R, raw)
        return read_answer(operation, raw.http_response, raw.attempts, self._credentials.redact)

    async def aclose(self) -> None:
        """Close the connections this client opened (not an http_client it was given)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

"""What every generated client method does: configuration, sending with retries, logging,
and turning the answer into a result or an error.

``SyncAPIClient`` and ``AsyncAPIClient`` differ only in how they wait for I/O; everything else
(building the call, deciding a retry, reading the answer) is one function each, shared by both.
"""

import concurrent.futures
import ipaddress
import json
import logging
import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import anyio
import attrs
import httpx

from . import _error_mapping, errors
from ._operation import ABSENT, Absent, Operation
from ._ratelimit import LocalRateLimiter, RateLimiter, limit_key
from ._response import RawResponse, raw_response_wanted, read_answer
from ._retries import DEFAULT_MAX_RETRIES, delay_after_error, delay_after_status
from ._transport import DefaultAsyncTransport
from ._version import __version__

R = TypeVar("R")
V = TypeVar("V")
HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)

log = logging.getLogger("pushwoosh_generated")

DEFAULT_BASE_URL = "https://api.pushwoosh.com"
"""The server used when none is given; the mobile SDKs use https://{app_code}.api.pushwoosh.com."""
BASE_URL_ENVIRONMENT_VARIABLE = "PUSHWOOSH_BASE_URL"
"""Where the base URL is read from when the client is given none (a mock, a proxy)."""
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 seconds for each phase of a call, 5 to connect."""
TOKEN_ENVIRONMENT_VARIABLE = "PUSHWOOSH_API_TOKEN"
"""Where the Device API token is read from when the client is given none."""
SERVER_TOKEN_ENVIRONMENT_VARIABLE = "PUSHWOOSH_SERVER_TOKEN"
"""Where the server token (createMessage and the Remote API) is read from when given none."""
TOKEN_SOURCES = {
    "device": ("token", TOKEN_ENVIRONMENT_VARIABLE),
    "server": ("server_token", SERVER_TOKEN_ENVIRONMENT_VARIABLE),
}
"""The argument and the environment variable of each kind of token."""
AUTH_PLACEHOLDER = "***"
"""What stands for the server token while a body is checked (no message can then show it)."""
TOKEN_FIRST, TOKEN_LAST = "!", "~"
"""A token's characters: printable ASCII without the space (what an HTTP header value carries)."""
USER_AGENT = f"pushwoosh-generated/{__version__} python-httpx/{httpx.__version__}"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})

DEFAULT_MAX_CONNECTIONS = 100
"""Connections a client keeps open at most (and keeps alive: bulk calls reuse them all)."""
LOGGED_BODY_CHARS = 2000
"""How much of an answer's body a DEBUG record shows."""
REDACTED = "***"
"""What stands for a token in a log record."""

TimeoutTypes = float | httpx.Timeout | None


def _in_daemon_thread(function: Callable[[], float], seconds: float) -> float | None:
    """Run a blocking function in a daemon thread and return its result, or None when it has
    none within `seconds`: a hung store then neither holds a call past its deadline nor keeps
    the process from exiting. The function's exception is raised here."""
    future: concurrent.futures.Future[float] = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="pushwoosh-rate-limiter", daemon=True).start()
    done, _ = concurrent.futures.wait([future], timeout=max(seconds, 0.0))
    return future.result() if done else None


def sleep(seconds: float) -> None:
    """Wait before a retry (a module function, so that a test harness can skip the wait)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Wait before a retry, in the event loop (see `sleep`)."""
    await anyio.sleep(seconds)


class _Secret:
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
        problem = _token_problem(self._value)
        if problem is not None:
            raise errors.ConfigurationError(
                f"{argument} {problem} (pass {argument}= or set the {variable} environment"
                " variable)"
            )
        assert isinstance(self._value, str)
        return self._value.strip()


def _token_problem(value: object) -> str | None:
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


def _escapings(token: str) -> set[str]:
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


def _check_base_url(base_url: str) -> str:
    """Return the base URL without a trailing slash, or refuse one that would leak the token."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise errors.ConfigurationError(f"base_url {base_url!r} is not a URL: {exc}") from exc
    if url.userinfo:
        raise errors.ConfigurationError(
            "base_url must not carry a user name or password (httpx would send them as Basic "
            "auth in place of the API token): give the host alone, such as https://api.pushwoosh.com"
        )
    if url.query or url.fragment or "?" in base_url or "#" in base_url:
        raise errors.ConfigurationError(
            f"base_url {_without_query(base_url)!r} has a query or a fragment, which would swallow"
            " the API method's path: give the scheme, host and port (and a path prefix, if any)"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        raise errors.ConfigurationError(
            f"base_url {base_url!r} would send the API token in clear text: use https:// "
            "(http:// is accepted only for a loopback host such as 127.0.0.1 or localhost)"
        )
    if url.scheme not in ("https", "http") or not url.host:
        raise errors.ConfigurationError(
            f"base_url {base_url!r} must be an https:// URL with a host, "
            "such as https://api.pushwoosh.com"
        )
    return str(url).rstrip("/")


def _without_query(base_url: str) -> str:
    """The URL up to its query or fragment (which may hold a secret: not shown in messages)."""
    return base_url.split("?", 1)[0].split("#", 1)[0]


def _is_loopback(host: str) -> bool:
    """Say whether a host name or address is this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_header_text(text: str) -> bool:
    """Say whether text fits in an HTTP header: printable ASCII, spaces and tabs."""
    return all(" " <= character <= "~" or character == "\t" for character in text)


def _is_pushwoosh(base_url: str) -> bool:
    """Say whether a base URL is one of Pushwoosh's own hosts."""
    host = httpx.URL(base_url).host
    return host == "pushwoosh.com" or host.endswith(".pushwoosh.com")


def _rate_limits(
    overrides: Mapping[str, tuple[int, float] | None] | None,
) -> dict[str, tuple[int, float] | None]:
    """Check `rate_limits=`: by operationId, calls per seconds, or None for no limit."""
    checked: dict[str, tuple[int, float] | None] = {}
    for name, limit in (overrides or {}).items():
        if limit is not None and not (
            isinstance(limit, tuple)
            and len(limit) == 2
            and isinstance(limit[0], int)
            and not isinstance(limit[0], bool)
            and limit[0] >= 1
            and isinstance(limit[1], int | float)
            and limit[1] > 0
        ):
            raise errors.ConfigurationError(
                f"rate_limits[{name!r}] must be (calls, seconds) such as (600, 60), or None,"
                f" not {limit!r}"
            )
        checked[name] = limit
    return checked


def _cut_by_total(configured: httpx.Timeout, used: httpx.Timeout) -> bool:
    """Whether an attempt's timeout was shortened to what was left of the total timeout."""
    return any(
        u is not None and (c is None or u < c)
        for c, u in (
            (configured.connect, used.connect),
            (configured.read, used.read),
            (configured.write, used.write),
            (configured.pool, used.pool),
        )
    )


def _refused(method: str | None, argument: str, problem: str) -> errors.PushwooshError:
    """The error for a bad option: a call's InvalidArgumentError when `method` names the call,
    else the client's ConfigurationError."""
    if method is None:
        return errors.ConfigurationError(f"{argument} {problem}")
    return errors.InvalidArgumentError(method, argument, problem)


def _check_total(total_timeout: object, method: str | None = None) -> float | None:
    """Refuse a total timeout that is not a number of seconds > 0 (or None for no bound)."""
    if total_timeout is None:
        return None
    if not errors._is_seconds(total_timeout):
        raise _refused(
            method,
            "total_timeout",
            f"must be seconds > 0 or None, not {errors._short_repr(total_timeout)}",
        )
    return float(total_timeout)  # type: ignore[arg-type]


def _check_retries(max_retries: object) -> None:
    """Refuse a retry count that is not a whole number >= 0."""
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise errors.ConfigurationError(f"max_retries must be an integer >= 0, not {max_retries!r}")


def _timeout(value: object, method: str | None = None) -> httpx.Timeout:
    """Return an httpx.Timeout for a number of seconds, a Timeout, or None (no limit); refuse
    anything else here, so that httpx (whose frames hold the request) never sees it."""
    phases = (
        (value.connect, value.read, value.write, value.pool)
        if isinstance(value, httpx.Timeout)
        else (value,)
    )
    if not all(phase is None or errors._is_seconds(phase) for phase in phases):
        raise _refused(
            method,
            "timeout",
            "must be seconds > 0, None (no limit) or an httpx.Timeout of those, not"
            f" {errors._short_repr(value)}",
        )
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)  # type: ignore[arg-type]


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
    ) -> None:
        device = _Secret(os.environ.get(TOKEN_ENVIRONMENT_VARIABLE) if token is None else token)
        server = _Secret(
            os.environ.get(SERVER_TOKEN_ENVIRONMENT_VARIABLE)
            if server_token is None
            else server_token
        )
        del token, server_token  # only masked wrappers from here on: tracebacks show locals
        if device.missing and server.missing:
            raise errors.ConfigurationError(
                f"No API token: pass token= (the Device API token) or server_token= (the server"
                f" token of createMessage and the Remote API), or set {TOKEN_ENVIRONMENT_VARIABLE}"
                f" or {SERVER_TOKEN_ENVIRONMENT_VARIABLE}"
            )
        self._token = (
            None if device.missing else device.checked("token", TOKEN_ENVIRONMENT_VARIABLE)
        )
        self._server_token = (
            None
            if server.missing
            else server.checked("server_token", SERVER_TOKEN_ENVIRONMENT_VARIABLE)
        )
        self._secret_forms = sorted(
            {form for t in (self._token, self._server_token) if t for form in _escapings(t)},
            key=len,
            reverse=True,
        )
        _check_retries(max_retries)
        self._rate_limits = _rate_limits(rate_limits)
        self._rate_limiter = LocalRateLimiter() if rate_limiter is None else rate_limiter
        if not isinstance(self._rate_limiter, RateLimiter):
            raise errors.ConfigurationError(
                f"rate_limiter must have acquire(key, limit, period) and blocking, not"
                f" {type(self._rate_limiter).__name__}"
            )
        self.application = application
        """The application code used when a call does not give one."""
        self.base_url = _check_base_url(
            base_url or os.environ.get(BASE_URL_ENVIRONMENT_VARIABLE) or DEFAULT_BASE_URL
        )
        """Where calls go, without a trailing slash."""
        self._pushwoosh_host = _is_pushwoosh(self.base_url)
        self.timeout = _timeout(timeout)
        """The timeout of each attempt's phases, unless the call gives its own."""
        self.total_timeout = _check_total(total_timeout)
        """The bound on a call's whole time across its retries, unless the call gives its own."""
        self.max_retries = max_retries
        """How many times a failed call may be sent again (see `_retries`)."""
        if (
            not isinstance(max_connections, int)
            or isinstance(max_connections, bool)
            or max_connections < 1
        ):
            raise errors.ConfigurationError(
                f"max_connections must be an integer >= 1, not {max_connections!r}"
            )
        self.max_connections = max_connections
        """The most connections open at once (bulk calls run at most this many at a time)."""
        self._views: dict[Callable[[Any], Any], Any] = {}
        self._urls: dict[str, httpx.URL] = {}
        self._limit_keys: dict[str, str] = {}
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._default_http_client()
        common = {
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        self._headers = {
            # httpx.Headers: its repr masks Authorization. The Remote API takes no header.
            "device": httpx.Headers(
                {"Authorization": f"Token {self._token}", **common} if self._token else common
            ),
            "server": httpx.Headers(common),
        }

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
            copy.timeout = _timeout(timeout)
        if total_timeout is not ABSENT:
            copy.total_timeout = _check_total(total_timeout)
        if max_retries is not None:
            _check_retries(max_retries)
            copy.max_retries = max_retries
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
        self._token_for(operation)  # a call without its token is refused before anything else
        headers = self._with_extra(operation, options.extra_headers)
        timeout = (
            self.timeout
            if options.timeout is ABSENT
            else _timeout(options.timeout, operation.python_name)
        )
        total_timeout = (
            self.total_timeout
            if options.total_timeout is ABSENT
            else _check_total(options.total_timeout, operation.python_name)
        )
        if (
            operation.defaults_application
            and arguments.get("application") is ABSENT
            and arguments.get("applications_group", ABSENT) is ABSENT
        ):
            if self.application is None:
                raise errors.InvalidArgumentError(
                    operation.python_name,
                    "application",
                    "is required: pass application= to the call or to the client",
                )
            arguments["application"] = self.application
        if operation.token == "server":
            arguments["auth"] = AUTH_PLACEHOLDER  # the token joins the body as it is serialised
        body = operation.build_body(arguments, options.extra_body)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s request body: %s", operation.name, self._for_log(body))
        return PreparedCall(
            operation=operation,
            url=self._url_for(operation),
            headers=headers,
            timeout=timeout,
            repeat_safe=operation.repeat.allows(operation.fields_of(body)),
            limit_key=self._limit_key(operation),
            total_timeout=total_timeout,
            content=self._serialised(operation, body),  # last: nothing can fail after it
        )

    def _serialised(self, operation: Operation[Any], body: dict[str, Any]) -> bytes:
        """The bytes to send: the body with the server token in place of its placeholder (a new
        dict, so that the caller's `body` never holds the token)."""
        if operation.token == "server":
            fields = {**operation.fields_of(body), "auth": self._token_for(operation)}
            body = operation.wrap(fields)
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

    def _token_for(self, operation: Operation[Any]) -> str:
        """The token an operation needs, or ConfigurationError naming how to give it."""
        token = self._server_token if operation.token == "server" else self._token
        if token is None:
            argument, variable = TOKEN_SOURCES[operation.token]
            what = "server token" if operation.token == "server" else "Device API token"
            raise errors.ConfigurationError(
                f"{operation.python_name} needs the {what}: pass {argument}= to the client"
                f" or set {variable}"
            )
        return token

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
            or (isinstance(exc, httpx.TimeoutException) and _cut_by_total(call.timeout, timeout))
        ):
            return self._out_of_time(call, attempt)
        return _error_mapping.transport_error(call.operation.name, exc, timeout, attempt)

    def _in_time(
        self, call: "PreparedCall[Any]", deadline: float | None, delay: float, attempt: int
    ) -> bool:
        """Whether waiting `delay` before the next attempt still leaves time for it."""
        return deadline is None or time.monotonic() + delay < deadline

    def _rate_delay(self, call: "PreparedCall[Any]", deadline: float | None, attempt: int) -> float:
        """Take a slot of the operation's rate limit now (0), or say how long to wait first;
        a wait that would end past the call's deadline is refused before it starts."""
        limit = self._rate_limits.get(call.operation.name, call.operation.rate_limit)
        if limit is None:
            return 0.0
        delay = self._acquire(call, limit, deadline, attempt)
        if delay > 0:
            if deadline is not None and time.monotonic() + delay >= deadline:
                assert call.total_timeout is not None
                raise errors.APITimeoutError.rate_limited(
                    call.operation.name,
                    call.url.netloc.decode("ascii"),
                    call.total_timeout,
                    wait=delay,
                    limit=limit,
                    attempts=attempt - 1,
                )
            log.info(
                "%s: rate limit of %d calls per %g s reached, waiting %.2f s",
                call.operation.name,
                limit[0],
                limit[1],
                delay,
            )
        return delay

    def _acquire(
        self,
        call: "PreparedCall[Any]",
        limit: tuple[int, float],
        deadline: float | None,
        attempt: int,
    ) -> float:
        """Ask the limiter for a slot; a limiter that does I/O (Redis) is given no more than
        what is left of the call's total timeout, and its failures become RateLimiterError."""
        limiter = self._rate_limiter
        try:
            if not (limiter.blocking and deadline is not None):
                return limiter.acquire(call.limit_key, *limit)
            answer = _in_daemon_thread(
                lambda: limiter.acquire(call.limit_key, *limit), deadline - time.monotonic()
            )
        except Exception as exc:
            raise errors.RateLimiterError(
                call.operation.name,
                f"({type(limiter).__name__}) failed: {type(exc).__name__}:"
                f" {errors._cut(str(exc), 200)}",
                attempts=attempt - 1,
            ) from exc
        if answer is None:
            raise errors.RateLimiterError(
                call.operation.name,
                f"({type(limiter).__name__}) did not answer within the total timeout of"
                f" {call.total_timeout:g} s",
                attempts=attempt - 1,
            )
        return answer

    def _with_extra(
        self, operation: Operation[Any], extra_headers: Mapping[str, str] | None
    ) -> httpx.Headers:
        """Return the call's headers: the client's, and this call's extra ones once checked."""
        base = self._headers[operation.token]
        if not extra_headers:
            return base
        for name, value in extra_headers.items():
            if not (isinstance(name, str) and isinstance(value, str)):
                raise errors.InvalidArgumentError(
                    operation.python_name, "extra_headers", "names and values must be strings"
                )
            if not _is_header_text(name) or not _is_header_text(value) or not name:
                raise errors.InvalidArgumentError(
                    operation.python_name,
                    "extra_headers",
                    f"header {name!r} has a character an HTTP header cannot carry"
                    " (control characters and non-ASCII)",
                )
        headers = base.copy()
        headers.update(extra_headers)
        return headers

    def _limit_key(self, operation: Operation[Any]) -> str:
        """Return where an operation's calls are counted, computed once per client."""
        key = self._limit_keys.get(operation.name)
        if key is None:
            key = self._limit_keys[operation.name] = limit_key(
                operation.name, self._token_for(operation)
            )
        return key

    def _view(self, build: Callable[[Self], V]) -> V:
        """Return a view of this client (`with_raw_response`), built once: wrapping every
        method costs as much CPU as a call."""
        view = self._views.get(build)
        if view is None:
            view = self._views[build] = build(self)
        return cast(V, view)

    def _url_for(self, operation: Operation[Any]) -> httpx.URL:
        """Return the URL of an operation, parsed once per client (httpx parses a string URL on
        every request, a few percent of a call's CPU at concurrency)."""
        url = self._urls.get(operation.name)
        if url is None:
            url = self._urls[operation.name] = httpx.URL(
                self._server_for(operation) + operation.path
            )
        return url

    def _server_for(self, operation: Operation[Any]) -> str:
        """Return where an operation goes: its own server (setMADID's tracking host) while the
        client talks to Pushwoosh, or the client's base URL when that is a mock or a proxy."""
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
        if log.isEnabledFor(logging.DEBUG):
            self._log_attempt(call, outcome, attempt, time.perf_counter() - started)
        if attempt > self.max_retries:
            return None
        if isinstance(outcome, httpx.Response):
            delay = delay_after_status(outcome, call.repeat_safe, attempt - 1)
        else:
            delay = delay_after_error(outcome, call.repeat_safe, attempt - 1)
        if delay is not None:
            log.info(
                "%s: attempt %d failed, retrying in %.2f s", call.operation.name, attempt, delay
            )
        return delay

    def _log_attempt(
        self,
        call: PreparedCall[Any],
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        seconds: float,
    ) -> None:
        """One DEBUG record per attempt: method, HTTP status, API status_code, time, attempt."""
        if isinstance(outcome, httpx.Response):
            body = errors._decode_json(outcome.content)
            api_status = body.get("status_code") if isinstance(body, dict) else None
            log.debug(
                "%s attempt %d: HTTP %d, status_code %s, %.1f ms; body: %s",
                call.operation.name,
                attempt,
                outcome.status_code,
                api_status,
                seconds * 1000,
                self._answer_for_log(outcome.content, body),
            )
        else:
            log.debug(
                "%s attempt %d: %s after %.1f ms",
                call.operation.name,
                attempt,
                type(outcome).__name__,
                seconds * 1000,
            )

    def _redact(self, text: str) -> str:
        """Hide both tokens, in every escaping they may have, in text about to be logged."""
        for form in self._secret_forms:
            text = text.replace(form, REDACTED)
        return text

    def _scrubbed(self, value: Any) -> Any:
        """A JSON value with both tokens hidden in each of its strings, keys included."""
        if isinstance(value, str):
            return self._redact(value)
        if isinstance(value, dict):
            return {self._redact(k): self._scrubbed(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrubbed(item) for item in value]
        return value

    def _for_log(self, value: Any) -> str:
        """A JSON value as a log record shows it: hidden tokens in each string before it is
        serialised, and in the text after (no escaping can carry a token through)."""
        text = json.dumps(self._scrubbed(value), ensure_ascii=False, separators=(",", ":"))
        return self._redact(text)

    def _answer_for_log(self, content: bytes, decoded: Any) -> str:
        """An answer's body as a DEBUG record shows it, tokens hidden, cut to
        LOGGED_BODY_CHARS (after hiding them, so that the cut leaves no token's start)."""
        if decoded is not None:
            text = self._for_log(decoded)
        else:
            longest = len(self._secret_forms[0]) if self._secret_forms else 0
            text = self._redact(content[: LOGGED_BODY_CHARS + longest].decode(errors="replace"))
        return text[:LOGGED_BODY_CHARS]


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
                response = self._http.post(
                    call.url, content=call.content, headers=call.headers, timeout=timeout
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
                    return RawResponse(response, attempt, operation=call.operation)
                response.close()
                if not self._in_time(call, deadline, delay, attempt):
                    raise self._out_of_time(call, attempt) from _error_mapping.status_error(
                        call.operation.name, response, attempt
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
        return read_answer(operation, raw.http_response, raw.attempts)

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
        """POST one attempt and read its answer.

        Through a given http_client, as that client sends (its proxies, hooks and mounts). On
        the client's own pool, straight to the transport: at concurrency httpx.AsyncClient's own
        layer (cookies, URL merging, a Request built from keyword arguments) cost as much CPU as
        the transport itself (bench/RESULTS.md), and none of it applies to these calls.
        """
        transport = self._own_transport
        if transport is None:
            return await self._http.post(
                call.url, content=call.content, headers=call.headers, timeout=timeout
            )
        request = httpx.Request(
            "POST",
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
                    return RawResponse(response, attempt, operation=call.operation)
                await response.aclose()
                if not self._in_time(call, deadline, delay, attempt):
                    raise self._out_of_time(call, attempt) from _error_mapping.status_error(
                        call.operation.name, response, attempt
                    )
            await async_sleep(delay)

    async def _async_rate_delay(
        self, call: PreparedCall[Any], deadline: float | None, attempt: int
    ) -> float:
        """As `_rate_delay`, from a worker thread when the limiter does I/O (Redis): the
        thread ends within what is left of the total timeout, or the Redis socket timeout."""
        if self._rate_limiter.blocking and (
            call.operation.name in self._rate_limits or call.operation.rate_limit
        ):
            return await anyio.to_thread.run_sync(self._rate_delay, call, deadline, attempt)
        return self._rate_delay(call, deadline, attempt)

    async def _request(
        self, operation: Operation[R], arguments: dict[str, Any], options: CallOptions
    ) -> R:
        """As the blocking client's `_request`, awaiting the answer."""
        raw = await self._send(self._prepare(operation, arguments, options))
        if raw_response_wanted():
            return cast(R, raw)
        return read_answer(operation, raw.http_response, raw.attempts)

    async def aclose(self) -> None:
        """Close the connections this client opened (not an http_client it was given)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

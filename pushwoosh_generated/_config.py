"""The clients' defaults and the checks of their options, each a small reusable validator.

A bad option is refused where it is given, with a message that names it and what it takes: a
client's option with `ConfigurationError`, a call's with `InvalidArgumentError` (see `refused`).
"""

import ipaddress
import math
from collections.abc import Mapping

import httpx

from pushwoosh_spec.violations import short_repr

from . import errors
from ._version import __version__

DEFAULT_BASE_URL = "https://api.pushwoosh.com"
"""The server used when none is given; the mobile SDKs use https://{app_code}.api.pushwoosh.com."""
BASE_URL_ENVIRONMENT_VARIABLE = "PUSHWOOSH_BASE_URL"
JOURNEY_BASE_URL_ENVIRONMENT_VARIABLE = "PUSHWOOSH_JOURNEY_BASE_URL"
"""Where the Customer Journey API's calls go when the client is given no journey_base_url."""
"""Where the base URL is read from when the client is given none (a mock, a proxy)."""
APPLICATION_ENVIRONMENT_VARIABLE = "PUSHWOOSH_APPLICATION"
"""Where the application code is read from when the client is given none (as the tokens are,
from PUSHWOOSH_API_TOKEN and PUSHWOOSH_SERVER_TOKEN)."""
API_PATH = "/json/1.3"
"""The path every method's own path starts with; a base URL ends before it."""
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 seconds for each phase of a call, 5 to connect."""
DEFAULT_MAX_CONNECTIONS = 100
"""Connections a client keeps open at most (and keeps alive: bulk calls reuse them all)."""
USER_AGENT = f"pushwoosh-generated/{__version__} python-httpx/{httpx.__version__}"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})

TimeoutTypes = float | httpx.Timeout | None


def is_whole_number(value: object, minimum: int) -> bool:
    """Whether a value is an int (not a bool) of at least `minimum`."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def is_seconds(value: object) -> bool:
    """Whether a value is a duration in seconds: a finite number > 0 (not a bool)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def refused(method: str | None, argument: str, problem: str) -> errors.PushwooshError:
    """The error for a bad option: a call's InvalidArgumentError when `method` names the call,
    else the client's ConfigurationError."""
    if method is None:
        return errors.ConfigurationError(f"{argument} {problem}")
    return errors.InvalidArgumentError(method, argument, problem)


def whole_number(argument: str, value: object, minimum: int, method: str | None = None) -> int:
    """Return `value` when it is a whole number >= minimum, or refuse it naming `argument`."""
    if not is_whole_number(value, minimum):
        raise refused(method, argument, f"must be an integer >= {minimum}, not {short_repr(value)}")
    assert isinstance(value, int)
    return value


def total_timeout(value: object, method: str | None = None) -> float | None:
    """Return a total timeout: seconds > 0, or None for no bound."""
    if value is None:
        return None
    if not is_seconds(value):
        raise refused(
            method, "total_timeout", f"must be seconds > 0 or None, not {short_repr(value)}"
        )
    assert isinstance(value, int | float)
    return float(value)


def timeout(value: object, method: str | None = None) -> httpx.Timeout:
    """Return an httpx.Timeout for a number of seconds, a Timeout, or None (no limit); refuse
    anything else here, so that httpx (whose frames hold the request) never sees it."""
    if isinstance(value, httpx.Timeout):
        phases: tuple[object, ...] = (value.connect, value.read, value.write, value.pool)
    else:
        phases = (value,)
    if not all(phase is None or is_seconds(phase) for phase in phases):
        raise refused(
            method,
            "timeout",
            "must be seconds > 0, None (no limit) or an httpx.Timeout of those, not"
            f" {short_repr(value)}",
        )
    if isinstance(value, httpx.Timeout):
        return value
    assert value is None or isinstance(value, int | float)
    return httpx.Timeout(value)


def cut_by_total(configured: httpx.Timeout, used: httpx.Timeout) -> bool:
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


def rate_limits(
    overrides: Mapping[str, tuple[int, float] | None] | None,
) -> dict[str, tuple[int, float] | None]:
    """Check `rate_limits=`: by operationId, calls per seconds, or None for no limit."""
    checked: dict[str, tuple[int, float] | None] = {}
    for name, limit in (overrides or {}).items():
        if limit is not None and not (
            isinstance(limit, tuple)
            and len(limit) == 2
            and is_whole_number(limit[0], 1)
            and is_seconds(limit[1])
        ):
            raise errors.ConfigurationError(
                f"rate_limits[{name!r}] must be (calls, seconds) such as (600, 60), or None,"
                f" not {limit!r}"
            )
        checked[name] = limit
    return checked


def base_url(value: str, argument: str = "base_url") -> str:
    """Return the base URL without a trailing slash, or refuse one that would leak the token
    (``argument`` names the option in the messages: ``base_url``, ``journey_base_url``)."""
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise errors.ConfigurationError(f"{argument} {value!r} is not a URL: {exc}") from exc
    if url.userinfo:
        raise errors.ConfigurationError(
            f"{argument} must not carry a user name or password (httpx would send them as Basic "
            "auth in place of the API token): give the host alone, such as https://api.pushwoosh.com"
        )
    if url.query or url.fragment or "?" in value or "#" in value:
        raise errors.ConfigurationError(
            f"{argument} {without_query(value)!r} has a query or a fragment, which would swallow"
            " the API method's path: give the scheme, host and port (and a path prefix, if any)"
        )
    if url.scheme == "http" and not is_loopback(url.host):
        raise errors.ConfigurationError(
            f"{argument} {value!r} would send the API token in clear text: use https:// "
            "(http:// is accepted only for a loopback host such as 127.0.0.1 or localhost)"
        )
    if url.scheme not in ("https", "http") or not url.host:
        raise errors.ConfigurationError(
            f"{argument} {value!r} must be an https:// URL with a host, "
            "such as https://api.pushwoosh.com"
        )
    path = url.path.rstrip("/")
    if path == API_PATH or path.endswith(API_PATH):
        host = str(url.copy_with(path=path[: -len(API_PATH)] or "/")).rstrip("/")
        raise errors.ConfigurationError(
            f"{argument} {value!r} ends in the API's path {API_PATH}, which each method adds:"
            f" give the host only, such as {host}"
        )
    return str(url).rstrip("/")


def application(value: str | None, environment: "Mapping[str, str]") -> str | None:
    """The client's application code: the argument, else APPLICATION_ENVIRONMENT_VARIABLE."""
    if value is not None:
        return value
    return environment.get(APPLICATION_ENVIRONMENT_VARIABLE) or None


def missing_application(method: str) -> errors.ConfigurationError:
    """The error of a call that needs an application code and has none from anywhere."""
    return errors.ConfigurationError(
        f"{method} needs an application code: pass application= to the call or to the client,"
        f" or set the {APPLICATION_ENVIRONMENT_VARIABLE} environment variable"
    )


def without_query(url: str) -> str:
    """The URL up to its query or fragment (which may hold a secret: not shown in messages)."""
    return url.split("?", 1)[0].split("#", 1)[0]


def is_loopback(host: str) -> bool:
    """Say whether a host name or address is this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_header_text(text: str) -> bool:
    """Say whether text fits in an HTTP header: printable ASCII, spaces and tabs."""
    return all(" " <= character <= "~" or character == "\t" for character in text)


def is_pushwoosh(url: str) -> bool:
    """Say whether a base URL is one of Pushwoosh's own hosts."""
    host = httpx.URL(url).host
    return host == "pushwoosh.com" or host.endswith(".pushwoosh.com")


def extra_headers(
    method: str, base: httpx.Headers, extra: Mapping[str, str] | None
) -> httpx.Headers:
    """Return a call's headers: the client's, and the call's extra ones once checked."""
    if not extra:
        return base
    for name, value in extra.items():
        if not (isinstance(name, str) and isinstance(value, str)):
            raise errors.InvalidArgumentError(
                method, "extra_headers", "names and values must be strings"
            )
        if not is_header_text(name) or not is_header_text(value) or not name:
            raise errors.InvalidArgumentError(
                method,
                "extra_headers",
                f"header {name!r} has a character an HTTP header cannot carry"
                " (control characters and non-ASCII)",
            )
    headers = base.copy()
    headers.update(extra)
    return headers

"""The settings of one mock server, shared by the Python API and the command line."""

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEV_TOKEN = "dev-token"
"""The device token accepted when no token is configured; documented and printed at start."""
DEV_SERVER_TOKEN = "dev-server-token"
"""The server token (``request.auth``) accepted when none is configured; printed at start."""
DEFAULT_JOB_DELAY = 1.0
"""Seconds a job (a scheduled statistics request) stays pending, unless configured."""
DEFAULT_JOURNAL_SIZE = 1000
"""How many calls the request journal keeps; older ones are dropped."""
MAX_BODY_BYTES = 1024 * 1024
"""Bodies larger than this are answered with HTTP 413."""
MAX_HEADER_BYTES = 32 * 1024
"""Request headers larger than this (names and values together) are answered with HTTP 431."""
DEFAULT_JOURNAL_BYTES = 64 * 1024 * 1024
"""How many bytes of bodies, answers and headers the journal holds at most."""
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
TOKEN_APIS = {"createEmailMessage": "email"}
"""The API a restricted server token must be allowed to call an operation (the Control Panel's
"Email API" switch); the other operations take any server token."""


@dataclass(frozen=True)
class MockConfig:
    """What a mock server accepts and how it answers.

    ``tokens`` maps each accepted token to the operations it may call, or to None for all of them.
    """

    tokens: Mapping[str, frozenset[str] | None] = field(default_factory=lambda: {DEV_TOKEN: None})
    server_tokens: frozenset[str] = frozenset({DEV_SERVER_TOKEN})
    """The server tokens accepted in ``request.auth`` by the Remote API methods (createMessage …)."""
    rate_limits: Mapping[str, tuple[int, float]] | None = None
    """Calls allowed per period (seconds) by operation, answered 429 beyond; None takes the
    spec's ``x-pushwoosh-rate-limit`` (createMessage: 600 per 60 s), ``{}`` turns them off."""
    strict: bool = False
    """Answer schema violations with HTTP 400 instead of HTTP 200 + status_code 210."""
    state_file: Path | None = None
    """Where the SQLite state lives; None keeps it in memory."""
    applications: frozenset[str] | None = None
    """The application codes that exist; None accepts any code."""
    debug: bool = False
    """Validate every response against the spec and record any mismatch."""
    journal_size: int = DEFAULT_JOURNAL_SIZE
    journal_bytes: int = DEFAULT_JOURNAL_BYTES
    max_body_bytes: int = MAX_BODY_BYTES
    max_header_bytes: int = MAX_HEADER_BYTES
    spec_path: Path | None = None
    """The spec to serve; None uses the one shipped with the package."""
    control_token: str | None = None
    """When set, every ``/__mock/*`` route but health requires ``Authorization: Bearer <it>``."""
    allowed_hosts: frozenset[str] = frozenset()
    """Host names the control routes answer besides loopback ones; ``*`` allows any."""
    job_delay: float = DEFAULT_JOB_DELAY
    """Seconds a job stays pending before its result is computed (0: at the next read)."""
    allowed_origins: frozenset[str] = frozenset()
    """Browser origins (``https://app.example``) whose requests the control routes answer;
    requests from any other Origin are refused, since a page could otherwise reset the mock."""
    custom_plan_off: bool = False
    """Answer the methods the vendor offers on its Custom Plan only (``x-pushwoosh-plan:
    custom``) with 210 ``This method is available for Custom Plan subscriptions only``, as to
    an account outside that plan; by default every account may call them."""
    strict_events: bool = False
    """postEvent takes only the events createEvent defined (210 ``Event not found: NAME`` for
    another); off by default, since the SDKs post events defined in the Control Panel."""
    server_token_apis: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """The APIs a restricted server token may use (``--server-token TOKEN:email``), by token; a
    token not here may use all. The mock checks ``email`` (``TOKEN_APIS``): a token without it
    gets the Email API's HTTP 403."""


def parse_token(value: str) -> tuple[str, frozenset[str] | None]:
    """Parse ``TOKEN`` or ``TOKEN:method,method`` (a token restricted to those methods)."""
    token, sep, methods = value.partition(":")
    if not token:
        raise ValueError(f"empty token in {value!r}")
    if not sep:
        return token, None
    allowed = frozenset(m.strip() for m in methods.split(",") if m.strip())
    if not allowed:
        raise ValueError(f"token {token!r} lists no methods after ':'")
    return token, allowed


def is_loopback(host: str) -> bool:
    """Say whether a host name or address (``[::1]`` brackets allowed) is this machine."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_rate_limit(value: str) -> tuple[str, tuple[int, float] | None]:
    """Parse ``createMessage=600/60`` (600 calls per 60 s) or ``createMessage=off``."""
    operation, sep, rule = value.partition("=")
    if not sep or not operation:
        raise ValueError(f"expected OPERATION=CALLS/SECONDS or OPERATION=off, got {value!r}")
    if rule == "off":
        return operation, None
    calls, slash, seconds = rule.partition("/")
    try:
        limit = (int(calls), float(seconds))
    except ValueError:
        limit = (0, 0.0)
    if not slash or limit[0] < 1 or limit[1] <= 0:
        raise ValueError(f"expected OPERATION=CALLS/SECONDS (say 600/60), got {value!r}")
    return operation, limit

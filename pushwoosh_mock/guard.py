"""Who may reach the mock at all, and who may reach its control routes.

Every request: headers larger than ``max_header_bytes`` are refused (431), before anything else
reads them. The control routes (``/__mock/*``) reset state and inject faults, so they also refuse:

- a ``Host`` that is not loopback (a DNS-rebinding page reaches 127.0.0.1 under its own name),
  unless ``allowed_hosts`` names it;
- an ``Origin`` that is not loopback (a page elsewhere can POST ``text/plain`` without a
  preflight), unless ``allowed_origins`` names it;
- when a control token is configured, any request but health without
  ``Authorization: Bearer <control token>``.
"""

import hmac
from collections.abc import Iterable
from itertools import chain

from starlette.types import Scope

from .config import MockConfig, is_loopback
from .errors import ApiError

CONTROL_PREFIX = "/__mock/"
HEALTH_PATH = "/__mock/health"


def check_headers(scope: Scope, config: MockConfig) -> None:
    """Raise ApiError (431) when the request's headers are larger than the mock accepts."""
    headers: Iterable[tuple[bytes, bytes]] = scope.get("headers", ())
    size = sum(map(len, chain.from_iterable(headers)))
    if size > config.max_header_bytes:
        raise ApiError(431, f"Request headers larger than {config.max_header_bytes} bytes")


def check_control(scope: Scope, config: MockConfig) -> None:
    """Raise ApiError (403 or 401) unless this request may use the control routes."""
    headers = dict(scope.get("headers", ()))
    host = headers.get(b"host", b"").decode("latin-1")
    if host and not _host_allowed(_hostname(host), config.allowed_hosts):
        raise ApiError(
            403,
            f"Host {host!r} is not a loopback name: the control routes answer loopback only"
            " (start the mock with --allow-host to allow it)",
        )
    origin = headers.get(b"origin")
    if origin is not None:
        text = origin.decode("latin-1")
        if text not in config.allowed_origins and not _loopback_origin(text):
            raise ApiError(
                403,
                f"Origin {text!r} may not use the control routes"
                " (start the mock with --allow-origin to allow it)",
            )
    if config.control_token is not None and scope["path"] != HEALTH_PATH:
        expected = f"Bearer {config.control_token}".encode()
        given = headers.get(b"authorization", b"")
        if not hmac.compare_digest(given, expected):
            raise ApiError(
                401, "Control token missing or wrong: send 'Authorization: Bearer <control token>'"
            )


def _hostname(host: str) -> str:
    """Return the name of a Host header, its port left out (``[::1]:8080`` gives ``::1``)."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def _host_allowed(name: str, allowed: frozenset[str]) -> bool:
    return is_loopback(name) or "*" in allowed or name.lower() in allowed


def _loopback_origin(origin: str) -> bool:
    """Say whether an Origin (``http://localhost:3000``) is a page served from this machine."""
    scheme, sep, rest = origin.partition("://")
    return bool(sep) and scheme in ("http", "https") and is_loopback(_hostname(rest))

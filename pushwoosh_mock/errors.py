"""The one exception a call can end with: an HTTP status (or the API's 210) and a message."""

import json
from collections.abc import Mapping

ARGUMENT_ERROR = 210
"""The API's argument error: HTTP 200 with ``status_code: 210`` in the envelope."""
SHOWN_CHARACTERS = 40
"""How much of a value an error message quotes."""


class ApiError(Exception):
    """Stop handling a call; answer ``status`` (210: HTTP 200 + status_code 210) with ``message``."""

    def __init__(
        self,
        status: int,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        http_status: int | None = None,
        code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers
        self.http_status = http_status
        """The HTTP status to answer, when not the one ``status`` implies (a forced API code)."""
        self.code = code
        """The gRPC code of a gRPC-Gateway answer, when not the one ``status`` implies."""


def argument_error(message: str) -> ApiError:
    """Return the API's argument error (HTTP 200, status_code 210) with this message."""
    return ApiError(ARGUMENT_ERROR, message)


def quoted(value: object) -> str:
    """A value as an error message shows it: quoted, and cut after ``SHOWN_CHARACTERS``."""
    text = value if isinstance(value, str) else json.dumps(value)
    if len(text) > SHOWN_CHARACTERS:
        return repr(text[:SHOWN_CHARACTERS]) + "…"
    return repr(text)


def device_not_found(hwid: str) -> ApiError:
    """Return the argument error for a call that names a device never registered."""
    return argument_error(f"Device not found: {hwid}")


class Dropped(Exception):
    """The call is to end with the connection dropped and no answer (a fault, or the client left)."""

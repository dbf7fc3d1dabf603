"""A stateful mock Pushwoosh server that validates every request against the spec.

>>> import httpx
>>> from pushwoosh_mock import create_app
>>> app = create_app(debug=True)
>>> client = httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://localhost")
"""

from .app import MockServer, create_app
from .config import DEV_SERVER_TOKEN, DEV_TOKEN, MockConfig
from .connection import ConnectionDropped
from .errors import ApiError
from .faults import Fault
from .journal import Call, Journal

__all__ = [
    "DEV_SERVER_TOKEN",
    "DEV_TOKEN",
    "ApiError",
    "Call",
    "ConnectionDropped",
    "Fault",
    "Journal",
    "MockConfig",
    "MockServer",
    "create_app",
]

"""A stateful mock Pushwoosh server that validates every request against the spec.

>>> import httpx
>>> from pushwoosh_mock import create_app
>>> from pushwoosh_mock.transport import InProcessTransport
>>> from pushwoosh_generated import PushwooshClient
>>> app = create_app(debug=True)
>>> http = httpx.Client(transport=InProcessTransport(app))
>>> client = PushwooshClient("dev-token", application="XXXXX-XXXXX", http_client=http)

With pytest, the plugin's fixtures do this (``pushwoosh_client``, ``pushwoosh_mock``).
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

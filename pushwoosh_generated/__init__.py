# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Pushwoosh Device API, User-centric API and Remote API: a typed client generated from the spec.

from pushwoosh_generated import PushwooshClient

with PushwooshClient(application="XXXXX-XXXXX") as client:  # token from PUSHWOOSH_API_TOKEN
    client.set_tags(hwid="HWID", tags={"Plan": "gold", "Level": IncrementOperation(value=1)})
"""

from . import errors
from ._operation import ABSENT
from ._response import RawResponse
from ._version import __version__
from .client import AsyncPushwooshClient, PushwooshClient
from .errors import PushwooshError, PushwooshWarning
from .lib.bulk import ItemResult
from .models import AppendOperation, DeviceType, IncrementOperation, RemoveOperation

__all__ = [
    "ABSENT",
    "AppendOperation",
    "AsyncPushwooshClient",
    "DeviceType",
    "IncrementOperation",
    "ItemResult",
    "PushwooshClient",
    "PushwooshError",
    "PushwooshWarning",
    "RawResponse",
    "RemoveOperation",
    "__version__",
    "errors",
]

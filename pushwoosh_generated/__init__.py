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
from .errors import (
    AccountConfigurationError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    InvalidArgumentError,
    JobFailedError,
    MalformedResponseError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    PushwooshError,
    PushwooshWarning,
    RateLimiterError,
    RateLimitError,
    RequestArgumentError,
    ServiceUnavailableError,
    UnexpectedStatus,
)
from .lib.bulk import ItemResult
from .lib.jobs import StartedJob
from .models import AppendOperation, DeviceType, IncrementOperation, RemoveOperation
from .models.bulk_register_device_item import BulkRegisterDeviceItem, BulkRegisterDeviceItemDict
from .models.bulk_set_tags_device import BulkSetTagsDevice, BulkSetTagsDeviceDict
from .models.email_notification import EmailNotification, EmailNotificationDict
from .models.event_attribute_definition import (
    EventAttributeDefinition,
    EventAttributeDefinitionDict,
)
from .models.event_attribute_filter import EventAttributeFilter, EventAttributeFilterDict
from .models.geo_zone_change import GeoZoneChange, GeoZoneChangeDict
from .models.geo_zone_input import GeoZoneInput, GeoZoneInputDict
from .models.kakao_notification import KakaoNotification, KakaoNotificationDict
from .models.line_notification import LineNotification, LineNotificationDict
from .models.notification import Notification, NotificationDict
from .models.push_device import PushDevice, PushDeviceDict
from .models.sms_notification import SMSNotification, SMSNotificationDict
from .models.start_live_activity_notification import (
    StartLiveActivityNotification,
    StartLiveActivityNotificationDict,
)
from .models.update_live_activity_notification import (
    UpdateLiveActivityNotification,
    UpdateLiveActivityNotificationDict,
)
from .models.whats_app_notification import WhatsAppNotification, WhatsAppNotificationDict

__all__ = [
    "ABSENT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AccountConfigurationError",
    "AppendOperation",
    "ArgumentError",
    "AsyncPushwooshClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "DeviceType",
    "IncrementOperation",
    "InternalServerError",
    "InvalidArgumentError",
    "ItemResult",
    "JobFailedError",
    "MalformedResponseError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PushwooshClient",
    "PushwooshError",
    "PushwooshWarning",
    "RateLimitError",
    "RateLimiterError",
    "RawResponse",
    "RemoveOperation",
    "RequestArgumentError",
    "ServiceUnavailableError",
    "StartedJob",
    "UnexpectedStatus",
    "PushDevice",
    "PushDeviceDict",
    "Notification",
    "NotificationDict",
    "EventAttributeFilter",
    "EventAttributeFilterDict",
    "GeoZoneInput",
    "GeoZoneInputDict",
    "GeoZoneChange",
    "GeoZoneChangeDict",
    "EmailNotification",
    "EmailNotificationDict",
    "SMSNotification",
    "SMSNotificationDict",
    "WhatsAppNotification",
    "WhatsAppNotificationDict",
    "KakaoNotification",
    "KakaoNotificationDict",
    "LineNotification",
    "LineNotificationDict",
    "EventAttributeDefinition",
    "EventAttributeDefinitionDict",
    "StartLiveActivityNotification",
    "StartLiveActivityNotificationDict",
    "UpdateLiveActivityNotification",
    "UpdateLiveActivityNotificationDict",
    "BulkSetTagsDevice",
    "BulkSetTagsDeviceDict",
    "BulkRegisterDeviceItem",
    "BulkRegisterDeviceItemDict",
    "__version__",
    "errors",
]

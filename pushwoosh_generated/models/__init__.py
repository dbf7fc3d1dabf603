# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Contains all the data models used in inputs/outputs"""

from .append_operation import AppendOperation
from .application_open_body import ApplicationOpenBody
from .device_request import DeviceRequest
from .device_type import DeviceType
from .error_response import ErrorResponse
from .event_attributes import EventAttributes
from .get_tags_body import GetTagsBody
from .get_tags_request import GetTagsRequest
from .get_tags_response import GetTagsResponse
from .get_tags_result import GetTagsResult
from .increment_operation import IncrementOperation
from .message_delivery_event_body import MessageDeliveryEventBody
from .metadata_type_1 import MetadataType1
from .null_response import NullResponse
from .post_event_body import PostEventBody
from .post_event_fields import PostEventFields
from .post_event_request import PostEventRequest
from .post_event_response import PostEventResponse
from .post_event_result import PostEventResult
from .push_event_fields import PushEventFields
from .push_event_request import PushEventRequest
from .push_stat_body import PushStatBody
from .register_device_body import RegisterDeviceBody
from .register_device_fields import RegisterDeviceFields
from .register_device_request import RegisterDeviceRequest
from .register_email_body import RegisterEmailBody
from .register_email_fields import RegisterEmailFields
from .register_email_request import RegisterEmailRequest
from .register_user_body import RegisterUserBody
from .register_user_fields import RegisterUserFields
from .register_user_request import RegisterUserRequest
from .remove_operation import RemoveOperation
from .sdk_fields import SdkFields
from .set_badge_body import SetBadgeBody
from .set_badge_fields import SetBadgeFields
from .set_badge_request import SetBadgeRequest
from .set_tags_body import SetTagsBody
from .set_tags_fields import SetTagsFields
from .set_tags_request import SetTagsRequest
from .status_only_response import StatusOnlyResponse
from .tags import Tags
from .unregister_device_body import UnregisterDeviceBody

__all__ = (
    "AppendOperation",
    "ApplicationOpenBody",
    "DeviceRequest",
    "DeviceType",
    "ErrorResponse",
    "EventAttributes",
    "GetTagsBody",
    "GetTagsRequest",
    "GetTagsResponse",
    "GetTagsResult",
    "IncrementOperation",
    "MessageDeliveryEventBody",
    "MetadataType1",
    "NullResponse",
    "PostEventBody",
    "PostEventFields",
    "PostEventRequest",
    "PostEventResponse",
    "PostEventResult",
    "PushEventFields",
    "PushEventRequest",
    "PushStatBody",
    "RegisterDeviceBody",
    "RegisterDeviceFields",
    "RegisterDeviceRequest",
    "RegisterEmailBody",
    "RegisterEmailFields",
    "RegisterEmailRequest",
    "RegisterUserBody",
    "RegisterUserFields",
    "RegisterUserRequest",
    "RemoveOperation",
    "SdkFields",
    "SetBadgeBody",
    "SetBadgeFields",
    "SetBadgeRequest",
    "SetTagsBody",
    "SetTagsFields",
    "SetTagsRequest",
    "StatusOnlyResponse",
    "Tags",
    "UnregisterDeviceBody",
)

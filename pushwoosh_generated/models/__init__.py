# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Contains all the data models used in inputs/outputs"""

from .append_operation import AppendOperation
from .application_open_body import ApplicationOpenBody
from .device_params import DeviceParams
from .device_type import DeviceType
from .error_response import ErrorResponse
from .event_attributes import EventAttributes
from .get_tags_body import GetTagsBody
from .get_tags_params import GetTagsParams
from .get_tags_response import GetTagsResponse
from .get_tags_result import GetTagsResult
from .increment_operation import IncrementOperation
from .message_delivery_event_body import MessageDeliveryEventBody
from .metadata_type_1 import MetadataType1
from .null_response import NullResponse
from .post_event_body import PostEventBody
from .post_event_params import PostEventParams
from .post_event_response import PostEventResponse
from .post_event_result import PostEventResult
from .push_event_params import PushEventParams
from .push_stat_body import PushStatBody
from .register_device_body import RegisterDeviceBody
from .register_device_params import RegisterDeviceParams
from .register_email_body import RegisterEmailBody
from .register_email_params import RegisterEmailParams
from .register_user_body import RegisterUserBody
from .register_user_params import RegisterUserParams
from .remove_operation import RemoveOperation
from .set_badge_body import SetBadgeBody
from .set_badge_params import SetBadgeParams
from .set_tags_body import SetTagsBody
from .set_tags_params import SetTagsParams
from .status_only_response import StatusOnlyResponse
from .tags import Tags
from .unregister_device_body import UnregisterDeviceBody

__all__ = (
    "AppendOperation",
    "ApplicationOpenBody",
    "DeviceParams",
    "DeviceType",
    "ErrorResponse",
    "EventAttributes",
    "GetTagsBody",
    "GetTagsParams",
    "GetTagsResponse",
    "GetTagsResult",
    "IncrementOperation",
    "MessageDeliveryEventBody",
    "MetadataType1",
    "NullResponse",
    "PostEventBody",
    "PostEventParams",
    "PostEventResponse",
    "PostEventResult",
    "PushEventParams",
    "PushStatBody",
    "RegisterDeviceBody",
    "RegisterDeviceParams",
    "RegisterEmailBody",
    "RegisterEmailParams",
    "RegisterUserBody",
    "RegisterUserParams",
    "RemoveOperation",
    "SetBadgeBody",
    "SetBadgeParams",
    "SetTagsBody",
    "SetTagsParams",
    "StatusOnlyResponse",
    "Tags",
    "UnregisterDeviceBody",
)

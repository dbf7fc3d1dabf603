# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Contains all the data models used in inputs/outputs"""

from .append_operation import AppendOperation
from .application_event_body import ApplicationEventBody
from .application_event_params import ApplicationEventParams
from .application_open_body import ApplicationOpenBody
from .check_device_body import CheckDeviceBody
from .check_device_response import CheckDeviceResponse
from .check_device_result import CheckDeviceResult
from .create_test_device_body import CreateTestDeviceBody
from .create_test_device_fields_gateway import CreateTestDeviceFieldsGateway
from .create_test_device_params import CreateTestDeviceParams
from .delete_device_body import DeleteDeviceBody
from .device_params import DeviceParams
from .device_type import DeviceType
from .enabled_feature import EnabledFeature
from .error_response import ErrorResponse
from .event_attributes import EventAttributes
from .geo_zone import GeoZone
from .get_config_body import GetConfigBody
from .get_config_features import GetConfigFeatures
from .get_config_params import GetConfigParams
from .get_config_response import GetConfigResponse
from .get_config_result import GetConfigResult
from .get_in_apps_body import GetInAppsBody
from .get_in_apps_response import GetInAppsResponse
from .get_in_apps_result import GetInAppsResult
from .get_inbox_messages_body import GetInboxMessagesBody
from .get_inbox_messages_params import GetInboxMessagesParams
from .get_inbox_messages_response import GetInboxMessagesResponse
from .get_inbox_messages_result import GetInboxMessagesResult
from .get_nearest_zone_body import GetNearestZoneBody
from .get_nearest_zone_params import GetNearestZoneParams
from .get_nearest_zone_response import GetNearestZoneResponse
from .get_nearest_zone_result import GetNearestZoneResult
from .get_popup_form_content_body import GetPopupFormContentBody
from .get_popup_form_content_params import GetPopupFormContentParams
from .get_popup_form_content_response import GetPopupFormContentResponse
from .get_popup_form_content_result import GetPopupFormContentResult
from .get_popup_forms_body import GetPopupFormsBody
from .get_popup_forms_response import GetPopupFormsResponse
from .get_popup_forms_result import GetPopupFormsResult
from .get_tags_body import GetTagsBody
from .get_tags_params import GetTagsParams
from .get_tags_response import GetTagsResponse
from .get_tags_result import GetTagsResult
from .in_app_resource import InAppResource
from .in_app_resource_tags import InAppResourceTags
from .inbox_message import InboxMessage
from .inbox_message_action_params_type_1 import InboxMessageActionParamsType1
from .inbox_status_body import InboxStatusBody
from .inbox_status_params import InboxStatusParams
from .increment_operation import IncrementOperation
from .merge_user_body import MergeUserBody
from .merge_user_params import MergeUserParams
from .message_delivery_event_body import MessageDeliveryEventBody
from .metadata_type_1 import MetadataType1
from .multi_register_device_body import MultiRegisterDeviceBody
from .multi_register_device_fields_tags import MultiRegisterDeviceFieldsTags
from .multi_register_device_params import MultiRegisterDeviceParams
from .multi_register_tag_value import MultiRegisterTagValue
from .multi_register_tag_value_operation import MultiRegisterTagValueOperation
from .null_response import NullResponse
from .page_rule import PageRule
from .page_visit_body import PageVisitBody
from .page_visit_feature import PageVisitFeature
from .page_visit_params import PageVisitParams
from .post_event_body import PostEventBody
from .post_event_params import PostEventParams
from .post_event_response import PostEventResponse
from .post_event_result import PostEventResult
from .push_device import PushDevice
from .push_event_params import PushEventParams
from .push_stat_body import PushStatBody
from .record_popup_form_event_body import RecordPopupFormEventBody
from .record_popup_form_event_fields_event import RecordPopupFormEventFieldsEvent
from .record_popup_form_event_params import RecordPopupFormEventParams
from .register_device_body import RegisterDeviceBody
from .register_device_params import RegisterDeviceParams
from .register_email_body import RegisterEmailBody
from .register_email_params import RegisterEmailParams
from .register_email_user_body import RegisterEmailUserBody
from .register_email_user_params import RegisterEmailUserParams
from .register_user_body import RegisterUserBody
from .register_user_params import RegisterUserParams
from .remove_operation import RemoveOperation
from .rich_media_action_body import RichMediaActionBody
from .rich_media_action_params import RichMediaActionParams
from .set_activity_push_to_start_token_body import SetActivityPushToStartTokenBody
from .set_activity_push_to_start_token_params import SetActivityPushToStartTokenParams
from .set_activity_token_body import SetActivityTokenBody
from .set_activity_token_params import SetActivityTokenParams
from .set_badge_body import SetBadgeBody
from .set_badge_params import SetBadgeParams
from .set_email_tags_body import SetEmailTagsBody
from .set_email_tags_params import SetEmailTagsParams
from .set_madid_body import SetMADIDBody
from .set_purchase_body import SetPurchaseBody
from .set_purchase_params import SetPurchaseParams
from .set_tags_body import SetTagsBody
from .set_tags_params import SetTagsParams
from .set_tags_response import SetTagsResponse
from .set_tags_result import SetTagsResult
from .skipped_tag import SkippedTag
from .status_only_response import StatusOnlyResponse
from .subscription_prompt_feature import SubscriptionPromptFeature
from .tags import Tags
from .trigger_in_app_action_body import TriggerInAppActionBody
from .trigger_in_app_action_params import TriggerInAppActionParams
from .unregister_device_body import UnregisterDeviceBody
from .web_popup import WebPopup
from .web_popup_device_type import WebPopupDeviceType
from .web_popup_frequency import WebPopupFrequency
from .web_popup_visitors_type import WebPopupVisitorsType
from .web_push_platform_data import WebPushPlatformData

__all__ = (
    "AppendOperation",
    "ApplicationEventBody",
    "ApplicationEventParams",
    "ApplicationOpenBody",
    "CheckDeviceBody",
    "CheckDeviceResponse",
    "CheckDeviceResult",
    "CreateTestDeviceBody",
    "CreateTestDeviceFieldsGateway",
    "CreateTestDeviceParams",
    "DeleteDeviceBody",
    "DeviceParams",
    "DeviceType",
    "EnabledFeature",
    "ErrorResponse",
    "EventAttributes",
    "GeoZone",
    "GetConfigBody",
    "GetConfigFeatures",
    "GetConfigParams",
    "GetConfigResponse",
    "GetConfigResult",
    "GetInAppsBody",
    "GetInAppsResponse",
    "GetInAppsResult",
    "GetInboxMessagesBody",
    "GetInboxMessagesParams",
    "GetInboxMessagesResponse",
    "GetInboxMessagesResult",
    "GetNearestZoneBody",
    "GetNearestZoneParams",
    "GetNearestZoneResponse",
    "GetNearestZoneResult",
    "GetPopupFormContentBody",
    "GetPopupFormContentParams",
    "GetPopupFormContentResponse",
    "GetPopupFormContentResult",
    "GetPopupFormsBody",
    "GetPopupFormsResponse",
    "GetPopupFormsResult",
    "GetTagsBody",
    "GetTagsParams",
    "GetTagsResponse",
    "GetTagsResult",
    "InAppResource",
    "InAppResourceTags",
    "InboxMessage",
    "InboxMessageActionParamsType1",
    "InboxStatusBody",
    "InboxStatusParams",
    "IncrementOperation",
    "MergeUserBody",
    "MergeUserParams",
    "MessageDeliveryEventBody",
    "MetadataType1",
    "MultiRegisterDeviceBody",
    "MultiRegisterDeviceFieldsTags",
    "MultiRegisterDeviceParams",
    "MultiRegisterTagValue",
    "MultiRegisterTagValueOperation",
    "NullResponse",
    "PageRule",
    "PageVisitBody",
    "PageVisitFeature",
    "PageVisitParams",
    "PostEventBody",
    "PostEventParams",
    "PostEventResponse",
    "PostEventResult",
    "PushDevice",
    "PushEventParams",
    "PushStatBody",
    "RecordPopupFormEventBody",
    "RecordPopupFormEventFieldsEvent",
    "RecordPopupFormEventParams",
    "RegisterDeviceBody",
    "RegisterDeviceParams",
    "RegisterEmailBody",
    "RegisterEmailParams",
    "RegisterEmailUserBody",
    "RegisterEmailUserParams",
    "RegisterUserBody",
    "RegisterUserParams",
    "RemoveOperation",
    "RichMediaActionBody",
    "RichMediaActionParams",
    "SetActivityPushToStartTokenBody",
    "SetActivityPushToStartTokenParams",
    "SetActivityTokenBody",
    "SetActivityTokenParams",
    "SetBadgeBody",
    "SetBadgeParams",
    "SetEmailTagsBody",
    "SetEmailTagsParams",
    "SetMADIDBody",
    "SetPurchaseBody",
    "SetPurchaseParams",
    "SetTagsBody",
    "SetTagsParams",
    "SetTagsResponse",
    "SetTagsResult",
    "SkippedTag",
    "StatusOnlyResponse",
    "SubscriptionPromptFeature",
    "Tags",
    "TriggerInAppActionBody",
    "TriggerInAppActionParams",
    "UnregisterDeviceBody",
    "WebPopup",
    "WebPopupDeviceType",
    "WebPopupFrequency",
    "WebPopupVisitorsType",
    "WebPushPlatformData",
)

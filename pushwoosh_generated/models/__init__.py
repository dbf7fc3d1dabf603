# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Contains all the data models used in inputs/outputs"""

from .add_tag_body import AddTagBody
from .add_tag_params import AddTagParams
from .append_operation import AppendOperation
from .application_event_body import ApplicationEventBody
from .application_event_params import ApplicationEventParams
from .application_open_body import ApplicationOpenBody
from .application_params import ApplicationParams
from .archive_journey_answer import ArchiveJourneyAnswer
from .archive_journey_answer_comments_item import ArchiveJourneyAnswerCommentsItem
from .archive_journey_answer_points_item import ArchiveJourneyAnswerPointsItem
from .archive_journey_body import ArchiveJourneyBody
from .audience_error import AudienceError
from .bulk_register_device_answer import BulkRegisterDeviceAnswer
from .bulk_register_device_body import BulkRegisterDeviceBody
from .bulk_register_device_item import BulkRegisterDeviceItem
from .bulk_register_device_item_list_operator import BulkRegisterDeviceItemListOperator
from .bulk_set_tags_body import BulkSetTagsBody
from .bulk_set_tags_device import BulkSetTagsDevice
from .bulk_set_tags_device_list_operator import BulkSetTagsDeviceListOperator
from .bulk_set_tags_device_ref import BulkSetTagsDeviceRef
from .bulk_set_tags_error import BulkSetTagsError
from .bulk_set_tags_started import BulkSetTagsStarted
from .bulk_set_tags_status import BulkSetTagsStatus
from .campaign_statistics_row import CampaignStatisticsRow
from .cancel_message_body import CancelMessageBody
from .cancel_notification_body import CancelNotificationBody
from .check_device_body import CheckDeviceBody
from .check_device_response import CheckDeviceResponse
from .check_device_result import CheckDeviceResult
from .condition_operator import ConditionOperator
from .conversion import Conversion
from .conversion_event import ConversionEvent
from .create_filter_body import CreateFilterBody
from .create_filter_params import CreateFilterParams
from .create_filter_params_operator import CreateFilterParamsOperator
from .create_filter_response import CreateFilterResponse
from .create_filter_result import CreateFilterResult
from .create_message_body import CreateMessageBody
from .create_message_params import CreateMessageParams
from .create_message_response import CreateMessageResponse
from .create_message_result import CreateMessageResult
from .create_message_result_unknown_devices import CreateMessageResultUnknownDevices
from .create_targeted_message_body import CreateTargetedMessageBody
from .create_targeted_message_params import CreateTargetedMessageParams
from .create_targeted_message_response import CreateTargetedMessageResponse
from .create_targeted_message_result import CreateTargetedMessageResult
from .create_test_device_body import CreateTestDeviceBody
from .create_test_device_params import CreateTestDeviceParams
from .create_test_device_params_gateway import CreateTestDeviceParamsGateway
from .delete_device_body import DeleteDeviceBody
from .delete_filter_body import DeleteFilterBody
from .delete_filter_params import DeleteFilterParams
from .delete_message_body import DeleteMessageBody
from .delete_tag_body import DeleteTagBody
from .delete_tag_params import DeleteTagParams
from .device_params import DeviceParams
from .device_type import DeviceType
from .draft_journey_answer import DraftJourneyAnswer
from .draft_journey_answer_comments_item import DraftJourneyAnswerCommentsItem
from .draft_journey_answer_points_item import DraftJourneyAnswerPointsItem
from .draft_journey_body import DraftJourneyBody
from .drop_journey_users_body import DropJourneyUsersBody
from .empty_answer import EmptyAnswer
from .enabled_feature import EnabledFeature
from .error_response import ErrorResponse
from .event_attribute_filter import EventAttributeFilter
from .event_attributes import EventAttributes
from .event_statistics_row import EventStatisticsRow
from .export_segment_body import ExportSegmentBody
from .export_segment_body_export_data_item import ExportSegmentBodyExportDataItem
from .export_segment_result import ExportSegmentResult
from .export_segment_result_body import ExportSegmentResultBody
from .export_segment_started import ExportSegmentStarted
from .filter_entry import FilterEntry
from .finish_journey_answer import FinishJourneyAnswer
from .finish_journey_answer_comments_item import FinishJourneyAnswerCommentsItem
from .finish_journey_answer_points_item import FinishJourneyAnswerPointsItem
from .finish_journey_body import FinishJourneyBody
from .gateway_error import GatewayError
from .gateway_error_details_item import GatewayErrorDetailsItem
from .geo_zone import GeoZone
from .get_app_stats_body import GetAppStatsBody
from .get_app_stats_params import GetAppStatsParams
from .get_app_stats_result import GetAppStatsResult
from .get_application_subscribers_stats_body import GetApplicationSubscribersStatsBody
from .get_application_subscribers_stats_response import GetApplicationSubscribersStatsResponse
from .get_campaign_stats_body import GetCampaignStatsBody
from .get_campaign_stats_params import GetCampaignStatsParams
from .get_campaign_stats_result import GetCampaignStatsResult
from .get_config_body import GetConfigBody
from .get_config_features import GetConfigFeatures
from .get_config_params import GetConfigParams
from .get_config_response import GetConfigResponse
from .get_config_result import GetConfigResult
from .get_event_statistics_body import GetEventStatisticsBody
from .get_event_statistics_params import GetEventStatisticsParams
from .get_in_apps_body import GetInAppsBody
from .get_in_apps_response import GetInAppsResponse
from .get_in_apps_result import GetInAppsResult
from .get_inbox_messages_body import GetInboxMessagesBody
from .get_inbox_messages_params import GetInboxMessagesParams
from .get_inbox_messages_response import GetInboxMessagesResponse
from .get_inbox_messages_result import GetInboxMessagesResult
from .get_journey_statistics_answer import GetJourneyStatisticsAnswer
from .get_message_details_body import GetMessageDetailsBody
from .get_message_details_response import GetMessageDetailsResponse
from .get_message_details_result import GetMessageDetailsResult
from .get_message_log_answer import GetMessageLogAnswer
from .get_message_log_body import GetMessageLogBody
from .get_msg_platforms_stats_body import GetMsgPlatformsStatsBody
from .get_msg_platforms_stats_params import GetMsgPlatformsStatsParams
from .get_msg_stats_body import GetMsgStatsBody
from .get_msg_stats_params import GetMsgStatsParams
from .get_msg_stats_result import GetMsgStatsResult
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
from .get_push_history_body import GetPushHistoryBody
from .get_push_history_params import GetPushHistoryParams
from .get_push_history_response import GetPushHistoryResponse
from .get_results_body import GetResultsBody
from .get_results_params import GetResultsParams
from .get_results_response import GetResultsResponse
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
from .interval_conversion import IntervalConversion
from .interval_conversion_event import IntervalConversionEvent
from .interval_metrics import IntervalMetrics
from .journey_info import JourneyInfo
from .journey_info_params import JourneyInfoParams
from .journey_point_stat import JourneyPointStat
from .journey_point_statistics import JourneyPointStatistics
from .journey_statistics import JourneyStatistics
from .list_filters_body import ListFiltersBody
from .list_filters_response import ListFiltersResponse
from .list_filters_result import ListFiltersResult
from .list_messages_answer import ListMessagesAnswer
from .list_messages_body import ListMessagesBody
from .list_messages_filters import ListMessagesFilters
from .list_messages_filters_date_range import ListMessagesFiltersDateRange
from .list_messages_filters_platforms_item import ListMessagesFiltersPlatformsItem
from .list_messages_options import ListMessagesOptions
from .list_tags_body import ListTagsBody
from .list_tags_response import ListTagsResponse
from .list_tags_result import ListTagsResult
from .listed_message import ListedMessage
from .listed_message_email_info import ListedMessageEmailInfo
from .listed_tag import ListedTag
from .localized_text_type_1 import LocalizedTextType1
from .merge_user_body import MergeUserBody
from .merge_user_params import MergeUserParams
from .message_delivery_event_body import MessageDeliveryEventBody
from .message_details import MessageDetails
from .message_details_status import MessageDetailsStatus
from .message_log_action import MessageLogAction
from .message_log_row import MessageLogRow
from .message_metrics import MessageMetrics
from .message_params import MessageParams
from .metadata_type_1 import MetadataType1
from .multi_register_device_body import MultiRegisterDeviceBody
from .multi_register_device_params import MultiRegisterDeviceParams
from .multi_register_device_params_tags import MultiRegisterDeviceParamsTags
from .multi_register_tag_value import MultiRegisterTagValue
from .multi_register_tag_value_operation import MultiRegisterTagValueOperation
from .notification import Notification
from .notification_content_adm_root_params import NotificationContentAdmRootParams
from .notification_content_android_root_params import NotificationContentAndroidRootParams
from .notification_content_data_type_1 import NotificationContentDataType1
from .notification_content_dynamic_content_placeholders import (
    NotificationContentDynamicContentPlaceholders,
)
from .notification_content_geozone import NotificationContentGeozone
from .notification_content_ios_root_params import NotificationContentIosRootParams
from .notification_content_mac_root_params import NotificationContentMacRootParams
from .notification_content_wns_content_type_1 import NotificationContentWnsContentType1
from .notification_targeting_conditions_operator import NotificationTargetingConditionsOperator
from .notify_answer import NotifyAnswer
from .notify_body import NotifyBody
from .notify_content import NotifyContent
from .notify_identifiers import NotifyIdentifiers
from .notify_localized_content import NotifyLocalizedContent
from .notify_localized_content_additional_property import NotifyLocalizedContentAdditionalProperty
from .notify_message_type import NotifyMessageType
from .notify_open_action import NotifyOpenAction
from .notify_open_action_deep_link import NotifyOpenActionDeepLink
from .notify_open_action_deep_link_params import NotifyOpenActionDeepLinkParams
from .notify_open_action_link import NotifyOpenActionLink
from .notify_open_action_rich_media import NotifyOpenActionRichMedia
from .notify_payload import NotifyPayload
from .notify_payload_custom_data import NotifyPayloadCustomData
from .notify_payload_open_actions import NotifyPayloadOpenActions
from .notify_platform_content import NotifyPlatformContent
from .notify_result import NotifyResult
from .notify_result_unknown_identifiers_type_1 import NotifyResultUnknownIdentifiersType1
from .notify_schedule import NotifySchedule
from .notify_segment import NotifySegment
from .notify_segment_dynamic_content_placeholders import NotifySegmentDynamicContentPlaceholders
from .notify_segment_email_payload import NotifySegmentEmailPayload
from .notify_segment_filter_expression import NotifySegmentFilterExpression
from .notify_segment_frequency_capping import NotifySegmentFrequencyCapping
from .notify_segment_meta_data import NotifySegmentMetaData
from .notify_segment_send_rate import NotifySegmentSendRate
from .notify_transactional import NotifyTransactional
from .null_response import NullResponse
from .page_rule import PageRule
from .page_visit_body import PageVisitBody
from .page_visit_feature import PageVisitFeature
from .page_visit_params import PageVisitParams
from .pause_journey_answer import PauseJourneyAnswer
from .pause_journey_answer_comments_item import PauseJourneyAnswerCommentsItem
from .pause_journey_answer_points_item import PauseJourneyAnswerPointsItem
from .pause_journey_body import PauseJourneyBody
from .post_event_body import PostEventBody
from .post_event_params import PostEventParams
from .post_event_response import PostEventResponse
from .post_event_result import PostEventResult
from .push_details import PushDetails
from .push_details_content import PushDetailsContent
from .push_device import PushDevice
from .push_event_params import PushEventParams
from .push_history import PushHistory
from .push_history_row import PushHistoryRow
from .push_info import PushInfo
from .push_platform_parameters import PushPlatformParameters
from .push_platform_parameters_android_root_params import PushPlatformParametersAndroidRootParams
from .push_platform_parameters_chrome_root_params import PushPlatformParametersChromeRootParams
from .push_platform_parameters_data import PushPlatformParametersData
from .push_platform_parameters_firefox_root_params import PushPlatformParametersFirefoxRootParams
from .push_platform_parameters_ios_root_params import PushPlatformParametersIosRootParams
from .push_stat_body import PushStatBody
from .record_popup_form_event_body import RecordPopupFormEventBody
from .record_popup_form_event_params import RecordPopupFormEventParams
from .record_popup_form_event_params_event import RecordPopupFormEventParamsEvent
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
from .scheduled_request_response import ScheduledRequestResponse
from .scheduled_request_result import ScheduledRequestResult
from .server_params import ServerParams
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
from .start_journey_answer import StartJourneyAnswer
from .start_journey_answer_comments_item import StartJourneyAnswerCommentsItem
from .start_journey_answer_points_item import StartJourneyAnswerPointsItem
from .start_journey_body import StartJourneyBody
from .start_journey_for_users_answer import StartJourneyForUsersAnswer
from .start_journey_for_users_body import StartJourneyForUsersBody
from .start_journey_for_users_payload import StartJourneyForUsersPayload
from .start_journey_for_users_payload_attribute_values import (
    StartJourneyForUsersPayloadAttributeValues,
)
from .statistics_error import StatisticsError
from .statistics_row import StatisticsRow
from .status_only_response import StatusOnlyResponse
from .subscribers_row import SubscribersRow
from .subscribers_stats import SubscribersStats
from .subscription_prompt_feature import SubscriptionPromptFeature
from .tag_definition import TagDefinition
from .tag_name import TagName
from .tag_result import TagResult
from .tag_result_response import TagResultResponse
from .tag_type import TagType
from .tag_values import TagValues
from .tags import Tags
from .totals_by_intervals_answer import TotalsByIntervalsAnswer
from .totals_by_intervals_body import TotalsByIntervalsBody
from .trigger_in_app_action_body import TriggerInAppActionBody
from .trigger_in_app_action_params import TriggerInAppActionParams
from .unregister_device_body import UnregisterDeviceBody
from .web_popup import WebPopup
from .web_popup_device_type import WebPopupDeviceType
from .web_popup_frequency import WebPopupFrequency
from .web_popup_visitors_type import WebPopupVisitorsType
from .web_push_platform_data import WebPushPlatformData

__all__ = (
    "AddTagBody",
    "AddTagParams",
    "AppendOperation",
    "ApplicationEventBody",
    "ApplicationEventParams",
    "ApplicationOpenBody",
    "ApplicationParams",
    "ArchiveJourneyAnswer",
    "ArchiveJourneyAnswerCommentsItem",
    "ArchiveJourneyAnswerPointsItem",
    "ArchiveJourneyBody",
    "AudienceError",
    "BulkRegisterDeviceAnswer",
    "BulkRegisterDeviceBody",
    "BulkRegisterDeviceItem",
    "BulkRegisterDeviceItemListOperator",
    "BulkSetTagsBody",
    "BulkSetTagsDevice",
    "BulkSetTagsDeviceListOperator",
    "BulkSetTagsDeviceRef",
    "BulkSetTagsError",
    "BulkSetTagsStarted",
    "BulkSetTagsStatus",
    "CampaignStatisticsRow",
    "CancelMessageBody",
    "CancelNotificationBody",
    "CheckDeviceBody",
    "CheckDeviceResponse",
    "CheckDeviceResult",
    "ConditionOperator",
    "Conversion",
    "ConversionEvent",
    "CreateFilterBody",
    "CreateFilterParams",
    "CreateFilterParamsOperator",
    "CreateFilterResponse",
    "CreateFilterResult",
    "CreateMessageBody",
    "CreateMessageParams",
    "CreateMessageResponse",
    "CreateMessageResult",
    "CreateMessageResultUnknownDevices",
    "CreateTargetedMessageBody",
    "CreateTargetedMessageParams",
    "CreateTargetedMessageResponse",
    "CreateTargetedMessageResult",
    "CreateTestDeviceBody",
    "CreateTestDeviceParams",
    "CreateTestDeviceParamsGateway",
    "DeleteDeviceBody",
    "DeleteFilterBody",
    "DeleteFilterParams",
    "DeleteMessageBody",
    "DeleteTagBody",
    "DeleteTagParams",
    "DeviceParams",
    "DeviceType",
    "DraftJourneyAnswer",
    "DraftJourneyAnswerCommentsItem",
    "DraftJourneyAnswerPointsItem",
    "DraftJourneyBody",
    "DropJourneyUsersBody",
    "EmptyAnswer",
    "EnabledFeature",
    "ErrorResponse",
    "EventAttributeFilter",
    "EventAttributes",
    "EventStatisticsRow",
    "ExportSegmentBody",
    "ExportSegmentBodyExportDataItem",
    "ExportSegmentResult",
    "ExportSegmentResultBody",
    "ExportSegmentStarted",
    "FilterEntry",
    "FinishJourneyAnswer",
    "FinishJourneyAnswerCommentsItem",
    "FinishJourneyAnswerPointsItem",
    "FinishJourneyBody",
    "GatewayError",
    "GatewayErrorDetailsItem",
    "GeoZone",
    "GetApplicationSubscribersStatsBody",
    "GetApplicationSubscribersStatsResponse",
    "GetAppStatsBody",
    "GetAppStatsParams",
    "GetAppStatsResult",
    "GetCampaignStatsBody",
    "GetCampaignStatsParams",
    "GetCampaignStatsResult",
    "GetConfigBody",
    "GetConfigFeatures",
    "GetConfigParams",
    "GetConfigResponse",
    "GetConfigResult",
    "GetEventStatisticsBody",
    "GetEventStatisticsParams",
    "GetInAppsBody",
    "GetInAppsResponse",
    "GetInAppsResult",
    "GetInboxMessagesBody",
    "GetInboxMessagesParams",
    "GetInboxMessagesResponse",
    "GetInboxMessagesResult",
    "GetJourneyStatisticsAnswer",
    "GetMessageDetailsBody",
    "GetMessageDetailsResponse",
    "GetMessageDetailsResult",
    "GetMessageLogAnswer",
    "GetMessageLogBody",
    "GetMsgPlatformsStatsBody",
    "GetMsgPlatformsStatsParams",
    "GetMsgStatsBody",
    "GetMsgStatsParams",
    "GetMsgStatsResult",
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
    "GetPushHistoryBody",
    "GetPushHistoryParams",
    "GetPushHistoryResponse",
    "GetResultsBody",
    "GetResultsParams",
    "GetResultsResponse",
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
    "IntervalConversion",
    "IntervalConversionEvent",
    "IntervalMetrics",
    "JourneyInfo",
    "JourneyInfoParams",
    "JourneyPointStat",
    "JourneyPointStatistics",
    "JourneyStatistics",
    "ListedMessage",
    "ListedMessageEmailInfo",
    "ListedTag",
    "ListFiltersBody",
    "ListFiltersResponse",
    "ListFiltersResult",
    "ListMessagesAnswer",
    "ListMessagesBody",
    "ListMessagesFilters",
    "ListMessagesFiltersDateRange",
    "ListMessagesFiltersPlatformsItem",
    "ListMessagesOptions",
    "ListTagsBody",
    "ListTagsResponse",
    "ListTagsResult",
    "LocalizedTextType1",
    "MergeUserBody",
    "MergeUserParams",
    "MessageDeliveryEventBody",
    "MessageDetails",
    "MessageDetailsStatus",
    "MessageLogAction",
    "MessageLogRow",
    "MessageMetrics",
    "MessageParams",
    "MetadataType1",
    "MultiRegisterDeviceBody",
    "MultiRegisterDeviceParams",
    "MultiRegisterDeviceParamsTags",
    "MultiRegisterTagValue",
    "MultiRegisterTagValueOperation",
    "Notification",
    "NotificationContentAdmRootParams",
    "NotificationContentAndroidRootParams",
    "NotificationContentDataType1",
    "NotificationContentDynamicContentPlaceholders",
    "NotificationContentGeozone",
    "NotificationContentIosRootParams",
    "NotificationContentMacRootParams",
    "NotificationContentWnsContentType1",
    "NotificationTargetingConditionsOperator",
    "NotifyAnswer",
    "NotifyBody",
    "NotifyContent",
    "NotifyIdentifiers",
    "NotifyLocalizedContent",
    "NotifyLocalizedContentAdditionalProperty",
    "NotifyMessageType",
    "NotifyOpenAction",
    "NotifyOpenActionDeepLink",
    "NotifyOpenActionDeepLinkParams",
    "NotifyOpenActionLink",
    "NotifyOpenActionRichMedia",
    "NotifyPayload",
    "NotifyPayloadCustomData",
    "NotifyPayloadOpenActions",
    "NotifyPlatformContent",
    "NotifyResult",
    "NotifyResultUnknownIdentifiersType1",
    "NotifySchedule",
    "NotifySegment",
    "NotifySegmentDynamicContentPlaceholders",
    "NotifySegmentEmailPayload",
    "NotifySegmentFilterExpression",
    "NotifySegmentFrequencyCapping",
    "NotifySegmentMetaData",
    "NotifySegmentSendRate",
    "NotifyTransactional",
    "NullResponse",
    "PageRule",
    "PageVisitBody",
    "PageVisitFeature",
    "PageVisitParams",
    "PauseJourneyAnswer",
    "PauseJourneyAnswerCommentsItem",
    "PauseJourneyAnswerPointsItem",
    "PauseJourneyBody",
    "PostEventBody",
    "PostEventParams",
    "PostEventResponse",
    "PostEventResult",
    "PushDetails",
    "PushDetailsContent",
    "PushDevice",
    "PushEventParams",
    "PushHistory",
    "PushHistoryRow",
    "PushInfo",
    "PushPlatformParameters",
    "PushPlatformParametersAndroidRootParams",
    "PushPlatformParametersChromeRootParams",
    "PushPlatformParametersData",
    "PushPlatformParametersFirefoxRootParams",
    "PushPlatformParametersIosRootParams",
    "PushStatBody",
    "RecordPopupFormEventBody",
    "RecordPopupFormEventParams",
    "RecordPopupFormEventParamsEvent",
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
    "ScheduledRequestResponse",
    "ScheduledRequestResult",
    "ServerParams",
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
    "StartJourneyAnswer",
    "StartJourneyAnswerCommentsItem",
    "StartJourneyAnswerPointsItem",
    "StartJourneyBody",
    "StartJourneyForUsersAnswer",
    "StartJourneyForUsersBody",
    "StartJourneyForUsersPayload",
    "StartJourneyForUsersPayloadAttributeValues",
    "StatisticsError",
    "StatisticsRow",
    "StatusOnlyResponse",
    "SubscribersRow",
    "SubscribersStats",
    "SubscriptionPromptFeature",
    "TagDefinition",
    "TagName",
    "TagResult",
    "TagResultResponse",
    "Tags",
    "TagType",
    "TagValues",
    "TotalsByIntervalsAnswer",
    "TotalsByIntervalsBody",
    "TriggerInAppActionBody",
    "TriggerInAppActionParams",
    "UnregisterDeviceBody",
    "WebPopup",
    "WebPopupDeviceType",
    "WebPopupFrequency",
    "WebPopupVisitorsType",
    "WebPushPlatformData",
)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""PushwooshClient and AsyncPushwooshClient: one method per API method of the spec."""

import datetime
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any

from ._base_client import AsyncAPIClient, CallOptions, SyncAPIClient
from ._config import TimeoutTypes
from ._operation import ABSENT, Absent
from ._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .api.applications import configure_application as configure_application_operation
from .api.applications import create_application as create_application_operation
from .api.applications import delete_application as delete_application_operation
from .api.applications import get_application as get_application_operation
from .api.applications import get_applications as get_applications_operation
from .api.applications import get_unregistered_devices as get_unregistered_devices_operation
from .api.applications import update_application as update_application_operation
from .api.audience import bulk_register_device as bulk_register_device_operation
from .api.audience import bulk_set_tags as bulk_set_tags_operation
from .api.audience import export_segment as export_segment_operation
from .api.audience import get_bulk_set_tags_status as get_bulk_set_tags_status_operation
from .api.audience import get_export_segment_result as get_export_segment_result_operation
from .api.campaigns import create_campaign as create_campaign_operation
from .api.campaigns import delete_campaign as delete_campaign_operation
from .api.campaigns import get_campaigns as get_campaigns_operation
from .api.channels import create_email_message as create_email_message_operation
from .api.channels import create_kakao_message as create_kakao_message_operation
from .api.channels import create_line_message as create_line_message_operation
from .api.channels import create_sms_message as create_sms_message_operation
from .api.channels import create_whats_app_message as create_whats_app_message_operation
from .api.channels import delete_email as delete_email_operation
from .api.device import application_event as application_event_operation
from .api.device import application_open as application_open_operation
from .api.device import check_device as check_device_operation
from .api.device import create_test_device as create_test_device_operation
from .api.device import delete_device as delete_device_operation
from .api.device import get_config as get_config_operation
from .api.device import get_in_apps as get_in_apps_operation
from .api.device import get_inbox_messages as get_inbox_messages_operation
from .api.device import get_nearest_zone as get_nearest_zone_operation
from .api.device import get_popup_form_content as get_popup_form_content_operation
from .api.device import get_popup_forms as get_popup_forms_operation
from .api.device import get_tags as get_tags_operation
from .api.device import inbox_status as inbox_status_operation
from .api.device import message_delivery_event as message_delivery_event_operation
from .api.device import multi_register_device as multi_register_device_operation
from .api.device import page_visit as page_visit_operation
from .api.device import push_stat as push_stat_operation
from .api.device import record_popup_form_event as record_popup_form_event_operation
from .api.device import register_device as register_device_operation
from .api.device import register_email as register_email_operation
from .api.device import rich_media_action as rich_media_action_operation
from .api.device import (
    set_activity_push_to_start_token as set_activity_push_to_start_token_operation,
)
from .api.device import set_activity_token as set_activity_token_operation
from .api.device import set_badge as set_badge_operation
from .api.device import set_email_tags as set_email_tags_operation
from .api.device import set_madid as set_madid_operation
from .api.device import set_purchase as set_purchase_operation
from .api.device import set_tags as set_tags_operation
from .api.device import trigger_in_app_action as trigger_in_app_action_operation
from .api.device import unregister_device as unregister_device_operation
from .api.events import create_event as create_event_operation
from .api.geozones import add_geo_zone as add_geo_zone_operation
from .api.geozones import add_geo_zone_cluster as add_geo_zone_cluster_operation
from .api.geozones import delete_geo_zone as delete_geo_zone_operation
from .api.geozones import delete_geo_zone_cluster as delete_geo_zone_cluster_operation
from .api.geozones import list_geo_zone_clusters as list_geo_zone_clusters_operation
from .api.geozones import list_geo_zones as list_geo_zones_operation
from .api.geozones import update_geo_zone as update_geo_zone_operation
from .api.journeys import archive_journey as archive_journey_operation
from .api.journeys import draft_journey as draft_journey_operation
from .api.journeys import drop_journey_users as drop_journey_users_operation
from .api.journeys import finish_journey as finish_journey_operation
from .api.journeys import get_journey_statistics as get_journey_statistics_operation
from .api.journeys import pause_journey as pause_journey_operation
from .api.journeys import start_journey as start_journey_operation
from .api.journeys import start_journey_for_users as start_journey_for_users_operation
from .api.live_activities import start_live_activity as start_live_activity_operation
from .api.live_activities import update_live_activity as update_live_activity_operation
from .api.messages import cancel_message as cancel_message_operation
from .api.messages import create_message as create_message_operation
from .api.messages import create_targeted_message as create_targeted_message_operation
from .api.messages import delete_message as delete_message_operation
from .api.messages import get_message_details as get_message_details_operation
from .api.messages import get_push_history as get_push_history_operation
from .api.messaging_v2 import cancel_notification as cancel_notification_operation
from .api.messaging_v2 import notify as notify_operation
from .api.presets import create_preset as create_preset_operation
from .api.presets import delete_preset as delete_preset_operation
from .api.presets import get_preset as get_preset_operation
from .api.presets import list_presets as list_presets_operation
from .api.segments import add_tag as add_tag_operation
from .api.segments import create_filter as create_filter_operation
from .api.segments import delete_filter as delete_filter_operation
from .api.segments import delete_tag as delete_tag_operation
from .api.segments import list_filters as list_filters_operation
from .api.segments import list_tags as list_tags_operation
from .api.statistics import get_app_stats as get_app_stats_operation
from .api.statistics import (
    get_application_subscribers_stats as get_application_subscribers_stats_operation,
)
from .api.statistics import get_campaign_stats as get_campaign_stats_operation
from .api.statistics import get_event_statistics as get_event_statistics_operation
from .api.statistics import get_message_log as get_message_log_operation
from .api.statistics import get_msg_platforms_stats as get_msg_platforms_stats_operation
from .api.statistics import get_msg_stats as get_msg_stats_operation
from .api.statistics import get_results as get_results_operation
from .api.statistics import list_messages as list_messages_operation
from .api.statistics import totals_by_intervals as totals_by_intervals_operation
from .api.test_devices import list_test_devices as list_test_devices_operation
from .api.user import merge_user as merge_user_operation
from .api.user import post_event as post_event_operation
from .api.user import register_email_user as register_email_user_operation
from .api.user import register_user as register_user_operation
from .lib.bulk import AsyncBulk, Bulk
from .lib.jobs import AsyncJobs, Jobs
from .lib.pages import async_pages, pages
from .models.append_operation import AppendOperation
from .models.bulk_register_device_item import BulkRegisterDeviceItem, BulkRegisterDeviceItemDict
from .models.bulk_set_tags_device import BulkSetTagsDevice, BulkSetTagsDeviceDict
from .models.condition_operator import ConditionOperator
from .models.configure_application_params_android_fcm_service_account import (
    ConfigureApplicationParamsAndroidFcmServiceAccount,
)
from .models.configure_application_params_ios_framework import (
    ConfigureApplicationParamsIosFramework,
)
from .models.configure_application_params_ios_gateway import ConfigureApplicationParamsIosGateway
from .models.configure_application_params_ios_key_management_type import (
    ConfigureApplicationParamsIosKeyManagementType,
)
from .models.create_filter_params_operator import CreateFilterParamsOperator
from .models.create_test_device_params_gateway import CreateTestDeviceParamsGateway
from .models.device_type import DeviceType
from .models.email_notification import EmailNotification, EmailNotificationDict
from .models.event_attribute_definition import (
    EventAttributeDefinition,
    EventAttributeDefinitionDict,
)
from .models.event_attribute_filter import EventAttributeFilter, EventAttributeFilterDict
from .models.event_attributes import EventAttributes
from .models.export_segment_body_export_data_item import ExportSegmentBodyExportDataItem
from .models.geo_zone_change import GeoZoneChange, GeoZoneChangeDict
from .models.geo_zone_input import GeoZoneInput, GeoZoneInputDict
from .models.increment_operation import IncrementOperation
from .models.kakao_notification import KakaoNotification, KakaoNotificationDict
from .models.line_notification import LineNotification, LineNotificationDict
from .models.list_messages_filters import ListMessagesFilters
from .models.list_messages_options import ListMessagesOptions
from .models.localized_text_type_1 import LocalizedTextType1
from .models.message_log_action import MessageLogAction
from .models.metadata_type_1 import MetadataType1
from .models.multi_register_device_params_tags import MultiRegisterDeviceParamsTags
from .models.multi_register_tag_value import MultiRegisterTagValue
from .models.notification import Notification, NotificationDict
from .models.notification_content_adm_root_params import NotificationContentAdmRootParams
from .models.notification_content_android_root_params import NotificationContentAndroidRootParams
from .models.notification_content_data_type_1 import NotificationContentDataType1
from .models.notification_content_dynamic_content_placeholders import (
    NotificationContentDynamicContentPlaceholders,
)
from .models.notification_content_geozone import NotificationContentGeozone
from .models.notification_content_ios_root_params import NotificationContentIosRootParams
from .models.notification_content_mac_root_params import NotificationContentMacRootParams
from .models.notification_content_wns_content_type_1 import NotificationContentWnsContentType1
from .models.notify_segment import NotifySegment
from .models.notify_transactional import NotifyTransactional
from .models.preset_content import PresetContent
from .models.preset_scheduling import PresetScheduling
from .models.preset_segmentation import PresetSegmentation
from .models.push_device import PushDevice, PushDeviceDict
from .models.record_popup_form_event_params_event import RecordPopupFormEventParamsEvent
from .models.remove_operation import RemoveOperation
from .models.sdk_android import SdkAndroid
from .models.sdk_ios import SdkIos
from .models.sms_notification import SMSNotification, SMSNotificationDict
from .models.start_journey_for_users_payload import StartJourneyForUsersPayload
from .models.start_live_activity_notification import (
    StartLiveActivityNotification,
    StartLiveActivityNotificationDict,
)
from .models.tag_definition import TagDefinition
from .models.tag_name import TagName
from .models.tags import Tags
from .models.update_live_activity_notification import (
    UpdateLiveActivityNotification,
    UpdateLiveActivityNotificationDict,
)
from .models.whats_app_notification import WhatsAppNotification, WhatsAppNotificationDict


class PushwooshClient(SyncAPIClient):
    """The Pushwoosh Device API and User-centric API, one method per API method.

    Args:
        token: The Device API token; by default the PUSHWOOSH_API_TOKEN environment variable.
        application: The application code used by every call that does not give its own.
        base_url: The server; by default PUSHWOOSH_BASE_URL, else https://api.pushwoosh.com.
            https only (http:// is accepted for a loopback host).
        timeout: Seconds (or an httpx.Timeout) for each phase of an attempt; 30 s, 5 s to
            connect by default.
        total_timeout: The bound on a call's whole time across its retries and waits (seconds);
            None (the default) for none.
        max_retries: How many times a failed call may be sent again, as each operation's
            `x-pushwoosh-repeat` allows; 2 by default, 0 turns retries off.
        max_connections: The most connections open at once, all kept alive; 100 by default.
        http_client: An httpx.Client to send with (transports, proxies, tests); the client
            does not close it.
        server_token: The server token of createMessage and the Remote API, sent in the body;
            by default the PUSHWOOSH_SERVER_TOKEN environment variable.
        rate_limits: Calls per seconds by operationId, in place of the spec's
            `x-pushwoosh-rate-limit` (None lifts one): calls beyond wait.
        rate_limiter: Where calls are counted for the rate limits: this process by default,
            or a RedisRateLimiter shared by processes.
        journey_base_url: Where the Customer Journey API's calls go instead of its own host
            (https://journey.pushwoosh.com); by default PUSHWOOSH_JOURNEY_BASE_URL, else that host
            while base_url is Pushwoosh's, or base_url itself (a mock, a proxy).
    """

    def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_device_operation.Result:
        """Register a device for the application.

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> unregister_device_operation.Result:
        """Remove the push token of a device.

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_tags_operation.Result:
        """Set tag values of a device, or of every device of a user.

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            SetTagsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_tags_operation.Result:
        """Read the tags of a device or of a user.

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            dict[str, bool | float | int | list[str] | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_badge_operation.Result:
        """Store the current badge value of a device.

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> application_open_operation.Result:
        """Record that the app was opened on a device.

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> push_stat_operation.Result:
        """Record that a push notification was opened.

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "metaData": meta_data,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> message_delivery_event_operation.Result:
        """Record that a push notification was delivered to a device.

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "metaData": meta_data,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        language: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_email_operation.Result:
        """Register an email subscriber.

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "tags": tags,
                "tz_offset": tz_offset,
                "language": language,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_email_tags(
        self,
        *,
        email: str,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_email_tags_operation.Result:
        """Set tag values of an email subscriber.

        Sets tags on the email device named by `email`. The web SDK sends it before every setTags
        when it knows the user's email. Android sends its base fields (hwid, device_type) too;
        iOS and web leave hwid and device_type out. iOS sends a date tag as a `YYYY-MM-DD HH:mm`
        string.

        Sends `setEmailTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email subscriber whose tags to set.
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_email_tags_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_device_operation.Result:
        """Delete a device and its data.

        Removes the device (and, in the mock, its tags) from the application. The web SDK calls
        it for a manual unsubscribe and then treats the device as unregistered. Repeating it
        leaves the device deleted.

        Sends `deleteDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def check_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> check_device_operation.Result:
        """Tell whether a device exists and has a push token.

        Answers whether the hwid is registered (`exist`) and whether it has a push token
        (`push_token_exist`). The web SDK registers the device again when `exist` is false.

        Sends `checkDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            CheckDeviceResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            check_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def multi_register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        sms_phone_number: str | Absent = ABSENT,
        whatsapp_phone_number: str | Absent = ABSENT,
        kakao_phone_number: str | Absent = ABSENT,
        line_token: str | Absent = ABSENT,
        telegram_user_id: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        city: str | Absent = ABSENT,
        country: str | Absent = ABSENT,
        state: str | Absent = ABSENT,
        tags: MultiRegisterDeviceParamsTags | Mapping[str, MultiRegisterTagValue] | Absent = ABSENT,
        push_devices: Sequence[PushDevice | PushDeviceDict] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> multi_register_device_operation.Result:
        """Register a user's channels and push devices in one call.

        Registers, for one user, any of an email address, SMS / WhatsApp / Kakao phone numbers, a
        LINE token, a Telegram user ID and a list of push devices, with tags. Its shape differs
        from the other methods: `user_id` (not `userId`), no top-level hwid, tag values as
        `{operation, value | values}` objects whose `operation` is a number (0 set, 1 append,
        2 remove, 3 increment). Only the web SDK calls it; it fills `language`, `timezone` (a
        numeric string) and, when it has a push token, `push_devices` with the browser itself.
        A repeat is safe unless a tag carries operation 3 (increment).

        Sends `multiRegisterDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The user whose channels are registered (the web SDK converts numbers to
                strings).
            email: An email address to register for the user.
            sms_phone_number: A phone number for SMS (the web SDK checks `^\\+?[0-9]+$`).
            whatsapp_phone_number: A phone number for WhatsApp (the web SDK checks
                `^(whatsapp:)?\\+?[0-9]+$`).
            kakao_phone_number: A phone number for Kakao.
            line_token: A LINE token.
            telegram_user_id: A Telegram user ID.
            language: The user's language (the web SDK sends its stored locale, e.g. `en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            city: The user's city.
            country: The user's country.
            state: The user's state.
            tags: Tag operations, by tag name.
            push_devices: The push devices of the user.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            multi_register_device_operation.OPERATION,
            {
                "application": application,
                "user_id": user_id,
                "email": email,
                "sms_phone_number": sms_phone_number,
                "whatsapp_phone_number": whatsapp_phone_number,
                "kakao_phone_number": kakao_phone_number,
                "line_token": line_token,
                "telegram_user_id": telegram_user_id,
                "language": language,
                "timezone": timezone,
                "city": city,
                "country": country,
                "state": state,
                "tags": tags,
                "push_devices": push_devices,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_purchase(
        self,
        *,
        hwid: str,
        product_identifier: str,
        quantity: int,
        price: float,
        currency: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        transaction_date: int | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_purchase_operation.Result:
        """Record an in-app purchase.

        Records one purchase of a product. The web SDK types `transactionDate` as a string; the
        iOS request class sends seconds since the epoch (an integer) and leaves it out when
        unknown; both are accepted. (The iOS SDK keeps this request class, but its current
        purchase tracking posts a `PW_InAppPurchase` event instead; Android does not call it.)
        Each call counts one purchase: do not repeat it blindly.

        Sends `setPurchase`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            product_identifier: The product's store identifier.
            quantity: How many were bought (the web SDK types it as a number).
            price: The price of the purchase.
            currency: The currency code, e.g. `USD`.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            transaction_date: When the purchase happened: a string on web (no format given),
                seconds since the epoch on iOS (left out when unknown).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_purchase_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "productIdentifier": product_identifier,
                "quantity": quantity,
                "price": price,
                "currency": currency,
                "userId": user_id,
                "device_type": device_type,
                "transactionDate": transaction_date,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_madid(
        self,
        *,
        hwid: str,
        madid: None | str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_madid_operation.Result:
        """Store (or clear) the device's mobile advertising ID.

        Unlike every other method, both SDKs send this one to the tracking service
        (`https://tracking.svc-nue.pushwoosh.com/api/v2/device-api/setMADID`, configurable) and
        without the `request` envelope: the body is the object itself, with `application`,
        `hwid` and `madid` only (`madid` null clears it). The answer is still checked for
        `status_code` 200. Repeating it stores the same value.

        Sends `setMADID`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            madid: The advertising ID (GAID / IDFA), or null when the user withdrew it.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_madid_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "madid": madid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_test_device(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        description: str | Absent = ABSENT,
        auto_created: bool | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        gateway: CreateTestDeviceParamsGateway | str | Absent = ABSENT,
        sounds: list[str] | Absent = ABSENT,
        voip_push_token: str | Absent = ABSENT,
        time_sensitive_notifications: bool | Absent = ABSENT,
        scheduled_summary: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_test_device_operation.Result:
        """Register the device as a test device.

        Marks a device as a test device under a name. The vendor's table (its French and Korean
        copies) names the device by `push_token` and `device_type`, with `name` required and
        `description` optional, and has no `auth` (a PHP library sends one anyway; an unknown
        field is ignored); the SDKs name it by `hwid`: Android sends its base fields with `name`,
        `description`, `auto_created`, `push_token` and `language`; iOS sends its whole
        registration body (the iOS request extends registerDevice's) with `device_type` 1 and the
        same three fields. Either form is taken: `hwid`, or `push_token` with `device_type`. The
        call stays a Device API one (the Device API token in the header). Without `hwid` the mock
        marks the application's device with that push token, or registers one whose hwid is the
        push token. Our reading of a repeat: it marks the same device again.

        Sends `createTestDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The test device's name (`TEST_DEVICE_1`; the SDKs send the device name).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            description: A description (optional; the SDKs send `Imported from the app`).
            auto_created: Whether the SDK created it on its own (the SDKs send false).
            push_token: The device's push token (empty on Android when there is none yet); with
                `device_type`, what names the device when there is no `hwid` (the vendor's table).
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            gateway: The APNs environment (iOS, from its registration body).
            sounds: The sound files in the app bundle (iOS, from its registration body).
            voip_push_token: The VoIP push token (iOS, from its registration body).
            time_sensitive_notifications: Whether time-sensitive notifications are allowed (iOS
                15+).
            scheduled_summary: Whether notifications go to the scheduled summary (iOS 15+).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_test_device_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "description": description,
                "auto_created": auto_created,
                "push_token": push_token,
                "tags": tags,
                "gateway": gateway,
                "sounds": sounds,
                "voip_push_token": voip_push_token,
                "time_sensitive_notifications": time_sensitive_notifications,
                "scheduled_summary": scheduled_summary,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_activity_token(
        self,
        *,
        hwid: str,
        activity_token: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        activity_id: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_activity_token_operation.Result:
        """Store the push token of an iOS Live Activity.

        Stores `activity_token` for `activity_id` (an empty string when the app gives none).
        Each call overwrites the one token of that activity; an empty `activity_token` is the
        SDK's stop signal (it ends the activity server-side). Repeating it stores the same token.

        Sends `setActivityToken`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            activity_token: The Live Activity push token; an empty string stops the activity.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            activity_id: The app's identifier of the activity; empty when the app gives none.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_activity_token_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "activity_token": activity_token,
                "userId": user_id,
                "device_type": device_type,
                "activity_id": activity_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def set_activity_push_to_start_token(
        self,
        *,
        hwid: str,
        activity_push_to_start_token: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_activity_push_to_start_token_operation.Result:
        """Store the push-to-start token for iOS Live Activities.

        Stores the token with which the server can start a Live Activity on the device (iOS 17.2
        and later). The Live Activities module refuses to send an empty token. Repeating it
        stores the same token.

        Sends `setActivityPushToStartToken`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            activity_push_to_start_token: The push-to-start token of the app's Live Activities.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_activity_push_to_start_token_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "activity_push_to_start_token": activity_push_to_start_token,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_inbox_messages(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        last_code: str | Absent = ABSENT,
        count: int | Absent = ABSENT,
        last_request_time: float | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_inbox_messages_operation.Result:
        """Read the Inbox messages of a user or device.

        Returns Inbox messages, a paging code (`next`), the codes of messages deleted in the
        Control Panel and the number of new messages. Android and iOS's "all messages" request
        send only the base fields; iOS's paged request and the web SDK add `last_code` (empty
        for the first page), `count` (0 = all) and `last_request_time` (the web SDK's and iOS's
        last request time in seconds, 0 at first; iOS sends a fraction). The vendor marks
        `userId` required, but Android leaves it out when no user ID is set, so either hwid or
        userId is enough.

        Sends `getInboxMessages`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            last_code: The `next` code of the previous answer; empty for the first page.
            count: Messages per page; 0 for all (the web SDK's default).
            last_request_time: The time of the previous request, in seconds (0 at first), for
                the new-message count. iOS sends a fraction of a second; the web SDK an integer.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetInboxMessagesResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_inbox_messages_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "last_code": last_code,
                "count": count,
                "last_request_time": last_request_time,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def inbox_status(
        self,
        *,
        inbox_code: str,
        status: int,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        time: int | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> inbox_status_operation.Result:
        """Set the status of an Inbox message.

        Sets the status of the message whose `order` is `inbox_code`: 2 read, 3 opened, 4 deleted
        by the user (the SDKs' values; the vendor lists 1 delivered too). Only the web SDK sends
        `time`, in milliseconds; the vendor types it as a string holding the send date. Android
        sends `inbox_code` as the string of a number. Repeating it sets the same status.

        Sends `inboxStatus`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            inbox_code: The `order` of the message (Android sends the string of a number).
            status: 1 delivered, 2 read, 3 opened, 4 deleted by the user (5, deleted in the
                Control Panel, only appears in answers). The SDKs send 2, 3 and 4.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the message's push (left out when unknown).
            time: A time stamp: the web SDK sends the current time in milliseconds; the vendor
                documents a string holding the message's send date.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            inbox_status_operation.OPERATION,
            {
                "application": application,
                "inbox_code": inbox_code,
                "status": status,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "time": time,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_in_apps(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_in_apps_operation.Result:
        """List the In-App messages (HTML resources) of the application.

        Returns the In-App resources the SDK downloads and caches: code, archive URL, update
        time and display options. Both SDKs send their base fields and the device `language`.

        Sends `getInApps`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetInAppsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_in_apps_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def trigger_in_app_action(
        self,
        *,
        hwid: str,
        action: str,
        code: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        message_hash: str | Absent = ABSENT,
        rich_media_code: str | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> trigger_in_app_action_operation.Result:
        """Record that an In-App message was shown.

        Sent when an In-App (or a Rich Media page, whose code starts with `r-`) is shown;
        `action` is always `show`. Android sends an empty `code` and the Rich Media code without
        its `r-` prefix in `richMediaCode` for Rich Media; iOS sends the codes it has and leaves
        out the missing ones. Each call counts one impression: do not repeat it blindly.

        Sends `triggerInAppAction`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            action: Always `show` in the SDKs.
            code: The In-App code (Android sends an empty string for a Rich Media page).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            message_hash: The hash of the push that led to it, when there is one.
            rich_media_code: The Rich Media code (Android strips its `r-` prefix).
            timestamp_utc: The time of the impression, UTC, in seconds since the epoch.
            timestamp_current: The same time in the device's local time.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            trigger_in_app_action_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "action": action,
                "code": code,
                "userId": user_id,
                "device_type": device_type,
                "messageHash": message_hash,
                "richMediaCode": rich_media_code,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def rich_media_action(
        self,
        *,
        hwid: str,
        action_type: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        rich_media_code: str | Absent = ABSENT,
        inapp_code: str | Absent = ABSENT,
        message_hash: str | Absent = ABSENT,
        action_attributes: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> rich_media_action_operation.Result:
        """Record an action taken inside a Rich Media page.

        Sent by the Rich Media JavaScript bridge (`pushwoosh.richMediaAction(...)`) with the
        page's `action_type` and its attributes as a JSON string. Android leaves out empty
        strings; iOS strips the `r-` prefix of the Rich Media code. No source says what the
        action_type values mean. Each call counts one action: do not repeat it blindly.

        Sends `richMediaAction`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            action_type: The action type the page's script gives (no source names the values).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            rich_media_code: The Rich Media code (iOS strips the `r-` prefix).
            inapp_code: The In-App code.
            message_hash: The hash of the push that opened the page.
            action_attributes: The action's attributes, a JSON text made by the page's script.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            rich_media_action_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "action_type": action_type,
                "userId": user_id,
                "device_type": device_type,
                "rich_media_code": rich_media_code,
                "inapp_code": inapp_code,
                "message_hash": message_hash,
                "action_attributes": action_attributes,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_nearest_zone(
        self,
        *,
        hwid: str,
        lat: float | None | str,
        lng: float | None | str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        more: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_nearest_zone_operation.Result:
        """Record the device location and read the nearest geozones.

        Records the device location for geo pushes and answers the nearest geozone. Both SDKs
        send `more: 1` and read a `geozones` list; the vendor's example, sent without `more`,
        answers one zone's fields directly. With location turned off the SDKs send `lat` and
        `lng` as null. The vendor table types lat and lng as strings while every example and SDK
        sends numbers; both are accepted.

        Sends `getNearestZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            lat: A latitude or longitude in degrees. The SDKs send numbers, or null when
                location is turned off; the vendor's table types it as a string.
            lng: A latitude or longitude in degrees. The SDKs send numbers, or null when
                location is turned off; the vendor's table types it as a string.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            more: 1 asks for a `geozones` list (the SDKs always send 1).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetNearestZoneResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_nearest_zone_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "lat": lat,
                "lng": lng,
                "userId": user_id,
                "device_type": device_type,
                "more": more,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_config(
        self,
        *,
        hwid: str,
        features: list[str],
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_config_operation.Result:
        """Read the web features configured for the application.

        The web SDK calls it at start with the features it wants (`page_visit`, `vapid_key`,
        `web_in_apps`, `events`, `subscription_prompt`, `popup_forms`) and stores the answer.
        The vendor's help center says this call also makes a new hwid known to Pushwoosh.

        Sends `getConfig`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            features: The names of the features wanted.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetConfigFeatures

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_config_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "features": features,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def page_visit(
        self,
        *,
        hwid: str,
        title: str,
        url_path: str,
        url: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> page_visit_operation.Result:
        """Record a page visit on a website.

        Sent by the web SDK on each page load when getConfig enabled `page_visit`: the page
        title, the URL without query (`url_path`, origin + pathname) and the full URL. The SDK
        posts it to `features.page_visit.entrypoint` from getConfig, not to a fixed path. Each
        call counts one visit: do not repeat it blindly.

        Sends `pageVisit`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            title: The page title.
            url_path: The page's origin and path, without query or fragment.
            url: The full page URL.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            page_visit_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "title": title,
                "url_path": url_path,
                "url": url,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def application_event(
        self,
        *,
        hwid: str,
        goal: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        count: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> application_event_operation.Result:
        """Record a goal reached in the app (legacy).

        Sent only by the legacy iOS SDK (2012, `recordGoal:withCount:`) that the official Cordova
        plugin once shipped as source: `goal` and an optional `count`, with `application` and
        `hwid`. No current SDK calls it (postEvent replaced it). Each call counts a goal: do not
        repeat it blindly.

        Sends `applicationEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            goal: The name of the goal reached.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            count: How many times (left out when not given).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            application_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "goal": goal,
                "userId": user_id,
                "device_type": device_type,
                "count": count,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_popup_forms(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_popup_forms_operation.Result:
        """List the popup forms of a website.

        Returns the popup forms the web SDK may show, with their targeting (device, visitor
        type, pages) and timing. The SDK reads a missing `popup_forms` as an empty list.

        Sends `getPopupForms`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetPopupFormsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_popup_forms_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_popup_form_content(
        self,
        *,
        hwid: str,
        code: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_popup_form_content_operation.Result:
        """Read the content of a popup form.

        Returns the content of the popup form whose `popup_form_content_code` getPopupForms
        gave: a JSON description and, when there is one, its HTML.

        Sends `getPopupFormContent`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            code: The `popup_form_content_code` of a popup form.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetPopupFormContentResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_popup_form_content_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "code": code,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def record_popup_form_event(
        self,
        *,
        hwid: str,
        code: str,
        event: RecordPopupFormEventParamsEvent | int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> record_popup_form_event_operation.Result:
        """Record a popup form visit or impression.

        `event` 1 (VISIT) is sent when a popup is queued for display on a page, 2 (IMPRESSION)
        when it is shown. Each call counts one event: do not repeat it blindly.

        Sends `recordPopupFormEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            code: The `code` of the popup form.
            event: 1 VISIT (queued for display), 2 IMPRESSION (shown).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            record_popup_form_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "code": code,
                "event": event,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_user_operation.Result:
        """Link an external user ID to a device.

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "tz_offset": tz_offset,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> post_event_operation.Result:
        """Post an event.

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def register_email_user(
        self,
        *,
        user_id: str,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        ts_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_email_user_operation.Result:
        """Link a user ID to a registered email address.

        Assigns `userId` to an email address already registered with registerEmail (the vendor
        guide: it does not register the address itself). Android sends its base fields (hwid,
        device_type, v) too; iOS removes hwid and device_type. Repeating it sets the same link.

        Sends `registerEmailUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            user_id: The external user ID, which links several devices to one user.
            email: The email address, already registered with registerEmail.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tz_offset: The device's time zone offset from UTC, in seconds.
            ts_offset: The name the web SDK's types give the offset (`ts_offset`); the web SDK
                declares registerEmailUser but never calls it.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_email_user_operation.OPERATION,
            {
                "application": application,
                "userId": user_id,
                "email": email,
                "hwid": hwid,
                "device_type": device_type,
                "tz_offset": tz_offset,
                "ts_offset": ts_offset,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def merge_user(
        self,
        *,
        old_user_id: str,
        new_user_id: str,
        merge: bool,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        ts: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> merge_user_operation.Result:
        """Move the devices and data of one user ID to another.

        Moves what is recorded under `oldUserId` to `newUserId`; with `merge` false the SDK
        documentation says the old user's events are dropped instead of moved. Both SDKs add `ts`,
        the device's local time in seconds. Our reading of a repeat: the second call finds
        nothing left under `oldUserId`, so it changes nothing.

        Sends `mergeUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            old_user_id: The user ID whose devices and data move.
            new_user_id: The user ID that receives them.
            merge: Move the old user's events too (true) or drop them (false).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            ts: The device's local time, in seconds since the epoch plus the UTC offset.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            merge_user_operation.OPERATION,
            {
                "application": application,
                "oldUserId": old_user_id,
                "newUserId": new_user_id,
                "merge": merge,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "ts": ts,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_message(
        self,
        *,
        notifications: Sequence[Notification | NotificationDict],
        application: str | Absent = ABSENT,
        applications_group: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
        broadcast: bool = False,
    ) -> create_message_operation.Result:
        """Send a push to the devices its targeting selects.

        Creates one message per notification. A notification without targeting reaches every
        subscriber of the application; `devices` (hwids or push tokens), `users` (User IDs linked by
        registerUser), `platforms`, `conditions` and `filter` narrow it. At most 1,000 notifications
        per request, 1,000 `devices` and 1,000 `users` per notification, and a body under 10 MB.
        The answer lists one code per notification (`CODE_NOT_AVAILABLE` for an immediate send to
        fewer than 10 devices) and the `devices` nobody has (`UnknownDevices`). Limited to 600 calls
        a minute. A `transactionId` makes a repeat harmless: Pushwoosh keeps it for a day and does
        not send the same message twice, so the call is safe to repeat when every notification has
        one.

        Sends `createMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            notifications: The pushes, at most 1,000.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            applications_group: An application group's code, instead of `application`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.
            broadcast: Send Notifications that have no targeting (none of
                devices, users, platforms, filter, conditions, or only empty ones), which reach every device of the
                application. Without it such a Notification is refused before anything is
                sent (`x-pushwoosh-targeting`).

        Returns:
            CreateMessageResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_message_operation.OPERATION,
            {
                "notifications": notifications,
                "application": application,
                "applications_group": applications_group,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout, broadcast),
        )

    def create_targeted_message(
        self,
        *,
        devices_filter: str,
        send_date: str | datetime.datetime | Absent = ABSENT,
        ignore_user_timezone: bool | Absent = ABSENT,
        timezone: str | Absent = ABSENT,
        campaign: str | Absent = ABSENT,
        geozone: NotificationContentGeozone | Mapping[str, Any] | Absent = ABSENT,
        content: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        title: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        rich_media: str | Absent = ABSENT,
        page_id: int | Absent = ABSENT,
        rich_page_id: int | Absent = ABSENT,
        remote_page: str | Absent = ABSENT,
        link: None | str | Absent = ABSENT,
        minimize_link: int | Absent = ABSENT,
        data: NotificationContentDataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        preset: str | Absent = ABSENT,
        send_rate: int | Absent = ABSENT,
        dynamic_content_placeholders: NotificationContentDynamicContentPlaceholders
        | Mapping[str, Any]
        | Absent = ABSENT,
        transaction_id: str | Absent = ABSENT,
        inbox_date: str | Absent = ABSENT,
        inbox_days: int | Absent = ABSENT,
        capping_days: int | Absent = ABSENT,
        capping_count: int | Absent = ABSENT,
        capping_avoid: bool | Absent = ABSENT,
        capping_exclude: bool | Absent = ABSENT,
        ios_badges: int | str | Absent = ABSENT,
        ios_sound: str | Absent = ABSENT,
        ios_ttl: int | Absent = ABSENT,
        ios_silent: int | Absent = ABSENT,
        ios_category_id: int | str | Absent = ABSENT,
        ios_root_params: NotificationContentIosRootParams | Mapping[str, Any] | Absent = ABSENT,
        apns_trim_content: int | Absent = ABSENT,
        ios_trim_content: int | Absent = ABSENT,
        ios_title: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        ios_subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        android_root_params: NotificationContentAndroidRootParams
        | Mapping[str, Any]
        | Absent = ABSENT,
        android_sound: str | Absent = ABSENT,
        android_header: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        android_icon: str | Absent = ABSENT,
        android_custom_icon: str | Absent = ABSENT,
        android_banner: str | Absent = ABSENT,
        android_badges: int | str | Absent = ABSENT,
        android_gcm_ttl: int | Absent = ABSENT,
        android_vibration: bool | int | Absent = ABSENT,
        android_led: str | Absent = ABSENT,
        android_priority: int | Absent = ABSENT,
        android_delivery_priority: str | Absent = ABSENT,
        android_ibc: str | Absent = ABSENT,
        android_silent: int | Absent = ABSENT,
        adm_root_params: NotificationContentAdmRootParams | Mapping[str, Any] | Absent = ABSENT,
        adm_sound: str | Absent = ABSENT,
        adm_header: str | Absent = ABSENT,
        adm_icon: str | Absent = ABSENT,
        adm_custom_icon: str | Absent = ABSENT,
        adm_banner: str | Absent = ABSENT,
        adm_ttl: int | Absent = ABSENT,
        adm_priority: int | Absent = ABSENT,
        mac_badges: int | Absent = ABSENT,
        mac_sound: str | Absent = ABSENT,
        mac_root_params: NotificationContentMacRootParams | Mapping[str, Any] | Absent = ABSENT,
        mac_ttl: int | Absent = ABSENT,
        wns_content: NotificationContentWnsContentType1 | str | Mapping[str, Any] | Absent = ABSENT,
        wns_type: str | Absent = ABSENT,
        wns_tag: str | Absent = ABSENT,
        wns_cache: int | Absent = ABSENT,
        wns_ttl: int | Absent = ABSENT,
        wp_type: str | Absent = ABSENT,
        wp_background: str | Absent = ABSENT,
        wp_backbackground: str | Absent = ABSENT,
        wp_backtitle: str | Absent = ABSENT,
        wp_backcontent: str | Absent = ABSENT,
        wp_count: int | Absent = ABSENT,
        blackberry_header: str | Absent = ABSENT,
        safari_title: str | Absent = ABSENT,
        safari_action: str | Absent = ABSENT,
        safari_url_args: list[str] | Absent = ABSENT,
        safari_ttl: int | Absent = ABSENT,
        chrome_title: str | Absent = ABSENT,
        chrome_icon: str | Absent = ABSENT,
        chrome_image: str | Absent = ABSENT,
        chrome_gcm_ttl: int | Absent = ABSENT,
        chrome_duration: int | Absent = ABSENT,
        chrome_button_text1: str | Absent = ABSENT,
        chrome_button_url1: str | Absent = ABSENT,
        chrome_button_text2: str | Absent = ABSENT,
        chrome_button_url2: str | Absent = ABSENT,
        firefox_title: str | Absent = ABSENT,
        firefox_icon: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_targeted_message_operation.Result:
        """Send a push to the devices a devices_filter expression selects.

        A flat request, without `notifications` or `application`: `devices_filter` in the segment
        language (`A("APP", ["iOS"])`, `G(…)`, `T("tag", EQ, value)`, `AT("APP", "tag", EQ, value)`,
        combined with `+`, `*` and `\\`) and the notification's content fields beside it. Without an
        `A(…)` or `G(…)` term the message goes to any device of the account that matches. Targeting
        fields (`devices`, `users`, `filter`, `conditions`) are not allowed here, as Pushwoosh staff
        say. The answer carries the message code (`response.messageCode`), which only pypushwoosh's
        tests and a third-party library show.

        Sends `createTargetedMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            devices_filter: Which devices, in the segment language: `A("APP-CODE", ["iOS",
                "Android"])`, `G("GROUP-CODE")`, `T("tag", EQ, value)`, `AT("APP-CODE", "tag", EQ,
                value)`, combined with `+` (union), `*` (intersection) and `\\` (difference).
            send_date: When to send: `now`, or `YYYY-MM-DD HH:mm` in `timezone` (UTC when
                absent). The newest vendor page marks it optional, the older one required, and a
                recorded answer to a request without it is `Cannot parse date`: the spec follows the
                newest page (absent means now), and the Python client always sends it.
            ignore_user_timezone: Send at `send_date` in `timezone` for everyone (true), or at
                that local time for each user (false). Optional on the newest page, required on the
                older one; a recorded request without it was accepted.
            timezone: The time zone of `send_date` (a tz database name such as
                `America/New_York`); UTC when absent.
            campaign: The code of the campaign the message belongs to.
            geozone: Send within a geozone: `{"lat": 22.22, "lng": 33.33, "range": 110}`.
            content: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            title: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            subtitle: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            rich_media: The code of a Rich Media page (`XXXXX-XXXXX`).
            page_id: An HTML page ID (legacy).
            rich_page_id: A Rich page ID (legacy).
            remote_page: The URL of a remote rich HTML page (legacy).
            link: A URL to open; for deep links add `minimize_link: 0`. The PyPI package
                `pushwoosh` 1.0.2 always sends `null`.
            minimize_link: Shorten `link`: 0 not at all, 2 with bitly (the newest page: default
                2). Older sources give 1 for Google's shortener (disabled since 2019) and 1 as the
                default; pypushwoosh sends 1 whenever `link` is set.
            data: Custom data, a JSON object or a JSON string, passed to the app as the `u`
                parameter of the payload.
            preset: The code of a push preset from the Control Panel.
            send_rate: Throttling, in pushes per second (sources quote 100 to 1,000).
            dynamic_content_placeholders: Values for the content's placeholders instead of
                device tags (`{"firstname": "John"}`).
            transaction_id: A unique identifier of the message: Pushwoosh keeps it for one day
                and ignores a repeat of the same message, so a request that failed or timed out can
                be sent again. The Python client gives one to each notification that has none.
            inbox_date: When the message leaves the Message Inbox (`YYYY-MM-DD`).
            inbox_days: For how many days the message stays in the Message Inbox (at most 30);
                instead of `inbox_date`.
            capping_days: The period of the frequency cap, in days (at most 30).
            capping_count: How many pushes a device may receive within `capping_days`.
            capping_avoid: When true, the global frequency capping rules are not applied to this
                message.
            capping_exclude: When true, this message does not count towards the frequency caps.
            ios_badges: The iOS badge: a number, or `+n` / `-n` to change it.
            ios_sound: The iOS sound file.
            ios_ttl: How long APNs keeps the push, in seconds.
            ios_silent: 1 sends a silent push.
            ios_category_id: The iOS notification category; the vendor's example is the string
                `"1"` beside a comment saying integer.
            ios_root_params: Fields merged into the APNs payload (`aps`, `attachment`, `data`).
            apns_trim_content: 1 trims the content to fit the payload.
            ios_trim_content: Deprecated: use `apns_trim_content`.
            ios_title: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            ios_subtitle: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            android_root_params: Fields merged into the FCM payload; a recorded answer refuses
                anything but an object.
            android_sound: The Android sound file.
            android_header: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            android_icon: The Android icon.
            android_custom_icon: The URL of a custom Android icon.
            android_banner: The URL of an Android banner image.
            android_badges: The Android badge.
            android_gcm_ttl: How long FCM keeps the push, in seconds.
            android_vibration: Vibrate (pwush types it a boolean, gomoob sends 1 or 0).
            android_led: The LED colour (`#rrggbb`).
            android_priority: The priority, -2 to 2.
            android_delivery_priority: `high` or `normal` (the default) FCM delivery priority.
            android_ibc: The icon background colour.
            android_silent: 1 sends a silent push.
            adm_root_params: Fields merged into the Amazon payload.
            adm_sound: The Amazon sound file.
            adm_header: The Amazon header.
            adm_icon: The Amazon icon.
            adm_custom_icon: The URL of a custom Amazon icon.
            adm_banner: The URL of an Amazon banner image.
            adm_ttl: How long ADM keeps the push, in seconds.
            adm_priority: The priority, -2 to 2.
            mac_badges: The macOS badge.
            mac_sound: The macOS sound file.
            mac_root_params: Fields merged into the macOS payload.
            mac_ttl: How long APNs keeps the macOS push, in seconds.
            wns_content: The Windows content: base64 XML or raw, or one per language; Windows 8
                ignores `content`.
            wns_type: `Tile`, `Toast`, `Badge` or `Raw`.
            wns_tag: A tag of up to 16 letters and digits.
            wns_cache: 1 or 0, the X-WNS-Cache-Policy.
            wns_ttl: How long WNS keeps the push, in seconds.
            wp_type: `Tile` or `Toast` (Windows Phone).
            wp_background: The tile background (Windows Phone).
            wp_backbackground: The back background of the tile.
            wp_backtitle: The back title of the tile.
            wp_backcontent: The back content of the tile.
            wp_count: The tile count.
            blackberry_header: The BlackBerry header.
            safari_title: The Safari title.
            safari_action: The Safari action button.
            safari_url_args: The Safari URL arguments (may be empty).
            safari_ttl: How long the Safari push is kept, in seconds.
            chrome_title: The Chrome title.
            chrome_icon: The Chrome icon URL.
            chrome_image: The Chrome image URL.
            chrome_gcm_ttl: How long FCM keeps the Chrome push, in seconds.
            chrome_duration: How long the push stays on screen, in seconds (0: until the user
                acts).
            chrome_button_text1: The first button's text.
            chrome_button_url1: The first button's URL (ignored without its text).
            chrome_button_text2: The second button's text.
            chrome_button_url2: The second button's URL (ignored without its text).
            firefox_title: The Firefox title.
            firefox_icon: The Firefox icon URL.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            TargetedMessageResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_targeted_message_operation.OPERATION,
            {
                "devices_filter": devices_filter,
                "send_date": send_date,
                "ignore_user_timezone": ignore_user_timezone,
                "timezone": timezone,
                "campaign": campaign,
                "geozone": geozone,
                "content": content,
                "title": title,
                "subtitle": subtitle,
                "rich_media": rich_media,
                "page_id": page_id,
                "rich_page_id": rich_page_id,
                "remote_page": remote_page,
                "link": link,
                "minimize_link": minimize_link,
                "data": data,
                "preset": preset,
                "send_rate": send_rate,
                "dynamic_content_placeholders": dynamic_content_placeholders,
                "transactionId": transaction_id,
                "inbox_date": inbox_date,
                "inbox_days": inbox_days,
                "capping_days": capping_days,
                "capping_count": capping_count,
                "capping_avoid": capping_avoid,
                "capping_exclude": capping_exclude,
                "ios_badges": ios_badges,
                "ios_sound": ios_sound,
                "ios_ttl": ios_ttl,
                "ios_silent": ios_silent,
                "ios_category_id": ios_category_id,
                "ios_root_params": ios_root_params,
                "apns_trim_content": apns_trim_content,
                "ios_trim_content": ios_trim_content,
                "ios_title": ios_title,
                "ios_subtitle": ios_subtitle,
                "android_root_params": android_root_params,
                "android_sound": android_sound,
                "android_header": android_header,
                "android_icon": android_icon,
                "android_custom_icon": android_custom_icon,
                "android_banner": android_banner,
                "android_badges": android_badges,
                "android_gcm_ttl": android_gcm_ttl,
                "android_vibration": android_vibration,
                "android_led": android_led,
                "android_priority": android_priority,
                "android_delivery_priority": android_delivery_priority,
                "android_ibc": android_ibc,
                "android_silent": android_silent,
                "adm_root_params": adm_root_params,
                "adm_sound": adm_sound,
                "adm_header": adm_header,
                "adm_icon": adm_icon,
                "adm_custom_icon": adm_custom_icon,
                "adm_banner": adm_banner,
                "adm_ttl": adm_ttl,
                "adm_priority": adm_priority,
                "mac_badges": mac_badges,
                "mac_sound": mac_sound,
                "mac_root_params": mac_root_params,
                "mac_ttl": mac_ttl,
                "wns_content": wns_content,
                "wns_type": wns_type,
                "wns_tag": wns_tag,
                "wns_cache": wns_cache,
                "wns_ttl": wns_ttl,
                "wp_type": wp_type,
                "wp_background": wp_background,
                "wp_backbackground": wp_backbackground,
                "wp_backtitle": wp_backtitle,
                "wp_backcontent": wp_backcontent,
                "wp_count": wp_count,
                "blackberry_header": blackberry_header,
                "safari_title": safari_title,
                "safari_action": safari_action,
                "safari_url_args": safari_url_args,
                "safari_ttl": safari_ttl,
                "chrome_title": chrome_title,
                "chrome_icon": chrome_icon,
                "chrome_image": chrome_image,
                "chrome_gcm_ttl": chrome_gcm_ttl,
                "chrome_duration": chrome_duration,
                "chrome_button_text1": chrome_button_text1,
                "chrome_button_url1": chrome_button_url1,
                "chrome_button_text2": chrome_button_text2,
                "chrome_button_url2": chrome_button_url2,
                "firefox_title": firefox_title,
                "firefox_icon": firefox_icon,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_message(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_message_operation.Result:
        """Delete a scheduled message.

        Deletes a message that is scheduled and not sent yet, by the code createMessage answered. No
        vendor page with this method's tables could be read: its request comes from pypushwoosh and
        its answers from those a third-party library recorded (`Message not found`). Repeating it
        leaves the same state.

        Sends `deleteMessage`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_message_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_message_details(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_message_details_operation.Result:
        """Read what is known of a message.

        Only third-party libraries send this method (with the message code, as deleteMessage takes
        it; pypushwoosh has the same request for deleteMessage), and no source shows its answer: the
        `response.message` object is the mock's choice, and no client should rely on its fields.

        Sends `getMessageDetails`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            MessageDetails

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_message_details_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def cancel_message(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> cancel_message_operation.Result:
        """Cancel a scheduled message.

        Cancels a message that is scheduled and not sent yet: it is never sent, and
        getMessageDetails
        shows it `cancelled`. Only libraries send this method (a PHP client and a Pushwoosh
        employee's wrapper list it); its body is inferred from deleteMessage's (`message`, the code
        createMessage answered), which pypushwoosh sends, and its answers from those a third-party
        library recorded. A message already sent is refused (210). Repeating it leaves the same
        state.

        Sends `cancelMessage`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            cancel_message_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_push_history(
        self,
        *,
        source: None | str | Absent = ABSENT,
        search_by: None | str | Absent = ABSENT,
        value: str | Absent = ABSENT,
        last_notification_id: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_push_history_operation.Result:
        """List the messages sent, newest first.

        Lists the account's messages, newest first, a page at a time: `lastNotificationID` is 0 for
        the first page, then the `id` of the last row received; a page without rows is the end.
        `searchBy` narrows the list to the `value` of a notification id, code, application code or
        campaign code, `source` to where the messages came from. Only libraries send this method (a
        Pushwoosh employee's wrapper pages it this way); no source shows a row beyond its `id`, so
        the other row fields are the mock's.

        Sends `getPushHistory`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            source: Where the messages came from (`CP`, `API`, `GeoZone`, `Beacon`, `RSS`,
                `AutoPush`, `Twitter`, `A/B Test`); null for all.
            search_by: What `value` is: `notificationID`, `notificationCode`, `applicationCode`
                or `campaignCode`; null for no search.
            value: The id, message code, application code or campaign code searched.
            last_notification_id: 0 for the first page, then the `id` of the last row received.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[PushHistoryRow]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_push_history_operation.OPERATION,
            {
                "source": source,
                "searchBy": search_by,
                "value": value,
                "lastNotificationID": last_notification_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_filter(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        filter_expression: str | Absent = ABSENT,
        conditions: list[list[Any | ConditionOperator | str]] | Absent = ABSENT,
        operator: CreateFilterParamsOperator | str | Absent = ABSENT,
        expiration_date: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_filter_operation.Result:
        """Create a segment (filter) to send to.

        A named segment: `filter_expression` in the segment language (the newest page), or, as the
        older page has it, `conditions` (`[tag, operator, operand]` triples) joined by `operator`. A
        notification's `filter` names it. Repeating the call leaves the same state (the name is then
        taken: an argument error). For Custom Plan subscriptions, the vendor says.

        Sends `createFilter`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The segment's name, which a notification's `filter` uses.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            filter_expression: The segment in the segment language (`T("City", EQ, "Madrid")`).
            conditions: The segment as tag conditions (the older page).
            operator: How `conditions` combine.
            expiration_date: When the segment is deleted (`YYYY-MM-DD`).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_filter_operation.OPERATION,
            {
                "name": name,
                "filter_expression": filter_expression,
                "conditions": conditions,
                "operator": operator,
                "application": application,
                "expiration_date": expiration_date,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_filters(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_filters_operation.Result:
        """List the segments.

        The account's segments, with their conditions (as text, on the vendor page) or expression,
        application and expiration date.

        Sends `listFilters`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[FilterEntry]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_filters_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_filter(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_filter_operation.Result:
        """Delete a segment.

        Deletes a segment by name.

        Sends `deleteFilter`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The segment to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_filter_operation.OPERATION,
            {
                "name": name,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def add_tag(
        self,
        *,
        tag: TagDefinition | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_tag_operation.Result:
        """Define a tag.

        Creates a tag of a type: 1 Integer, 2 String, 3 List, 4 Date, 5 Boolean, 6 Decimal, 7
        Version.
        `application_specific` keeps its values per application, `user_specific` per user. Repeating
        the
        call leaves the same state (the name is then taken: an argument error). For Custom Plan
        subscriptions, the vendor says.

        Sends `addTag`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            tag: A tag to create.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            bool

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            add_tag_operation.OPERATION,
            {
                "tag": tag,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_tags_operation.Result:
        """List the defined tags.

        The account's tags. The vendor's example shows each tag's `name`; the mock also gives its
        `type` and flags.

        Sends `listTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[ListedTag]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_tags_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_tag(
        self,
        *,
        tag: TagName | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_tag_operation.Result:
        """Delete a tag and all its values.

        Completely removes a tag with all the associated information: its definition and its value
        on
        every device and user.

        Sends `deleteTag`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            tag: The tag to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            bool

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_tag_operation.OPERATION,
            {
                "tag": tag,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_results(
        self,
        *,
        request_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_results_operation.Result:
        """Collect the result of a scheduled statistics request.

        The statistics methods getMsgStats, getMsgPlatformsStats, getAppStats, getCampaignStats and
        getEventStatistics are scheduled: each answers a `request_id` at once, and getResults
        answers the result when it is ready, in `response` (its shape is that of the method that
        scheduled it: `x-pushwoosh-job` names it). While the result is not ready the mock answers
        210 `Result is not ready yet` (no source shows that answer; a Pushwoosh employee's client,
        a library, polls until status_code is 200). A readme.io page of the vendor shows an older
        envelope, `{"error": {"code": 0, "message": "OK"}, "json_data": {…}}`, which clients do not
        read.

        Sends `getResults`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            request_id: The id of a scheduled request, as its start answered it (32 hex digits,
                or `DC1_` and 32 hex digits, in the vendor's examples; no format is stated).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ScheduledResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_results_operation.OPERATION,
            {
                "request_id": request_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_msg_stats(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_msg_stats_operation.Result:
        """Schedule a message's statistics.

        Schedules the statistics of one message (by the code createMessage answered); getResults
        answers them (`GetMsgStatsResult`: rows of `send`, `delivery`, `open` counts per hour).
        Deprecated by the vendor ("please use the totalsByIntervals method instead"); the newer page
        shows it on go.pushwoosh.com, the older on cp.pushwoosh.com. Each call schedules a new
        request (a repeat starts a second job).

        Sends `getMsgStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetMsgStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_msg_stats_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_msg_platforms_stats(
        self,
        *,
        message: str,
        platforms: list[DeviceType | int] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_msg_platforms_stats_operation.Result:
        """Schedule a message's statistics per platform.

        As getMsgStats, narrowed to `platforms` (device types; all when absent: one page says the
        field is optional, the older one that it is required) with a row per platform. `message` is
        the message code (the older page also says "or message ID"; the mock takes either). The
        older
        page shows each row's `count` as a string ("3"), as the mock sends it here. Deprecated.

        Sends `getMsgPlatformsStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            message: The message code (the older page says "message code or message ID").
            platforms: The device types counted (all when absent).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetMsgStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_msg_platforms_stats_operation.OPERATION,
            {
                "message": message,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_app_stats(
        self,
        *,
        datefrom: str,
        dateto: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_app_stats_operation.Result:
        """Schedule an application's statistics for a period.

        Schedules the application's counts between `datefrom` and `dateto` (`Y-m-d H:i:s`, UTC):
        `open` and `install` (the app), `register` and `unregister` (devices), `send` and `open`
        (messages), as rows per interval whose scale follows the period: yearly over a year,
        monthly over a month, daily over a day, hourly over three hours, minutely otherwise. A
        readme.io page shows an older result, `{applications, devices, messages}` each with its own
        rows; the mock answers the current page's form.

        Sends `getAppStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            datefrom: A moment, `Y-m-d H:i:s` (UTC).
            dateto: A moment, `Y-m-d H:i:s` (UTC).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetAppStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_app_stats_operation.OPERATION,
            {
                "application": application,
                "datefrom": datefrom,
                "dateto": dateto,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_campaign_stats(
        self,
        *,
        campaign: str,
        datefrom: str,
        dateto: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_campaign_stats_operation.Result:
        """Schedule a campaign's statistics for a period.

        Schedules the counts of the messages sent with a `campaign` code between `datefrom` and
        `dateto` (`Y-m-d H:i:s`), as hourly rows per action and platform (`platformid`).

        Sends `getCampaignStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            campaign: The campaign code.
            datefrom: A moment, `Y-m-d H:i:s` (UTC).
            dateto: A moment, `Y-m-d H:i:s` (UTC).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetCampaignStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_campaign_stats_operation.OPERATION,
            {
                "campaign": campaign,
                "datefrom": datefrom,
                "dateto": dateto,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_event_statistics(
        self,
        *,
        event: str,
        date_from: str,
        date_to: str,
        application: str | Absent = ABSENT,
        attributes: Sequence[EventAttributeFilter | EventAttributeFilterDict] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_event_statistics_operation.Result:
        """Schedule an event's statistics for a period.

        Schedules the hourly counts of an `event` (named exactly as created) posted between
        `date_from` and `date_to` (dates, `YYYY-MM-DD`), optionally only those whose `attributes`
        equal the values given (operator `EQ`, the only one the page shows). The result is an array
        of `{date, count}` rows.

        Sends `getEventStatistics`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event's name, exactly as created.
            date_from: The first day, `YYYY-MM-DD`.
            date_to: The last day, `YYYY-MM-DD`.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            attributes: Attribute filters, all of which an event must meet.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: list[EventStatisticsRow])

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_event_statistics_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "date_from": date_from,
                "date_to": date_to,
                "attributes": attributes,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_application_subscribers_stats(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_application_subscribers_stats_operation.Result:
        """Count an application's subscribers by device type.

        The vendor says it answers the application's subscribers grouped by device type, without
        showing the answer: its shape here (`rows` of `device_type` and `subscribers`) is the
        mock's.
        Not scheduled: it answers at once.

        Sends `getApplicationSubscribersStats`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[SubscribersRow]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_application_subscribers_stats_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_messages(
        self,
        *,
        filters: ListMessagesFilters | Mapping[str, Any],
        application: str | Absent = ABSENT,
        params: ListMessagesOptions | Mapping[str, Any] | Absent = ABSENT,
        per_page: int | Absent = ABSENT,
        page: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_messages_operation.Result:
        """List the messages sent, with their details and metrics.

        The vendor's `messages:list`: lists the application's messages that match `filters`, a
        page at a time (`per_page` at most 1,000), with their details (`params.with_details`) and
        per-platform counts (`params.with_metrics`, integers here). The server token travels in
        the `Authorization` header (the vendor shows no prefix; see `StatisticsToken`). The table
        puts `application` at the top, the example inside `filters`: both are declared. The
        newer page's example wraps the body in `request`; this spec follows the flat body of the
        older page and the table. The vendor does not list the values of `status` (its cancel
        page names `pending`, `waiting` and `processing`) nor the first page's number: the mock
        answers `waiting`, `sent` or `cancelled`, counts pages from 1 (0 reads as 1) and sends
        100 a page by default.

        Sends `listMessages`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            filters: Which messages to list (every filter narrows the list).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            params: What to add to each message.
            per_page: Messages a page, at most 1,000 (the mock's default is 100).
            page: The page (the base is not documented; the mock counts from 1, 0 reads as 1).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ListMessagesAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_messages_operation.OPERATION,
            {
                "application": application,
                "filters": filters,
                "params": params,
                "per_page": per_page,
                "page": page,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def totals_by_intervals(
        self,
        *,
        message_code: str,
        platforms: list[int] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> totals_by_intervals_operation.Result:
        """A message's counts and conversion, by hour.

        "Returns metrics and conversion data based on the message code, aggregated by hour"
        (vendor), optionally for some platforms (device types). The vendor's answer writes the
        counts as strings of digits (`"sends": "55902"`), unlike messages:list; conversion and
        revenue are numbers, revenue counting only events with `__amount` and `__currency`
        attributes. It replaces the deprecated getMsgStats and getMsgPlatformsStats. The server
        token travels in the `Authorization` header (the vendor shows no prefix; see
        `StatisticsToken`). An unknown message code is answered 404 by the mock (not documented).

        Sends `totalsByIntervals`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_code: The message's code.
            platforms: The platforms (device types) to count; all when absent.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            TotalsByIntervalsAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            totals_by_intervals_operation.OPERATION,
            {
                "message_code": message_code,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_message_log(
        self,
        *,
        message_id: int | Absent = ABSENT,
        message_code: str | Absent = ABSENT,
        campaign_code: str | Absent = ABSENT,
        hwid: list[str] | str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        application_code: str | Absent = ABSENT,
        date_from: str | Absent = ABSENT,
        date_to: str | Absent = ABSENT,
        limit: int | Absent = ABSENT,
        pagination_token: str | Absent = ABSENT,
        actions: list[MessageLogAction | str] | Absent = ABSENT,
        platforms: list[str] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_message_log_operation.Result:
        """The log of what happened to messages, device by device.

        "For Custom Plan subscriptions only" (vendor). Lists the send, delivery, open and inbox
        events of messages, narrowed by at least one of `message_id`, `message_code`,
        `campaign_code`, `hwid`, `user_id`, or `date_from` with `date_to`, within 30 days of today
        (vendor), `limit` rows a page (at most 100,000) and `pagination_token` for the next page.
        The vendor's URL line was not readable: the path is a PHP library's; a Pushwoosh
        employee's library calls a json 1.3 `getMessageLog` with `{"request": {...}}` and reads
        `result` and `pagination_token`, the names this answer uses without the envelope. The
        rows' fields are the mock's, after the columns of getTrackingLog, which this method
        replaces. The server token travels in the `Authorization` header (see `StatisticsToken`).
        The vendor's error texts are documented; their HTTP status (400, 401) is the mock's.

        Sends `getMessageLog`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_id: A message's id, from the message history (`12345678900`).
            message_code: A message's code (`A444-AAABBBCC-00112233`).
            campaign_code: A campaign's code (`AAAAA-XXXXX`).
            hwid: One hwid, or a list of them ("String or Array").
            user_id: A user ID.
            application_code: An application code.
            date_from: The start, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today.
            date_to: The end, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today.
            limit: Rows a page, at most 100,000 (a Pushwoosh employee's library asks 1,000).
            pagination_token: The previous page's `pagination_token`, for the next page.
            actions: The actions to list; all when absent.
            platforms: Platform names, lower case: `ios`, `blackberry`, `android`, `windows
                phone`, `osx`, `windows`, `amazon`, `safari`, `chrome`, `firefox`, `ie`, `email`,
                `baidu android`, `huawei android`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetMessageLogAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_message_log_operation.OPERATION,
            {
                "message_id": message_id,
                "message_code": message_code,
                "campaign_code": campaign_code,
                "hwid": hwid,
                "user_id": user_id,
                "application_code": application_code,
                "date_from": date_from,
                "date_to": date_to,
                "limit": limit,
                "pagination_token": pagination_token,
                "actions": actions,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_application(
        self,
        *,
        title: str,
        icon: str | Absent = ABSENT,
        authorize_all_tokens: bool | Absent = ABSENT,
        sdk_ios: SdkIos | str | Absent = ABSENT,
        sdk_android: SdkAndroid | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_application_operation.Result:
        """Create an application.

        Creates an application on the account and answers its code. "For Custom Plan
        subscriptions only" (vendor; "Private Offering" on the older page); what another account
        gets is not documented. `title` is required on the newer page and optional on the older
        GitBook page: the spec follows the newer one. A repeat creates a second application.

        Sends `createApplication`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            title: The new application's title.
            icon: The icon, "Base64-encoded binary content of png file".
            authorize_all_tokens: Allow every API token of the account to use the application.
            sdk_ios: The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is
                different").
            sdk_android: The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select
                phonegap").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_application_operation.OPERATION,
            {
                "title": title,
                "icon": icon,
                "authorize_all_tokens": authorize_all_tokens,
                "sdk_ios": sdk_ios,
                "sdk_android": sdk_android,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_application(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_application_operation.Result:
        """Read an application's settings.

        Answers one application's settings. "For Custom Plan subscriptions only" (vendor); what
        another account gets is not documented. The vendor's example is cut off after
        `ios_apple…` and shows its values hex-encoded (`x7077` for `pw`, probably an artefact of
        the page, inferred): the answer is an open object, and its `title`, `ios_sdk`,
        `authorize_all_tokens` and `providers` are the mock's.

        Sends `getApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ApplicationDetails

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_application_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_applications(
        self,
        *,
        page: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_applications_operation.Result:
        """List the account's applications, a page at a time.

        Lists the account's applications a page at a time: `page` counts from 0, and the answer
        holds `total`, `page` and `applications`, an object keyed by application code. "For Custom
        Plan subscriptions only" (vendor); what another account gets is not documented. The
        vendor's example is cut off after `auth`: the request's `page` and the answer rest on a
        Pushwoosh employee's library, which asks pages 0, 1, … and stops after the page whose
        number equals `total` (so it reads `total` as the last page's number; the mock answers the
        number of pages, which makes that library ask one empty page more). The page size is the
        mock's.

        Sends `getApplications`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            page: The page, counted from 0 (a Pushwoosh employee's library starts there; a
                support script sends none).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetApplicationsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_applications_operation.OPERATION,
            {
                "page": page,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def update_application(
        self,
        *,
        application: str | Absent = ABSENT,
        title: str | Absent = ABSENT,
        icon: str | Absent = ABSENT,
        sdk_ios: SdkIos | str | Absent = ABSENT,
        sdk_android: SdkAndroid | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_application_operation.Result:
        """Change an application's title, icon or SDK.

        Sets an application's `title`, `icon` (a base64 PNG) and SDKs (`authorize_all_tokens` is
        not among its fields). "For Custom Plan subscriptions only" (vendor); what another
        account gets is not documented. Absolute values: repeating it leaves the same state.

        Sends `updateApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            title: New title for the app in Pushwoosh.
            icon: The icon, base64-encoded PNG.
            sdk_ios: The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is
                different").
            sdk_android: The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select
                phonegap").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            update_application_operation.OPERATION,
            {
                "application": application,
                "title": title,
                "icon": icon,
                "sdk_ios": sdk_ios,
                "sdk_android": sdk_android,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_application(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_application_operation.Result:
        """Delete an application.

        Deletes an application; every later call naming it is refused (the mock answers 210
        `Application not found`, a second deleteApplication included, so a repeat leaves the same
        state). "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented.

        Sends `deleteApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_application_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def configure_application(
        self,
        *,
        device_type: int,
        application: str | Absent = ABSENT,
        ios_key_management_type: ConfigureApplicationParamsIosKeyManagementType
        | str
        | Absent = ABSENT,
        ios_key_file: str | Absent = ABSENT,
        ios_key_password: str | Absent = ABSENT,
        ios_gateway: ConfigureApplicationParamsIosGateway | str | Absent = ABSENT,
        ios_framework: ConfigureApplicationParamsIosFramework | str | Absent = ABSENT,
        step: str | Absent = ABSENT,
        ios_apple_id: str | Absent = ABSENT,
        ios_apple_password: str | Absent = ABSENT,
        android_fcm_service_account: ConfigureApplicationParamsAndroidFcmServiceAccount
        | Mapping[str, Any]
        | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> configure_application_operation.Result:
        """Configure an application's platform (iOS, Android, …).

        Sets up one platform of an application, named by `device_type`: iOS with a key file
        (`ios_key_management_type` `manual`: `ios_key_file`, `ios_key_password`, `ios_gateway`,
        `ios_framework`) or automatically (`auto`, in steps: step `1` sends the Apple ID and
        answers `step_data` with the teams to choose from; the fields of step 2, "Select the Team
        ID", were not readable), Android with `android_fcm_service_account` (the Google service
        account's JSON). The vendor's method list also names Windows Phone, Mac OS X, BlackBerry,
        Windows 8, Amazon and Safari/Chrome bodies, which were not readable: the spec takes any
        fields for them. The answer shows which platforms are configured (`providers`). "For
        Custom Plan subscriptions only" (vendor); what another account gets is not documented.
        Absolute settings: repeating it leaves the same state.

        Sends `configureApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            device_type: The platform: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10
                Safari; the older page adds 2 BlackBerry and 5 Windows Phone.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            ios_key_management_type: iOS keys from a file (`manual`, one step) or from the Apple
                account (`auto`, in steps).
            ios_key_file: The key file, base64-encoded (iOS, manual).
            ios_key_password: The key file's password (iOS, manual).
            ios_gateway: APNs, `0` sandbox or `1` production (iOS, manual).
            ios_framework: The framework the iOS app is built with.
            step: The step of the automatic iOS set-up (`1`, then `2` to select the team, whose
                fields were not readable).
            ios_apple_id: The Apple ID (iOS, automatic, step 1).
            ios_apple_password: The Apple ID's password (iOS, automatic, step 1).
            android_fcm_service_account: The Google service account's JSON (`client_email`,
                `auth_uri`, `auth_provider_x509_cert_url`, …) for FCM (Android).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ConfigureApplicationResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            configure_application_operation.OPERATION,
            {
                "application": application,
                "device_type": device_type,
                "ios_key_management_type": ios_key_management_type,
                "ios_key_file": ios_key_file,
                "ios_key_password": ios_key_password,
                "ios_gateway": ios_gateway,
                "ios_framework": ios_framework,
                "step": step,
                "ios_apple_id": ios_apple_id,
                "ios_apple_password": ios_apple_password,
                "android_fcm_service_account": android_fcm_service_account,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_unregistered_devices(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_unregistered_devices_operation.Result:
        """List an application's unregistered devices.

        Lists the devices of an application that were unregistered. Only a library sends this
        method (a Pushwoosh employee's wrapper, whose docstring says it returns an array); no
        source shows the answer's fields, so the rows are the mock's.

        Sends `getUnregisteredDevices`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[UnregisteredDevice]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_unregistered_devices_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_preset(
        self,
        *,
        name: str,
        content: PresetContent | Mapping[str, Any],
        segmentation: PresetSegmentation | Mapping[str, Any],
        application_code: str | Absent = ABSENT,
        application_group_code: str | Absent = ABSENT,
        campaign_code: str | Absent = ABSENT,
        scheduling: PresetScheduling | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_preset_operation.Result:
        """Create a preset.

        Saves message content under a name, for an application (`applicationCode`) or an
        application group (`applicationGroupCode`, instead). Its root fields are camelCase, unlike
        most methods. The vendor's answer carries no preset code: listPresets shows it. A repeat
        creates a second preset.

        Sends `createPreset`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The preset's name.
            content: A preset's message.
            segmentation: Whom the preset's message reaches.
            application_code: The application's code.
            application_group_code: An application group's code, "can be used instead of
                applicationCode".
            campaign_code: The campaign the preset belongs to.
            scheduling: How fast the preset's message goes out.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_preset_operation.OPERATION,
            {
                "name": name,
                "content": content,
                "segmentation": segmentation,
                "applicationCode": application_code,
                "applicationGroupCode": application_group_code,
                "campaignCode": campaign_code,
                "scheduling": scheduling,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_preset(
        self,
        *,
        preset_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_preset_operation.Result:
        """Read a preset.

        Answers a preset by its code. The request is the vendor's; its answer was not readable in
        any source, so the answer's fields are the mock's (the fields createPreset takes, and the
        code).

        Sends `getPreset`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            preset_code: Push preset code to retrieve information for.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            Preset

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_preset_operation.OPERATION,
            {
                "preset_code": preset_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_presets(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_presets_operation.Result:
        """List an application's presets.

        "Retrieves the list of presets created for the app" (vendor). The answer was not readable
        in any source: its fields are the mock's (getPreset's objects, no paging).

        Sends `listPresets`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[Preset]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_presets_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_preset(
        self,
        *,
        preset_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_preset_operation.Result:
        """Delete a preset.

        Deletes a preset by its code. Only a library shows this request (a Pushwoosh employee's
        wrapper, whose docstring links the vendor's presets page, whose section on it was not
        readable); the answer is the mock's. Repeating it leaves the same state.

        Sends `deletePreset`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            preset_code: The code of the preset to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_preset_operation.OPERATION,
            {
                "preset_code": preset_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_campaign(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        description: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_campaign_operation.Result:
        """Create a campaign.

        Creates a campaign in the application and answers its code, which createMessage's
        `campaign` takes. The Control Panel calls these "Aggregated Messages", "different from the
        Campaigns found in the Customer Journey builder". "For Custom Plan subscriptions only"
        (vendor); what another account gets is not documented. A repeat creates a second campaign.

        Sends `createCampaign`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The campaign's name.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            description: A description.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_campaign_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "description": description,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_campaigns(
        self,
        *,
        application: str | Absent = ABSENT,
        cursor: str | Absent = ABSENT,
        limit: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_campaigns_operation.Result:
        """List an application's campaigns, a page at a time.

        Lists the application's campaigns, at most `limit` a page (all when absent, a library
        says): the answer's `cursor` goes in the next call's `cursor` ("the last campaign
        retrieved in the previous request"). No source says how the last page is marked; the mock
        leaves `cursor` out, and a client stops when it is absent, null or empty, or a page is
        empty. "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented.

        Sends `getCampaigns`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            cursor: The previous answer's `cursor` ("the last campaign retrieved in the previous
                request"); absent for the first page.
            limit: "The max number of campaigns for a single response"; all when absent (a
                library says).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetCampaignsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_campaigns_operation.OPERATION,
            {
                "application": application,
                "cursor": cursor,
                "limit": limit,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_campaign(
        self,
        *,
        campaign: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_campaign_operation.Result:
        """Delete a campaign.

        Deletes a campaign. The newer (translated) pages call `campaign` the campaign's code, the
        older English page its "ID": the spec follows the code, the only identifier createCampaign
        answers. "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented. Repeating it leaves the same state.

        Sends `deleteCampaign`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            campaign: The campaign's code (the newer pages; the older English page says its
                "ID").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_campaign_operation.OPERATION,
            {
                "campaign": campaign,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_test_devices(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_test_devices_operation.Result:
        """List an application's test devices.

        "Returns all test devices for the specified application" (vendor, translated), without
        paging. Note the answer's spelling: `type` is the device type as a string and the push
        token is `pushtoken`.

        Sends `listTestDevices`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[TestDevice]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_test_devices_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def add_geo_zone(
        self,
        *,
        geozones: Sequence[GeoZoneInput | GeoZoneInputDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_geo_zone_operation.Result:
        """Add geozones to an application.

        Adds one or more geozones (a point, a range of 50 to 1,000 metres, a cooldown in seconds,
        and the content to push, or a preset's code instead) and answers their ids. The vendor's
        table is the request's source; the answer (`GeoZones`, the new ids) is a library's, and
        that the ids follow the request's order is inferred. A repeat adds the zones again, with
        new ids.

        Sends `addGeoZone`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            geozones: The zones to add.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[int]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            add_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def update_geo_zone(
        self,
        *,
        geozones: Sequence[GeoZoneChange | GeoZoneChangeDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_geo_zone_operation.Result:
        """Change geozones.

        "Updates Geozone properties" (vendor): the page's section ends at that heading, so the body
        is inferred and the mock's: `geozones`, a list of the zones to change, each its `id` (as
        addGeoZone answered it) and any of addGeoZone's fields; a `cluster` or `campaign` of null
        unbinds it, an omitted field stays as it was (addGeoZone's wording, which reads as
        written for this method). Absolute values: repeating it leaves the same state.

        Sends `updateGeoZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geozones: The zones to change.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            update_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_geo_zone(
        self,
        *,
        geozones: list[int],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_geo_zone_operation.Result:
        """Delete geozones.

        Deletes geozones by id. Only a library shows this request (no vendor table was
        readable); the answer is the mock's. Repeating it leaves the same state.

        Sends `deleteGeoZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geozones: The ids of the zones to delete.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_geo_zones(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_geo_zones_operation.Result:
        """List an application's geozones, by cluster.

        Lists the application's geozones grouped by cluster (here `lat` and `lng` are numbers).
        Only a library shows this method and its answer (no vendor table was readable); each
        zone's `id`, and the cluster without a name that holds the unclustered zones, are the
        mock's.

        Sends `listGeoZones`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[GeoZoneClusterZones]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_geo_zones_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def add_geo_zone_cluster(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        cooldown: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_geo_zone_cluster_operation.Result:
        """Add a geozone cluster.

        Creates a cluster of geozones with its own cooldown and answers its code (which a zone's
        `cluster` names; that it is the `code` listGeoZoneClusters shows is inferred). Only a
        library shows this method and its answer (no vendor table was readable). A repeat creates
        a second cluster.

        Sends `addGeoZoneCluster`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The cluster's name.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            cooldown: The cluster's silent period after a push, in seconds (the library sends 60
                by default).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            add_geo_zone_cluster_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "cooldown": cooldown,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def delete_geo_zone_cluster(
        self,
        *,
        geo_zone_cluster: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_geo_zone_cluster_operation.Result:
        """Delete a geozone cluster.

        Deletes a cluster by its code. Only a library shows this request (no vendor table was
        readable); the answer, and the cluster's zones staying without a cluster, are the mock's.
        Repeating it leaves the same state.

        Sends `deleteGeoZoneCluster`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geo_zone_cluster: The cluster's code.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_geo_zone_cluster_operation.OPERATION,
            {
                "application": application,
                "geoZoneCluster": geo_zone_cluster,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def list_geo_zone_clusters(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_geo_zone_clusters_operation.Result:
        """List an application's geozone clusters.

        Lists the application's clusters, each with its code, cooldown and the number of its zones
        (`geozones` is a count). Only a library shows this method and its answer (no vendor table
        was readable).

        Sends `listGeoZoneClusters`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[GeoZoneClusterEntry]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            list_geo_zone_clusters_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_email_message(
        self,
        *,
        notifications: Sequence[EmailNotification | EmailNotificationDict],
        application: str | Absent = ABSENT,
        applications_group: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
        broadcast: bool = False,
    ) -> create_email_message_operation.Result:
        """Send an email to the subscribers its targeting selects.

        Sends one email per notification, from an email preset (`preset`, the newer page) or an
        email template (`email_template`, the older GitBook page; both are declared and the mock
        treats them alike), to the addresses in `devices` (at most 1,000), the `users`, a segment
        (`filter`) or tag `conditions`. Unlike push, `devices` wins over `users` when both are
        given (this page's rule). The answer carries no message code. The server token must be
        one the Control Panel allows the "Email API": another is refused with
        `{"status_code": 403, "status_message": "Token restrictions forbid this operation",
        "response": null}` (vendor); the GitBook page labels it "403: Forbidden", the newer page
        does not say whether the HTTP status is 403 too: the spec (and the mock) answer HTTP 403.
        A `transactionId` makes a repeat harmless ("to prevent re-sending in case of network
        problems", kept a day). The body limit is createMessage's 10 MB (inferred: the root is the
        same, and two attachments of 1 MB must fit).

        Sends `createEmailMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            notifications: The emails.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            applications_group: "Can be used instead of application to send to a group of
                applications."
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.
            broadcast: Send EmailNotifications that have no targeting (none of
                filter, devices, users, conditions, or only empty ones), which reach every device of the
                application. Without it such a EmailNotification is refused before anything is
                sent (`x-pushwoosh-targeting`).

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_email_message_operation.OPERATION,
            {
                "notifications": notifications,
                "application": application,
                "applications_group": applications_group,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout, broadcast),
        )

    def delete_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_email_operation.Result:
        """Remove an email subscriber.

        Removes an email subscriber (the email device whose hwid is the address) with its tags:
        the Device API page says "For emails call /deleteEmail" instead of unregisterDevice. Only
        a third-party library shows the body (`application`, `email`, and no `auth`), so the call
        is taken to be a Device API one, with the Device API token in the header (inferred); the
        answer is the mock's. Repeating it leaves the subscriber removed.

        Sends `deleteEmail`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            email: The address to remove.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            delete_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_sms_message(
        self,
        *,
        notifications: Sequence[SMSNotification | SMSNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_sms_message_operation.Result:
        """Send an SMS to one phone number.

        Sends one SMS per notification to one phone number ("Only one number can be specified
        here"): a number registered with registerDevice as the hwid of an SMS device (device type
        18), or registered on the way with `use_auto_registration`. SMS must be enabled for the
        account by sales ("Otherwise, sending SMS will not be available"); what another account
        gets is not documented. Its statistics come from totalsByIntervals (newer page) or
        getMsgStats (older page). No transaction id is documented: a repeat sends again.

        Sends `createSMSMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The SMS, one number each.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_sms_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_whats_app_message(
        self,
        *,
        notifications: Sequence[WhatsAppNotification | WhatsAppNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_whats_app_message_operation.Result:
        """Send a WhatsApp message to one number.

        Sends one WhatsApp message per notification to one number (each "must be sent in a
        separate request"), as text (`content`) or a template approved by Meta (`content_id`,
        with its variables). WhatsApp subscribers are devices of type 21 whose hwid is
        `whatsapp:` and the E.164 number. The vendor's answer was not readable: the spec takes
        SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createWhatsAppMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages, one number each.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_whats_app_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_kakao_message(
        self,
        *,
        notifications: Sequence[KakaoNotification | KakaoNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_kakao_message_operation.Result:
        """Send a KakaoTalk message from an approved template.

        Sends one KakaoTalk message per notification, from a pre-approved `template` with its
        variables, to `devices` (each `kakao:`-prefixed) or `users`. `send_date` is
        `YYYY-MM-DD HH:MM:SS` in UTC, with seconds (unlike push), or `now`. A notification carrying
        `platforms`, `filter`, `filter_code` or `conditions` "will result in a validation error"
        (vendor; the mock refuses them at the root too, with a 210 of its own wording). The answer
        was not readable: the spec takes SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createKakaoMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_kakao_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_line_message(
        self,
        *,
        notifications: Sequence[LineNotification | LineNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_line_message_operation.Result:
        """Send a LINE message.

        Sends one LINE message per notification to `devices` ("List of device codes (user IDs)"):
        text (`content`, at most 5,000 characters), a `preset` ("if both preset and content are
        included, the value from the request overrides the preset"), or an image `template`
        (`image_url` and `preview_image_url`, HTTPS with TLS 1.2 or later). Flex and carousel
        templates exist, their schemas were not readable: `template` is an open object. The answer
        was not readable: the spec takes SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createLineMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_line_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def create_event(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        description: str | Absent = ABSENT,
        event_attributes: Sequence[EventAttributeDefinition | EventAttributeDefinitionDict]
        | Absent = ABSENT,
        track_revenue: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_event_operation.Result:
        """Create an event for postEvent to record.

        Defines an event of the application (a name of at most 32 characters, a description of
        at most 64, typed attributes, revenue tracking) and answers its id; postEvent then records
        it. Documented answers: HTTP 200 with status_code 200 (created), 210 (an argument error),
        403 ("Permissions error (for example, when Events limit is exceeded)") or 404 ("Resource
        not found"); HTTP 400 for a malformed request; HTTP 500 with status_code 500. A repeat
        is refused (the name is taken, in the mock), or creates a second event: unsafe.

        Sends `createEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The event's name, "32 characters max", which postEvent names.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            description: A description, "64 characters max".
            event_attributes: The event's attributes and their types.
            track_revenue: Track the event's revenue (the vendor's "Track Event Revenue"
                section).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            int

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            create_event_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "description": description,
                "eventAttributes": event_attributes,
                "trackRevenue": track_revenue,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def start_live_activity(
        self,
        *,
        notifications: Sequence[StartLiveActivityNotification | StartLiveActivityNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_live_activity_operation.Result:
        """Start an iOS Live Activity on devices.

        Starts a Live Activity (iOS 16.1 and later; `content` is the text older devices show) on
        `devices` (push tokens in lower case, or hwids), `users`, or a segment, and gives it a
        `live_activity_id` that updateLiveActivity then names ("must be unique per activity
        session"). The segment field differs between copies of the page: `filter`, a segment's
        name (the newest copy), or `filter_code`, its code (the developer copy); both are
        declared. It sends a push: a repeat sends again.

        Sends `startLiveActivity`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The activities to start.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            start_live_activity_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def update_live_activity(
        self,
        *,
        notifications: Sequence[
            UpdateLiveActivityNotification | UpdateLiveActivityNotificationDict
        ],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_live_activity_operation.Result:
        """Update or end an iOS Live Activity.

        Updates (`event` `update`) or ends (`end`, with an optional `dismissal-date` in seconds)
        a Live Activity. Two copies of the page disagree on the body: the newer one names the
        activity by the `live_activity_id` given at start (`live_activity`), the older one sends
        `ios_live_activity` to the activities' own push tokens (`live_activity_push_tokens`). The
        spec follows the newer and accepts the older. It sends a push: a repeat sends again.

        Sends `updateLiveActivity`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The updates.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            update_live_activity_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def bulk_set_tags(
        self,
        *,
        devices: Sequence[BulkSetTagsDevice | BulkSetTagsDeviceDict],
        application: str | Absent = ABSENT,
        create_missing_tags: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> bulk_set_tags_operation.Result:
        """Set tags on many devices at once (a job).

        Starts a job that sets tag values on a list of devices, each named by `hwid`, `user_id` or
        `push_token` (vendor). The body is flat, the server token in `auth` at its top (vendor; a
        2024 PHP library wraps it in `request`, which this spec does not follow). The vendor asks
        for at least 50 devices a call and states no maximum. `list_operator` says how a list tag's
        values are applied (`set`, `append`, `remove`); `create_missing_tags` creates the tags that
        do not exist. The answer is the job's `request_id` and `Pending`; getBulkSetTagsStatus
        reads the job. Its later states (`Completed`, `Failed`) and what the status answers are the
        mock's (no source shows them). Each call starts a new job, so it is not repeated blindly.

        Sends `bulkSetTags`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            devices: The devices and their tag values, at least 50 a call (vendor).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            create_missing_tags: If true, missing tags are created automatically.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: BulkSetTagsStatus)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            bulk_set_tags_operation.OPERATION,
            {
                "application": application,
                "devices": devices,
                "create_missing_tags": create_missing_tags,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_bulk_set_tags_status(
        self,
        *,
        request_id: str,
        detailed: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_bulk_set_tags_status_operation.Result:
        """Read the status of a bulkSetTags job.

        Answers the status of the job bulkSetTags started, by its `request_id` in the path;
        `detailed=true` asks for the details (vendor). No source shows the answer beyond the
        start's `Pending`, nor how this GET authenticates (a PHP library sends no header and no
        body). The answer's fields, the states `Completed` and `Failed`, and the token in
        `Authorization: Token <server token>` are the mock's choices; the mock answers 401 to a
        call without the header. Reading the status changes nothing.

        Sends `getBulkSetTagsStatus`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            request_id:
            detailed:
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            BulkSetTagsStatus

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_bulk_set_tags_status_operation.OPERATION,
            {
                "request_id": request_id,
                "detailed": detailed,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def bulk_register_device(
        self,
        *,
        devices: Sequence[BulkRegisterDeviceItem | BulkRegisterDeviceItemDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> bulk_register_device_operation.Result:
        """Register many devices, with their tags, at once.

        Registers a list of devices, each with its `hwid` (an email address for an email device),
        `push_token`, `platform` (a device type, such as 14 for email) and tags (vendor). Without
        `list_operator` a list tag's values are replaced; `append` and `remove` change them. The
        body is flat, the server token in `auth` at its top. No source shows the answer, a limit,
        or whether the call starts a job: the answer is declared as an open object (a job's
        `request_id` and `status`, as bulkSetTags answers, would still be read), and the mock
        registers the devices at once and answers `{}`. Not repeated blindly: `append` and
        `remove` would apply twice, and it may start a job. The json 1.3 `bulkRegisterDevices`
        (plural) is a hidden method, not in this spec.

        Sends `bulkRegisterDevice`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            devices: The devices to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            BulkRegisterDeviceAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            bulk_register_device_operation.OPERATION,
            {
                "application": application,
                "devices": devices,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def export_segment(
        self,
        *,
        filter_expression: str | Absent = ABSENT,
        filter_code: str | Absent = ABSENT,
        export_data: list[ExportSegmentBodyExportDataItem | str] | Absent = ABSENT,
        format: str | Absent = ABSENT,
        export_csv: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> export_segment_operation.Result:
        """Export the devices of a segment to a file (a job).

        "A scheduled request" (vendor): exports the devices a segment expression
        (`filterExpression`) or a saved segment (`filterCode`) selects, and answers a `task_id`.
        getExportSegmentResult reports `in-progress` with a `progress` percentage, then
        `completed` with `devices_count` and the link to a ZIP archive holding one CSV or JSON
        file, or `failed` (Pushwoosh's own tool polls this way, every second). `exportData` limits
        the file to the data asked for (`hwids`, `push_tokens`, `users`, `tags`); `format` picks
        CSV or JSON (its values are not documented: the mock takes `csv` or `json`);
        `exportCsv: false` (sent by Pushwoosh's tool, not in the vendor's table) counts the devices
        without a file. The vendor names the link `filename`, the tool reads `csv_filename`: the
        mock answers both. Each call starts a new export.

        Sends `exportSegment`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            filter_expression: The segment, in the segmentation language (`A("00000-00000",
                [ios], [with_tokens]) * AT("00000-00000", "Last Application Open", daysago, gt,
                3)`).
            filter_code: A saved segment's code, instead of filterExpression.
            export_data: The data the file holds: `hwids`, `push_tokens`, `users`, `tags` ("the
                file downloaded will contain the data requested only"); all of it when absent.
            format: CSV or JSON output. The vendor's allowed values were not readable; the mock
                takes `csv` (its default) or `json`, in any case.
            export_csv: False counts the devices without writing a file (sent by Pushwoosh's
                tool; not in the vendor's table).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: ExportSegmentResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            export_segment_operation.OPERATION,
            {
                "filterExpression": filter_expression,
                "filterCode": filter_code,
                "exportData": export_data,
                "format": format,
                "exportCsv": export_csv,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_export_segment_result(
        self,
        *,
        task_id: int | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_export_segment_result_operation.Result:
        """Read the status, and the file, of a segment export.

        Answers the state of the export exportSegment started, by its `task_id` (vendor: "pass the
        task_id in the request body"; Pushwoosh's tool sends it as a string): `in-progress` with a
        `progress` percentage, `completed` with `devices_count` and the file's link, or `failed`
        (Pushwoosh's tool). The vendor names the link `filename`, the tool reads `csv_filename`; a
        client reads the first present, and the mock sends both (and neither after
        `exportCsv: false`). The link needs no token. How long it lives is not documented (the
        mock keeps files 24 hours). Reading the status changes nothing.

        Sends `getExportSegmentResult`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            task_id: The id exportSegment answered. Pushwoosh's tool sends it as a string; a
                number is accepted too (the mock's), so that the start's answer passes through
                unchanged.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ExportSegmentResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_export_segment_result_operation.OPERATION,
            {
                "task_id": task_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def notify(
        self,
        *,
        segment: NotifySegment | Mapping[str, Any] | Absent = ABSENT,
        transactional: NotifyTransactional | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> notify_operation.Result:
        """Create and schedule one message (Messaging API v2).

        "Creates and schedules a single message" (vendor): the body holds exactly one of `segment`
        (the devices of a segment: a segment `code`, a segment-language `expression` or a
        structured `filter_expression`, mutually exclusive) or `transactional` (explicit lists of
        users, hwids or push tokens). snake_case fields, enums by name (`IOS`,
        `MESSAGE_TYPE_MARKETING`), the server token as `Authorization: Token <token>`, refusals as
        gRPC-Gateway errors (vendor). The vendor's tables for `transactional`, `schedule` and
        `payload` were not readable: their fields are those a third-party Go library sends
        (lists wrapped as `{"list": [...]}`; a `schedule` required, `at` an RFC 3339 time or
        `after` a duration). The answer is `result.message_code` (vendor, cancel page), which
        cancelNotification takes, and `unknown_identifiers` when asked. No idempotency key is
        documented: a repeat sends a second message.

        Sends `notify`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            segment: A message to the devices of a segment (vendor table): `code`, `expression`
                and `filter_expression` are mutually exclusive (none: every device of the
                application on the platforms, the mock's reading), as are `payload` and
                `email_payload`.
            transactional: A message to explicit users, hwids or push tokens (vendor: "or test
                devices", a field not documented). The vendor's table was not readable: these fields
                are a third-party library's, which refuses to send without a `schedule`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            NotifyResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            notify_operation.OPERATION,
            {
                "segment": segment,
                "transactional": transactional,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def cancel_notification(
        self,
        *,
        message_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> cancel_notification_operation.Result:
        """Cancel a message before it is sent (Messaging API v2).

        The vendor's `cancel`: cancels the message notify created, by the `message_code` it
        answered, while the message is `pending` (created, not picked up yet), `waiting`
        (scheduled for later) or `processing` (being prepared for delivery). Answers `{}`. The
        vendor documents 400 for a missing `message_code` or a message no longer cancelable, 403
        for another account's message, 404 for an unknown one, and 500 with "Retry the request".
        A repeat leaves the same state (the message stays cancelled; the second call answers 400).

        Sends `cancelNotification`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_code: The code notify answered in `result.message_code`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            EmptyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            cancel_notification_operation.OPERATION,
            {
                "message_code": message_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def get_journey_statistics(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_journey_statistics_operation.Result:
        """Read a journey's statistics, point by point.

        Answers a journey's title and, for each of its points, the point's title, campaign and
        preset codes and `pointStat`: `sent`, `opened` and `conversion` for message points (an
        older copy of the page adds `uniqOpened`), `shows`, `interactions` and `skipped` for
        in-app points (vendor). The journey is named in the path by its Journey ID, the id in the
        journey canvas page's URL, which the lifecycle methods take as `uuid`. The GET has no
        body (vendor; a PHP library sends none either). The token goes in
        `Authorization: Api <server token>`, as the newer page's header table and both copies'
        curl examples show; the older copy's header table describes `Authorization` as "Journey
        ID", a slip (inferred). Reading the statistics changes nothing. The mock's counts are its
        own: the first point's `sent` is the number of users and devices in the journey.

        Sends `getJourneyStatistics`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            id:
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            JourneyStatistics

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_journey_statistics_operation.OPERATION,
            {
                "id": id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def start_journey_for_users(
        self,
        *,
        id: str,
        payload: StartJourneyForUsersPayload | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_journey_for_users_operation.Result:
        """Enter users into a running journey (start by API).

        The vendor's "Start by API": "Enters a set of users into a journey's API entry point".
        The journey, named in the path by its Journey ID, must be running and hold exactly one
        API entry point ("Start by API"), not deactivated. `payload` names exactly one of `users`
        (user IDs), `hwids` or `filter` (a segment-language expression), and may carry
        `attribute_values` for the attributes configured on that entry point. The answer's
        `request_uuid` identifies the accepted request, which "is processed asynchronously"; no
        method reads its progress. Validation errors are HTTP 400 with a message such as "one of
        users, hwids or filter must be provided" (vendor). This is not startJourney, which changes
        the journey's state. Whether a repeat enters the same users a second time is not said: a
        client does not repeat it blindly (the mock enters a user once while they are in the
        journey).

        Sends `startJourneyForUsers`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            id:
            payload: Who enters the journey: exactly one of `users`, `hwids` or `filter`
                (vendor: "You must provide exactly one", each "mutually exclusive" with the others),
                and optionally `attribute_values`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            start_journey_for_users_operation.OPERATION,
            {
                "id": id,
                "payload": payload,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def drop_journey_users(
        self,
        *,
        user_ids: list[str],
        journey_uuids: list[str] | Absent = ABSENT,
        all_journeys: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> drop_journey_users_operation.Result:
        """Remove users from all or some active journeys.

        "Removes a list of users from all or specific active journeys" (vendor): the `user_ids`,
        and either `journey_uuids` ("Required if all_journeys is not provided or false") or
        `all_journeys: true`. The sources disagree on the token: this method's header table reads
        `Authorization: Bearer <your_token>`, while the API's overview says every request carries
        `Authorization: Api <token>`. The spec names both, the overview's first (JourneyToken,
        `Api`, which the client sends) and the header table's as an alternative
        (JourneyBearerToken, `Bearer`), which the mock accepts too. No source shows the answer:
        `{}` is the mock's (an empty message, as gRPC-Gateway answers one; inferred). A repeat
        leaves the same state: the users stay removed.

        Sends `dropJourneyUsers`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            user_ids: The user IDs to remove from journeys.
            journey_uuids: The Journey IDs of the journeys to remove them from.
            all_journeys: Remove them from every active journey.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            EmptyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            drop_journey_users_operation.OPERATION,
            {
                "user_ids": user_ids,
                "journey_uuids": journey_uuids,
                "all_journeys": all_journeys,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def start_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_journey_operation.Result:
        """Start a journey (STATUS_RUNNING).

        The lifecycle's start: moves the journey whose Journey ID is `uuid` to `STATUS_RUNNING` and
        answers the updated journey object, `info.status` showing the new state (vendor). This is
        not start by API (startJourneyForUsers), which enters users into a journey already running.
        "The API validates the current state before transitioning" and an invalid transition
        "returns an error" (vendor); which transitions are valid, and the error's status and body,
        are not documented. The mock allows start from a journey in STATUS_DRAFT or STATUS_PAUSED
        only and refuses any other with HTTP 400, gRPC code 9. A repeat asks for the state the
        journey already has and changes nothing (the mock refuses it as above).

        Sends `startJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to start.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            start_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def pause_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> pause_journey_operation.Result:
        """Pause a running journey (STATUS_PAUSED).

        The lifecycle's pause: moves the journey whose Journey ID is `uuid` to `STATUS_PAUSED` and
        answers the updated journey object, `info.status` showing the new state (vendor). A paused
        journey "can be resumed" (vendor) with startJourney. "The API validates the current state
        before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        pause from a journey in STATUS_RUNNING only and refuses any other with HTTP 400, gRPC code
        9. A repeat asks for the state the journey already has and changes nothing (the mock refuses
        it as above).

        Sends `pauseJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to pause.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            PauseJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            pause_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def finish_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> finish_journey_operation.Result:
        """Finish a journey (STATUS_FINISHED).

        The lifecycle's finish: moves the journey whose Journey ID is `uuid` to `STATUS_FINISHED`
        and answers the updated journey object, `info.status` showing the new state (vendor). A
        finished journey is "no longer processing users" (vendor). "The API validates the current
        state before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        finish from a journey in STATUS_RUNNING or STATUS_PAUSED only and refuses any other with
        HTTP 400, gRPC code 9. A repeat asks for the state the journey already has and changes
        nothing (the mock refuses it as above).

        Sends `finishJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to finish.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            FinishJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            finish_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def draft_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> draft_journey_operation.Result:
        """Take a journey back to a draft (STATUS_DRAFT).

        The lifecycle's draft: moves the journey whose Journey ID is `uuid` to `STATUS_DRAFT` and
        answers the updated journey object, `info.status` showing the new state (vendor). A draft is
        "being edited" and "does not process users" (vendor). "The API validates the current state
        before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        draft from a journey in STATUS_PAUSED or STATUS_FINISHED only and refuses any other with
        HTTP 400, gRPC code 9. A repeat asks for the state the journey already has and changes
        nothing (the mock refuses it as above).

        Sends `draftJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to draft.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            DraftJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            draft_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    def archive_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> archive_journey_operation.Result:
        """Archive a journey (STATUS_ARCHIVED).

        The lifecycle's archive: moves the journey whose Journey ID is `uuid` to `STATUS_ARCHIVED`
        and answers the updated journey object, `info.status` showing the new state (vendor). An
        archived journey is "archived for storage" (vendor); the mock moves it nowhere else. "The
        API validates the current state before transitioning" and an invalid transition "returns an
        error" (vendor); which transitions are valid, and the error's status and body, are not
        documented. The mock allows archive from a journey in STATUS_DRAFT or STATUS_FINISHED only
        and refuses any other with HTTP 400, gRPC code 9. A repeat asks for the state the journey
        already has and changes nothing (the mock refuses it as above).

        Sends `archiveJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to archive.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ArchiveJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            archive_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    @property
    def with_raw_response(self) -> "PushwooshClientWithRawResponse":
        """The same methods, returning the HTTP answer (status, headers, bytes, `.parse()`)."""
        return self._view(PushwooshClientWithRawResponse)

    @property
    def bulk(self) -> Bulk:
        """Many calls of one method: bounded concurrency, one result per item in input order,
        as a list (`map`, `set_tags`, …) or streamed from any iterable (`stream`)."""
        return Bulk(self)

    @property
    def jobs(self) -> Jobs:
        """Wait for the jobs the API starts (`jobs.wait(client.get_msg_stats(...))`)."""
        return Jobs(self)

    def pages(self, method: Callable[..., Any] | str, /, **arguments: Any) -> Iterator[Any]:
        """Every item of a paged method (`x-pushwoosh-pages`), page after page: page-number
        and cursor paging alike (`for app in client.pages(client.get_applications): ...`).

        Args:
            method: The client method (or its name).
            arguments: The method's other keyword arguments, the same for every page.

        Raises:
            errors.InvalidArgumentError: the method does not page.
        """
        return pages(self, method, arguments)


class PushwooshClientWithRawResponse:
    """PushwooshClient's methods, each returning a RawResponse instead of the result: the
    bound methods themselves, wrapped (same arguments, same docstrings)."""

    def __init__(self, client: PushwooshClient) -> None:
        self.register_device = to_raw_response_wrapper(client.register_device)
        self.unregister_device = to_raw_response_wrapper(client.unregister_device)
        self.set_tags = to_raw_response_wrapper(client.set_tags)
        self.get_tags = to_raw_response_wrapper(client.get_tags)
        self.set_badge = to_raw_response_wrapper(client.set_badge)
        self.application_open = to_raw_response_wrapper(client.application_open)
        self.push_stat = to_raw_response_wrapper(client.push_stat)
        self.message_delivery_event = to_raw_response_wrapper(client.message_delivery_event)
        self.register_email = to_raw_response_wrapper(client.register_email)
        self.set_email_tags = to_raw_response_wrapper(client.set_email_tags)
        self.delete_device = to_raw_response_wrapper(client.delete_device)
        self.check_device = to_raw_response_wrapper(client.check_device)
        self.multi_register_device = to_raw_response_wrapper(client.multi_register_device)
        self.set_purchase = to_raw_response_wrapper(client.set_purchase)
        self.set_madid = to_raw_response_wrapper(client.set_madid)
        self.create_test_device = to_raw_response_wrapper(client.create_test_device)
        self.set_activity_token = to_raw_response_wrapper(client.set_activity_token)
        self.set_activity_push_to_start_token = to_raw_response_wrapper(
            client.set_activity_push_to_start_token
        )
        self.get_inbox_messages = to_raw_response_wrapper(client.get_inbox_messages)
        self.inbox_status = to_raw_response_wrapper(client.inbox_status)
        self.get_in_apps = to_raw_response_wrapper(client.get_in_apps)
        self.trigger_in_app_action = to_raw_response_wrapper(client.trigger_in_app_action)
        self.rich_media_action = to_raw_response_wrapper(client.rich_media_action)
        self.get_nearest_zone = to_raw_response_wrapper(client.get_nearest_zone)
        self.get_config = to_raw_response_wrapper(client.get_config)
        self.page_visit = to_raw_response_wrapper(client.page_visit)
        self.application_event = to_raw_response_wrapper(client.application_event)
        self.get_popup_forms = to_raw_response_wrapper(client.get_popup_forms)
        self.get_popup_form_content = to_raw_response_wrapper(client.get_popup_form_content)
        self.record_popup_form_event = to_raw_response_wrapper(client.record_popup_form_event)
        self.register_user = to_raw_response_wrapper(client.register_user)
        self.post_event = to_raw_response_wrapper(client.post_event)
        self.register_email_user = to_raw_response_wrapper(client.register_email_user)
        self.merge_user = to_raw_response_wrapper(client.merge_user)
        self.create_message = to_raw_response_wrapper(client.create_message)
        self.create_targeted_message = to_raw_response_wrapper(client.create_targeted_message)
        self.delete_message = to_raw_response_wrapper(client.delete_message)
        self.get_message_details = to_raw_response_wrapper(client.get_message_details)
        self.cancel_message = to_raw_response_wrapper(client.cancel_message)
        self.get_push_history = to_raw_response_wrapper(client.get_push_history)
        self.create_filter = to_raw_response_wrapper(client.create_filter)
        self.list_filters = to_raw_response_wrapper(client.list_filters)
        self.delete_filter = to_raw_response_wrapper(client.delete_filter)
        self.add_tag = to_raw_response_wrapper(client.add_tag)
        self.list_tags = to_raw_response_wrapper(client.list_tags)
        self.delete_tag = to_raw_response_wrapper(client.delete_tag)
        self.get_results = to_raw_response_wrapper(client.get_results)
        self.get_msg_stats = to_raw_response_wrapper(client.get_msg_stats)
        self.get_msg_platforms_stats = to_raw_response_wrapper(client.get_msg_platforms_stats)
        self.get_app_stats = to_raw_response_wrapper(client.get_app_stats)
        self.get_campaign_stats = to_raw_response_wrapper(client.get_campaign_stats)
        self.get_event_statistics = to_raw_response_wrapper(client.get_event_statistics)
        self.get_application_subscribers_stats = to_raw_response_wrapper(
            client.get_application_subscribers_stats
        )
        self.list_messages = to_raw_response_wrapper(client.list_messages)
        self.totals_by_intervals = to_raw_response_wrapper(client.totals_by_intervals)
        self.get_message_log = to_raw_response_wrapper(client.get_message_log)
        self.create_application = to_raw_response_wrapper(client.create_application)
        self.get_application = to_raw_response_wrapper(client.get_application)
        self.get_applications = to_raw_response_wrapper(client.get_applications)
        self.update_application = to_raw_response_wrapper(client.update_application)
        self.delete_application = to_raw_response_wrapper(client.delete_application)
        self.configure_application = to_raw_response_wrapper(client.configure_application)
        self.get_unregistered_devices = to_raw_response_wrapper(client.get_unregistered_devices)
        self.create_preset = to_raw_response_wrapper(client.create_preset)
        self.get_preset = to_raw_response_wrapper(client.get_preset)
        self.list_presets = to_raw_response_wrapper(client.list_presets)
        self.delete_preset = to_raw_response_wrapper(client.delete_preset)
        self.create_campaign = to_raw_response_wrapper(client.create_campaign)
        self.get_campaigns = to_raw_response_wrapper(client.get_campaigns)
        self.delete_campaign = to_raw_response_wrapper(client.delete_campaign)
        self.list_test_devices = to_raw_response_wrapper(client.list_test_devices)
        self.add_geo_zone = to_raw_response_wrapper(client.add_geo_zone)
        self.update_geo_zone = to_raw_response_wrapper(client.update_geo_zone)
        self.delete_geo_zone = to_raw_response_wrapper(client.delete_geo_zone)
        self.list_geo_zones = to_raw_response_wrapper(client.list_geo_zones)
        self.add_geo_zone_cluster = to_raw_response_wrapper(client.add_geo_zone_cluster)
        self.delete_geo_zone_cluster = to_raw_response_wrapper(client.delete_geo_zone_cluster)
        self.list_geo_zone_clusters = to_raw_response_wrapper(client.list_geo_zone_clusters)
        self.create_email_message = to_raw_response_wrapper(client.create_email_message)
        self.delete_email = to_raw_response_wrapper(client.delete_email)
        self.create_sms_message = to_raw_response_wrapper(client.create_sms_message)
        self.create_whats_app_message = to_raw_response_wrapper(client.create_whats_app_message)
        self.create_kakao_message = to_raw_response_wrapper(client.create_kakao_message)
        self.create_line_message = to_raw_response_wrapper(client.create_line_message)
        self.create_event = to_raw_response_wrapper(client.create_event)
        self.start_live_activity = to_raw_response_wrapper(client.start_live_activity)
        self.update_live_activity = to_raw_response_wrapper(client.update_live_activity)
        self.bulk_set_tags = to_raw_response_wrapper(client.bulk_set_tags)
        self.get_bulk_set_tags_status = to_raw_response_wrapper(client.get_bulk_set_tags_status)
        self.bulk_register_device = to_raw_response_wrapper(client.bulk_register_device)
        self.export_segment = to_raw_response_wrapper(client.export_segment)
        self.get_export_segment_result = to_raw_response_wrapper(client.get_export_segment_result)
        self.notify = to_raw_response_wrapper(client.notify)
        self.cancel_notification = to_raw_response_wrapper(client.cancel_notification)
        self.get_journey_statistics = to_raw_response_wrapper(client.get_journey_statistics)
        self.start_journey_for_users = to_raw_response_wrapper(client.start_journey_for_users)
        self.drop_journey_users = to_raw_response_wrapper(client.drop_journey_users)
        self.start_journey = to_raw_response_wrapper(client.start_journey)
        self.pause_journey = to_raw_response_wrapper(client.pause_journey)
        self.finish_journey = to_raw_response_wrapper(client.finish_journey)
        self.draft_journey = to_raw_response_wrapper(client.draft_journey)
        self.archive_journey = to_raw_response_wrapper(client.archive_journey)


class AsyncPushwooshClient(AsyncAPIClient):
    """The Pushwoosh Device API and User-centric API for asyncio, one method per API method.

    Takes the arguments of PushwooshClient; `http_client` is an httpx.AsyncClient. Unless one is
    given, calls go through aiohttp's connection pool under asyncio (httpx's own under trio).
    """

    async def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_device_operation.Result:
        """Register a device for the application.

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> unregister_device_operation.Result:
        """Remove the push token of a device.

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_tags_operation.Result:
        """Set tag values of a device, or of every device of a user.

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            SetTagsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_tags_operation.Result:
        """Read the tags of a device or of a user.

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            dict[str, bool | float | int | list[str] | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_badge_operation.Result:
        """Store the current badge value of a device.

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> application_open_operation.Result:
        """Record that the app was opened on a device.

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> push_stat_operation.Result:
        """Record that a push notification was opened.

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "metaData": meta_data,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> message_delivery_event_operation.Result:
        """Record that a push notification was delivered to a device.

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "metaData": meta_data,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        language: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_email_operation.Result:
        """Register an email subscriber.

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "tags": tags,
                "tz_offset": tz_offset,
                "language": language,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_email_tags(
        self,
        *,
        email: str,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_email_tags_operation.Result:
        """Set tag values of an email subscriber.

        Sets tags on the email device named by `email`. The web SDK sends it before every setTags
        when it knows the user's email. Android sends its base fields (hwid, device_type) too;
        iOS and web leave hwid and device_type out. iOS sends a date tag as a `YYYY-MM-DD HH:mm`
        string.

        Sends `setEmailTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email subscriber whose tags to set.
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_email_tags_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_device_operation.Result:
        """Delete a device and its data.

        Removes the device (and, in the mock, its tags) from the application. The web SDK calls
        it for a manual unsubscribe and then treats the device as unregistered. Repeating it
        leaves the device deleted.

        Sends `deleteDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def check_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> check_device_operation.Result:
        """Tell whether a device exists and has a push token.

        Answers whether the hwid is registered (`exist`) and whether it has a push token
        (`push_token_exist`). The web SDK registers the device again when `exist` is false.

        Sends `checkDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            CheckDeviceResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            check_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def multi_register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        sms_phone_number: str | Absent = ABSENT,
        whatsapp_phone_number: str | Absent = ABSENT,
        kakao_phone_number: str | Absent = ABSENT,
        line_token: str | Absent = ABSENT,
        telegram_user_id: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        city: str | Absent = ABSENT,
        country: str | Absent = ABSENT,
        state: str | Absent = ABSENT,
        tags: MultiRegisterDeviceParamsTags | Mapping[str, MultiRegisterTagValue] | Absent = ABSENT,
        push_devices: Sequence[PushDevice | PushDeviceDict] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> multi_register_device_operation.Result:
        """Register a user's channels and push devices in one call.

        Registers, for one user, any of an email address, SMS / WhatsApp / Kakao phone numbers, a
        LINE token, a Telegram user ID and a list of push devices, with tags. Its shape differs
        from the other methods: `user_id` (not `userId`), no top-level hwid, tag values as
        `{operation, value | values}` objects whose `operation` is a number (0 set, 1 append,
        2 remove, 3 increment). Only the web SDK calls it; it fills `language`, `timezone` (a
        numeric string) and, when it has a push token, `push_devices` with the browser itself.
        A repeat is safe unless a tag carries operation 3 (increment).

        Sends `multiRegisterDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The user whose channels are registered (the web SDK converts numbers to
                strings).
            email: An email address to register for the user.
            sms_phone_number: A phone number for SMS (the web SDK checks `^\\+?[0-9]+$`).
            whatsapp_phone_number: A phone number for WhatsApp (the web SDK checks
                `^(whatsapp:)?\\+?[0-9]+$`).
            kakao_phone_number: A phone number for Kakao.
            line_token: A LINE token.
            telegram_user_id: A Telegram user ID.
            language: The user's language (the web SDK sends its stored locale, e.g. `en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            city: The user's city.
            country: The user's country.
            state: The user's state.
            tags: Tag operations, by tag name.
            push_devices: The push devices of the user.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            multi_register_device_operation.OPERATION,
            {
                "application": application,
                "user_id": user_id,
                "email": email,
                "sms_phone_number": sms_phone_number,
                "whatsapp_phone_number": whatsapp_phone_number,
                "kakao_phone_number": kakao_phone_number,
                "line_token": line_token,
                "telegram_user_id": telegram_user_id,
                "language": language,
                "timezone": timezone,
                "city": city,
                "country": country,
                "state": state,
                "tags": tags,
                "push_devices": push_devices,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_purchase(
        self,
        *,
        hwid: str,
        product_identifier: str,
        quantity: int,
        price: float,
        currency: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        transaction_date: int | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_purchase_operation.Result:
        """Record an in-app purchase.

        Records one purchase of a product. The web SDK types `transactionDate` as a string; the
        iOS request class sends seconds since the epoch (an integer) and leaves it out when
        unknown; both are accepted. (The iOS SDK keeps this request class, but its current
        purchase tracking posts a `PW_InAppPurchase` event instead; Android does not call it.)
        Each call counts one purchase: do not repeat it blindly.

        Sends `setPurchase`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            product_identifier: The product's store identifier.
            quantity: How many were bought (the web SDK types it as a number).
            price: The price of the purchase.
            currency: The currency code, e.g. `USD`.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            transaction_date: When the purchase happened: a string on web (no format given),
                seconds since the epoch on iOS (left out when unknown).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_purchase_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "productIdentifier": product_identifier,
                "quantity": quantity,
                "price": price,
                "currency": currency,
                "userId": user_id,
                "device_type": device_type,
                "transactionDate": transaction_date,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_madid(
        self,
        *,
        hwid: str,
        madid: None | str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_madid_operation.Result:
        """Store (or clear) the device's mobile advertising ID.

        Unlike every other method, both SDKs send this one to the tracking service
        (`https://tracking.svc-nue.pushwoosh.com/api/v2/device-api/setMADID`, configurable) and
        without the `request` envelope: the body is the object itself, with `application`,
        `hwid` and `madid` only (`madid` null clears it). The answer is still checked for
        `status_code` 200. Repeating it stores the same value.

        Sends `setMADID`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            madid: The advertising ID (GAID / IDFA), or null when the user withdrew it.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_madid_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "madid": madid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_test_device(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        description: str | Absent = ABSENT,
        auto_created: bool | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | float
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str
            | datetime.datetime,
        ]
        | Absent = ABSENT,
        gateway: CreateTestDeviceParamsGateway | str | Absent = ABSENT,
        sounds: list[str] | Absent = ABSENT,
        voip_push_token: str | Absent = ABSENT,
        time_sensitive_notifications: bool | Absent = ABSENT,
        scheduled_summary: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_test_device_operation.Result:
        """Register the device as a test device.

        Marks a device as a test device under a name. The vendor's table (its French and Korean
        copies) names the device by `push_token` and `device_type`, with `name` required and
        `description` optional, and has no `auth` (a PHP library sends one anyway; an unknown
        field is ignored); the SDKs name it by `hwid`: Android sends its base fields with `name`,
        `description`, `auto_created`, `push_token` and `language`; iOS sends its whole
        registration body (the iOS request extends registerDevice's) with `device_type` 1 and the
        same three fields. Either form is taken: `hwid`, or `push_token` with `device_type`. The
        call stays a Device API one (the Device API token in the header). Without `hwid` the mock
        marks the application's device with that push token, or registers one whose hwid is the
        push token. Our reading of a repeat: it marks the same device again.

        Sends `createTestDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The test device's name (`TEST_DEVICE_1`; the SDKs send the device name).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            description: A description (optional; the SDKs send `Imported from the app`).
            auto_created: Whether the SDK created it on its own (the SDKs send false).
            push_token: The device's push token (empty on Android when there is none yet); with
                `device_type`, what names the device when there is no `hwid` (the vendor's table).
            tags: Tag names, each with what to do to it: a value to set, null to delete the tag,
                or an operation on the current value (what setTags and registerDevice take).
            gateway: The APNs environment (iOS, from its registration body).
            sounds: The sound files in the app bundle (iOS, from its registration body).
            voip_push_token: The VoIP push token (iOS, from its registration body).
            time_sensitive_notifications: Whether time-sensitive notifications are allowed (iOS
                15+).
            scheduled_summary: Whether notifications go to the scheduled summary (iOS 15+).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_test_device_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "description": description,
                "auto_created": auto_created,
                "push_token": push_token,
                "tags": tags,
                "gateway": gateway,
                "sounds": sounds,
                "voip_push_token": voip_push_token,
                "time_sensitive_notifications": time_sensitive_notifications,
                "scheduled_summary": scheduled_summary,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_activity_token(
        self,
        *,
        hwid: str,
        activity_token: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        activity_id: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_activity_token_operation.Result:
        """Store the push token of an iOS Live Activity.

        Stores `activity_token` for `activity_id` (an empty string when the app gives none).
        Each call overwrites the one token of that activity; an empty `activity_token` is the
        SDK's stop signal (it ends the activity server-side). Repeating it stores the same token.

        Sends `setActivityToken`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            activity_token: The Live Activity push token; an empty string stops the activity.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            activity_id: The app's identifier of the activity; empty when the app gives none.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_activity_token_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "activity_token": activity_token,
                "userId": user_id,
                "device_type": device_type,
                "activity_id": activity_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def set_activity_push_to_start_token(
        self,
        *,
        hwid: str,
        activity_push_to_start_token: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> set_activity_push_to_start_token_operation.Result:
        """Store the push-to-start token for iOS Live Activities.

        Stores the token with which the server can start a Live Activity on the device (iOS 17.2
        and later). The Live Activities module refuses to send an empty token. Repeating it
        stores the same token.

        Sends `setActivityPushToStartToken`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            activity_push_to_start_token: The push-to-start token of the app's Live Activities.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_activity_push_to_start_token_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "activity_push_to_start_token": activity_push_to_start_token,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_inbox_messages(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        last_code: str | Absent = ABSENT,
        count: int | Absent = ABSENT,
        last_request_time: float | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_inbox_messages_operation.Result:
        """Read the Inbox messages of a user or device.

        Returns Inbox messages, a paging code (`next`), the codes of messages deleted in the
        Control Panel and the number of new messages. Android and iOS's "all messages" request
        send only the base fields; iOS's paged request and the web SDK add `last_code` (empty
        for the first page), `count` (0 = all) and `last_request_time` (the web SDK's and iOS's
        last request time in seconds, 0 at first; iOS sends a fraction). The vendor marks
        `userId` required, but Android leaves it out when no user ID is set, so either hwid or
        userId is enough.

        Sends `getInboxMessages`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            last_code: The `next` code of the previous answer; empty for the first page.
            count: Messages per page; 0 for all (the web SDK's default).
            last_request_time: The time of the previous request, in seconds (0 at first), for
                the new-message count. iOS sends a fraction of a second; the web SDK an integer.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetInboxMessagesResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_inbox_messages_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "last_code": last_code,
                "count": count,
                "last_request_time": last_request_time,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def inbox_status(
        self,
        *,
        inbox_code: str,
        status: int,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        time: int | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> inbox_status_operation.Result:
        """Set the status of an Inbox message.

        Sets the status of the message whose `order` is `inbox_code`: 2 read, 3 opened, 4 deleted
        by the user (the SDKs' values; the vendor lists 1 delivered too). Only the web SDK sends
        `time`, in milliseconds; the vendor types it as a string holding the send date. Android
        sends `inbox_code` as the string of a number. Repeating it sets the same status.

        Sends `inboxStatus`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            inbox_code: The `order` of the message (Android sends the string of a number).
            status: 1 delivered, 2 read, 3 opened, 4 deleted by the user (5, deleted in the
                Control Panel, only appears in answers). The SDKs send 2, 3 and 4.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            hash: The hash of the message's push (left out when unknown).
            time: A time stamp: the web SDK sends the current time in milliseconds; the vendor
                documents a string holding the message's send date.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            inbox_status_operation.OPERATION,
            {
                "application": application,
                "inbox_code": inbox_code,
                "status": status,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "hash": hash,
                "time": time,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_in_apps(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_in_apps_operation.Result:
        """List the In-App messages (HTML resources) of the application.

        Returns the In-App resources the SDK downloads and caches: code, archive URL, update
        time and display options. Both SDKs send their base fields and the device `language`.

        Sends `getInApps`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetInAppsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_in_apps_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def trigger_in_app_action(
        self,
        *,
        hwid: str,
        action: str,
        code: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        message_hash: str | Absent = ABSENT,
        rich_media_code: str | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> trigger_in_app_action_operation.Result:
        """Record that an In-App message was shown.

        Sent when an In-App (or a Rich Media page, whose code starts with `r-`) is shown;
        `action` is always `show`. Android sends an empty `code` and the Rich Media code without
        its `r-` prefix in `richMediaCode` for Rich Media; iOS sends the codes it has and leaves
        out the missing ones. Each call counts one impression: do not repeat it blindly.

        Sends `triggerInAppAction`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            action: Always `show` in the SDKs.
            code: The In-App code (Android sends an empty string for a Rich Media page).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            message_hash: The hash of the push that led to it, when there is one.
            rich_media_code: The Rich Media code (Android strips its `r-` prefix).
            timestamp_utc: The time of the impression, UTC, in seconds since the epoch.
            timestamp_current: The same time in the device's local time.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            trigger_in_app_action_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "action": action,
                "code": code,
                "userId": user_id,
                "device_type": device_type,
                "messageHash": message_hash,
                "richMediaCode": rich_media_code,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def rich_media_action(
        self,
        *,
        hwid: str,
        action_type: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        rich_media_code: str | Absent = ABSENT,
        inapp_code: str | Absent = ABSENT,
        message_hash: str | Absent = ABSENT,
        action_attributes: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> rich_media_action_operation.Result:
        """Record an action taken inside a Rich Media page.

        Sent by the Rich Media JavaScript bridge (`pushwoosh.richMediaAction(...)`) with the
        page's `action_type` and its attributes as a JSON string. Android leaves out empty
        strings; iOS strips the `r-` prefix of the Rich Media code. No source says what the
        action_type values mean. Each call counts one action: do not repeat it blindly.

        Sends `richMediaAction`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            action_type: The action type the page's script gives (no source names the values).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            rich_media_code: The Rich Media code (iOS strips the `r-` prefix).
            inapp_code: The In-App code.
            message_hash: The hash of the push that opened the page.
            action_attributes: The action's attributes, a JSON text made by the page's script.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            rich_media_action_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "action_type": action_type,
                "userId": user_id,
                "device_type": device_type,
                "rich_media_code": rich_media_code,
                "inapp_code": inapp_code,
                "message_hash": message_hash,
                "action_attributes": action_attributes,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_nearest_zone(
        self,
        *,
        hwid: str,
        lat: float | None | str,
        lng: float | None | str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        more: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_nearest_zone_operation.Result:
        """Record the device location and read the nearest geozones.

        Records the device location for geo pushes and answers the nearest geozone. Both SDKs
        send `more: 1` and read a `geozones` list; the vendor's example, sent without `more`,
        answers one zone's fields directly. With location turned off the SDKs send `lat` and
        `lng` as null. The vendor table types lat and lng as strings while every example and SDK
        sends numbers; both are accepted.

        Sends `getNearestZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            lat: A latitude or longitude in degrees. The SDKs send numbers, or null when
                location is turned off; the vendor's table types it as a string.
            lng: A latitude or longitude in degrees. The SDKs send numbers, or null when
                location is turned off; the vendor's table types it as a string.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            more: 1 asks for a `geozones` list (the SDKs always send 1).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetNearestZoneResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_nearest_zone_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "lat": lat,
                "lng": lng,
                "userId": user_id,
                "device_type": device_type,
                "more": more,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_config(
        self,
        *,
        hwid: str,
        features: list[str],
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_config_operation.Result:
        """Read the web features configured for the application.

        The web SDK calls it at start with the features it wants (`page_visit`, `vapid_key`,
        `web_in_apps`, `events`, `subscription_prompt`, `popup_forms`) and stores the answer.
        The vendor's help center says this call also makes a new hwid known to Pushwoosh.

        Sends `getConfig`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            features: The names of the features wanted.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetConfigFeatures

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_config_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "features": features,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def page_visit(
        self,
        *,
        hwid: str,
        title: str,
        url_path: str,
        url: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> page_visit_operation.Result:
        """Record a page visit on a website.

        Sent by the web SDK on each page load when getConfig enabled `page_visit`: the page
        title, the URL without query (`url_path`, origin + pathname) and the full URL. The SDK
        posts it to `features.page_visit.entrypoint` from getConfig, not to a fixed path. Each
        call counts one visit: do not repeat it blindly.

        Sends `pageVisit`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            title: The page title.
            url_path: The page's origin and path, without query or fragment.
            url: The full page URL.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            page_visit_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "title": title,
                "url_path": url_path,
                "url": url,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def application_event(
        self,
        *,
        hwid: str,
        goal: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        count: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> application_event_operation.Result:
        """Record a goal reached in the app (legacy).

        Sent only by the legacy iOS SDK (2012, `recordGoal:withCount:`) that the official Cordova
        plugin once shipped as source: `goal` and an optional `count`, with `application` and
        `hwid`. No current SDK calls it (postEvent replaced it). Each call counts a goal: do not
        repeat it blindly.

        Sends `applicationEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            goal: The name of the goal reached.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            count: How many times (left out when not given).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            application_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "goal": goal,
                "userId": user_id,
                "device_type": device_type,
                "count": count,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_popup_forms(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_popup_forms_operation.Result:
        """List the popup forms of a website.

        Returns the popup forms the web SDK may show, with their targeting (device, visitor
        type, pages) and timing. The SDK reads a missing `popup_forms` as an empty list.

        Sends `getPopupForms`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetPopupFormsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_popup_forms_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_popup_form_content(
        self,
        *,
        hwid: str,
        code: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_popup_form_content_operation.Result:
        """Read the content of a popup form.

        Returns the content of the popup form whose `popup_form_content_code` getPopupForms
        gave: a JSON description and, when there is one, its HTML.

        Sends `getPopupFormContent`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            code: The `popup_form_content_code` of a popup form.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetPopupFormContentResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_popup_form_content_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "code": code,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def record_popup_form_event(
        self,
        *,
        hwid: str,
        code: str,
        event: RecordPopupFormEventParamsEvent | int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> record_popup_form_event_operation.Result:
        """Record a popup form visit or impression.

        `event` 1 (VISIT) is sent when a popup is queued for display on a page, 2 (IMPRESSION)
        when it is shown. Each call counts one event: do not repeat it blindly.

        Sends `recordPopupFormEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            code: The `code` of the popup form.
            event: 1 VISIT (queued for display), 2 IMPRESSION (shown).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            record_popup_form_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "code": code,
                "event": event,
                "userId": user_id,
                "device_type": device_type,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_user_operation.Result:
        """Link an external user ID to a device.

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "tz_offset": tz_offset,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> post_event_operation.Result:
        """Post an event.

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def register_email_user(
        self,
        *,
        user_id: str,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        ts_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> register_email_user_operation.Result:
        """Link a user ID to a registered email address.

        Assigns `userId` to an email address already registered with registerEmail (the vendor
        guide: it does not register the address itself). Android sends its base fields (hwid,
        device_type, v) too; iOS removes hwid and device_type. Repeating it sets the same link.

        Sends `registerEmailUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            user_id: The external user ID, which links several devices to one user.
            email: The email address, already registered with registerEmail.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            tz_offset: The device's time zone offset from UTC, in seconds.
            ts_offset: The name the web SDK's types give the offset (`ts_offset`); the web SDK
                declares registerEmailUser but never calls it.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_email_user_operation.OPERATION,
            {
                "application": application,
                "userId": user_id,
                "email": email,
                "hwid": hwid,
                "device_type": device_type,
                "tz_offset": tz_offset,
                "ts_offset": ts_offset,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def merge_user(
        self,
        *,
        old_user_id: str,
        new_user_id: str,
        merge: bool,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        ts: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> merge_user_operation.Result:
        """Move the devices and data of one user ID to another.

        Moves what is recorded under `oldUserId` to `newUserId`; with `merge` false the SDK
        documentation says the old user's events are dropped instead of moved. Both SDKs add `ts`,
        the device's local time in seconds. Our reading of a repeat: the second call finds
        nothing left under `oldUserId`, so it changes nothing.

        Sends `mergeUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            old_user_id: The user ID whose devices and data move.
            new_user_id: The user ID that receives them.
            merge: Move the old user's events too (true) or drop them (false).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            ts: The device's local time, in seconds since the epoch plus the UTC offset.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            merge_user_operation.OPERATION,
            {
                "application": application,
                "oldUserId": old_user_id,
                "newUserId": new_user_id,
                "merge": merge,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "ts": ts,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_message(
        self,
        *,
        notifications: Sequence[Notification | NotificationDict],
        application: str | Absent = ABSENT,
        applications_group: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
        broadcast: bool = False,
    ) -> create_message_operation.Result:
        """Send a push to the devices its targeting selects.

        Creates one message per notification. A notification without targeting reaches every
        subscriber of the application; `devices` (hwids or push tokens), `users` (User IDs linked by
        registerUser), `platforms`, `conditions` and `filter` narrow it. At most 1,000 notifications
        per request, 1,000 `devices` and 1,000 `users` per notification, and a body under 10 MB.
        The answer lists one code per notification (`CODE_NOT_AVAILABLE` for an immediate send to
        fewer than 10 devices) and the `devices` nobody has (`UnknownDevices`). Limited to 600 calls
        a minute. A `transactionId` makes a repeat harmless: Pushwoosh keeps it for a day and does
        not send the same message twice, so the call is safe to repeat when every notification has
        one.

        Sends `createMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            notifications: The pushes, at most 1,000.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            applications_group: An application group's code, instead of `application`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.
            broadcast: Send Notifications that have no targeting (none of
                devices, users, platforms, filter, conditions, or only empty ones), which reach every device of the
                application. Without it such a Notification is refused before anything is
                sent (`x-pushwoosh-targeting`).

        Returns:
            CreateMessageResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_message_operation.OPERATION,
            {
                "notifications": notifications,
                "application": application,
                "applications_group": applications_group,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout, broadcast),
        )

    async def create_targeted_message(
        self,
        *,
        devices_filter: str,
        send_date: str | datetime.datetime | Absent = ABSENT,
        ignore_user_timezone: bool | Absent = ABSENT,
        timezone: str | Absent = ABSENT,
        campaign: str | Absent = ABSENT,
        geozone: NotificationContentGeozone | Mapping[str, Any] | Absent = ABSENT,
        content: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        title: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        rich_media: str | Absent = ABSENT,
        page_id: int | Absent = ABSENT,
        rich_page_id: int | Absent = ABSENT,
        remote_page: str | Absent = ABSENT,
        link: None | str | Absent = ABSENT,
        minimize_link: int | Absent = ABSENT,
        data: NotificationContentDataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        preset: str | Absent = ABSENT,
        send_rate: int | Absent = ABSENT,
        dynamic_content_placeholders: NotificationContentDynamicContentPlaceholders
        | Mapping[str, Any]
        | Absent = ABSENT,
        transaction_id: str | Absent = ABSENT,
        inbox_date: str | Absent = ABSENT,
        inbox_days: int | Absent = ABSENT,
        capping_days: int | Absent = ABSENT,
        capping_count: int | Absent = ABSENT,
        capping_avoid: bool | Absent = ABSENT,
        capping_exclude: bool | Absent = ABSENT,
        ios_badges: int | str | Absent = ABSENT,
        ios_sound: str | Absent = ABSENT,
        ios_ttl: int | Absent = ABSENT,
        ios_silent: int | Absent = ABSENT,
        ios_category_id: int | str | Absent = ABSENT,
        ios_root_params: NotificationContentIosRootParams | Mapping[str, Any] | Absent = ABSENT,
        apns_trim_content: int | Absent = ABSENT,
        ios_trim_content: int | Absent = ABSENT,
        ios_title: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        ios_subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        android_root_params: NotificationContentAndroidRootParams
        | Mapping[str, Any]
        | Absent = ABSENT,
        android_sound: str | Absent = ABSENT,
        android_header: LocalizedTextType1 | str | Mapping[str, Any] | Absent = ABSENT,
        android_icon: str | Absent = ABSENT,
        android_custom_icon: str | Absent = ABSENT,
        android_banner: str | Absent = ABSENT,
        android_badges: int | str | Absent = ABSENT,
        android_gcm_ttl: int | Absent = ABSENT,
        android_vibration: bool | int | Absent = ABSENT,
        android_led: str | Absent = ABSENT,
        android_priority: int | Absent = ABSENT,
        android_delivery_priority: str | Absent = ABSENT,
        android_ibc: str | Absent = ABSENT,
        android_silent: int | Absent = ABSENT,
        adm_root_params: NotificationContentAdmRootParams | Mapping[str, Any] | Absent = ABSENT,
        adm_sound: str | Absent = ABSENT,
        adm_header: str | Absent = ABSENT,
        adm_icon: str | Absent = ABSENT,
        adm_custom_icon: str | Absent = ABSENT,
        adm_banner: str | Absent = ABSENT,
        adm_ttl: int | Absent = ABSENT,
        adm_priority: int | Absent = ABSENT,
        mac_badges: int | Absent = ABSENT,
        mac_sound: str | Absent = ABSENT,
        mac_root_params: NotificationContentMacRootParams | Mapping[str, Any] | Absent = ABSENT,
        mac_ttl: int | Absent = ABSENT,
        wns_content: NotificationContentWnsContentType1 | str | Mapping[str, Any] | Absent = ABSENT,
        wns_type: str | Absent = ABSENT,
        wns_tag: str | Absent = ABSENT,
        wns_cache: int | Absent = ABSENT,
        wns_ttl: int | Absent = ABSENT,
        wp_type: str | Absent = ABSENT,
        wp_background: str | Absent = ABSENT,
        wp_backbackground: str | Absent = ABSENT,
        wp_backtitle: str | Absent = ABSENT,
        wp_backcontent: str | Absent = ABSENT,
        wp_count: int | Absent = ABSENT,
        blackberry_header: str | Absent = ABSENT,
        safari_title: str | Absent = ABSENT,
        safari_action: str | Absent = ABSENT,
        safari_url_args: list[str] | Absent = ABSENT,
        safari_ttl: int | Absent = ABSENT,
        chrome_title: str | Absent = ABSENT,
        chrome_icon: str | Absent = ABSENT,
        chrome_image: str | Absent = ABSENT,
        chrome_gcm_ttl: int | Absent = ABSENT,
        chrome_duration: int | Absent = ABSENT,
        chrome_button_text1: str | Absent = ABSENT,
        chrome_button_url1: str | Absent = ABSENT,
        chrome_button_text2: str | Absent = ABSENT,
        chrome_button_url2: str | Absent = ABSENT,
        firefox_title: str | Absent = ABSENT,
        firefox_icon: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_targeted_message_operation.Result:
        """Send a push to the devices a devices_filter expression selects.

        A flat request, without `notifications` or `application`: `devices_filter` in the segment
        language (`A("APP", ["iOS"])`, `G(…)`, `T("tag", EQ, value)`, `AT("APP", "tag", EQ, value)`,
        combined with `+`, `*` and `\\`) and the notification's content fields beside it. Without an
        `A(…)` or `G(…)` term the message goes to any device of the account that matches. Targeting
        fields (`devices`, `users`, `filter`, `conditions`) are not allowed here, as Pushwoosh staff
        say. The answer carries the message code (`response.messageCode`), which only pypushwoosh's
        tests and a third-party library show.

        Sends `createTargetedMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            devices_filter: Which devices, in the segment language: `A("APP-CODE", ["iOS",
                "Android"])`, `G("GROUP-CODE")`, `T("tag", EQ, value)`, `AT("APP-CODE", "tag", EQ,
                value)`, combined with `+` (union), `*` (intersection) and `\\` (difference).
            send_date: When to send: `now`, or `YYYY-MM-DD HH:mm` in `timezone` (UTC when
                absent). The newest vendor page marks it optional, the older one required, and a
                recorded answer to a request without it is `Cannot parse date`: the spec follows the
                newest page (absent means now), and the Python client always sends it.
            ignore_user_timezone: Send at `send_date` in `timezone` for everyone (true), or at
                that local time for each user (false). Optional on the newest page, required on the
                older one; a recorded request without it was accepted.
            timezone: The time zone of `send_date` (a tz database name such as
                `America/New_York`); UTC when absent.
            campaign: The code of the campaign the message belongs to.
            geozone: Send within a geozone: `{"lat": 22.22, "lng": 33.33, "range": 110}`.
            content: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            title: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            subtitle: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            rich_media: The code of a Rich Media page (`XXXXX-XXXXX`).
            page_id: An HTML page ID (legacy).
            rich_page_id: A Rich page ID (legacy).
            remote_page: The URL of a remote rich HTML page (legacy).
            link: A URL to open; for deep links add `minimize_link: 0`. The PyPI package
                `pushwoosh` 1.0.2 always sends `null`.
            minimize_link: Shorten `link`: 0 not at all, 2 with bitly (the newest page: default
                2). Older sources give 1 for Google's shortener (disabled since 2019) and 1 as the
                default; pypushwoosh sends 1 whenever `link` is set.
            data: Custom data, a JSON object or a JSON string, passed to the app as the `u`
                parameter of the payload.
            preset: The code of a push preset from the Control Panel.
            send_rate: Throttling, in pushes per second (sources quote 100 to 1,000).
            dynamic_content_placeholders: Values for the content's placeholders instead of
                device tags (`{"firstname": "John"}`).
            transaction_id: A unique identifier of the message: Pushwoosh keeps it for one day
                and ignores a repeat of the same message, so a request that failed or timed out can
                be sent again. The Python client gives one to each notification that has none.
            inbox_date: When the message leaves the Message Inbox (`YYYY-MM-DD`).
            inbox_days: For how many days the message stays in the Message Inbox (at most 30);
                instead of `inbox_date`.
            capping_days: The period of the frequency cap, in days (at most 30).
            capping_count: How many pushes a device may receive within `capping_days`.
            capping_avoid: When true, the global frequency capping rules are not applied to this
                message.
            capping_exclude: When true, this message does not count towards the frequency caps.
            ios_badges: The iOS badge: a number, or `+n` / `-n` to change it.
            ios_sound: The iOS sound file.
            ios_ttl: How long APNs keeps the push, in seconds.
            ios_silent: 1 sends a silent push.
            ios_category_id: The iOS notification category; the vendor's example is the string
                `"1"` beside a comment saying integer.
            ios_root_params: Fields merged into the APNs payload (`aps`, `attachment`, `data`).
            apns_trim_content: 1 trims the content to fit the payload.
            ios_trim_content: Deprecated: use `apns_trim_content`.
            ios_title: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            ios_subtitle: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            android_root_params: Fields merged into the FCM payload; a recorded answer refuses
                anything but an object.
            android_sound: The Android sound file.
            android_header: A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`).
            android_icon: The Android icon.
            android_custom_icon: The URL of a custom Android icon.
            android_banner: The URL of an Android banner image.
            android_badges: The Android badge.
            android_gcm_ttl: How long FCM keeps the push, in seconds.
            android_vibration: Vibrate (pwush types it a boolean, gomoob sends 1 or 0).
            android_led: The LED colour (`#rrggbb`).
            android_priority: The priority, -2 to 2.
            android_delivery_priority: `high` or `normal` (the default) FCM delivery priority.
            android_ibc: The icon background colour.
            android_silent: 1 sends a silent push.
            adm_root_params: Fields merged into the Amazon payload.
            adm_sound: The Amazon sound file.
            adm_header: The Amazon header.
            adm_icon: The Amazon icon.
            adm_custom_icon: The URL of a custom Amazon icon.
            adm_banner: The URL of an Amazon banner image.
            adm_ttl: How long ADM keeps the push, in seconds.
            adm_priority: The priority, -2 to 2.
            mac_badges: The macOS badge.
            mac_sound: The macOS sound file.
            mac_root_params: Fields merged into the macOS payload.
            mac_ttl: How long APNs keeps the macOS push, in seconds.
            wns_content: The Windows content: base64 XML or raw, or one per language; Windows 8
                ignores `content`.
            wns_type: `Tile`, `Toast`, `Badge` or `Raw`.
            wns_tag: A tag of up to 16 letters and digits.
            wns_cache: 1 or 0, the X-WNS-Cache-Policy.
            wns_ttl: How long WNS keeps the push, in seconds.
            wp_type: `Tile` or `Toast` (Windows Phone).
            wp_background: The tile background (Windows Phone).
            wp_backbackground: The back background of the tile.
            wp_backtitle: The back title of the tile.
            wp_backcontent: The back content of the tile.
            wp_count: The tile count.
            blackberry_header: The BlackBerry header.
            safari_title: The Safari title.
            safari_action: The Safari action button.
            safari_url_args: The Safari URL arguments (may be empty).
            safari_ttl: How long the Safari push is kept, in seconds.
            chrome_title: The Chrome title.
            chrome_icon: The Chrome icon URL.
            chrome_image: The Chrome image URL.
            chrome_gcm_ttl: How long FCM keeps the Chrome push, in seconds.
            chrome_duration: How long the push stays on screen, in seconds (0: until the user
                acts).
            chrome_button_text1: The first button's text.
            chrome_button_url1: The first button's URL (ignored without its text).
            chrome_button_text2: The second button's text.
            chrome_button_url2: The second button's URL (ignored without its text).
            firefox_title: The Firefox title.
            firefox_icon: The Firefox icon URL.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            TargetedMessageResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_targeted_message_operation.OPERATION,
            {
                "devices_filter": devices_filter,
                "send_date": send_date,
                "ignore_user_timezone": ignore_user_timezone,
                "timezone": timezone,
                "campaign": campaign,
                "geozone": geozone,
                "content": content,
                "title": title,
                "subtitle": subtitle,
                "rich_media": rich_media,
                "page_id": page_id,
                "rich_page_id": rich_page_id,
                "remote_page": remote_page,
                "link": link,
                "minimize_link": minimize_link,
                "data": data,
                "preset": preset,
                "send_rate": send_rate,
                "dynamic_content_placeholders": dynamic_content_placeholders,
                "transactionId": transaction_id,
                "inbox_date": inbox_date,
                "inbox_days": inbox_days,
                "capping_days": capping_days,
                "capping_count": capping_count,
                "capping_avoid": capping_avoid,
                "capping_exclude": capping_exclude,
                "ios_badges": ios_badges,
                "ios_sound": ios_sound,
                "ios_ttl": ios_ttl,
                "ios_silent": ios_silent,
                "ios_category_id": ios_category_id,
                "ios_root_params": ios_root_params,
                "apns_trim_content": apns_trim_content,
                "ios_trim_content": ios_trim_content,
                "ios_title": ios_title,
                "ios_subtitle": ios_subtitle,
                "android_root_params": android_root_params,
                "android_sound": android_sound,
                "android_header": android_header,
                "android_icon": android_icon,
                "android_custom_icon": android_custom_icon,
                "android_banner": android_banner,
                "android_badges": android_badges,
                "android_gcm_ttl": android_gcm_ttl,
                "android_vibration": android_vibration,
                "android_led": android_led,
                "android_priority": android_priority,
                "android_delivery_priority": android_delivery_priority,
                "android_ibc": android_ibc,
                "android_silent": android_silent,
                "adm_root_params": adm_root_params,
                "adm_sound": adm_sound,
                "adm_header": adm_header,
                "adm_icon": adm_icon,
                "adm_custom_icon": adm_custom_icon,
                "adm_banner": adm_banner,
                "adm_ttl": adm_ttl,
                "adm_priority": adm_priority,
                "mac_badges": mac_badges,
                "mac_sound": mac_sound,
                "mac_root_params": mac_root_params,
                "mac_ttl": mac_ttl,
                "wns_content": wns_content,
                "wns_type": wns_type,
                "wns_tag": wns_tag,
                "wns_cache": wns_cache,
                "wns_ttl": wns_ttl,
                "wp_type": wp_type,
                "wp_background": wp_background,
                "wp_backbackground": wp_backbackground,
                "wp_backtitle": wp_backtitle,
                "wp_backcontent": wp_backcontent,
                "wp_count": wp_count,
                "blackberry_header": blackberry_header,
                "safari_title": safari_title,
                "safari_action": safari_action,
                "safari_url_args": safari_url_args,
                "safari_ttl": safari_ttl,
                "chrome_title": chrome_title,
                "chrome_icon": chrome_icon,
                "chrome_image": chrome_image,
                "chrome_gcm_ttl": chrome_gcm_ttl,
                "chrome_duration": chrome_duration,
                "chrome_button_text1": chrome_button_text1,
                "chrome_button_url1": chrome_button_url1,
                "chrome_button_text2": chrome_button_text2,
                "chrome_button_url2": chrome_button_url2,
                "firefox_title": firefox_title,
                "firefox_icon": firefox_icon,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_message(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_message_operation.Result:
        """Delete a scheduled message.

        Deletes a message that is scheduled and not sent yet, by the code createMessage answered. No
        vendor page with this method's tables could be read: its request comes from pypushwoosh and
        its answers from those a third-party library recorded (`Message not found`). Repeating it
        leaves the same state.

        Sends `deleteMessage`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_message_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_message_details(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_message_details_operation.Result:
        """Read what is known of a message.

        Only third-party libraries send this method (with the message code, as deleteMessage takes
        it; pypushwoosh has the same request for deleteMessage), and no source shows its answer: the
        `response.message` object is the mock's choice, and no client should rely on its fields.

        Sends `getMessageDetails`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            MessageDetails

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_message_details_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def cancel_message(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> cancel_message_operation.Result:
        """Cancel a scheduled message.

        Cancels a message that is scheduled and not sent yet: it is never sent, and
        getMessageDetails
        shows it `cancelled`. Only libraries send this method (a PHP client and a Pushwoosh
        employee's wrapper list it); its body is inferred from deleteMessage's (`message`, the code
        createMessage answered), which pypushwoosh sends, and its answers from those a third-party
        library recorded. A message already sent is refused (210). Repeating it leaves the same
        state.

        Sends `cancelMessage`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage or createTargetedMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            cancel_message_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_push_history(
        self,
        *,
        source: None | str | Absent = ABSENT,
        search_by: None | str | Absent = ABSENT,
        value: str | Absent = ABSENT,
        last_notification_id: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_push_history_operation.Result:
        """List the messages sent, newest first.

        Lists the account's messages, newest first, a page at a time: `lastNotificationID` is 0 for
        the first page, then the `id` of the last row received; a page without rows is the end.
        `searchBy` narrows the list to the `value` of a notification id, code, application code or
        campaign code, `source` to where the messages came from. Only libraries send this method (a
        Pushwoosh employee's wrapper pages it this way); no source shows a row beyond its `id`, so
        the other row fields are the mock's.

        Sends `getPushHistory`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            source: Where the messages came from (`CP`, `API`, `GeoZone`, `Beacon`, `RSS`,
                `AutoPush`, `Twitter`, `A/B Test`); null for all.
            search_by: What `value` is: `notificationID`, `notificationCode`, `applicationCode`
                or `campaignCode`; null for no search.
            value: The id, message code, application code or campaign code searched.
            last_notification_id: 0 for the first page, then the `id` of the last row received.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[PushHistoryRow]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_push_history_operation.OPERATION,
            {
                "source": source,
                "searchBy": search_by,
                "value": value,
                "lastNotificationID": last_notification_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_filter(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        filter_expression: str | Absent = ABSENT,
        conditions: list[list[Any | ConditionOperator | str]] | Absent = ABSENT,
        operator: CreateFilterParamsOperator | str | Absent = ABSENT,
        expiration_date: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_filter_operation.Result:
        """Create a segment (filter) to send to.

        A named segment: `filter_expression` in the segment language (the newest page), or, as the
        older page has it, `conditions` (`[tag, operator, operand]` triples) joined by `operator`. A
        notification's `filter` names it. Repeating the call leaves the same state (the name is then
        taken: an argument error). For Custom Plan subscriptions, the vendor says.

        Sends `createFilter`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The segment's name, which a notification's `filter` uses.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            filter_expression: The segment in the segment language (`T("City", EQ, "Madrid")`).
            conditions: The segment as tag conditions (the older page).
            operator: How `conditions` combine.
            expiration_date: When the segment is deleted (`YYYY-MM-DD`).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_filter_operation.OPERATION,
            {
                "name": name,
                "filter_expression": filter_expression,
                "conditions": conditions,
                "operator": operator,
                "application": application,
                "expiration_date": expiration_date,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_filters(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_filters_operation.Result:
        """List the segments.

        The account's segments, with their conditions (as text, on the vendor page) or expression,
        application and expiration date.

        Sends `listFilters`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[FilterEntry]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_filters_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_filter(
        self,
        *,
        name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_filter_operation.Result:
        """Delete a segment.

        Deletes a segment by name.

        Sends `deleteFilter`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            name: The segment to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_filter_operation.OPERATION,
            {
                "name": name,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def add_tag(
        self,
        *,
        tag: TagDefinition | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_tag_operation.Result:
        """Define a tag.

        Creates a tag of a type: 1 Integer, 2 String, 3 List, 4 Date, 5 Boolean, 6 Decimal, 7
        Version.
        `application_specific` keeps its values per application, `user_specific` per user. Repeating
        the
        call leaves the same state (the name is then taken: an argument error). For Custom Plan
        subscriptions, the vendor says.

        Sends `addTag`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            tag: A tag to create.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            bool

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            add_tag_operation.OPERATION,
            {
                "tag": tag,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_tags_operation.Result:
        """List the defined tags.

        The account's tags. The vendor's example shows each tag's `name`; the mock also gives its
        `type` and flags.

        Sends `listTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[ListedTag]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_tags_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_tag(
        self,
        *,
        tag: TagName | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_tag_operation.Result:
        """Delete a tag and all its values.

        Completely removes a tag with all the associated information: its definition and its value
        on
        every device and user.

        Sends `deleteTag`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            tag: The tag to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            bool

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_tag_operation.OPERATION,
            {
                "tag": tag,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_results(
        self,
        *,
        request_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_results_operation.Result:
        """Collect the result of a scheduled statistics request.

        The statistics methods getMsgStats, getMsgPlatformsStats, getAppStats, getCampaignStats and
        getEventStatistics are scheduled: each answers a `request_id` at once, and getResults
        answers the result when it is ready, in `response` (its shape is that of the method that
        scheduled it: `x-pushwoosh-job` names it). While the result is not ready the mock answers
        210 `Result is not ready yet` (no source shows that answer; a Pushwoosh employee's client,
        a library, polls until status_code is 200). A readme.io page of the vendor shows an older
        envelope, `{"error": {"code": 0, "message": "OK"}, "json_data": {…}}`, which clients do not
        read.

        Sends `getResults`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            request_id: The id of a scheduled request, as its start answered it (32 hex digits,
                or `DC1_` and 32 hex digits, in the vendor's examples; no format is stated).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ScheduledResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_results_operation.OPERATION,
            {
                "request_id": request_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_msg_stats(
        self,
        *,
        message: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_msg_stats_operation.Result:
        """Schedule a message's statistics.

        Schedules the statistics of one message (by the code createMessage answered); getResults
        answers them (`GetMsgStatsResult`: rows of `send`, `delivery`, `open` counts per hour).
        Deprecated by the vendor ("please use the totalsByIntervals method instead"); the newer page
        shows it on go.pushwoosh.com, the older on cp.pushwoosh.com. Each call schedules a new
        request (a repeat starts a second job).

        Sends `getMsgStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            message: The message code createMessage answered.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetMsgStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_msg_stats_operation.OPERATION,
            {
                "message": message,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_msg_platforms_stats(
        self,
        *,
        message: str,
        platforms: list[DeviceType | int] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_msg_platforms_stats_operation.Result:
        """Schedule a message's statistics per platform.

        As getMsgStats, narrowed to `platforms` (device types; all when absent: one page says the
        field is optional, the older one that it is required) with a row per platform. `message` is
        the message code (the older page also says "or message ID"; the mock takes either). The
        older
        page shows each row's `count` as a string ("3"), as the mock sends it here. Deprecated.

        Sends `getMsgPlatformsStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            message: The message code (the older page says "message code or message ID").
            platforms: The device types counted (all when absent).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetMsgStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_msg_platforms_stats_operation.OPERATION,
            {
                "message": message,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_app_stats(
        self,
        *,
        datefrom: str,
        dateto: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_app_stats_operation.Result:
        """Schedule an application's statistics for a period.

        Schedules the application's counts between `datefrom` and `dateto` (`Y-m-d H:i:s`, UTC):
        `open` and `install` (the app), `register` and `unregister` (devices), `send` and `open`
        (messages), as rows per interval whose scale follows the period: yearly over a year,
        monthly over a month, daily over a day, hourly over three hours, minutely otherwise. A
        readme.io page shows an older result, `{applications, devices, messages}` each with its own
        rows; the mock answers the current page's form.

        Sends `getAppStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            datefrom: A moment, `Y-m-d H:i:s` (UTC).
            dateto: A moment, `Y-m-d H:i:s` (UTC).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetAppStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_app_stats_operation.OPERATION,
            {
                "application": application,
                "datefrom": datefrom,
                "dateto": dateto,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_campaign_stats(
        self,
        *,
        campaign: str,
        datefrom: str,
        dateto: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_campaign_stats_operation.Result:
        """Schedule a campaign's statistics for a period.

        Schedules the counts of the messages sent with a `campaign` code between `datefrom` and
        `dateto` (`Y-m-d H:i:s`), as hourly rows per action and platform (`platformid`).

        Sends `getCampaignStats`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            campaign: The campaign code.
            datefrom: A moment, `Y-m-d H:i:s` (UTC).
            dateto: A moment, `Y-m-d H:i:s` (UTC).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: GetCampaignStatsResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_campaign_stats_operation.OPERATION,
            {
                "campaign": campaign,
                "datefrom": datefrom,
                "dateto": dateto,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_event_statistics(
        self,
        *,
        event: str,
        date_from: str,
        date_to: str,
        application: str | Absent = ABSENT,
        attributes: Sequence[EventAttributeFilter | EventAttributeFilterDict] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_event_statistics_operation.Result:
        """Schedule an event's statistics for a period.

        Schedules the hourly counts of an `event` (named exactly as created) posted between
        `date_from` and `date_to` (dates, `YYYY-MM-DD`), optionally only those whose `attributes`
        equal the values given (operator `EQ`, the only one the page shows). The result is an array
        of `{date, count}` rows.

        Sends `getEventStatistics`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event's name, exactly as created.
            date_from: The first day, `YYYY-MM-DD`.
            date_to: The last day, `YYYY-MM-DD`.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            attributes: Attribute filters, all of which an event must meet.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: list[EventStatisticsRow])

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_event_statistics_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "date_from": date_from,
                "date_to": date_to,
                "attributes": attributes,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_application_subscribers_stats(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_application_subscribers_stats_operation.Result:
        """Count an application's subscribers by device type.

        The vendor says it answers the application's subscribers grouped by device type, without
        showing the answer: its shape here (`rows` of `device_type` and `subscribers`) is the
        mock's.
        Not scheduled: it answers at once.

        Sends `getApplicationSubscribersStats`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[SubscribersRow]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_application_subscribers_stats_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_messages(
        self,
        *,
        filters: ListMessagesFilters | Mapping[str, Any],
        application: str | Absent = ABSENT,
        params: ListMessagesOptions | Mapping[str, Any] | Absent = ABSENT,
        per_page: int | Absent = ABSENT,
        page: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_messages_operation.Result:
        """List the messages sent, with their details and metrics.

        The vendor's `messages:list`: lists the application's messages that match `filters`, a
        page at a time (`per_page` at most 1,000), with their details (`params.with_details`) and
        per-platform counts (`params.with_metrics`, integers here). The server token travels in
        the `Authorization` header (the vendor shows no prefix; see `StatisticsToken`). The table
        puts `application` at the top, the example inside `filters`: both are declared. The
        newer page's example wraps the body in `request`; this spec follows the flat body of the
        older page and the table. The vendor does not list the values of `status` (its cancel
        page names `pending`, `waiting` and `processing`) nor the first page's number: the mock
        answers `waiting`, `sent` or `cancelled`, counts pages from 1 (0 reads as 1) and sends
        100 a page by default.

        Sends `listMessages`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            filters: Which messages to list (every filter narrows the list).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            params: What to add to each message.
            per_page: Messages a page, at most 1,000 (the mock's default is 100).
            page: The page (the base is not documented; the mock counts from 1, 0 reads as 1).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ListMessagesAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_messages_operation.OPERATION,
            {
                "application": application,
                "filters": filters,
                "params": params,
                "per_page": per_page,
                "page": page,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def totals_by_intervals(
        self,
        *,
        message_code: str,
        platforms: list[int] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> totals_by_intervals_operation.Result:
        """A message's counts and conversion, by hour.

        "Returns metrics and conversion data based on the message code, aggregated by hour"
        (vendor), optionally for some platforms (device types). The vendor's answer writes the
        counts as strings of digits (`"sends": "55902"`), unlike messages:list; conversion and
        revenue are numbers, revenue counting only events with `__amount` and `__currency`
        attributes. It replaces the deprecated getMsgStats and getMsgPlatformsStats. The server
        token travels in the `Authorization` header (the vendor shows no prefix; see
        `StatisticsToken`). An unknown message code is answered 404 by the mock (not documented).

        Sends `totalsByIntervals`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_code: The message's code.
            platforms: The platforms (device types) to count; all when absent.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            TotalsByIntervalsAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            totals_by_intervals_operation.OPERATION,
            {
                "message_code": message_code,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_message_log(
        self,
        *,
        message_id: int | Absent = ABSENT,
        message_code: str | Absent = ABSENT,
        campaign_code: str | Absent = ABSENT,
        hwid: list[str] | str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        application_code: str | Absent = ABSENT,
        date_from: str | Absent = ABSENT,
        date_to: str | Absent = ABSENT,
        limit: int | Absent = ABSENT,
        pagination_token: str | Absent = ABSENT,
        actions: list[MessageLogAction | str] | Absent = ABSENT,
        platforms: list[str] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_message_log_operation.Result:
        """The log of what happened to messages, device by device.

        "For Custom Plan subscriptions only" (vendor). Lists the send, delivery, open and inbox
        events of messages, narrowed by at least one of `message_id`, `message_code`,
        `campaign_code`, `hwid`, `user_id`, or `date_from` with `date_to`, within 30 days of today
        (vendor), `limit` rows a page (at most 100,000) and `pagination_token` for the next page.
        The vendor's URL line was not readable: the path is a PHP library's; a Pushwoosh
        employee's library calls a json 1.3 `getMessageLog` with `{"request": {...}}` and reads
        `result` and `pagination_token`, the names this answer uses without the envelope. The
        rows' fields are the mock's, after the columns of getTrackingLog, which this method
        replaces. The server token travels in the `Authorization` header (see `StatisticsToken`).
        The vendor's error texts are documented; their HTTP status (400, 401) is the mock's.

        Sends `getMessageLog`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_id: A message's id, from the message history (`12345678900`).
            message_code: A message's code (`A444-AAABBBCC-00112233`).
            campaign_code: A campaign's code (`AAAAA-XXXXX`).
            hwid: One hwid, or a list of them ("String or Array").
            user_id: A user ID.
            application_code: An application code.
            date_from: The start, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today.
            date_to: The end, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today.
            limit: Rows a page, at most 100,000 (a Pushwoosh employee's library asks 1,000).
            pagination_token: The previous page's `pagination_token`, for the next page.
            actions: The actions to list; all when absent.
            platforms: Platform names, lower case: `ios`, `blackberry`, `android`, `windows
                phone`, `osx`, `windows`, `amazon`, `safari`, `chrome`, `firefox`, `ie`, `email`,
                `baidu android`, `huawei android`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetMessageLogAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_message_log_operation.OPERATION,
            {
                "message_id": message_id,
                "message_code": message_code,
                "campaign_code": campaign_code,
                "hwid": hwid,
                "user_id": user_id,
                "application_code": application_code,
                "date_from": date_from,
                "date_to": date_to,
                "limit": limit,
                "pagination_token": pagination_token,
                "actions": actions,
                "platforms": platforms,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_application(
        self,
        *,
        title: str,
        icon: str | Absent = ABSENT,
        authorize_all_tokens: bool | Absent = ABSENT,
        sdk_ios: SdkIos | str | Absent = ABSENT,
        sdk_android: SdkAndroid | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_application_operation.Result:
        """Create an application.

        Creates an application on the account and answers its code. "For Custom Plan
        subscriptions only" (vendor; "Private Offering" on the older page); what another account
        gets is not documented. `title` is required on the newer page and optional on the older
        GitBook page: the spec follows the newer one. A repeat creates a second application.

        Sends `createApplication`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            title: The new application's title.
            icon: The icon, "Base64-encoded binary content of png file".
            authorize_all_tokens: Allow every API token of the account to use the application.
            sdk_ios: The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is
                different").
            sdk_android: The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select
                phonegap").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_application_operation.OPERATION,
            {
                "title": title,
                "icon": icon,
                "authorize_all_tokens": authorize_all_tokens,
                "sdk_ios": sdk_ios,
                "sdk_android": sdk_android,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_application(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_application_operation.Result:
        """Read an application's settings.

        Answers one application's settings. "For Custom Plan subscriptions only" (vendor); what
        another account gets is not documented. The vendor's example is cut off after
        `ios_apple…` and shows its values hex-encoded (`x7077` for `pw`, probably an artefact of
        the page, inferred): the answer is an open object, and its `title`, `ios_sdk`,
        `authorize_all_tokens` and `providers` are the mock's.

        Sends `getApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ApplicationDetails

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_application_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_applications(
        self,
        *,
        page: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_applications_operation.Result:
        """List the account's applications, a page at a time.

        Lists the account's applications a page at a time: `page` counts from 0, and the answer
        holds `total`, `page` and `applications`, an object keyed by application code. "For Custom
        Plan subscriptions only" (vendor); what another account gets is not documented. The
        vendor's example is cut off after `auth`: the request's `page` and the answer rest on a
        Pushwoosh employee's library, which asks pages 0, 1, … and stops after the page whose
        number equals `total` (so it reads `total` as the last page's number; the mock answers the
        number of pages, which makes that library ask one empty page more). The page size is the
        mock's.

        Sends `getApplications`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            page: The page, counted from 0 (a Pushwoosh employee's library starts there; a
                support script sends none).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetApplicationsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_applications_operation.OPERATION,
            {
                "page": page,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def update_application(
        self,
        *,
        application: str | Absent = ABSENT,
        title: str | Absent = ABSENT,
        icon: str | Absent = ABSENT,
        sdk_ios: SdkIos | str | Absent = ABSENT,
        sdk_android: SdkAndroid | str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_application_operation.Result:
        """Change an application's title, icon or SDK.

        Sets an application's `title`, `icon` (a base64 PNG) and SDKs (`authorize_all_tokens` is
        not among its fields). "For Custom Plan subscriptions only" (vendor); what another
        account gets is not documented. Absolute values: repeating it leaves the same state.

        Sends `updateApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            title: New title for the app in Pushwoosh.
            icon: The icon, base64-encoded PNG.
            sdk_ios: The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is
                different").
            sdk_android: The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select
                phonegap").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            update_application_operation.OPERATION,
            {
                "application": application,
                "title": title,
                "icon": icon,
                "sdk_ios": sdk_ios,
                "sdk_android": sdk_android,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_application(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_application_operation.Result:
        """Delete an application.

        Deletes an application; every later call naming it is refused (the mock answers 210
        `Application not found`, a second deleteApplication included, so a repeat leaves the same
        state). "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented.

        Sends `deleteApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_application_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def configure_application(
        self,
        *,
        device_type: int,
        application: str | Absent = ABSENT,
        ios_key_management_type: ConfigureApplicationParamsIosKeyManagementType
        | str
        | Absent = ABSENT,
        ios_key_file: str | Absent = ABSENT,
        ios_key_password: str | Absent = ABSENT,
        ios_gateway: ConfigureApplicationParamsIosGateway | str | Absent = ABSENT,
        ios_framework: ConfigureApplicationParamsIosFramework | str | Absent = ABSENT,
        step: str | Absent = ABSENT,
        ios_apple_id: str | Absent = ABSENT,
        ios_apple_password: str | Absent = ABSENT,
        android_fcm_service_account: ConfigureApplicationParamsAndroidFcmServiceAccount
        | Mapping[str, Any]
        | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> configure_application_operation.Result:
        """Configure an application's platform (iOS, Android, …).

        Sets up one platform of an application, named by `device_type`: iOS with a key file
        (`ios_key_management_type` `manual`: `ios_key_file`, `ios_key_password`, `ios_gateway`,
        `ios_framework`) or automatically (`auto`, in steps: step `1` sends the Apple ID and
        answers `step_data` with the teams to choose from; the fields of step 2, "Select the Team
        ID", were not readable), Android with `android_fcm_service_account` (the Google service
        account's JSON). The vendor's method list also names Windows Phone, Mac OS X, BlackBerry,
        Windows 8, Amazon and Safari/Chrome bodies, which were not readable: the spec takes any
        fields for them. The answer shows which platforms are configured (`providers`). "For
        Custom Plan subscriptions only" (vendor); what another account gets is not documented.
        Absolute settings: repeating it leaves the same state.

        Sends `configureApplication`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            device_type: The platform: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10
                Safari; the older page adds 2 BlackBerry and 5 Windows Phone.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            ios_key_management_type: iOS keys from a file (`manual`, one step) or from the Apple
                account (`auto`, in steps).
            ios_key_file: The key file, base64-encoded (iOS, manual).
            ios_key_password: The key file's password (iOS, manual).
            ios_gateway: APNs, `0` sandbox or `1` production (iOS, manual).
            ios_framework: The framework the iOS app is built with.
            step: The step of the automatic iOS set-up (`1`, then `2` to select the team, whose
                fields were not readable).
            ios_apple_id: The Apple ID (iOS, automatic, step 1).
            ios_apple_password: The Apple ID's password (iOS, automatic, step 1).
            android_fcm_service_account: The Google service account's JSON (`client_email`,
                `auth_uri`, `auth_provider_x509_cert_url`, …) for FCM (Android).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ConfigureApplicationResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            configure_application_operation.OPERATION,
            {
                "application": application,
                "device_type": device_type,
                "ios_key_management_type": ios_key_management_type,
                "ios_key_file": ios_key_file,
                "ios_key_password": ios_key_password,
                "ios_gateway": ios_gateway,
                "ios_framework": ios_framework,
                "step": step,
                "ios_apple_id": ios_apple_id,
                "ios_apple_password": ios_apple_password,
                "android_fcm_service_account": android_fcm_service_account,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_unregistered_devices(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_unregistered_devices_operation.Result:
        """List an application's unregistered devices.

        Lists the devices of an application that were unregistered. Only a library sends this
        method (a Pushwoosh employee's wrapper, whose docstring says it returns an array); no
        source shows the answer's fields, so the rows are the mock's.

        Sends `getUnregisteredDevices`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[UnregisteredDevice]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_unregistered_devices_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_preset(
        self,
        *,
        name: str,
        content: PresetContent | Mapping[str, Any],
        segmentation: PresetSegmentation | Mapping[str, Any],
        application_code: str | Absent = ABSENT,
        application_group_code: str | Absent = ABSENT,
        campaign_code: str | Absent = ABSENT,
        scheduling: PresetScheduling | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_preset_operation.Result:
        """Create a preset.

        Saves message content under a name, for an application (`applicationCode`) or an
        application group (`applicationGroupCode`, instead). Its root fields are camelCase, unlike
        most methods. The vendor's answer carries no preset code: listPresets shows it. A repeat
        creates a second preset.

        Sends `createPreset`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The preset's name.
            content: A preset's message.
            segmentation: Whom the preset's message reaches.
            application_code: The application's code.
            application_group_code: An application group's code, "can be used instead of
                applicationCode".
            campaign_code: The campaign the preset belongs to.
            scheduling: How fast the preset's message goes out.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_preset_operation.OPERATION,
            {
                "name": name,
                "content": content,
                "segmentation": segmentation,
                "applicationCode": application_code,
                "applicationGroupCode": application_group_code,
                "campaignCode": campaign_code,
                "scheduling": scheduling,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_preset(
        self,
        *,
        preset_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_preset_operation.Result:
        """Read a preset.

        Answers a preset by its code. The request is the vendor's; its answer was not readable in
        any source, so the answer's fields are the mock's (the fields createPreset takes, and the
        code).

        Sends `getPreset`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            preset_code: Push preset code to retrieve information for.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            Preset

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_preset_operation.OPERATION,
            {
                "preset_code": preset_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_presets(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_presets_operation.Result:
        """List an application's presets.

        "Retrieves the list of presets created for the app" (vendor). The answer was not readable
        in any source: its fields are the mock's (getPreset's objects, no paging).

        Sends `listPresets`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[Preset]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_presets_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_preset(
        self,
        *,
        preset_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_preset_operation.Result:
        """Delete a preset.

        Deletes a preset by its code. Only a library shows this request (a Pushwoosh employee's
        wrapper, whose docstring links the vendor's presets page, whose section on it was not
        readable); the answer is the mock's. Repeating it leaves the same state.

        Sends `deletePreset`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            preset_code: The code of the preset to delete.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_preset_operation.OPERATION,
            {
                "preset_code": preset_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_campaign(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        description: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_campaign_operation.Result:
        """Create a campaign.

        Creates a campaign in the application and answers its code, which createMessage's
        `campaign` takes. The Control Panel calls these "Aggregated Messages", "different from the
        Campaigns found in the Customer Journey builder". "For Custom Plan subscriptions only"
        (vendor); what another account gets is not documented. A repeat creates a second campaign.

        Sends `createCampaign`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The campaign's name.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            description: A description.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_campaign_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "description": description,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_campaigns(
        self,
        *,
        application: str | Absent = ABSENT,
        cursor: str | Absent = ABSENT,
        limit: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_campaigns_operation.Result:
        """List an application's campaigns, a page at a time.

        Lists the application's campaigns, at most `limit` a page (all when absent, a library
        says): the answer's `cursor` goes in the next call's `cursor` ("the last campaign
        retrieved in the previous request"). No source says how the last page is marked; the mock
        leaves `cursor` out, and a client stops when it is absent, null or empty, or a page is
        empty. "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented.

        Sends `getCampaigns`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            cursor: The previous answer's `cursor` ("the last campaign retrieved in the previous
                request"); absent for the first page.
            limit: "The max number of campaigns for a single response"; all when absent (a
                library says).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            GetCampaignsResult | None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_campaigns_operation.OPERATION,
            {
                "application": application,
                "cursor": cursor,
                "limit": limit,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_campaign(
        self,
        *,
        campaign: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_campaign_operation.Result:
        """Delete a campaign.

        Deletes a campaign. The newer (translated) pages call `campaign` the campaign's code, the
        older English page its "ID": the spec follows the code, the only identifier createCampaign
        answers. "For Custom Plan subscriptions only" (vendor); what another account gets is not
        documented. Repeating it leaves the same state.

        Sends `deleteCampaign`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            campaign: The campaign's code (the newer pages; the older English page says its
                "ID").
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_campaign_operation.OPERATION,
            {
                "campaign": campaign,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_test_devices(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_test_devices_operation.Result:
        """List an application's test devices.

        "Returns all test devices for the specified application" (vendor, translated), without
        paging. Note the answer's spelling: `type` is the device type as a string and the push
        token is `pushtoken`.

        Sends `listTestDevices`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[TestDevice]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_test_devices_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def add_geo_zone(
        self,
        *,
        geozones: Sequence[GeoZoneInput | GeoZoneInputDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_geo_zone_operation.Result:
        """Add geozones to an application.

        Adds one or more geozones (a point, a range of 50 to 1,000 metres, a cooldown in seconds,
        and the content to push, or a preset's code instead) and answers their ids. The vendor's
        table is the request's source; the answer (`GeoZones`, the new ids) is a library's, and
        that the ids follow the request's order is inferred. A repeat adds the zones again, with
        new ids.

        Sends `addGeoZone`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            geozones: The zones to add.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[int]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            add_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def update_geo_zone(
        self,
        *,
        geozones: Sequence[GeoZoneChange | GeoZoneChangeDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_geo_zone_operation.Result:
        """Change geozones.

        "Updates Geozone properties" (vendor): the page's section ends at that heading, so the body
        is inferred and the mock's: `geozones`, a list of the zones to change, each its `id` (as
        addGeoZone answered it) and any of addGeoZone's fields; a `cluster` or `campaign` of null
        unbinds it, an omitted field stays as it was (addGeoZone's wording, which reads as
        written for this method). Absolute values: repeating it leaves the same state.

        Sends `updateGeoZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geozones: The zones to change.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            update_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_geo_zone(
        self,
        *,
        geozones: list[int],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_geo_zone_operation.Result:
        """Delete geozones.

        Deletes geozones by id. Only a library shows this request (no vendor table was
        readable); the answer is the mock's. Repeating it leaves the same state.

        Sends `deleteGeoZone`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geozones: The ids of the zones to delete.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_geo_zone_operation.OPERATION,
            {
                "application": application,
                "geozones": geozones,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_geo_zones(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_geo_zones_operation.Result:
        """List an application's geozones, by cluster.

        Lists the application's geozones grouped by cluster (here `lat` and `lng` are numbers).
        Only a library shows this method and its answer (no vendor table was readable); each
        zone's `id`, and the cluster without a name that holds the unclustered zones, are the
        mock's.

        Sends `listGeoZones`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[GeoZoneClusterZones]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_geo_zones_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def add_geo_zone_cluster(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        cooldown: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> add_geo_zone_cluster_operation.Result:
        """Add a geozone cluster.

        Creates a cluster of geozones with its own cooldown and answers its code (which a zone's
        `cluster` names; that it is the `code` listGeoZoneClusters shows is inferred). Only a
        library shows this method and its answer (no vendor table was readable). A repeat creates
        a second cluster.

        Sends `addGeoZoneCluster`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The cluster's name.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            cooldown: The cluster's silent period after a push, in seconds (the library sends 60
                by default).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            add_geo_zone_cluster_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "cooldown": cooldown,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def delete_geo_zone_cluster(
        self,
        *,
        geo_zone_cluster: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_geo_zone_cluster_operation.Result:
        """Delete a geozone cluster.

        Deletes a cluster by its code. Only a library shows this request (no vendor table was
        readable); the answer, and the cluster's zones staying without a cluster, are the mock's.
        Repeating it leaves the same state.

        Sends `deleteGeoZoneCluster`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            geo_zone_cluster: The cluster's code.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_geo_zone_cluster_operation.OPERATION,
            {
                "application": application,
                "geoZoneCluster": geo_zone_cluster,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def list_geo_zone_clusters(
        self,
        *,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> list_geo_zone_clusters_operation.Result:
        """List an application's geozone clusters.

        Lists the application's clusters, each with its code, cooldown and the number of its zones
        (`geozones` is a count). Only a library shows this method and its answer (no vendor table
        was readable).

        Sends `listGeoZoneClusters`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[GeoZoneClusterEntry]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            list_geo_zone_clusters_operation.OPERATION,
            {
                "application": application,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_email_message(
        self,
        *,
        notifications: Sequence[EmailNotification | EmailNotificationDict],
        application: str | Absent = ABSENT,
        applications_group: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
        broadcast: bool = False,
    ) -> create_email_message_operation.Result:
        """Send an email to the subscribers its targeting selects.

        Sends one email per notification, from an email preset (`preset`, the newer page) or an
        email template (`email_template`, the older GitBook page; both are declared and the mock
        treats them alike), to the addresses in `devices` (at most 1,000), the `users`, a segment
        (`filter`) or tag `conditions`. Unlike push, `devices` wins over `users` when both are
        given (this page's rule). The answer carries no message code. The server token must be
        one the Control Panel allows the "Email API": another is refused with
        `{"status_code": 403, "status_message": "Token restrictions forbid this operation",
        "response": null}` (vendor); the GitBook page labels it "403: Forbidden", the newer page
        does not say whether the HTTP status is 403 too: the spec (and the mock) answer HTTP 403.
        A `transactionId` makes a repeat harmless ("to prevent re-sending in case of network
        problems", kept a day). The body limit is createMessage's 10 MB (inferred: the root is the
        same, and two attachments of 1 MB must fit).

        Sends `createEmailMessage`; a repeat is safe-with-transaction-id (`x-pushwoosh-repeat`).

        Args:
            notifications: The emails.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            applications_group: "Can be used instead of application to send to a group of
                applications."
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.
            broadcast: Send EmailNotifications that have no targeting (none of
                filter, devices, users, conditions, or only empty ones), which reach every device of the
                application. Without it such a EmailNotification is refused before anything is
                sent (`x-pushwoosh-targeting`).

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_email_message_operation.OPERATION,
            {
                "notifications": notifications,
                "application": application,
                "applications_group": applications_group,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout, broadcast),
        )

    async def delete_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> delete_email_operation.Result:
        """Remove an email subscriber.

        Removes an email subscriber (the email device whose hwid is the address) with its tags:
        the Device API page says "For emails call /deleteEmail" instead of unregisterDevice. Only
        a third-party library shows the body (`application`, `email`, and no `auth`), so the call
        is taken to be a Device API one, with the Device API token in the header (inferred); the
        answer is the mock's. Repeating it leaves the subscriber removed.

        Sends `deleteEmail`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            email: The address to remove.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            delete_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_sms_message(
        self,
        *,
        notifications: Sequence[SMSNotification | SMSNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_sms_message_operation.Result:
        """Send an SMS to one phone number.

        Sends one SMS per notification to one phone number ("Only one number can be specified
        here"): a number registered with registerDevice as the hwid of an SMS device (device type
        18), or registered on the way with `use_auto_registration`. SMS must be enabled for the
        account by sales ("Otherwise, sending SMS will not be available"); what another account
        gets is not documented. Its statistics come from totalsByIntervals (newer page) or
        getMsgStats (older page). No transaction id is documented: a repeat sends again.

        Sends `createSMSMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The SMS, one number each.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_sms_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_whats_app_message(
        self,
        *,
        notifications: Sequence[WhatsAppNotification | WhatsAppNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_whats_app_message_operation.Result:
        """Send a WhatsApp message to one number.

        Sends one WhatsApp message per notification to one number (each "must be sent in a
        separate request"), as text (`content`) or a template approved by Meta (`content_id`,
        with its variables). WhatsApp subscribers are devices of type 21 whose hwid is
        `whatsapp:` and the E.164 number. The vendor's answer was not readable: the spec takes
        SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createWhatsAppMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages, one number each.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_whats_app_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_kakao_message(
        self,
        *,
        notifications: Sequence[KakaoNotification | KakaoNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_kakao_message_operation.Result:
        """Send a KakaoTalk message from an approved template.

        Sends one KakaoTalk message per notification, from a pre-approved `template` with its
        variables, to `devices` (each `kakao:`-prefixed) or `users`. `send_date` is
        `YYYY-MM-DD HH:MM:SS` in UTC, with seconds (unlike push), or `now`. A notification carrying
        `platforms`, `filter`, `filter_code` or `conditions` "will result in a validation error"
        (vendor; the mock refuses them at the root too, with a 210 of its own wording). The answer
        was not readable: the spec takes SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createKakaoMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_kakao_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_line_message(
        self,
        *,
        notifications: Sequence[LineNotification | LineNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_line_message_operation.Result:
        """Send a LINE message.

        Sends one LINE message per notification to `devices` ("List of device codes (user IDs)"):
        text (`content`, at most 5,000 characters), a `preset` ("if both preset and content are
        included, the value from the request overrides the preset"), or an image `template`
        (`image_url` and `preview_image_url`, HTTPS with TLS 1.2 or later). Flex and carousel
        templates exist, their schemas were not readable: `template` is an open object. The answer
        was not readable: the spec takes SMS's (`Messages`, inferred). A repeat sends again.

        Sends `createLineMessage`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The messages.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_line_message_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def create_event(
        self,
        *,
        name: str,
        application: str | Absent = ABSENT,
        description: str | Absent = ABSENT,
        event_attributes: Sequence[EventAttributeDefinition | EventAttributeDefinitionDict]
        | Absent = ABSENT,
        track_revenue: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> create_event_operation.Result:
        """Create an event for postEvent to record.

        Defines an event of the application (a name of at most 32 characters, a description of
        at most 64, typed attributes, revenue tracking) and answers its id; postEvent then records
        it. Documented answers: HTTP 200 with status_code 200 (created), 210 (an argument error),
        403 ("Permissions error (for example, when Events limit is exceeded)") or 404 ("Resource
        not found"); HTTP 400 for a malformed request; HTTP 500 with status_code 500. A repeat
        is refused (the name is taken, in the mock), or creates a second event: unsafe.

        Sends `createEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            name: The event's name, "32 characters max", which postEvent names.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            description: A description, "64 characters max".
            event_attributes: The event's attributes and their types.
            track_revenue: Track the event's revenue (the vendor's "Track Event Revenue"
                section).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            int

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            create_event_operation.OPERATION,
            {
                "application": application,
                "name": name,
                "description": description,
                "eventAttributes": event_attributes,
                "trackRevenue": track_revenue,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def start_live_activity(
        self,
        *,
        notifications: Sequence[StartLiveActivityNotification | StartLiveActivityNotificationDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_live_activity_operation.Result:
        """Start an iOS Live Activity on devices.

        Starts a Live Activity (iOS 16.1 and later; `content` is the text older devices show) on
        `devices` (push tokens in lower case, or hwids), `users`, or a segment, and gives it a
        `live_activity_id` that updateLiveActivity then names ("must be unique per activity
        session"). The segment field differs between copies of the page: `filter`, a segment's
        name (the newest copy), or `filter_code`, its code (the developer copy); both are
        declared. It sends a push: a repeat sends again.

        Sends `startLiveActivity`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The activities to start.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            start_live_activity_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def update_live_activity(
        self,
        *,
        notifications: Sequence[
            UpdateLiveActivityNotification | UpdateLiveActivityNotificationDict
        ],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> update_live_activity_operation.Result:
        """Update or end an iOS Live Activity.

        Updates (`event` `update`) or ends (`end`, with an optional `dismissal-date` in seconds)
        a Live Activity. Two copies of the page disagree on the body: the newer one names the
        activity by the `live_activity_id` given at start (`live_activity`), the older one sends
        `ios_live_activity` to the activities' own push tokens (`live_activity_push_tokens`). The
        spec follows the newer and accepts the older. It sends a push: a repeat sends again.

        Sends `updateLiveActivity`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            notifications: The updates.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            list[str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            update_live_activity_operation.OPERATION,
            {
                "application": application,
                "notifications": notifications,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def bulk_set_tags(
        self,
        *,
        devices: Sequence[BulkSetTagsDevice | BulkSetTagsDeviceDict],
        application: str | Absent = ABSENT,
        create_missing_tags: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> bulk_set_tags_operation.Result:
        """Set tags on many devices at once (a job).

        Starts a job that sets tag values on a list of devices, each named by `hwid`, `user_id` or
        `push_token` (vendor). The body is flat, the server token in `auth` at its top (vendor; a
        2024 PHP library wraps it in `request`, which this spec does not follow). The vendor asks
        for at least 50 devices a call and states no maximum. `list_operator` says how a list tag's
        values are applied (`set`, `append`, `remove`); `create_missing_tags` creates the tags that
        do not exist. The answer is the job's `request_id` and `Pending`; getBulkSetTagsStatus
        reads the job. Its later states (`Completed`, `Failed`) and what the status answers are the
        mock's (no source shows them). Each call starts a new job, so it is not repeated blindly.

        Sends `bulkSetTags`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            devices: The devices and their tag values, at least 50 a call (vendor).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            create_missing_tags: If true, missing tags are created automatically.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: BulkSetTagsStatus)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            bulk_set_tags_operation.OPERATION,
            {
                "application": application,
                "devices": devices,
                "create_missing_tags": create_missing_tags,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_bulk_set_tags_status(
        self,
        *,
        request_id: str,
        detailed: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_bulk_set_tags_status_operation.Result:
        """Read the status of a bulkSetTags job.

        Answers the status of the job bulkSetTags started, by its `request_id` in the path;
        `detailed=true` asks for the details (vendor). No source shows the answer beyond the
        start's `Pending`, nor how this GET authenticates (a PHP library sends no header and no
        body). The answer's fields, the states `Completed` and `Failed`, and the token in
        `Authorization: Token <server token>` are the mock's choices; the mock answers 401 to a
        call without the header. Reading the status changes nothing.

        Sends `getBulkSetTagsStatus`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            request_id:
            detailed:
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            BulkSetTagsStatus

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_bulk_set_tags_status_operation.OPERATION,
            {
                "request_id": request_id,
                "detailed": detailed,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def bulk_register_device(
        self,
        *,
        devices: Sequence[BulkRegisterDeviceItem | BulkRegisterDeviceItemDict],
        application: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> bulk_register_device_operation.Result:
        """Register many devices, with their tags, at once.

        Registers a list of devices, each with its `hwid` (an email address for an email device),
        `push_token`, `platform` (a device type, such as 14 for email) and tags (vendor). Without
        `list_operator` a list tag's values are replaced; `append` and `remove` change them. The
        body is flat, the server token in `auth` at its top. No source shows the answer, a limit,
        or whether the call starts a job: the answer is declared as an open object (a job's
        `request_id` and `status`, as bulkSetTags answers, would still be read), and the mock
        registers the devices at once and answers `{}`. Not repeated blindly: `append` and
        `remove` would apply twice, and it may start a job. The json 1.3 `bulkRegisterDevices`
        (plural) is a hidden method, not in this spec.

        Sends `bulkRegisterDevice`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            devices: The devices to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            BulkRegisterDeviceAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            bulk_register_device_operation.OPERATION,
            {
                "application": application,
                "devices": devices,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def export_segment(
        self,
        *,
        filter_expression: str | Absent = ABSENT,
        filter_code: str | Absent = ABSENT,
        export_data: list[ExportSegmentBodyExportDataItem | str] | Absent = ABSENT,
        format: str | Absent = ABSENT,
        export_csv: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> export_segment_operation.Result:
        """Export the devices of a segment to a file (a job).

        "A scheduled request" (vendor): exports the devices a segment expression
        (`filterExpression`) or a saved segment (`filterCode`) selects, and answers a `task_id`.
        getExportSegmentResult reports `in-progress` with a `progress` percentage, then
        `completed` with `devices_count` and the link to a ZIP archive holding one CSV or JSON
        file, or `failed` (Pushwoosh's own tool polls this way, every second). `exportData` limits
        the file to the data asked for (`hwids`, `push_tokens`, `users`, `tags`); `format` picks
        CSV or JSON (its values are not documented: the mock takes `csv` or `json`);
        `exportCsv: false` (sent by Pushwoosh's tool, not in the vendor's table) counts the devices
        without a file. The vendor names the link `filename`, the tool reads `csv_filename`: the
        mock answers both. Each call starts a new export.

        Sends `exportSegment`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            filter_expression: The segment, in the segmentation language (`A("00000-00000",
                [ios], [with_tokens]) * AT("00000-00000", "Last Application Open", daysago, gt,
                3)`).
            filter_code: A saved segment's code, instead of filterExpression.
            export_data: The data the file holds: `hwids`, `push_tokens`, `users`, `tags` ("the
                file downloaded will contain the data requested only"); all of it when absent.
            format: CSV or JSON output. The vendor's allowed values were not readable; the mock
                takes `csv` (its default) or `json`, in any case.
            export_csv: False counts the devices without writing a file (sent by Pushwoosh's
                tool; not in the vendor's table).
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartedJob (`jobs.wait()` returns its result: ExportSegmentResult)

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            export_segment_operation.OPERATION,
            {
                "filterExpression": filter_expression,
                "filterCode": filter_code,
                "exportData": export_data,
                "format": format,
                "exportCsv": export_csv,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_export_segment_result(
        self,
        *,
        task_id: int | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_export_segment_result_operation.Result:
        """Read the status, and the file, of a segment export.

        Answers the state of the export exportSegment started, by its `task_id` (vendor: "pass the
        task_id in the request body"; Pushwoosh's tool sends it as a string): `in-progress` with a
        `progress` percentage, `completed` with `devices_count` and the file's link, or `failed`
        (Pushwoosh's tool). The vendor names the link `filename`, the tool reads `csv_filename`; a
        client reads the first present, and the mock sends both (and neither after
        `exportCsv: false`). The link needs no token. How long it lives is not documented (the
        mock keeps files 24 hours). Reading the status changes nothing.

        Sends `getExportSegmentResult`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            task_id: The id exportSegment answered. Pushwoosh's tool sends it as a string; a
                number is accepted too (the mock's), so that the start's answer passes through
                unchanged.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ExportSegmentResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_export_segment_result_operation.OPERATION,
            {
                "task_id": task_id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def notify(
        self,
        *,
        segment: NotifySegment | Mapping[str, Any] | Absent = ABSENT,
        transactional: NotifyTransactional | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> notify_operation.Result:
        """Create and schedule one message (Messaging API v2).

        "Creates and schedules a single message" (vendor): the body holds exactly one of `segment`
        (the devices of a segment: a segment `code`, a segment-language `expression` or a
        structured `filter_expression`, mutually exclusive) or `transactional` (explicit lists of
        users, hwids or push tokens). snake_case fields, enums by name (`IOS`,
        `MESSAGE_TYPE_MARKETING`), the server token as `Authorization: Token <token>`, refusals as
        gRPC-Gateway errors (vendor). The vendor's tables for `transactional`, `schedule` and
        `payload` were not readable: their fields are those a third-party Go library sends
        (lists wrapped as `{"list": [...]}`; a `schedule` required, `at` an RFC 3339 time or
        `after` a duration). The answer is `result.message_code` (vendor, cancel page), which
        cancelNotification takes, and `unknown_identifiers` when asked. No idempotency key is
        documented: a repeat sends a second message.

        Sends `notify`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            segment: A message to the devices of a segment (vendor table): `code`, `expression`
                and `filter_expression` are mutually exclusive (none: every device of the
                application on the platforms, the mock's reading), as are `payload` and
                `email_payload`.
            transactional: A message to explicit users, hwids or push tokens (vendor: "or test
                devices", a field not documented). The vendor's table was not readable: these fields
                are a third-party library's, which refuses to send without a `schedule`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            NotifyResult

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            notify_operation.OPERATION,
            {
                "segment": segment,
                "transactional": transactional,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def cancel_notification(
        self,
        *,
        message_code: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> cancel_notification_operation.Result:
        """Cancel a message before it is sent (Messaging API v2).

        The vendor's `cancel`: cancels the message notify created, by the `message_code` it
        answered, while the message is `pending` (created, not picked up yet), `waiting`
        (scheduled for later) or `processing` (being prepared for delivery). Answers `{}`. The
        vendor documents 400 for a missing `message_code` or a message no longer cancelable, 403
        for another account's message, 404 for an unknown one, and 500 with "Retry the request".
        A repeat leaves the same state (the message stays cancelled; the second call answers 400).

        Sends `cancelNotification`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            message_code: The code notify answered in `result.message_code`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            EmptyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            cancel_notification_operation.OPERATION,
            {
                "message_code": message_code,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def get_journey_statistics(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> get_journey_statistics_operation.Result:
        """Read a journey's statistics, point by point.

        Answers a journey's title and, for each of its points, the point's title, campaign and
        preset codes and `pointStat`: `sent`, `opened` and `conversion` for message points (an
        older copy of the page adds `uniqOpened`), `shows`, `interactions` and `skipped` for
        in-app points (vendor). The journey is named in the path by its Journey ID, the id in the
        journey canvas page's URL, which the lifecycle methods take as `uuid`. The GET has no
        body (vendor; a PHP library sends none either). The token goes in
        `Authorization: Api <server token>`, as the newer page's header table and both copies'
        curl examples show; the older copy's header table describes `Authorization` as "Journey
        ID", a slip (inferred). Reading the statistics changes nothing. The mock's counts are its
        own: the first point's `sent` is the number of users and devices in the journey.

        Sends `getJourneyStatistics`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            id:
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            JourneyStatistics

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_journey_statistics_operation.OPERATION,
            {
                "id": id,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def start_journey_for_users(
        self,
        *,
        id: str,
        payload: StartJourneyForUsersPayload | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_journey_for_users_operation.Result:
        """Enter users into a running journey (start by API).

        The vendor's "Start by API": "Enters a set of users into a journey's API entry point".
        The journey, named in the path by its Journey ID, must be running and hold exactly one
        API entry point ("Start by API"), not deactivated. `payload` names exactly one of `users`
        (user IDs), `hwids` or `filter` (a segment-language expression), and may carry
        `attribute_values` for the attributes configured on that entry point. The answer's
        `request_uuid` identifies the accepted request, which "is processed asynchronously"; no
        method reads its progress. Validation errors are HTTP 400 with a message such as "one of
        users, hwids or filter must be provided" (vendor). This is not startJourney, which changes
        the journey's state. Whether a repeat enters the same users a second time is not said: a
        client does not repeat it blindly (the mock enters a user once while they are in the
        journey).

        Sends `startJourneyForUsers`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            id:
            payload: Who enters the journey: exactly one of `users`, `hwids` or `filter`
                (vendor: "You must provide exactly one", each "mutually exclusive" with the others),
                and optionally `attribute_values`.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            start_journey_for_users_operation.OPERATION,
            {
                "id": id,
                "payload": payload,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def drop_journey_users(
        self,
        *,
        user_ids: list[str],
        journey_uuids: list[str] | Absent = ABSENT,
        all_journeys: bool | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> drop_journey_users_operation.Result:
        """Remove users from all or some active journeys.

        "Removes a list of users from all or specific active journeys" (vendor): the `user_ids`,
        and either `journey_uuids` ("Required if all_journeys is not provided or false") or
        `all_journeys: true`. The sources disagree on the token: this method's header table reads
        `Authorization: Bearer <your_token>`, while the API's overview says every request carries
        `Authorization: Api <token>`. The spec names both, the overview's first (JourneyToken,
        `Api`, which the client sends) and the header table's as an alternative
        (JourneyBearerToken, `Bearer`), which the mock accepts too. No source shows the answer:
        `{}` is the mock's (an empty message, as gRPC-Gateway answers one; inferred). A repeat
        leaves the same state: the users stay removed.

        Sends `dropJourneyUsers`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            user_ids: The user IDs to remove from journeys.
            journey_uuids: The Journey IDs of the journeys to remove them from.
            all_journeys: Remove them from every active journey.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            EmptyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            drop_journey_users_operation.OPERATION,
            {
                "user_ids": user_ids,
                "journey_uuids": journey_uuids,
                "all_journeys": all_journeys,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def start_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> start_journey_operation.Result:
        """Start a journey (STATUS_RUNNING).

        The lifecycle's start: moves the journey whose Journey ID is `uuid` to `STATUS_RUNNING` and
        answers the updated journey object, `info.status` showing the new state (vendor). This is
        not start by API (startJourneyForUsers), which enters users into a journey already running.
        "The API validates the current state before transitioning" and an invalid transition
        "returns an error" (vendor); which transitions are valid, and the error's status and body,
        are not documented. The mock allows start from a journey in STATUS_DRAFT or STATUS_PAUSED
        only and refuses any other with HTTP 400, gRPC code 9. A repeat asks for the state the
        journey already has and changes nothing (the mock refuses it as above).

        Sends `startJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to start.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            StartJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            start_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def pause_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> pause_journey_operation.Result:
        """Pause a running journey (STATUS_PAUSED).

        The lifecycle's pause: moves the journey whose Journey ID is `uuid` to `STATUS_PAUSED` and
        answers the updated journey object, `info.status` showing the new state (vendor). A paused
        journey "can be resumed" (vendor) with startJourney. "The API validates the current state
        before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        pause from a journey in STATUS_RUNNING only and refuses any other with HTTP 400, gRPC code
        9. A repeat asks for the state the journey already has and changes nothing (the mock refuses
        it as above).

        Sends `pauseJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to pause.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            PauseJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            pause_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def finish_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> finish_journey_operation.Result:
        """Finish a journey (STATUS_FINISHED).

        The lifecycle's finish: moves the journey whose Journey ID is `uuid` to `STATUS_FINISHED`
        and answers the updated journey object, `info.status` showing the new state (vendor). A
        finished journey is "no longer processing users" (vendor). "The API validates the current
        state before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        finish from a journey in STATUS_RUNNING or STATUS_PAUSED only and refuses any other with
        HTTP 400, gRPC code 9. A repeat asks for the state the journey already has and changes
        nothing (the mock refuses it as above).

        Sends `finishJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to finish.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            FinishJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            finish_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def draft_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> draft_journey_operation.Result:
        """Take a journey back to a draft (STATUS_DRAFT).

        The lifecycle's draft: moves the journey whose Journey ID is `uuid` to `STATUS_DRAFT` and
        answers the updated journey object, `info.status` showing the new state (vendor). A draft is
        "being edited" and "does not process users" (vendor). "The API validates the current state
        before transitioning" and an invalid transition "returns an error" (vendor); which
        transitions are valid, and the error's status and body, are not documented. The mock allows
        draft from a journey in STATUS_PAUSED or STATUS_FINISHED only and refuses any other with
        HTTP 400, gRPC code 9. A repeat asks for the state the journey already has and changes
        nothing (the mock refuses it as above).

        Sends `draftJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to draft.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            DraftJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            draft_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    async def archive_journey(
        self,
        *,
        uuid: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
        total_timeout: float | Absent | None = ABSENT,
    ) -> archive_journey_operation.Result:
        """Archive a journey (STATUS_ARCHIVED).

        The lifecycle's archive: moves the journey whose Journey ID is `uuid` to `STATUS_ARCHIVED`
        and answers the updated journey object, `info.status` showing the new state (vendor). An
        archived journey is "archived for storage" (vendor); the mock moves it nowhere else. "The
        API validates the current state before transitioning" and an invalid transition "returns an
        error" (vendor); which transitions are valid, and the error's status and body, are not
        documented. The mock allows archive from a journey in STATUS_DRAFT or STATUS_FINISHED only
        and refuses any other with HTTP 400, gRPC code 9. A repeat asks for the state the journey
        already has and changes nothing (the mock refuses it as above).

        Sends `archiveJourney`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            uuid: The Journey ID of the journey to archive.
            extra_headers: HTTP headers to add to this call.
            extra_body: Request fields this method has no argument for, such as those only the
                mobile SDKs send (the spec's SdkFields); checked against the spec, sent as given.
            timeout: This call's timeout of each phase of an attempt, instead of the client's.
            total_timeout: The bound on this call's whole time, retries and waits included
                (seconds, or None for no bound), instead of the client's.

        Returns:
            ArchiveJourneyAnswer

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            archive_journey_operation.OPERATION,
            {
                "uuid": uuid,
            },
            CallOptions(extra_headers, extra_body, timeout, total_timeout),
        )

    @property
    def with_raw_response(self) -> "AsyncPushwooshClientWithRawResponse":
        """The same methods, returning the HTTP answer (status, headers, bytes, `.parse()`)."""
        return self._view(AsyncPushwooshClientWithRawResponse)

    @property
    def bulk(self) -> AsyncBulk:
        """Many calls of one method: bounded concurrency, one result per item in input order,
        as a list (`map`, `set_tags`, …) or streamed from any iterable (`stream`)."""
        return AsyncBulk(self)

    @property
    def jobs(self) -> AsyncJobs:
        """Wait for the jobs the API starts (`await jobs.wait(...)`)."""
        return AsyncJobs(self)

    def pages(self, method: Callable[..., Any] | str, /, **arguments: Any) -> AsyncIterator[Any]:
        """As the blocking client's `pages`: `async for item in client.pages(...)`."""
        return async_pages(self, method, arguments)


class AsyncPushwooshClientWithRawResponse:
    """AsyncPushwooshClient's methods, each returning a RawResponse instead of the result: the
    bound methods themselves, wrapped (same arguments, same docstrings)."""

    def __init__(self, client: AsyncPushwooshClient) -> None:
        self.register_device = async_to_raw_response_wrapper(client.register_device)
        self.unregister_device = async_to_raw_response_wrapper(client.unregister_device)
        self.set_tags = async_to_raw_response_wrapper(client.set_tags)
        self.get_tags = async_to_raw_response_wrapper(client.get_tags)
        self.set_badge = async_to_raw_response_wrapper(client.set_badge)
        self.application_open = async_to_raw_response_wrapper(client.application_open)
        self.push_stat = async_to_raw_response_wrapper(client.push_stat)
        self.message_delivery_event = async_to_raw_response_wrapper(client.message_delivery_event)
        self.register_email = async_to_raw_response_wrapper(client.register_email)
        self.set_email_tags = async_to_raw_response_wrapper(client.set_email_tags)
        self.delete_device = async_to_raw_response_wrapper(client.delete_device)
        self.check_device = async_to_raw_response_wrapper(client.check_device)
        self.multi_register_device = async_to_raw_response_wrapper(client.multi_register_device)
        self.set_purchase = async_to_raw_response_wrapper(client.set_purchase)
        self.set_madid = async_to_raw_response_wrapper(client.set_madid)
        self.create_test_device = async_to_raw_response_wrapper(client.create_test_device)
        self.set_activity_token = async_to_raw_response_wrapper(client.set_activity_token)
        self.set_activity_push_to_start_token = async_to_raw_response_wrapper(
            client.set_activity_push_to_start_token
        )
        self.get_inbox_messages = async_to_raw_response_wrapper(client.get_inbox_messages)
        self.inbox_status = async_to_raw_response_wrapper(client.inbox_status)
        self.get_in_apps = async_to_raw_response_wrapper(client.get_in_apps)
        self.trigger_in_app_action = async_to_raw_response_wrapper(client.trigger_in_app_action)
        self.rich_media_action = async_to_raw_response_wrapper(client.rich_media_action)
        self.get_nearest_zone = async_to_raw_response_wrapper(client.get_nearest_zone)
        self.get_config = async_to_raw_response_wrapper(client.get_config)
        self.page_visit = async_to_raw_response_wrapper(client.page_visit)
        self.application_event = async_to_raw_response_wrapper(client.application_event)
        self.get_popup_forms = async_to_raw_response_wrapper(client.get_popup_forms)
        self.get_popup_form_content = async_to_raw_response_wrapper(client.get_popup_form_content)
        self.record_popup_form_event = async_to_raw_response_wrapper(client.record_popup_form_event)
        self.register_user = async_to_raw_response_wrapper(client.register_user)
        self.post_event = async_to_raw_response_wrapper(client.post_event)
        self.register_email_user = async_to_raw_response_wrapper(client.register_email_user)
        self.merge_user = async_to_raw_response_wrapper(client.merge_user)
        self.create_message = async_to_raw_response_wrapper(client.create_message)
        self.create_targeted_message = async_to_raw_response_wrapper(client.create_targeted_message)
        self.delete_message = async_to_raw_response_wrapper(client.delete_message)
        self.get_message_details = async_to_raw_response_wrapper(client.get_message_details)
        self.cancel_message = async_to_raw_response_wrapper(client.cancel_message)
        self.get_push_history = async_to_raw_response_wrapper(client.get_push_history)
        self.create_filter = async_to_raw_response_wrapper(client.create_filter)
        self.list_filters = async_to_raw_response_wrapper(client.list_filters)
        self.delete_filter = async_to_raw_response_wrapper(client.delete_filter)
        self.add_tag = async_to_raw_response_wrapper(client.add_tag)
        self.list_tags = async_to_raw_response_wrapper(client.list_tags)
        self.delete_tag = async_to_raw_response_wrapper(client.delete_tag)
        self.get_results = async_to_raw_response_wrapper(client.get_results)
        self.get_msg_stats = async_to_raw_response_wrapper(client.get_msg_stats)
        self.get_msg_platforms_stats = async_to_raw_response_wrapper(client.get_msg_platforms_stats)
        self.get_app_stats = async_to_raw_response_wrapper(client.get_app_stats)
        self.get_campaign_stats = async_to_raw_response_wrapper(client.get_campaign_stats)
        self.get_event_statistics = async_to_raw_response_wrapper(client.get_event_statistics)
        self.get_application_subscribers_stats = async_to_raw_response_wrapper(
            client.get_application_subscribers_stats
        )
        self.list_messages = async_to_raw_response_wrapper(client.list_messages)
        self.totals_by_intervals = async_to_raw_response_wrapper(client.totals_by_intervals)
        self.get_message_log = async_to_raw_response_wrapper(client.get_message_log)
        self.create_application = async_to_raw_response_wrapper(client.create_application)
        self.get_application = async_to_raw_response_wrapper(client.get_application)
        self.get_applications = async_to_raw_response_wrapper(client.get_applications)
        self.update_application = async_to_raw_response_wrapper(client.update_application)
        self.delete_application = async_to_raw_response_wrapper(client.delete_application)
        self.configure_application = async_to_raw_response_wrapper(client.configure_application)
        self.get_unregistered_devices = async_to_raw_response_wrapper(
            client.get_unregistered_devices
        )
        self.create_preset = async_to_raw_response_wrapper(client.create_preset)
        self.get_preset = async_to_raw_response_wrapper(client.get_preset)
        self.list_presets = async_to_raw_response_wrapper(client.list_presets)
        self.delete_preset = async_to_raw_response_wrapper(client.delete_preset)
        self.create_campaign = async_to_raw_response_wrapper(client.create_campaign)
        self.get_campaigns = async_to_raw_response_wrapper(client.get_campaigns)
        self.delete_campaign = async_to_raw_response_wrapper(client.delete_campaign)
        self.list_test_devices = async_to_raw_response_wrapper(client.list_test_devices)
        self.add_geo_zone = async_to_raw_response_wrapper(client.add_geo_zone)
        self.update_geo_zone = async_to_raw_response_wrapper(client.update_geo_zone)
        self.delete_geo_zone = async_to_raw_response_wrapper(client.delete_geo_zone)
        self.list_geo_zones = async_to_raw_response_wrapper(client.list_geo_zones)
        self.add_geo_zone_cluster = async_to_raw_response_wrapper(client.add_geo_zone_cluster)
        self.delete_geo_zone_cluster = async_to_raw_response_wrapper(client.delete_geo_zone_cluster)
        self.list_geo_zone_clusters = async_to_raw_response_wrapper(client.list_geo_zone_clusters)
        self.create_email_message = async_to_raw_response_wrapper(client.create_email_message)
        self.delete_email = async_to_raw_response_wrapper(client.delete_email)
        self.create_sms_message = async_to_raw_response_wrapper(client.create_sms_message)
        self.create_whats_app_message = async_to_raw_response_wrapper(
            client.create_whats_app_message
        )
        self.create_kakao_message = async_to_raw_response_wrapper(client.create_kakao_message)
        self.create_line_message = async_to_raw_response_wrapper(client.create_line_message)
        self.create_event = async_to_raw_response_wrapper(client.create_event)
        self.start_live_activity = async_to_raw_response_wrapper(client.start_live_activity)
        self.update_live_activity = async_to_raw_response_wrapper(client.update_live_activity)
        self.bulk_set_tags = async_to_raw_response_wrapper(client.bulk_set_tags)
        self.get_bulk_set_tags_status = async_to_raw_response_wrapper(
            client.get_bulk_set_tags_status
        )
        self.bulk_register_device = async_to_raw_response_wrapper(client.bulk_register_device)
        self.export_segment = async_to_raw_response_wrapper(client.export_segment)
        self.get_export_segment_result = async_to_raw_response_wrapper(
            client.get_export_segment_result
        )
        self.notify = async_to_raw_response_wrapper(client.notify)
        self.cancel_notification = async_to_raw_response_wrapper(client.cancel_notification)
        self.get_journey_statistics = async_to_raw_response_wrapper(client.get_journey_statistics)
        self.start_journey_for_users = async_to_raw_response_wrapper(client.start_journey_for_users)
        self.drop_journey_users = async_to_raw_response_wrapper(client.drop_journey_users)
        self.start_journey = async_to_raw_response_wrapper(client.start_journey)
        self.pause_journey = async_to_raw_response_wrapper(client.pause_journey)
        self.finish_journey = async_to_raw_response_wrapper(client.finish_journey)
        self.draft_journey = async_to_raw_response_wrapper(client.draft_journey)
        self.archive_journey = async_to_raw_response_wrapper(client.archive_journey)

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.condition_operator import ConditionOperator
from ..models.notification_targeting_conditions_operator import (
    NotificationTargetingConditionsOperator,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localized_text_type_1 import LocalizedTextType1
    from ..models.notification_content_adm_root_params import NotificationContentAdmRootParams
    from ..models.notification_content_android_root_params import (
        NotificationContentAndroidRootParams,
    )
    from ..models.notification_content_data_type_1 import NotificationContentDataType1
    from ..models.notification_content_dynamic_content_placeholders import (
        NotificationContentDynamicContentPlaceholders,
    )
    from ..models.notification_content_geozone import NotificationContentGeozone
    from ..models.notification_content_ios_root_params import NotificationContentIosRootParams
    from ..models.notification_content_mac_root_params import NotificationContentMacRootParams
    from ..models.notification_content_wns_content_type_1 import NotificationContentWnsContentType1


T = TypeVar("T", bound="Notification")


@_attrs_define(repr=False)
class Notification:
    """One push of a createMessage call, its content and its targeting."""

    send_date: str | datetime.datetime | Unset = UNSET
    """ When to send: `now`, or `YYYY-MM-DD HH:mm` in `timezone` (UTC when absent). The newest vendor page marks it
    optional, the older one required, and a recorded answer to a request without it is `Cannot parse date`: the spec
    follows the newest page (absent means now), and the Python client always sends it. """
    ignore_user_timezone: bool | Unset = UNSET
    """ Send at `send_date` in `timezone` for everyone (true), or at that local time for each user (false). Optional
    on the newest page, required on the older one; a recorded request without it was accepted. """
    timezone: str | Unset = UNSET
    """ The time zone of `send_date` (a tz database name such as `America/New_York`); UTC when absent. """
    campaign: str | Unset = UNSET
    """ The code of the campaign the message belongs to. """
    geozone: NotificationContentGeozone | Mapping[str, Any] | Unset = UNSET
    """ Send within a geozone: `{"lat": 22.22, "lng": 33.33, "range": 110}`. """
    content: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    title: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    rich_media: str | Unset = UNSET
    """ The code of a Rich Media page (`XXXXX-XXXXX`). """
    page_id: int | Unset = UNSET
    """ An HTML page ID (legacy). """
    rich_page_id: int | Unset = UNSET
    """ A Rich page ID (legacy). """
    remote_page: str | Unset = UNSET
    """ The URL of a remote rich HTML page (legacy). """
    link: None | str | Unset = UNSET
    """ A URL to open; for deep links add `minimize_link: 0`. The PyPI package `pushwoosh` 1.0.2 always sends
    `null`. """
    minimize_link: int | Unset = UNSET
    """ Shorten `link`: 0 not at all, 2 with bitly (the newest page: default 2). Older sources give 1 for Google's
    shortener (disabled since 2019) and 1 as the default; pypushwoosh sends 1 whenever `link` is set. """
    data: NotificationContentDataType1 | str | Mapping[str, Any] | Unset = UNSET
    """ Custom data, a JSON object or a JSON string, passed to the app as the `u` parameter of the payload. """
    preset: str | Unset = UNSET
    """ The code of a push preset from the Control Panel. """
    send_rate: int | Unset = UNSET
    """ Throttling, in pushes per second (sources quote 100 to 1,000). """
    dynamic_content_placeholders: (
        NotificationContentDynamicContentPlaceholders | Mapping[str, Any] | Unset
    ) = UNSET
    """ Values for the content's placeholders instead of device tags (`{"firstname": "John"}`). """
    transaction_id: str | Unset = UNSET
    """ A unique identifier of the message: Pushwoosh keeps it for one day and ignores a repeat of the same message,
    so a request that failed or timed out can be sent again. The Python client gives one to each notification that
    has none. """
    inbox_date: str | Unset = UNSET
    """ When the message leaves the Message Inbox (`YYYY-MM-DD`). """
    inbox_days: int | Unset = UNSET
    """ For how many days the message stays in the Message Inbox (at most 30); instead of `inbox_date`. """
    capping_days: int | Unset = UNSET
    """ The period of the frequency cap, in days (at most 30). """
    capping_count: int | Unset = UNSET
    """ How many pushes a device may receive within `capping_days`. """
    capping_avoid: bool | Unset = UNSET
    """ When true, the global frequency capping rules are not applied to this message. """
    capping_exclude: bool | Unset = UNSET
    """ When true, this message does not count towards the frequency caps. """
    ios_badges: int | str | Unset = UNSET
    """ The iOS badge: a number, or `+n` / `-n` to change it. """
    ios_sound: str | Unset = UNSET
    """ The iOS sound file. """
    ios_ttl: int | Unset = UNSET
    """ How long APNs keeps the push, in seconds. """
    ios_silent: int | Unset = UNSET
    """ 1 sends a silent push. """
    ios_category_id: int | str | Unset = UNSET
    """ The iOS notification category; the vendor's example is the string `"1"` beside a comment saying integer. """
    ios_root_params: NotificationContentIosRootParams | Mapping[str, Any] | Unset = UNSET
    """ Fields merged into the APNs payload (`aps`, `attachment`, `data`). """
    apns_trim_content: int | Unset = UNSET
    """ 1 trims the content to fit the payload. """
    ios_trim_content: int | Unset = UNSET
    """ Deprecated: use `apns_trim_content`. """
    ios_title: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    ios_subtitle: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    android_root_params: NotificationContentAndroidRootParams | Mapping[str, Any] | Unset = UNSET
    """ Fields merged into the FCM payload; a recorded answer refuses anything but an object. """
    android_sound: str | Unset = UNSET
    """ The Android sound file. """
    android_header: LocalizedTextType1 | str | Mapping[str, Any] | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    android_icon: str | Unset = UNSET
    """ The Android icon. """
    android_custom_icon: str | Unset = UNSET
    """ The URL of a custom Android icon. """
    android_banner: str | Unset = UNSET
    """ The URL of an Android banner image. """
    android_badges: int | str | Unset = UNSET
    """ The Android badge. """
    android_gcm_ttl: int | Unset = UNSET
    """ How long FCM keeps the push, in seconds. """
    android_vibration: bool | int | Unset = UNSET
    """ Vibrate (pwush types it a boolean, gomoob sends 1 or 0). """
    android_led: str | Unset = UNSET
    """ The LED colour (`#rrggbb`). """
    android_priority: int | Unset = UNSET
    """ The priority, -2 to 2. """
    android_delivery_priority: str | Unset = UNSET
    """ `high` or `normal` (the default) FCM delivery priority. """
    android_ibc: str | Unset = UNSET
    """ The icon background colour. """
    android_silent: int | Unset = UNSET
    """ 1 sends a silent push. """
    adm_root_params: NotificationContentAdmRootParams | Mapping[str, Any] | Unset = UNSET
    """ Fields merged into the Amazon payload. """
    adm_sound: str | Unset = UNSET
    """ The Amazon sound file. """
    adm_header: str | Unset = UNSET
    """ The Amazon header. """
    adm_icon: str | Unset = UNSET
    """ The Amazon icon. """
    adm_custom_icon: str | Unset = UNSET
    """ The URL of a custom Amazon icon. """
    adm_banner: str | Unset = UNSET
    """ The URL of an Amazon banner image. """
    adm_ttl: int | Unset = UNSET
    """ How long ADM keeps the push, in seconds. """
    adm_priority: int | Unset = UNSET
    """ The priority, -2 to 2. """
    mac_badges: int | Unset = UNSET
    """ The macOS badge. """
    mac_sound: str | Unset = UNSET
    """ The macOS sound file. """
    mac_root_params: NotificationContentMacRootParams | Mapping[str, Any] | Unset = UNSET
    """ Fields merged into the macOS payload. """
    mac_ttl: int | Unset = UNSET
    """ How long APNs keeps the macOS push, in seconds. """
    wns_content: NotificationContentWnsContentType1 | str | Mapping[str, Any] | Unset = UNSET
    """ The Windows content: base64 XML or raw, or one per language; Windows 8 ignores `content`. """
    wns_type: str | Unset = UNSET
    """ `Tile`, `Toast`, `Badge` or `Raw`. """
    wns_tag: str | Unset = UNSET
    """ A tag of up to 16 letters and digits. """
    wns_cache: int | Unset = UNSET
    """ 1 or 0, the X-WNS-Cache-Policy. """
    wns_ttl: int | Unset = UNSET
    """ How long WNS keeps the push, in seconds. """
    wp_type: str | Unset = UNSET
    """ `Tile` or `Toast` (Windows Phone). """
    wp_background: str | Unset = UNSET
    """ The tile background (Windows Phone). """
    wp_backbackground: str | Unset = UNSET
    """ The back background of the tile. """
    wp_backtitle: str | Unset = UNSET
    """ The back title of the tile. """
    wp_backcontent: str | Unset = UNSET
    """ The back content of the tile. """
    wp_count: int | Unset = UNSET
    """ The tile count. """
    blackberry_header: str | Unset = UNSET
    """ The BlackBerry header. """
    safari_title: str | Unset = UNSET
    """ The Safari title. """
    safari_action: str | Unset = UNSET
    """ The Safari action button. """
    safari_url_args: list[str] | Unset = UNSET
    """ The Safari URL arguments (may be empty). """
    safari_ttl: int | Unset = UNSET
    """ How long the Safari push is kept, in seconds. """
    chrome_title: str | Unset = UNSET
    """ The Chrome title. """
    chrome_icon: str | Unset = UNSET
    """ The Chrome icon URL. """
    chrome_image: str | Unset = UNSET
    """ The Chrome image URL. """
    chrome_gcm_ttl: int | Unset = UNSET
    """ How long FCM keeps the Chrome push, in seconds. """
    chrome_duration: int | Unset = UNSET
    """ How long the push stays on screen, in seconds (0: until the user acts). """
    chrome_button_text1: str | Unset = UNSET
    """ The first button's text. """
    chrome_button_url1: str | Unset = UNSET
    """ The first button's URL (ignored without its text). """
    chrome_button_text2: str | Unset = UNSET
    """ The second button's text. """
    chrome_button_url2: str | Unset = UNSET
    """ The second button's URL (ignored without its text). """
    firefox_title: str | Unset = UNSET
    """ The Firefox title. """
    firefox_icon: str | Unset = UNSET
    """ The Firefox icon URL. """
    devices: list[str] | Unset = UNSET
    """ Push tokens or hwids: only these devices (at most 1,000). Ignored when `users` is given and for an
    application group; iOS push tokens in lower case. """
    users: list[str] | Unset = UNSET
    """ User IDs (linked by registerUser): only their devices (at most 1,000). The push reference copied by
    libraries says `devices` is ignored when both are given, which the spec follows; the Email API page says the
    opposite for email. """
    platforms: list[int] | Unset = UNSET
    """ Only these device types (1 iOS, 2 BlackBerry, 3 Android, 5 Windows Phone, 7 macOS, 8 Windows, 9 Amazon, 10
    Safari, 11 Chrome, 12 Firefox, 17 Huawei); ignored when `devices` lists fewer than 10. """
    filter_: str | Unset = UNSET
    """ The name of a segment made with createFilter: only its devices. """
    conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
    """ Tag conditions the devices must meet, joined by `conditions_operator`. """
    conditions_operator: NotificationTargetingConditionsOperator | Unset = UNSET
    """ How `conditions` combine: AND (the default) or OR. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that were set, as the constructor takes them."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if not isinstance(getattr(self, field.name), Unset)
            and (field.name != "additional_properties" or getattr(self, field.name))
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        send_date: Any = self.send_date
        if hasattr(send_date, "to_dict"):
            send_date = send_date.to_dict()
        elif isinstance(send_date, Mapping):
            send_date = dict(send_date)

        ignore_user_timezone = self.ignore_user_timezone

        timezone = self.timezone

        campaign = self.campaign

        geozone: Any = self.geozone
        if hasattr(geozone, "to_dict"):
            geozone = geozone.to_dict()
        elif isinstance(geozone, Mapping):
            geozone = dict(geozone)

        content: Any = self.content
        if hasattr(content, "to_dict"):
            content = content.to_dict()
        elif isinstance(content, Mapping):
            content = dict(content)

        title: Any = self.title
        if hasattr(title, "to_dict"):
            title = title.to_dict()
        elif isinstance(title, Mapping):
            title = dict(title)

        subtitle: Any = self.subtitle
        if hasattr(subtitle, "to_dict"):
            subtitle = subtitle.to_dict()
        elif isinstance(subtitle, Mapping):
            subtitle = dict(subtitle)

        rich_media = self.rich_media

        page_id = self.page_id

        rich_page_id = self.rich_page_id

        remote_page = self.remote_page

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        minimize_link = self.minimize_link

        data: Any = self.data
        if hasattr(data, "to_dict"):
            data = data.to_dict()
        elif isinstance(data, Mapping):
            data = dict(data)

        preset = self.preset

        send_rate = self.send_rate

        dynamic_content_placeholders: Any = self.dynamic_content_placeholders
        if hasattr(dynamic_content_placeholders, "to_dict"):
            dynamic_content_placeholders = dynamic_content_placeholders.to_dict()
        elif isinstance(dynamic_content_placeholders, Mapping):
            dynamic_content_placeholders = dict(dynamic_content_placeholders)

        transaction_id = self.transaction_id

        inbox_date = self.inbox_date

        inbox_days = self.inbox_days

        capping_days = self.capping_days

        capping_count = self.capping_count

        capping_avoid = self.capping_avoid

        capping_exclude = self.capping_exclude

        ios_badges: int | str | Unset
        if isinstance(self.ios_badges, Unset):
            ios_badges = UNSET
        else:
            ios_badges = self.ios_badges

        ios_sound = self.ios_sound

        ios_ttl = self.ios_ttl

        ios_silent = self.ios_silent

        ios_category_id: int | str | Unset
        if isinstance(self.ios_category_id, Unset):
            ios_category_id = UNSET
        else:
            ios_category_id = self.ios_category_id

        ios_root_params: Any = self.ios_root_params
        if hasattr(ios_root_params, "to_dict"):
            ios_root_params = ios_root_params.to_dict()
        elif isinstance(ios_root_params, Mapping):
            ios_root_params = dict(ios_root_params)

        apns_trim_content = self.apns_trim_content

        ios_trim_content = self.ios_trim_content

        ios_title: Any = self.ios_title
        if hasattr(ios_title, "to_dict"):
            ios_title = ios_title.to_dict()
        elif isinstance(ios_title, Mapping):
            ios_title = dict(ios_title)

        ios_subtitle: Any = self.ios_subtitle
        if hasattr(ios_subtitle, "to_dict"):
            ios_subtitle = ios_subtitle.to_dict()
        elif isinstance(ios_subtitle, Mapping):
            ios_subtitle = dict(ios_subtitle)

        android_root_params: Any = self.android_root_params
        if hasattr(android_root_params, "to_dict"):
            android_root_params = android_root_params.to_dict()
        elif isinstance(android_root_params, Mapping):
            android_root_params = dict(android_root_params)

        android_sound = self.android_sound

        android_header: Any = self.android_header
        if hasattr(android_header, "to_dict"):
            android_header = android_header.to_dict()
        elif isinstance(android_header, Mapping):
            android_header = dict(android_header)

        android_icon = self.android_icon

        android_custom_icon = self.android_custom_icon

        android_banner = self.android_banner

        android_badges: int | str | Unset
        if isinstance(self.android_badges, Unset):
            android_badges = UNSET
        else:
            android_badges = self.android_badges

        android_gcm_ttl = self.android_gcm_ttl

        android_vibration: bool | int | Unset
        if isinstance(self.android_vibration, Unset):
            android_vibration = UNSET
        else:
            android_vibration = self.android_vibration

        android_led = self.android_led

        android_priority = self.android_priority

        android_delivery_priority = self.android_delivery_priority

        android_ibc = self.android_ibc

        android_silent = self.android_silent

        adm_root_params: Any = self.adm_root_params
        if hasattr(adm_root_params, "to_dict"):
            adm_root_params = adm_root_params.to_dict()
        elif isinstance(adm_root_params, Mapping):
            adm_root_params = dict(adm_root_params)

        adm_sound = self.adm_sound

        adm_header = self.adm_header

        adm_icon = self.adm_icon

        adm_custom_icon = self.adm_custom_icon

        adm_banner = self.adm_banner

        adm_ttl = self.adm_ttl

        adm_priority = self.adm_priority

        mac_badges = self.mac_badges

        mac_sound = self.mac_sound

        mac_root_params: Any = self.mac_root_params
        if hasattr(mac_root_params, "to_dict"):
            mac_root_params = mac_root_params.to_dict()
        elif isinstance(mac_root_params, Mapping):
            mac_root_params = dict(mac_root_params)

        mac_ttl = self.mac_ttl

        wns_content: Any = self.wns_content
        if hasattr(wns_content, "to_dict"):
            wns_content = wns_content.to_dict()
        elif isinstance(wns_content, Mapping):
            wns_content = dict(wns_content)

        wns_type = self.wns_type

        wns_tag = self.wns_tag

        wns_cache = self.wns_cache

        wns_ttl = self.wns_ttl

        wp_type = self.wp_type

        wp_background = self.wp_background

        wp_backbackground = self.wp_backbackground

        wp_backtitle = self.wp_backtitle

        wp_backcontent = self.wp_backcontent

        wp_count = self.wp_count

        blackberry_header = self.blackberry_header

        safari_title = self.safari_title

        safari_action = self.safari_action

        safari_url_args: list[str] | Unset = UNSET
        if not isinstance(self.safari_url_args, Unset):
            safari_url_args = self.safari_url_args

        safari_ttl = self.safari_ttl

        chrome_title = self.chrome_title

        chrome_icon = self.chrome_icon

        chrome_image = self.chrome_image

        chrome_gcm_ttl = self.chrome_gcm_ttl

        chrome_duration = self.chrome_duration

        chrome_button_text1 = self.chrome_button_text1

        chrome_button_url1 = self.chrome_button_url1

        chrome_button_text2 = self.chrome_button_text2

        chrome_button_url2 = self.chrome_button_url2

        firefox_title = self.firefox_title

        firefox_icon = self.firefox_icon

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        platforms: list[int] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        filter_ = self.filter_

        conditions: list[list[Any | str]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = []
                for componentsschemas_condition_item_data in conditions_item_data:
                    componentsschemas_condition_item: Any | str
                    if isinstance(componentsschemas_condition_item_data, ConditionOperator):
                        componentsschemas_condition_item = (
                            componentsschemas_condition_item_data.value
                        )
                    else:
                        componentsschemas_condition_item = componentsschemas_condition_item_data
                    conditions_item.append(componentsschemas_condition_item)

                conditions.append(conditions_item)

        conditions_operator: str | Unset = UNSET
        if not isinstance(self.conditions_operator, Unset):
            conditions_operator = self.conditions_operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if ignore_user_timezone is not UNSET:
            field_dict["ignore_user_timezone"] = ignore_user_timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if geozone is not UNSET:
            field_dict["geozone"] = geozone
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if rich_media is not UNSET:
            field_dict["rich_media"] = rich_media
        if page_id is not UNSET:
            field_dict["page_id"] = page_id
        if rich_page_id is not UNSET:
            field_dict["rich_page_id"] = rich_page_id
        if remote_page is not UNSET:
            field_dict["remote_page"] = remote_page
        if link is not UNSET:
            field_dict["link"] = link
        if minimize_link is not UNSET:
            field_dict["minimize_link"] = minimize_link
        if data is not UNSET:
            field_dict["data"] = data
        if preset is not UNSET:
            field_dict["preset"] = preset
        if send_rate is not UNSET:
            field_dict["send_rate"] = send_rate
        if dynamic_content_placeholders is not UNSET:
            field_dict["dynamic_content_placeholders"] = dynamic_content_placeholders
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if inbox_date is not UNSET:
            field_dict["inbox_date"] = inbox_date
        if inbox_days is not UNSET:
            field_dict["inbox_days"] = inbox_days
        if capping_days is not UNSET:
            field_dict["capping_days"] = capping_days
        if capping_count is not UNSET:
            field_dict["capping_count"] = capping_count
        if capping_avoid is not UNSET:
            field_dict["capping_avoid"] = capping_avoid
        if capping_exclude is not UNSET:
            field_dict["capping_exclude"] = capping_exclude
        if ios_badges is not UNSET:
            field_dict["ios_badges"] = ios_badges
        if ios_sound is not UNSET:
            field_dict["ios_sound"] = ios_sound
        if ios_ttl is not UNSET:
            field_dict["ios_ttl"] = ios_ttl
        if ios_silent is not UNSET:
            field_dict["ios_silent"] = ios_silent
        if ios_category_id is not UNSET:
            field_dict["ios_category_id"] = ios_category_id
        if ios_root_params is not UNSET:
            field_dict["ios_root_params"] = ios_root_params
        if apns_trim_content is not UNSET:
            field_dict["apns_trim_content"] = apns_trim_content
        if ios_trim_content is not UNSET:
            field_dict["ios_trim_content"] = ios_trim_content
        if ios_title is not UNSET:
            field_dict["ios_title"] = ios_title
        if ios_subtitle is not UNSET:
            field_dict["ios_subtitle"] = ios_subtitle
        if android_root_params is not UNSET:
            field_dict["android_root_params"] = android_root_params
        if android_sound is not UNSET:
            field_dict["android_sound"] = android_sound
        if android_header is not UNSET:
            field_dict["android_header"] = android_header
        if android_icon is not UNSET:
            field_dict["android_icon"] = android_icon
        if android_custom_icon is not UNSET:
            field_dict["android_custom_icon"] = android_custom_icon
        if android_banner is not UNSET:
            field_dict["android_banner"] = android_banner
        if android_badges is not UNSET:
            field_dict["android_badges"] = android_badges
        if android_gcm_ttl is not UNSET:
            field_dict["android_gcm_ttl"] = android_gcm_ttl
        if android_vibration is not UNSET:
            field_dict["android_vibration"] = android_vibration
        if android_led is not UNSET:
            field_dict["android_led"] = android_led
        if android_priority is not UNSET:
            field_dict["android_priority"] = android_priority
        if android_delivery_priority is not UNSET:
            field_dict["android_delivery_priority"] = android_delivery_priority
        if android_ibc is not UNSET:
            field_dict["android_ibc"] = android_ibc
        if android_silent is not UNSET:
            field_dict["android_silent"] = android_silent
        if adm_root_params is not UNSET:
            field_dict["adm_root_params"] = adm_root_params
        if adm_sound is not UNSET:
            field_dict["adm_sound"] = adm_sound
        if adm_header is not UNSET:
            field_dict["adm_header"] = adm_header
        if adm_icon is not UNSET:
            field_dict["adm_icon"] = adm_icon
        if adm_custom_icon is not UNSET:
            field_dict["adm_custom_icon"] = adm_custom_icon
        if adm_banner is not UNSET:
            field_dict["adm_banner"] = adm_banner
        if adm_ttl is not UNSET:
            field_dict["adm_ttl"] = adm_ttl
        if adm_priority is not UNSET:
            field_dict["adm_priority"] = adm_priority
        if mac_badges is not UNSET:
            field_dict["mac_badges"] = mac_badges
        if mac_sound is not UNSET:
            field_dict["mac_sound"] = mac_sound
        if mac_root_params is not UNSET:
            field_dict["mac_root_params"] = mac_root_params
        if mac_ttl is not UNSET:
            field_dict["mac_ttl"] = mac_ttl
        if wns_content is not UNSET:
            field_dict["wns_content"] = wns_content
        if wns_type is not UNSET:
            field_dict["wns_type"] = wns_type
        if wns_tag is not UNSET:
            field_dict["wns_tag"] = wns_tag
        if wns_cache is not UNSET:
            field_dict["wns_cache"] = wns_cache
        if wns_ttl is not UNSET:
            field_dict["wns_ttl"] = wns_ttl
        if wp_type is not UNSET:
            field_dict["wp_type"] = wp_type
        if wp_background is not UNSET:
            field_dict["wp_background"] = wp_background
        if wp_backbackground is not UNSET:
            field_dict["wp_backbackground"] = wp_backbackground
        if wp_backtitle is not UNSET:
            field_dict["wp_backtitle"] = wp_backtitle
        if wp_backcontent is not UNSET:
            field_dict["wp_backcontent"] = wp_backcontent
        if wp_count is not UNSET:
            field_dict["wp_count"] = wp_count
        if blackberry_header is not UNSET:
            field_dict["blackberry_header"] = blackberry_header
        if safari_title is not UNSET:
            field_dict["safari_title"] = safari_title
        if safari_action is not UNSET:
            field_dict["safari_action"] = safari_action
        if safari_url_args is not UNSET:
            field_dict["safari_url_args"] = safari_url_args
        if safari_ttl is not UNSET:
            field_dict["safari_ttl"] = safari_ttl
        if chrome_title is not UNSET:
            field_dict["chrome_title"] = chrome_title
        if chrome_icon is not UNSET:
            field_dict["chrome_icon"] = chrome_icon
        if chrome_image is not UNSET:
            field_dict["chrome_image"] = chrome_image
        if chrome_gcm_ttl is not UNSET:
            field_dict["chrome_gcm_ttl"] = chrome_gcm_ttl
        if chrome_duration is not UNSET:
            field_dict["chrome_duration"] = chrome_duration
        if chrome_button_text1 is not UNSET:
            field_dict["chrome_button_text1"] = chrome_button_text1
        if chrome_button_url1 is not UNSET:
            field_dict["chrome_button_url1"] = chrome_button_url1
        if chrome_button_text2 is not UNSET:
            field_dict["chrome_button_text2"] = chrome_button_text2
        if chrome_button_url2 is not UNSET:
            field_dict["chrome_button_url2"] = chrome_button_url2
        if firefox_title is not UNSET:
            field_dict["firefox_title"] = firefox_title
        if firefox_icon is not UNSET:
            field_dict["firefox_icon"] = firefox_icon
        if devices is not UNSET:
            field_dict["devices"] = devices
        if users is not UNSET:
            field_dict["users"] = users
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if conditions_operator is not UNSET:
            field_dict["conditions_operator"] = conditions_operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text_type_1 import LocalizedTextType1  # noqa: PLC0415
        from ..models.notification_content_adm_root_params import NotificationContentAdmRootParams  # noqa: PLC0415
        from ..models.notification_content_android_root_params import (
            NotificationContentAndroidRootParams,  # noqa: PLC0415
        )
        from ..models.notification_content_data_type_1 import NotificationContentDataType1  # noqa: PLC0415
        from ..models.notification_content_dynamic_content_placeholders import (
            NotificationContentDynamicContentPlaceholders,  # noqa: PLC0415
        )
        from ..models.notification_content_geozone import NotificationContentGeozone  # noqa: PLC0415
        from ..models.notification_content_ios_root_params import NotificationContentIosRootParams  # noqa: PLC0415
        from ..models.notification_content_mac_root_params import NotificationContentMacRootParams  # noqa: PLC0415
        from ..models.notification_content_wns_content_type_1 import (
            NotificationContentWnsContentType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        send_date = d.pop("send_date", UNSET)

        ignore_user_timezone = d.pop("ignore_user_timezone", UNSET)

        timezone = d.pop("timezone", UNSET)

        campaign = d.pop("campaign", UNSET)

        _geozone = d.pop("geozone", UNSET)
        geozone: NotificationContentGeozone | Unset
        if isinstance(_geozone, Unset):
            geozone = UNSET
        else:
            geozone = NotificationContentGeozone.from_dict(_geozone)

        def _parse_content(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_title(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_subtitle(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        rich_media = d.pop("rich_media", UNSET)

        page_id = d.pop("page_id", UNSET)

        rich_page_id = d.pop("rich_page_id", UNSET)

        remote_page = d.pop("remote_page", UNSET)

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        minimize_link = d.pop("minimize_link", UNSET)

        def _parse_data(data: object) -> NotificationContentDataType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = NotificationContentDataType1.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NotificationContentDataType1 | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        preset = d.pop("preset", UNSET)

        send_rate = d.pop("send_rate", UNSET)

        _dynamic_content_placeholders = d.pop("dynamic_content_placeholders", UNSET)
        dynamic_content_placeholders: NotificationContentDynamicContentPlaceholders | Unset
        if isinstance(_dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = UNSET
        else:
            dynamic_content_placeholders = NotificationContentDynamicContentPlaceholders.from_dict(
                _dynamic_content_placeholders
            )

        transaction_id = d.pop("transactionId", UNSET)

        inbox_date = d.pop("inbox_date", UNSET)

        inbox_days = d.pop("inbox_days", UNSET)

        capping_days = d.pop("capping_days", UNSET)

        capping_count = d.pop("capping_count", UNSET)

        capping_avoid = d.pop("capping_avoid", UNSET)

        capping_exclude = d.pop("capping_exclude", UNSET)

        def _parse_ios_badges(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ios_badges = _parse_ios_badges(d.pop("ios_badges", UNSET))

        ios_sound = d.pop("ios_sound", UNSET)

        ios_ttl = d.pop("ios_ttl", UNSET)

        ios_silent = d.pop("ios_silent", UNSET)

        def _parse_ios_category_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ios_category_id = _parse_ios_category_id(d.pop("ios_category_id", UNSET))

        _ios_root_params = d.pop("ios_root_params", UNSET)
        ios_root_params: NotificationContentIosRootParams | Unset
        if isinstance(_ios_root_params, Unset):
            ios_root_params = UNSET
        else:
            ios_root_params = NotificationContentIosRootParams.from_dict(_ios_root_params)

        apns_trim_content = d.pop("apns_trim_content", UNSET)

        ios_trim_content = d.pop("ios_trim_content", UNSET)

        def _parse_ios_title(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        ios_title = _parse_ios_title(d.pop("ios_title", UNSET))

        def _parse_ios_subtitle(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        ios_subtitle = _parse_ios_subtitle(d.pop("ios_subtitle", UNSET))

        _android_root_params = d.pop("android_root_params", UNSET)
        android_root_params: NotificationContentAndroidRootParams | Unset
        if isinstance(_android_root_params, Unset):
            android_root_params = UNSET
        else:
            android_root_params = NotificationContentAndroidRootParams.from_dict(
                _android_root_params
            )

        android_sound = d.pop("android_sound", UNSET)

        def _parse_android_header(data: object) -> LocalizedTextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_localized_text_type_1 = LocalizedTextType1.from_dict(data)

                return componentsschemas_localized_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedTextType1 | str | Unset, data)

        android_header = _parse_android_header(d.pop("android_header", UNSET))

        android_icon = d.pop("android_icon", UNSET)

        android_custom_icon = d.pop("android_custom_icon", UNSET)

        android_banner = d.pop("android_banner", UNSET)

        def _parse_android_badges(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        android_badges = _parse_android_badges(d.pop("android_badges", UNSET))

        android_gcm_ttl = d.pop("android_gcm_ttl", UNSET)

        def _parse_android_vibration(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        android_vibration = _parse_android_vibration(d.pop("android_vibration", UNSET))

        android_led = d.pop("android_led", UNSET)

        android_priority = d.pop("android_priority", UNSET)

        android_delivery_priority = d.pop("android_delivery_priority", UNSET)

        android_ibc = d.pop("android_ibc", UNSET)

        android_silent = d.pop("android_silent", UNSET)

        _adm_root_params = d.pop("adm_root_params", UNSET)
        adm_root_params: NotificationContentAdmRootParams | Unset
        if isinstance(_adm_root_params, Unset):
            adm_root_params = UNSET
        else:
            adm_root_params = NotificationContentAdmRootParams.from_dict(_adm_root_params)

        adm_sound = d.pop("adm_sound", UNSET)

        adm_header = d.pop("adm_header", UNSET)

        adm_icon = d.pop("adm_icon", UNSET)

        adm_custom_icon = d.pop("adm_custom_icon", UNSET)

        adm_banner = d.pop("adm_banner", UNSET)

        adm_ttl = d.pop("adm_ttl", UNSET)

        adm_priority = d.pop("adm_priority", UNSET)

        mac_badges = d.pop("mac_badges", UNSET)

        mac_sound = d.pop("mac_sound", UNSET)

        _mac_root_params = d.pop("mac_root_params", UNSET)
        mac_root_params: NotificationContentMacRootParams | Unset
        if isinstance(_mac_root_params, Unset):
            mac_root_params = UNSET
        else:
            mac_root_params = NotificationContentMacRootParams.from_dict(_mac_root_params)

        mac_ttl = d.pop("mac_ttl", UNSET)

        def _parse_wns_content(data: object) -> NotificationContentWnsContentType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wns_content_type_1 = NotificationContentWnsContentType1.from_dict(data)

                return wns_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NotificationContentWnsContentType1 | str | Unset, data)

        wns_content = _parse_wns_content(d.pop("wns_content", UNSET))

        wns_type = d.pop("wns_type", UNSET)

        wns_tag = d.pop("wns_tag", UNSET)

        wns_cache = d.pop("wns_cache", UNSET)

        wns_ttl = d.pop("wns_ttl", UNSET)

        wp_type = d.pop("wp_type", UNSET)

        wp_background = d.pop("wp_background", UNSET)

        wp_backbackground = d.pop("wp_backbackground", UNSET)

        wp_backtitle = d.pop("wp_backtitle", UNSET)

        wp_backcontent = d.pop("wp_backcontent", UNSET)

        wp_count = d.pop("wp_count", UNSET)

        blackberry_header = d.pop("blackberry_header", UNSET)

        safari_title = d.pop("safari_title", UNSET)

        safari_action = d.pop("safari_action", UNSET)

        safari_url_args = cast(list[str], d.pop("safari_url_args", UNSET))

        safari_ttl = d.pop("safari_ttl", UNSET)

        chrome_title = d.pop("chrome_title", UNSET)

        chrome_icon = d.pop("chrome_icon", UNSET)

        chrome_image = d.pop("chrome_image", UNSET)

        chrome_gcm_ttl = d.pop("chrome_gcm_ttl", UNSET)

        chrome_duration = d.pop("chrome_duration", UNSET)

        chrome_button_text1 = d.pop("chrome_button_text1", UNSET)

        chrome_button_url1 = d.pop("chrome_button_url1", UNSET)

        chrome_button_text2 = d.pop("chrome_button_text2", UNSET)

        chrome_button_url2 = d.pop("chrome_button_url2", UNSET)

        firefox_title = d.pop("firefox_title", UNSET)

        firefox_icon = d.pop("firefox_icon", UNSET)

        devices = cast(list[str], d.pop("devices", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        platforms = cast(list[int], d.pop("platforms", UNSET))

        filter_ = d.pop("filter", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = []
                _conditions_item = conditions_item_data
                for componentsschemas_condition_item_data in _conditions_item:

                    def _parse_componentsschemas_condition_item(
                        data: object,
                    ) -> Any | ConditionOperator | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            componentsschemas_condition_item_type_1 = ConditionOperator(data)

                            return componentsschemas_condition_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(Any | ConditionOperator | str, data)

                    componentsschemas_condition_item = _parse_componentsschemas_condition_item(
                        componentsschemas_condition_item_data
                    )

                    conditions_item.append(componentsschemas_condition_item)

                conditions.append(conditions_item)

        _conditions_operator = d.pop("conditions_operator", UNSET)
        conditions_operator: NotificationTargetingConditionsOperator | Unset
        if isinstance(_conditions_operator, Unset):
            conditions_operator = UNSET
        else:
            conditions_operator = NotificationTargetingConditionsOperator(_conditions_operator)

        notification = cls(
            send_date=send_date,
            ignore_user_timezone=ignore_user_timezone,
            timezone=timezone,
            campaign=campaign,
            geozone=geozone,
            content=content,
            title=title,
            subtitle=subtitle,
            rich_media=rich_media,
            page_id=page_id,
            rich_page_id=rich_page_id,
            remote_page=remote_page,
            link=link,
            minimize_link=minimize_link,
            data=data,
            preset=preset,
            send_rate=send_rate,
            dynamic_content_placeholders=dynamic_content_placeholders,
            transaction_id=transaction_id,
            inbox_date=inbox_date,
            inbox_days=inbox_days,
            capping_days=capping_days,
            capping_count=capping_count,
            capping_avoid=capping_avoid,
            capping_exclude=capping_exclude,
            ios_badges=ios_badges,
            ios_sound=ios_sound,
            ios_ttl=ios_ttl,
            ios_silent=ios_silent,
            ios_category_id=ios_category_id,
            ios_root_params=ios_root_params,
            apns_trim_content=apns_trim_content,
            ios_trim_content=ios_trim_content,
            ios_title=ios_title,
            ios_subtitle=ios_subtitle,
            android_root_params=android_root_params,
            android_sound=android_sound,
            android_header=android_header,
            android_icon=android_icon,
            android_custom_icon=android_custom_icon,
            android_banner=android_banner,
            android_badges=android_badges,
            android_gcm_ttl=android_gcm_ttl,
            android_vibration=android_vibration,
            android_led=android_led,
            android_priority=android_priority,
            android_delivery_priority=android_delivery_priority,
            android_ibc=android_ibc,
            android_silent=android_silent,
            adm_root_params=adm_root_params,
            adm_sound=adm_sound,
            adm_header=adm_header,
            adm_icon=adm_icon,
            adm_custom_icon=adm_custom_icon,
            adm_banner=adm_banner,
            adm_ttl=adm_ttl,
            adm_priority=adm_priority,
            mac_badges=mac_badges,
            mac_sound=mac_sound,
            mac_root_params=mac_root_params,
            mac_ttl=mac_ttl,
            wns_content=wns_content,
            wns_type=wns_type,
            wns_tag=wns_tag,
            wns_cache=wns_cache,
            wns_ttl=wns_ttl,
            wp_type=wp_type,
            wp_background=wp_background,
            wp_backbackground=wp_backbackground,
            wp_backtitle=wp_backtitle,
            wp_backcontent=wp_backcontent,
            wp_count=wp_count,
            blackberry_header=blackberry_header,
            safari_title=safari_title,
            safari_action=safari_action,
            safari_url_args=safari_url_args,
            safari_ttl=safari_ttl,
            chrome_title=chrome_title,
            chrome_icon=chrome_icon,
            chrome_image=chrome_image,
            chrome_gcm_ttl=chrome_gcm_ttl,
            chrome_duration=chrome_duration,
            chrome_button_text1=chrome_button_text1,
            chrome_button_url1=chrome_button_url1,
            chrome_button_text2=chrome_button_text2,
            chrome_button_url2=chrome_button_url2,
            firefox_title=firefox_title,
            firefox_icon=firefox_icon,
            devices=devices,
            users=users,
            platforms=platforms,
            filter_=filter_,
            conditions=conditions,
            conditions_operator=conditions_operator,
        )

        notification.additional_properties = d
        return notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Notification's fields as a plain dict takes them, keyed by the spec's names (what
# `Notification.to_dict()` gives): a literal with a misspelt key fails type checking.
class NotificationDict(TypedDict, total=False):
    send_date: str | datetime.datetime
    ignore_user_timezone: bool
    timezone: str
    campaign: str
    geozone: NotificationContentGeozone | Mapping[str, Any]
    content: LocalizedTextType1 | str | Mapping[str, Any]
    title: LocalizedTextType1 | str | Mapping[str, Any]
    subtitle: LocalizedTextType1 | str | Mapping[str, Any]
    rich_media: str
    page_id: int
    rich_page_id: int
    remote_page: str
    link: None | str
    minimize_link: int
    data: NotificationContentDataType1 | str | Mapping[str, Any]
    preset: str
    send_rate: int
    dynamic_content_placeholders: NotificationContentDynamicContentPlaceholders | Mapping[str, Any]
    transactionId: str
    inbox_date: str
    inbox_days: int
    capping_days: int
    capping_count: int
    capping_avoid: bool
    capping_exclude: bool
    ios_badges: int | str
    ios_sound: str
    ios_ttl: int
    ios_silent: int
    ios_category_id: int | str
    ios_root_params: NotificationContentIosRootParams | Mapping[str, Any]
    apns_trim_content: int
    ios_trim_content: int
    ios_title: LocalizedTextType1 | str | Mapping[str, Any]
    ios_subtitle: LocalizedTextType1 | str | Mapping[str, Any]
    android_root_params: NotificationContentAndroidRootParams | Mapping[str, Any]
    android_sound: str
    android_header: LocalizedTextType1 | str | Mapping[str, Any]
    android_icon: str
    android_custom_icon: str
    android_banner: str
    android_badges: int | str
    android_gcm_ttl: int
    android_vibration: bool | int
    android_led: str
    android_priority: int
    android_delivery_priority: str
    android_ibc: str
    android_silent: int
    adm_root_params: NotificationContentAdmRootParams | Mapping[str, Any]
    adm_sound: str
    adm_header: str
    adm_icon: str
    adm_custom_icon: str
    adm_banner: str
    adm_ttl: int
    adm_priority: int
    mac_badges: int
    mac_sound: str
    mac_root_params: NotificationContentMacRootParams | Mapping[str, Any]
    mac_ttl: int
    wns_content: NotificationContentWnsContentType1 | str | Mapping[str, Any]
    wns_type: str
    wns_tag: str
    wns_cache: int
    wns_ttl: int
    wp_type: str
    wp_background: str
    wp_backbackground: str
    wp_backtitle: str
    wp_backcontent: str
    wp_count: int
    blackberry_header: str
    safari_title: str
    safari_action: str
    safari_url_args: list[str]
    safari_ttl: int
    chrome_title: str
    chrome_icon: str
    chrome_image: str
    chrome_gcm_ttl: int
    chrome_duration: int
    chrome_button_text1: str
    chrome_button_url1: str
    chrome_button_text2: str
    chrome_button_url2: str
    firefox_title: str
    firefox_icon: str
    devices: list[str]
    users: list[str]
    platforms: list[int]
    filter: str
    conditions: list[list[Any | ConditionOperator | str]]
    conditions_operator: NotificationTargetingConditionsOperator | str

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="CreateTargetedMessageParams")


@_attrs_define
class CreateTargetedMessageParams:
    """Requires `auth` and `devices_filter`, beside the content of the push (the fields of
    NotificationContent).

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    devices_filter: str
    """ Which devices, in the segment language: `A("APP-CODE", ["iOS", "Android"])`,
    `G("GROUP-CODE")`, `T("tag", EQ, value)`, `AT("APP-CODE", "tag", EQ, value)`,
    combined with `+` (union), `*` (intersection) and `\\` (difference).
     """
    send_date: str | Unset = UNSET
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
    geozone: NotificationContentGeozone | Unset = UNSET
    """ Send within a geozone: `{"lat": 22.22, "lng": 33.33, "range": 110}`. """
    content: LocalizedTextType1 | str | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    title: LocalizedTextType1 | str | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    subtitle: LocalizedTextType1 | str | Unset = UNSET
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
    data: NotificationContentDataType1 | str | Unset = UNSET
    """ Custom data, a JSON object or a JSON string, passed to the app as the `u` parameter of the payload. """
    preset: str | Unset = UNSET
    """ The code of a push preset from the Control Panel. """
    send_rate: int | Unset = UNSET
    """ Throttling, in pushes per second (sources quote 100 to 1,000). """
    dynamic_content_placeholders: NotificationContentDynamicContentPlaceholders | Unset = UNSET
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
    ios_root_params: NotificationContentIosRootParams | Unset = UNSET
    """ Fields merged into the APNs payload (`aps`, `attachment`, `data`). """
    apns_trim_content: int | Unset = UNSET
    """ 1 trims the content to fit the payload. """
    ios_trim_content: int | Unset = UNSET
    """ Deprecated: use `apns_trim_content`. """
    ios_title: LocalizedTextType1 | str | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    ios_subtitle: LocalizedTextType1 | str | Unset = UNSET
    """ A text, or one text per language (`{"en": "Hello", "de": "Hallo"}`). """
    android_root_params: NotificationContentAndroidRootParams | Unset = UNSET
    """ Fields merged into the FCM payload; a recorded answer refuses anything but an object. """
    android_sound: str | Unset = UNSET
    """ The Android sound file. """
    android_header: LocalizedTextType1 | str | Unset = UNSET
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
    adm_root_params: NotificationContentAdmRootParams | Unset = UNSET
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
    mac_root_params: NotificationContentMacRootParams | Unset = UNSET
    """ Fields merged into the macOS payload. """
    mac_ttl: int | Unset = UNSET
    """ How long APNs keeps the macOS push, in seconds. """
    wns_content: NotificationContentWnsContentType1 | str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.localized_text_type_1 import LocalizedTextType1  # noqa: PLC0415
        from ..models.notification_content_data_type_1 import NotificationContentDataType1  # noqa: PLC0415
        from ..models.notification_content_wns_content_type_1 import (
            NotificationContentWnsContentType1,  # noqa: PLC0415
        )

        auth = self.auth

        devices_filter = self.devices_filter

        send_date = self.send_date

        ignore_user_timezone = self.ignore_user_timezone

        timezone = self.timezone

        campaign = self.campaign

        geozone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geozone, Unset):
            geozone = self.geozone.to_dict()

        content: dict[str, Any] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, LocalizedTextType1):
            content = self.content.to_dict()
        else:
            content = self.content

        title: dict[str, Any] | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, LocalizedTextType1):
            title = self.title.to_dict()
        else:
            title = self.title

        subtitle: dict[str, Any] | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        elif isinstance(self.subtitle, LocalizedTextType1):
            subtitle = self.subtitle.to_dict()
        else:
            subtitle = self.subtitle

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

        data: dict[str, Any] | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, NotificationContentDataType1):
            data = self.data.to_dict()
        else:
            data = self.data

        preset = self.preset

        send_rate = self.send_rate

        dynamic_content_placeholders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = self.dynamic_content_placeholders.to_dict()

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

        ios_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios_root_params, Unset):
            ios_root_params = self.ios_root_params.to_dict()

        apns_trim_content = self.apns_trim_content

        ios_trim_content = self.ios_trim_content

        ios_title: dict[str, Any] | str | Unset
        if isinstance(self.ios_title, Unset):
            ios_title = UNSET
        elif isinstance(self.ios_title, LocalizedTextType1):
            ios_title = self.ios_title.to_dict()
        else:
            ios_title = self.ios_title

        ios_subtitle: dict[str, Any] | str | Unset
        if isinstance(self.ios_subtitle, Unset):
            ios_subtitle = UNSET
        elif isinstance(self.ios_subtitle, LocalizedTextType1):
            ios_subtitle = self.ios_subtitle.to_dict()
        else:
            ios_subtitle = self.ios_subtitle

        android_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_root_params, Unset):
            android_root_params = self.android_root_params.to_dict()

        android_sound = self.android_sound

        android_header: dict[str, Any] | str | Unset
        if isinstance(self.android_header, Unset):
            android_header = UNSET
        elif isinstance(self.android_header, LocalizedTextType1):
            android_header = self.android_header.to_dict()
        else:
            android_header = self.android_header

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

        adm_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adm_root_params, Unset):
            adm_root_params = self.adm_root_params.to_dict()

        adm_sound = self.adm_sound

        adm_header = self.adm_header

        adm_icon = self.adm_icon

        adm_custom_icon = self.adm_custom_icon

        adm_banner = self.adm_banner

        adm_ttl = self.adm_ttl

        adm_priority = self.adm_priority

        mac_badges = self.mac_badges

        mac_sound = self.mac_sound

        mac_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mac_root_params, Unset):
            mac_root_params = self.mac_root_params.to_dict()

        mac_ttl = self.mac_ttl

        wns_content: dict[str, Any] | str | Unset
        if isinstance(self.wns_content, Unset):
            wns_content = UNSET
        elif isinstance(self.wns_content, NotificationContentWnsContentType1):
            wns_content = self.wns_content.to_dict()
        else:
            wns_content = self.wns_content

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "devices_filter": devices_filter,
            }
        )
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
        auth = d.pop("auth")

        devices_filter = d.pop("devices_filter")

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

        create_targeted_message_params = cls(
            auth=auth,
            devices_filter=devices_filter,
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
        )

        create_targeted_message_params.additional_properties = d
        return create_targeted_message_params

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

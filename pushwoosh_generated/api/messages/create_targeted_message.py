# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createTargetedMessage: Send a push to the devices a devices_filter expression selects."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...results import TargetedMessageResult

Result: TypeAlias = TargetedMessageResult
"""What the client's `create_targeted_message()` returns (generator/results.yaml)."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return TargetedMessageResult.from_response(data)


OPERATION: Operation[Result] = Operation(
    name="createTargetedMessage",
    python_name="create_targeted_message",
    path="/json/1.3/createTargetedMessage",
    repeat=Repeat.SAFE_WITH_TRANSACTION_ID,
    arguments={
        "devices_filter": "devices_filter",
        "send_date": "send_date",
        "ignore_user_timezone": "ignore_user_timezone",
        "timezone": "timezone",
        "campaign": "campaign",
        "geozone": "geozone",
        "content": "content",
        "title": "title",
        "subtitle": "subtitle",
        "rich_media": "rich_media",
        "page_id": "page_id",
        "rich_page_id": "rich_page_id",
        "remote_page": "remote_page",
        "link": "link",
        "minimize_link": "minimize_link",
        "data": "data",
        "preset": "preset",
        "send_rate": "send_rate",
        "dynamic_content_placeholders": "dynamic_content_placeholders",
        "transactionId": "transaction_id",
        "inbox_date": "inbox_date",
        "inbox_days": "inbox_days",
        "capping_days": "capping_days",
        "capping_count": "capping_count",
        "capping_avoid": "capping_avoid",
        "capping_exclude": "capping_exclude",
        "ios_badges": "ios_badges",
        "ios_sound": "ios_sound",
        "ios_ttl": "ios_ttl",
        "ios_silent": "ios_silent",
        "ios_category_id": "ios_category_id",
        "ios_root_params": "ios_root_params",
        "apns_trim_content": "apns_trim_content",
        "ios_trim_content": "ios_trim_content",
        "ios_title": "ios_title",
        "ios_subtitle": "ios_subtitle",
        "android_root_params": "android_root_params",
        "android_sound": "android_sound",
        "android_header": "android_header",
        "android_icon": "android_icon",
        "android_custom_icon": "android_custom_icon",
        "android_banner": "android_banner",
        "android_badges": "android_badges",
        "android_gcm_ttl": "android_gcm_ttl",
        "android_vibration": "android_vibration",
        "android_led": "android_led",
        "android_priority": "android_priority",
        "android_delivery_priority": "android_delivery_priority",
        "android_ibc": "android_ibc",
        "android_silent": "android_silent",
        "adm_root_params": "adm_root_params",
        "adm_sound": "adm_sound",
        "adm_header": "adm_header",
        "adm_icon": "adm_icon",
        "adm_custom_icon": "adm_custom_icon",
        "adm_banner": "adm_banner",
        "adm_ttl": "adm_ttl",
        "adm_priority": "adm_priority",
        "mac_badges": "mac_badges",
        "mac_sound": "mac_sound",
        "mac_root_params": "mac_root_params",
        "mac_ttl": "mac_ttl",
        "wns_content": "wns_content",
        "wns_type": "wns_type",
        "wns_tag": "wns_tag",
        "wns_cache": "wns_cache",
        "wns_ttl": "wns_ttl",
        "wp_type": "wp_type",
        "wp_background": "wp_background",
        "wp_backbackground": "wp_backbackground",
        "wp_backtitle": "wp_backtitle",
        "wp_backcontent": "wp_backcontent",
        "wp_count": "wp_count",
        "blackberry_header": "blackberry_header",
        "safari_title": "safari_title",
        "safari_action": "safari_action",
        "safari_url_args": "safari_url_args",
        "safari_ttl": "safari_ttl",
        "chrome_title": "chrome_title",
        "chrome_icon": "chrome_icon",
        "chrome_image": "chrome_image",
        "chrome_gcm_ttl": "chrome_gcm_ttl",
        "chrome_duration": "chrome_duration",
        "chrome_button_text1": "chrome_button_text1",
        "chrome_button_url1": "chrome_button_url1",
        "chrome_button_text2": "chrome_button_text2",
        "chrome_button_url2": "chrome_button_url2",
        "firefox_title": "firefox_title",
        "firefox_icon": "firefox_icon",
    },
    body_schema="CreateTargetedMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    defaults_application=False,
    max_body_bytes=10000000,
    parse_result=parse_result,
)

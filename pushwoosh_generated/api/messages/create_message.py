# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createMessage: Send a push to the devices its targeting selects."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...results import CreateMessageResult

Result: TypeAlias = CreateMessageResult
"""What the client's `create_message()` returns (generator/results.yaml)."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return CreateMessageResult.from_response(data)


OPERATION: Operation[Result] = Operation(
    name="createMessage",
    python_name="create_message",
    path="/json/1.3/createMessage",
    repeat=Repeat.SAFE_WITH_TRANSACTION_ID,
    arguments={
        "notifications": "notifications",
        "application": "application",
        "applications_group": "applications_group",
    },
    body_schema="CreateMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    rate_limit=(600, 60.0),
    max_body_bytes=10000000,
    max_items={"notifications": 1000, "notifications.devices": 1000, "notifications.users": 1000},
    list_items={
        "notifications": ListItems(
            schema="Notification",
            fields=(
                "send_date",
                "ignore_user_timezone",
                "timezone",
                "campaign",
                "geozone",
                "content",
                "title",
                "subtitle",
                "rich_media",
                "page_id",
                "rich_page_id",
                "remote_page",
                "link",
                "minimize_link",
                "data",
                "preset",
                "send_rate",
                "dynamic_content_placeholders",
                "transactionId",
                "inbox_date",
                "inbox_days",
                "capping_days",
                "capping_count",
                "capping_avoid",
                "capping_exclude",
                "ios_badges",
                "ios_sound",
                "ios_ttl",
                "ios_silent",
                "ios_category_id",
                "ios_root_params",
                "apns_trim_content",
                "ios_trim_content",
                "ios_title",
                "ios_subtitle",
                "android_root_params",
                "android_sound",
                "android_header",
                "android_icon",
                "android_custom_icon",
                "android_banner",
                "android_badges",
                "android_gcm_ttl",
                "android_vibration",
                "android_led",
                "android_priority",
                "android_delivery_priority",
                "android_ibc",
                "android_silent",
                "adm_root_params",
                "adm_sound",
                "adm_header",
                "adm_icon",
                "adm_custom_icon",
                "adm_banner",
                "adm_ttl",
                "adm_priority",
                "mac_badges",
                "mac_sound",
                "mac_root_params",
                "mac_ttl",
                "wns_content",
                "wns_type",
                "wns_tag",
                "wns_cache",
                "wns_ttl",
                "wp_type",
                "wp_background",
                "wp_backbackground",
                "wp_backtitle",
                "wp_backcontent",
                "wp_count",
                "blackberry_header",
                "safari_title",
                "safari_action",
                "safari_url_args",
                "safari_ttl",
                "chrome_title",
                "chrome_icon",
                "chrome_image",
                "chrome_gcm_ttl",
                "chrome_duration",
                "chrome_button_text1",
                "chrome_button_url1",
                "chrome_button_text2",
                "chrome_button_url2",
                "firefox_title",
                "firefox_icon",
                "devices",
                "users",
                "platforms",
                "filter",
                "conditions",
                "conditions_operator",
            ),
            targeting=(
                "devices",
                "users",
                "platforms",
                "filter",
                "conditions",
            ),
        ),
    },
    parse_result=parse_result,
)

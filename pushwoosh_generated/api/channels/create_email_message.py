# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""createEmailMessage: Send an email to the subscribers its targeting selects."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `create_email_message()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="createEmailMessage",
    python_name="create_email_message",
    path="/json/1.3/createEmailMessage",
    repeat=Repeat.SAFE_WITH_TRANSACTION_ID,
    arguments={
        "notifications": "notifications",
        "application": "application",
        "applications_group": "applications_group",
    },
    body_schema="CreateEmailMessageBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    max_body_bytes=10000000,
    max_items={
        "notifications.attachments": 2,
        "notifications.devices": 1000,
        "notifications.users": 1000,
    },
    list_items={
        "notifications": ListItems(
            schema="EmailNotification",
            fields=(
                "send_date",
                "preset",
                "email_template",
                "subject",
                "content",
                "attachments",
                "list_unsubscribe",
                "campaign",
                "ignore_user_timezone",
                "timezone",
                "filter",
                "devices",
                "use_auto_registration",
                "users",
                "dynamic_content_placeholders",
                "conditions",
                "from",
                "transactionId",
            ),
            targeting=(
                "filter",
                "devices",
                "users",
                "conditions",
            ),
        ),
    },
    parse_result=parse_result,
)

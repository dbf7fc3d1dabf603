# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.condition_operator import ConditionOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_notification_attachments_item import EmailNotificationAttachmentsItem
    from ..models.email_notification_content_type_1 import EmailNotificationContentType1
    from ..models.email_notification_dynamic_content_placeholders import (
        EmailNotificationDynamicContentPlaceholders,
    )
    from ..models.email_sender import EmailSender
    from ..models.email_subject_type_1 import EmailSubjectType1


T = TypeVar("T", bound="EmailNotification")


@_attrs_define(repr=False)
class EmailNotification:
    """One email of a createEmailMessage call: when, from which preset (or template), what, and
    to whom. Without `devices`, `users`, `filter` or `conditions` it goes to every email
    subscriber of the application (inferred from createMessage, whose root it shares).
    Requires `send_date`, and `preset` (the newer page) or `email_template` (the older one).

    """

    send_date: str | datetime.datetime
    """ `YYYY-MM-DD HH:mm`, or `now`. """
    preset: str | Unset = UNSET
    """ "Email preset code. Copy from the URL bar of the Email Content Editor" (newer page: required). """
    email_template: str | Unset = UNSET
    """ The email template's code (the older GitBook page's required field for the same idea, inferred). """
    subject: EmailSubjectType1 | list[Any] | str | Mapping[str, Any] | Unset = UNSET
    """ The subject: a text, one text per language (the newer page), or a list of one-language
    objects (`[{"default": …}, {"en": …}]`, the older GitBook example). "If subject does not
    contain a matching language for content, the subject will be empty."
     """
    content: EmailNotificationContentType1 | str | Mapping[str, Any] | Unset = UNSET
    """ The HTML, or one HTML per language. """
    attachments: list[EmailNotificationAttachmentsItem] | Unset = UNSET
    """ "Only two attachments are available. Each attachment must not exceed 1MB (base64 encoded)"; their fields
    were not readable. """
    list_unsubscribe: str | Unset = UNSET
    """ A custom URL for the List-Unsubscribe header. """
    campaign: str | Unset = UNSET
    """ The campaign's code. """
    ignore_user_timezone: bool | Unset = UNSET
    """ "If true, sends the email immediately, ignoring user timezones." """
    timezone: str | Unset = UNSET
    """ The time zone of `send_date` (`America/New_York`). """
    filter_: str | Unset = UNSET
    """ A segment's name. """
    devices: list[str] | Unset = UNSET
    """ Email addresses, at most 1,000; "ignored if the Application Group is used"; wins over `users`. """
    use_auto_registration: bool | Unset = UNSET
    """ Register the addresses in `devices` that are not subscribers yet. """
    users: list[str] | Unset = UNSET
    """ User IDs, at most 1,000; "if the devices parameter is specified, the users parameter will be ignored". """
    dynamic_content_placeholders: (
        EmailNotificationDynamicContentPlaceholders | Mapping[str, Any] | Unset
    ) = UNSET
    """ Values for the content's placeholders, instead of tag values. """
    conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
    """ Tag conditions: String tags EQ, IN, NOTEQ, NOTIN; Integer and Date tags also BETWEEN,
    GTE, LTE (a date as `YYYY-MM-DD 00:00`, a timestamp or `N days ago`); Boolean EQ; List IN.
     """
    from_: EmailSender | Mapping[str, Any] | Unset = UNSET
    """ The sender (the rest of the vendor's example, a reply-to perhaps, is cut off). """
    transaction_id: str | Unset = UNSET
    """ "Unique message identifier to prevent re-sending in case of network problems. Stored on the side of
    Pushwoosh for 1 day." """
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

        preset = self.preset

        email_template = self.email_template

        subject: Any = self.subject
        if hasattr(subject, "to_dict"):
            subject = subject.to_dict()
        elif isinstance(subject, Mapping):
            subject = dict(subject)

        content: Any = self.content
        if hasattr(content, "to_dict"):
            content = content.to_dict()
        elif isinstance(content, Mapping):
            content = dict(content)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        list_unsubscribe = self.list_unsubscribe

        campaign = self.campaign

        ignore_user_timezone = self.ignore_user_timezone

        timezone = self.timezone

        filter_ = self.filter_

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        use_auto_registration = self.use_auto_registration

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        dynamic_content_placeholders: Any = self.dynamic_content_placeholders
        if hasattr(dynamic_content_placeholders, "to_dict"):
            dynamic_content_placeholders = dynamic_content_placeholders.to_dict()
        elif isinstance(dynamic_content_placeholders, Mapping):
            dynamic_content_placeholders = dict(dynamic_content_placeholders)

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

        from_: Any = self.from_
        if hasattr(from_, "to_dict"):
            from_ = from_.to_dict()
        elif isinstance(from_, Mapping):
            from_ = dict(from_)

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_date": send_date,
            }
        )
        if preset is not UNSET:
            field_dict["preset"] = preset
        if email_template is not UNSET:
            field_dict["email_template"] = email_template
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if list_unsubscribe is not UNSET:
            field_dict["list_unsubscribe"] = list_unsubscribe
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if ignore_user_timezone is not UNSET:
            field_dict["ignore_user_timezone"] = ignore_user_timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if devices is not UNSET:
            field_dict["devices"] = devices
        if use_auto_registration is not UNSET:
            field_dict["use_auto_registration"] = use_auto_registration
        if users is not UNSET:
            field_dict["users"] = users
        if dynamic_content_placeholders is not UNSET:
            field_dict["dynamic_content_placeholders"] = dynamic_content_placeholders
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if from_ is not UNSET:
            field_dict["from"] = from_
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_notification_attachments_item import EmailNotificationAttachmentsItem  # noqa: PLC0415
        from ..models.email_notification_content_type_1 import EmailNotificationContentType1  # noqa: PLC0415
        from ..models.email_notification_dynamic_content_placeholders import (
            EmailNotificationDynamicContentPlaceholders,  # noqa: PLC0415
        )
        from ..models.email_sender import EmailSender  # noqa: PLC0415
        from ..models.email_subject_type_1 import EmailSubjectType1  # noqa: PLC0415

        d = dict(src_dict)
        send_date = d.pop("send_date")

        preset = d.pop("preset", UNSET)

        email_template = d.pop("email_template", UNSET)

        def _parse_subject(data: object) -> EmailSubjectType1 | list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_email_subject_type_1 = EmailSubjectType1.from_dict(data)

                return componentsschemas_email_subject_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_email_subject_type_2 = data

                return componentsschemas_email_subject_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailSubjectType1 | list[Any] | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_content(data: object) -> EmailNotificationContentType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = EmailNotificationContentType1.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailNotificationContentType1 | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailNotificationAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailNotificationAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        list_unsubscribe = d.pop("list_unsubscribe", UNSET)

        campaign = d.pop("campaign", UNSET)

        ignore_user_timezone = d.pop("ignore_user_timezone", UNSET)

        timezone = d.pop("timezone", UNSET)

        filter_ = d.pop("filter", UNSET)

        devices = cast(list[str], d.pop("devices", UNSET))

        use_auto_registration = d.pop("use_auto_registration", UNSET)

        users = cast(list[str], d.pop("users", UNSET))

        _dynamic_content_placeholders = d.pop("dynamic_content_placeholders", UNSET)
        dynamic_content_placeholders: EmailNotificationDynamicContentPlaceholders | Unset
        if isinstance(_dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = UNSET
        else:
            dynamic_content_placeholders = EmailNotificationDynamicContentPlaceholders.from_dict(
                _dynamic_content_placeholders
            )

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

        _from_ = d.pop("from", UNSET)
        from_: EmailSender | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = EmailSender.from_dict(_from_)

        transaction_id = d.pop("transactionId", UNSET)

        email_notification = cls(
            send_date=send_date,
            preset=preset,
            email_template=email_template,
            subject=subject,
            content=content,
            attachments=attachments,
            list_unsubscribe=list_unsubscribe,
            campaign=campaign,
            ignore_user_timezone=ignore_user_timezone,
            timezone=timezone,
            filter_=filter_,
            devices=devices,
            use_auto_registration=use_auto_registration,
            users=users,
            dynamic_content_placeholders=dynamic_content_placeholders,
            conditions=conditions,
            from_=from_,
            transaction_id=transaction_id,
        )

        email_notification.additional_properties = d
        return email_notification

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


# EmailNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `EmailNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
EmailNotificationDict = TypedDict(
    "EmailNotificationDict",
    {
        "send_date": "Required[str | datetime.datetime]",
        "preset": "str",
        "email_template": "str",
        "subject": "EmailSubjectType1 | list[Any] | str | Mapping[str, Any]",
        "content": "EmailNotificationContentType1 | str | Mapping[str, Any]",
        "attachments": "list[EmailNotificationAttachmentsItem | Mapping[str, Any]]",
        "list_unsubscribe": "str",
        "campaign": "str",
        "ignore_user_timezone": "bool",
        "timezone": "str",
        "filter": "str",
        "devices": "list[str]",
        "use_auto_registration": "bool",
        "users": "list[str]",
        "dynamic_content_placeholders": "EmailNotificationDynamicContentPlaceholders | Mapping[str, Any]",
        "conditions": "list[list[Any | ConditionOperator | str]]",
        "from": "EmailSender | Mapping[str, Any]",
        "transactionId": "str",
    },
    total=False,
)

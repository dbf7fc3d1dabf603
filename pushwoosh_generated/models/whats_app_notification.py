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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_notification_button_url_variables import (
        WhatsAppNotificationButtonUrlVariables,
    )
    from ..models.whats_app_notification_content_variables import (
        WhatsAppNotificationContentVariables,
    )
    from ..models.whats_app_notification_header_variables import WhatsAppNotificationHeaderVariables


T = TypeVar("T", bound="WhatsAppNotification")


@_attrs_define(repr=False)
class WhatsAppNotification:
    """One WhatsApp message, to one number; `content` or `content_id` is required."""

    send_date: str | datetime.datetime
    """ `YYYY-MM-DD HH:mm`, or `now`. """
    devices: list[str]
    """ The number, `whatsapp:` and E.164 (the hwid of a device of type 21); one a request. """
    content: str | Unset = UNSET
    """ The text (`Hello! {{1}}`). """
    content_id: str | Unset = UNSET
    """ "Identifier for a pre-approved WhatsApp template from your Meta account." """
    use_auto_registration: bool | Unset = UNSET
    """ Register the number if it is not a subscriber yet. """
    content_variables: WhatsAppNotificationContentVariables | Mapping[str, Any] | Unset = UNSET
    """ The template's variables (`{"1": "John"}`). """
    button_url_variables: WhatsAppNotificationButtonUrlVariables | Mapping[str, Any] | Unset = UNSET
    """ The buttons' URL variables, by button index (from 0). """
    header_variables: WhatsAppNotificationHeaderVariables | Mapping[str, Any] | Unset = UNSET
    """ The header's variables (`{"image": "https://…"}`; text, image, video or document). """
    preset: str | Unset = UNSET
    """ A preset's code. """
    language: str | Unset = UNSET
    """ The template's locale (`en_US` when absent). """
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

        devices = self.devices

        content = self.content

        content_id = self.content_id

        use_auto_registration = self.use_auto_registration

        content_variables: Any = self.content_variables
        if hasattr(content_variables, "to_dict"):
            content_variables = content_variables.to_dict()
        elif isinstance(content_variables, Mapping):
            content_variables = dict(content_variables)

        button_url_variables: Any = self.button_url_variables
        if hasattr(button_url_variables, "to_dict"):
            button_url_variables = button_url_variables.to_dict()
        elif isinstance(button_url_variables, Mapping):
            button_url_variables = dict(button_url_variables)

        header_variables: Any = self.header_variables
        if hasattr(header_variables, "to_dict"):
            header_variables = header_variables.to_dict()
        elif isinstance(header_variables, Mapping):
            header_variables = dict(header_variables)

        preset = self.preset

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_date": send_date,
                "devices": devices,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if use_auto_registration is not UNSET:
            field_dict["use_auto_registration"] = use_auto_registration
        if content_variables is not UNSET:
            field_dict["content_variables"] = content_variables
        if button_url_variables is not UNSET:
            field_dict["button_url_variables"] = button_url_variables
        if header_variables is not UNSET:
            field_dict["header_variables"] = header_variables
        if preset is not UNSET:
            field_dict["preset"] = preset
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_notification_button_url_variables import (
            WhatsAppNotificationButtonUrlVariables,  # noqa: PLC0415
        )
        from ..models.whats_app_notification_content_variables import (
            WhatsAppNotificationContentVariables,  # noqa: PLC0415
        )
        from ..models.whats_app_notification_header_variables import (
            WhatsAppNotificationHeaderVariables,  # noqa: PLC0415
        )

        d = dict(src_dict)
        send_date = d.pop("send_date")

        devices = cast(list[str], d.pop("devices"))

        content = d.pop("content", UNSET)

        content_id = d.pop("content_id", UNSET)

        use_auto_registration = d.pop("use_auto_registration", UNSET)

        _content_variables = d.pop("content_variables", UNSET)
        content_variables: WhatsAppNotificationContentVariables | Unset
        if isinstance(_content_variables, Unset):
            content_variables = UNSET
        else:
            content_variables = WhatsAppNotificationContentVariables.from_dict(_content_variables)

        _button_url_variables = d.pop("button_url_variables", UNSET)
        button_url_variables: WhatsAppNotificationButtonUrlVariables | Unset
        if isinstance(_button_url_variables, Unset):
            button_url_variables = UNSET
        else:
            button_url_variables = WhatsAppNotificationButtonUrlVariables.from_dict(
                _button_url_variables
            )

        _header_variables = d.pop("header_variables", UNSET)
        header_variables: WhatsAppNotificationHeaderVariables | Unset
        if isinstance(_header_variables, Unset):
            header_variables = UNSET
        else:
            header_variables = WhatsAppNotificationHeaderVariables.from_dict(_header_variables)

        preset = d.pop("preset", UNSET)

        language = d.pop("language", UNSET)

        whats_app_notification = cls(
            send_date=send_date,
            devices=devices,
            content=content,
            content_id=content_id,
            use_auto_registration=use_auto_registration,
            content_variables=content_variables,
            button_url_variables=button_url_variables,
            header_variables=header_variables,
            preset=preset,
            language=language,
        )

        whats_app_notification.additional_properties = d
        return whats_app_notification

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


# WhatsAppNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `WhatsAppNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class WhatsAppNotificationDict(TypedDict, total=False):
    send_date: Required[str | datetime.datetime]
    devices: Required[list[str]]
    content: str
    content_id: str
    use_auto_registration: bool
    content_variables: WhatsAppNotificationContentVariables | Mapping[str, Any]
    button_url_variables: WhatsAppNotificationButtonUrlVariables | Mapping[str, Any]
    header_variables: WhatsAppNotificationHeaderVariables | Mapping[str, Any]
    preset: str
    language: str

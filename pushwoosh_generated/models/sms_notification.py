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
    from ..models.sms_notification_dynamic_content_placeholders import (
        SMSNotificationDynamicContentPlaceholders,
    )


T = TypeVar("T", bound="SMSNotification")


@_attrs_define(repr=False)
class SMSNotification:
    """One SMS, to one number."""

    send_date: str | datetime.datetime
    """ `YYYY-MM-DD HH:mm`, or `now`. """
    content: str
    """ The text. """
    devices: list[str]
    """ The phone number: the hwid of an SMS device registered with registerDevice (device
    type 18), or any number with `use_auto_registration`. "Only one number can be
    specified here."
     """
    use_auto_registration: bool | Unset = UNSET
    """ Register the number if it is not a subscriber yet. """
    dynamic_content_placeholders: (
        SMSNotificationDynamicContentPlaceholders | Mapping[str, Any] | Unset
    ) = UNSET
    """ Values for the text's placeholders. """
    preset: str | Unset = UNSET
    """ An SMS preset's code (newer page). """
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

        content = self.content

        devices = self.devices

        use_auto_registration = self.use_auto_registration

        dynamic_content_placeholders: Any = self.dynamic_content_placeholders
        if hasattr(dynamic_content_placeholders, "to_dict"):
            dynamic_content_placeholders = dynamic_content_placeholders.to_dict()
        elif isinstance(dynamic_content_placeholders, Mapping):
            dynamic_content_placeholders = dict(dynamic_content_placeholders)

        preset = self.preset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_date": send_date,
                "content": content,
                "devices": devices,
            }
        )
        if use_auto_registration is not UNSET:
            field_dict["use_auto_registration"] = use_auto_registration
        if dynamic_content_placeholders is not UNSET:
            field_dict["dynamic_content_placeholders"] = dynamic_content_placeholders
        if preset is not UNSET:
            field_dict["preset"] = preset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_notification_dynamic_content_placeholders import (
            SMSNotificationDynamicContentPlaceholders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        send_date = d.pop("send_date")

        content = d.pop("content")

        devices = cast(list[str], d.pop("devices"))

        use_auto_registration = d.pop("use_auto_registration", UNSET)

        _dynamic_content_placeholders = d.pop("dynamic_content_placeholders", UNSET)
        dynamic_content_placeholders: SMSNotificationDynamicContentPlaceholders | Unset
        if isinstance(_dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = UNSET
        else:
            dynamic_content_placeholders = SMSNotificationDynamicContentPlaceholders.from_dict(
                _dynamic_content_placeholders
            )

        preset = d.pop("preset", UNSET)

        sms_notification = cls(
            send_date=send_date,
            content=content,
            devices=devices,
            use_auto_registration=use_auto_registration,
            dynamic_content_placeholders=dynamic_content_placeholders,
            preset=preset,
        )

        sms_notification.additional_properties = d
        return sms_notification

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


# SMSNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `SMSNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class SMSNotificationDict(TypedDict, total=False):
    send_date: Required[str | datetime.datetime]
    content: Required[str]
    devices: Required[list[str]]
    use_auto_registration: bool
    dynamic_content_placeholders: SMSNotificationDynamicContentPlaceholders | Mapping[str, Any]
    preset: str

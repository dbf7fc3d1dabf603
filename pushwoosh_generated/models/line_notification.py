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
    from ..models.line_template import LineTemplate


T = TypeVar("T", bound="LineNotification")


@_attrs_define(repr=False)
class LineNotification:
    """One LINE message; `content`, `template` or `preset` gives what it says."""

    send_date: str | datetime.datetime
    """ `YYYY-MM-DD HH:mm`, or `now`. """
    devices: list[str]
    """ "List of device codes (user IDs)." """
    content: str | Unset = UNSET
    """ The text ("Max character limit: 5000"). """
    preset: str | Unset = UNSET
    """ A preset's code; "if both preset and content are included, the value from the request overrides the preset".
    """
    template: LineTemplate | Mapping[str, Any] | Unset = UNSET
    """ A LINE template: an image message's `image_url` and `preview_image_url` (HTTPS, TLS 1.2 or
    later); flex and carousel templates exist, with fields that were not readable (an open object).
     """
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

        preset = self.preset

        template: Any = self.template
        if hasattr(template, "to_dict"):
            template = template.to_dict()
        elif isinstance(template, Mapping):
            template = dict(template)

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
        if preset is not UNSET:
            field_dict["preset"] = preset
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_template import LineTemplate  # noqa: PLC0415

        d = dict(src_dict)
        send_date = d.pop("send_date")

        devices = cast(list[str], d.pop("devices"))

        content = d.pop("content", UNSET)

        preset = d.pop("preset", UNSET)

        _template = d.pop("template", UNSET)
        template: LineTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = LineTemplate.from_dict(_template)

        line_notification = cls(
            send_date=send_date,
            devices=devices,
            content=content,
            preset=preset,
            template=template,
        )

        line_notification.additional_properties = d
        return line_notification

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


# LineNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `LineNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class LineNotificationDict(TypedDict, total=False):
    send_date: Required[str | datetime.datetime]
    devices: Required[list[str]]
    content: str
    preset: str
    template: LineTemplate | Mapping[str, Any]

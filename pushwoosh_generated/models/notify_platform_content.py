# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyPlatformContent")


@_attrs_define
class NotifyPlatformContent:
    """The content of a message on one platform."""

    title: str | Unset = UNSET
    """ The title. """
    subtitle: str | Unset = UNSET
    """ The subtitle. """
    body: str | Unset = UNSET
    """ The text. """
    icon: str | Unset = UNSET
    """ The icon. """
    image: str | Unset = UNSET
    """ An image. """
    attachment: str | Unset = UNSET
    """ An attachment. """
    sound: str | Unset = UNSET
    """ The sound. """
    sound_enabled: bool | Unset = UNSET
    """ Whether to play a sound. """
    badges: int | Unset = UNSET
    """ The badge. """
    banner: str | Unset = UNSET
    """ A banner. """
    priority: str | Unset = UNSET
    """ `PRIORITY_UNSPECIFIED`, `PRIORITY_MIN`, `PRIORITY_LOW`, `PRIORITY_DEFAULT`, `PRIORITY_HIGH` or
    `PRIORITY_MAX`. """
    delivery_priority: str | Unset = UNSET
    """ `NORMAL` or `HIGH`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        subtitle = self.subtitle

        body = self.body

        icon = self.icon

        image = self.image

        attachment = self.attachment

        sound = self.sound

        sound_enabled = self.sound_enabled

        badges = self.badges

        banner = self.banner

        priority = self.priority

        delivery_priority = self.delivery_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if image is not UNSET:
            field_dict["image"] = image
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if sound is not UNSET:
            field_dict["sound"] = sound
        if sound_enabled is not UNSET:
            field_dict["sound_enabled"] = sound_enabled
        if badges is not UNSET:
            field_dict["badges"] = badges
        if banner is not UNSET:
            field_dict["banner"] = banner
        if priority is not UNSET:
            field_dict["priority"] = priority
        if delivery_priority is not UNSET:
            field_dict["delivery_priority"] = delivery_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        body = d.pop("body", UNSET)

        icon = d.pop("icon", UNSET)

        image = d.pop("image", UNSET)

        attachment = d.pop("attachment", UNSET)

        sound = d.pop("sound", UNSET)

        sound_enabled = d.pop("sound_enabled", UNSET)

        badges = d.pop("badges", UNSET)

        banner = d.pop("banner", UNSET)

        priority = d.pop("priority", UNSET)

        delivery_priority = d.pop("delivery_priority", UNSET)

        notify_platform_content = cls(
            title=title,
            subtitle=subtitle,
            body=body,
            icon=icon,
            image=image,
            attachment=attachment,
            sound=sound,
            sound_enabled=sound_enabled,
            badges=badges,
            banner=banner,
            priority=priority,
            delivery_priority=delivery_priority,
        )

        notify_platform_content.additional_properties = d
        return notify_platform_content

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

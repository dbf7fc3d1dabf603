# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_app_resource_tags import InAppResourceTags


T = TypeVar("T", bound="InAppResource")


@_attrs_define
class InAppResource:
    """An In-App resource; both SDKs drop one without code, url or updated."""

    code: str
    """ The In-App code. """
    url: str
    """ The URL of the resource's archive. """
    updated: int | str
    """ When the resource last changed, seconds since the epoch (iOS also reads a numeric string). """
    hash_: str | Unset = UNSET
    """ A hash of the resource (Android reads it; empty when absent). """
    required: bool | Unset = UNSET
    """ Download it before the app shows In-Apps (Android; false when absent). """
    priority: int | Unset = UNSET
    """ Display priority (Android; 0 when absent). """
    presentation_style_key: str | Unset = UNSET
    """ `fullscreen`, `centerbox`, `topbanner` or `bottombanner` (iOS). """
    close_button_type: bool | int | str | Unset = UNSET
    """ Whether to show a close button (iOS reads its truth value from a string or a number). """
    tags: InAppResourceTags | Unset = UNSET
    """ Tags attached to the resource (iOS). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        url = self.url

        updated: int | str
        updated = self.updated

        hash_ = self.hash_

        required = self.required

        priority = self.priority

        presentation_style_key = self.presentation_style_key

        close_button_type: bool | int | str | Unset
        if isinstance(self.close_button_type, Unset):
            close_button_type = UNSET
        else:
            close_button_type = self.close_button_type

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "url": url,
                "updated": updated,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if required is not UNSET:
            field_dict["required"] = required
        if priority is not UNSET:
            field_dict["priority"] = priority
        if presentation_style_key is not UNSET:
            field_dict["presentationStyleKey"] = presentation_style_key
        if close_button_type is not UNSET:
            field_dict["closeButtonType"] = close_button_type
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.in_app_resource_tags import InAppResourceTags  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        url = d.pop("url")

        def _parse_updated(data: object) -> int | str:
            return cast(int | str, data)

        updated = _parse_updated(d.pop("updated"))

        hash_ = d.pop("hash", UNSET)

        required = d.pop("required", UNSET)

        priority = d.pop("priority", UNSET)

        presentation_style_key = d.pop("presentationStyleKey", UNSET)

        def _parse_close_button_type(data: object) -> bool | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | str | Unset, data)

        close_button_type = _parse_close_button_type(d.pop("closeButtonType", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: InAppResourceTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = InAppResourceTags.from_dict(_tags)

        in_app_resource = cls(
            code=code,
            url=url,
            updated=updated,
            hash_=hash_,
            required=required,
            priority=priority,
            presentation_style_key=presentation_style_key,
            close_button_type=close_button_type,
            tags=tags,
        )

        in_app_resource.additional_properties = d
        return in_app_resource

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

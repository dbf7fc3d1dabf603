# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineTemplate")


@_attrs_define
class LineTemplate:
    """A LINE template: an image message's `image_url` and `preview_image_url` (HTTPS, TLS 1.2 or
    later); flex and carousel templates exist, with fields that were not readable (an open object).

    """

    image_url: str | Unset = UNSET
    """ The image's URL. """
    preview_image_url: str | Unset = UNSET
    """ The preview's URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        preview_image_url = self.preview_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        preview_image_url = d.pop("preview_image_url", UNSET)

        line_template = cls(
            image_url=image_url,
            preview_image_url=preview_image_url,
        )

        line_template.additional_properties = d
        return line_template

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

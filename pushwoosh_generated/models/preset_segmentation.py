# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetSegmentation")


@_attrs_define
class PresetSegmentation:
    """Whom the preset's message reaches."""

    platforms: list[int]
    """ Device types: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari, 11 Chrome,
    12 Firefox (newer page); the older page adds 2 BlackBerry and 5 Windows Phone and says
    they are "ignored if devices < 10". No enum: the older values are legal.
     """
    filter_: str | Unset = UNSET
    """ A segment's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platforms = self.platforms

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platforms": platforms,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platforms = cast(list[int], d.pop("platforms"))

        filter_ = d.pop("filter", UNSET)

        preset_segmentation = cls(
            platforms=platforms,
            filter_=filter_,
        )

        preset_segmentation.additional_properties = d
        return preset_segmentation

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

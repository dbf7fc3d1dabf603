# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListedGeoZone")


@_attrs_define
class ListedGeoZone:
    """A zone as listGeoZones answers it (a library's fields; `id` is the mock's)."""

    id: int | Unset = UNSET
    """ The zone's id. """
    name: str | Unset = UNSET
    """ Its name. """
    lat: float | Unset = UNSET
    """ Its latitude (a number here). """
    lng: float | Unset = UNSET
    """ Its longitude (a number here). """
    cooldown: int | Unset = UNSET
    """ Its silent period, in seconds. """
    range_: int | Unset = UNSET
    """ Its radius, in metres. """
    preset_code: None | str | Unset = UNSET
    """ Its preset, or null. """
    content: Any | Unset = UNSET
    """ Its content (`{"default": …}` in the example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        lat = self.lat

        lng = self.lng

        cooldown = self.cooldown

        range_ = self.range_

        preset_code: None | str | Unset
        if isinstance(self.preset_code, Unset):
            preset_code = UNSET
        else:
            preset_code = self.preset_code

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
        if cooldown is not UNSET:
            field_dict["cooldown"] = cooldown
        if range_ is not UNSET:
            field_dict["range"] = range_
        if preset_code is not UNSET:
            field_dict["presetCode"] = preset_code
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        lat = d.pop("lat", UNSET)

        lng = d.pop("lng", UNSET)

        cooldown = d.pop("cooldown", UNSET)

        range_ = d.pop("range", UNSET)

        def _parse_preset_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preset_code = _parse_preset_code(d.pop("presetCode", UNSET))

        content = d.pop("content", UNSET)

        listed_geo_zone = cls(
            id=id,
            name=name,
            lat=lat,
            lng=lng,
            cooldown=cooldown,
            range_=range_,
            preset_code=preset_code,
            content=content,
        )

        listed_geo_zone.additional_properties = d
        return listed_geo_zone

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoZoneClusterEntry")


@_attrs_define
class GeoZoneClusterEntry:
    """A cluster as listGeoZoneClusters answers it."""

    name: str | Unset = UNSET
    """ Its name. """
    code: str | Unset = UNSET
    """ Its code. """
    cooldown: int | Unset = UNSET
    """ Its silent period, in seconds. """
    geozones: int | Unset = UNSET
    """ How many zones it holds (a count). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        cooldown = self.cooldown

        geozones = self.geozones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if cooldown is not UNSET:
            field_dict["cooldown"] = cooldown
        if geozones is not UNSET:
            field_dict["geozones"] = geozones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        cooldown = d.pop("cooldown", UNSET)

        geozones = d.pop("geozones", UNSET)

        geo_zone_cluster_entry = cls(
            name=name,
            code=code,
            cooldown=cooldown,
            geozones=geozones,
        )

        geo_zone_cluster_entry.additional_properties = d
        return geo_zone_cluster_entry

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

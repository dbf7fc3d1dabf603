# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listed_geo_zone import ListedGeoZone


T = TypeVar("T", bound="GeoZoneClusterZones")


@_attrs_define
class GeoZoneClusterZones:
    """A cluster and its zones (the mock lists zones without a cluster under a null name and code)."""

    name: None | str | Unset = UNSET
    """ The cluster's name. """
    code: None | str | Unset = UNSET
    """ The cluster's code. """
    geo_zones: list[ListedGeoZone] | Unset = UNSET
    """ Its zones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        geo_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.geo_zones, Unset):
            geo_zones = []
            for geo_zones_item_data in self.geo_zones:
                geo_zones_item = geo_zones_item_data.to_dict()
                geo_zones.append(geo_zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if geo_zones is not UNSET:
            field_dict["geoZones"] = geo_zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listed_geo_zone import ListedGeoZone  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        _geo_zones = d.pop("geoZones", UNSET)
        geo_zones: list[ListedGeoZone] | Unset = UNSET
        if _geo_zones is not UNSET:
            geo_zones = []
            for geo_zones_item_data in _geo_zones:
                geo_zones_item = ListedGeoZone.from_dict(geo_zones_item_data)

                geo_zones.append(geo_zones_item)

        geo_zone_cluster_zones = cls(
            name=name,
            code=code,
            geo_zones=geo_zones,
        )

        geo_zone_cluster_zones.additional_properties = d
        return geo_zone_cluster_zones

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_zone import GeoZone


T = TypeVar("T", bound="GetNearestZoneResult")


@_attrs_define
class GetNearestZoneResult:
    """With `more: 1` (what the SDKs send) a `geozones` list, which Android requires; the
    vendor's example for a request without `more` shows the nearest zone's own fields.

    """

    geozones: list[GeoZone] | Unset = UNSET
    """ The nearest zones. """
    name: str | Unset = UNSET
    """ The nearest zone's name (vendor form). """
    lat: float | Unset = UNSET
    """ The nearest zone's latitude (vendor form). """
    lng: float | Unset = UNSET
    """ The nearest zone's longitude (vendor form). """
    range_: int | Unset = UNSET
    """ The nearest zone's radius in meters (vendor form). """
    distance: int | Unset = UNSET
    """ The distance to the nearest zone in meters (vendor form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geozones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.geozones, Unset):
            geozones = []
            for geozones_item_data in self.geozones:
                geozones_item = geozones_item_data.to_dict()
                geozones.append(geozones_item)

        name = self.name

        lat = self.lat

        lng = self.lng

        range_ = self.range_

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if geozones is not UNSET:
            field_dict["geozones"] = geozones
        if name is not UNSET:
            field_dict["name"] = name
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
        if range_ is not UNSET:
            field_dict["range"] = range_
        if distance is not UNSET:
            field_dict["distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_zone import GeoZone  # noqa: PLC0415

        d = dict(src_dict)
        _geozones = d.pop("geozones", UNSET)
        geozones: list[GeoZone] | Unset = UNSET
        if _geozones is not UNSET:
            geozones = []
            for geozones_item_data in _geozones:
                geozones_item = GeoZone.from_dict(geozones_item_data)

                geozones.append(geozones_item)

        name = d.pop("name", UNSET)

        lat = d.pop("lat", UNSET)

        lng = d.pop("lng", UNSET)

        range_ = d.pop("range", UNSET)

        distance = d.pop("distance", UNSET)

        get_nearest_zone_result = cls(
            geozones=geozones,
            name=name,
            lat=lat,
            lng=lng,
            range_=range_,
            distance=distance,
        )

        get_nearest_zone_result.additional_properties = d
        return get_nearest_zone_result

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

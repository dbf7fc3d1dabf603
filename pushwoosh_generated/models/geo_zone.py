# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeoZone")


@_attrs_define
class GeoZone:
    """A geozone and the device's distance to it."""

    name: str
    """ The zone name (Android requires it; iOS makes one up when absent). """
    lat: float
    """ The zone's latitude. """
    lng: float
    """ The zone's longitude. """
    range_: int
    """ The zone's radius in meters (iOS uses 150 when absent; Android requires it). """
    distance: int
    """ The device's distance to the zone in meters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        lat = self.lat

        lng = self.lng

        range_ = self.range_

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "lat": lat,
                "lng": lng,
                "range": range_,
                "distance": distance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        lat = d.pop("lat")

        lng = d.pop("lng")

        range_ = d.pop("range")

        distance = d.pop("distance")

        geo_zone = cls(
            name=name,
            lat=lat,
            lng=lng,
            range_=range_,
            distance=distance,
        )

        geo_zone.additional_properties = d
        return geo_zone

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

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
    from ..models.geo_zone_change_content_type_1 import GeoZoneChangeContentType1
    from ..models.geo_zone_change_timetable import GeoZoneChangeTimetable


T = TypeVar("T", bound="GeoZoneChange")


@_attrs_define(repr=False)
class GeoZoneChange:
    """A zone to change: its `id` and the fields to set (addGeoZone's); null unbinds `cluster`
    or `campaign`, an omitted field is unchanged (inferred; the mock's).

    """

    id: int
    """ The zone's id, as addGeoZone answered it. """
    name: str | Unset = UNSET
    """ The zone's name. """
    lat: float | str | Unset = UNSET
    """ A latitude or longitude in degrees, sent as a string in the examples (`"40.70087797"`); a number is taken
    too. """
    lng: float | str | Unset = UNSET
    """ A latitude or longitude in degrees, sent as a string in the examples (`"40.70087797"`); a number is taken
    too. """
    cooldown: int | Unset = UNSET
    """ The silent period after a push, in seconds. """
    range_: int | Unset = UNSET
    """ The radius in metres, from 50 to 1,000. """
    content: GeoZoneChangeContentType1 | str | Mapping[str, Any] | Unset = UNSET
    """ The push's text, or one per language. """
    preset_code: str | Unset = UNSET
    """ A preset's code instead of `content`. """
    cluster: None | str | Unset = UNSET
    """ A cluster's code; null unbinds it. """
    campaign: None | str | Unset = UNSET
    """ A campaign's code; null unbinds it. """
    timetable: GeoZoneChangeTimetable | Mapping[str, Any] | Unset = UNSET
    """ Timetable intervals (format not readable). """
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
        id = self.id

        name = self.name

        lat: float | str | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lng: float | str | Unset
        if isinstance(self.lng, Unset):
            lng = UNSET
        else:
            lng = self.lng

        cooldown = self.cooldown

        range_ = self.range_

        content: Any = self.content
        if hasattr(content, "to_dict"):
            content = content.to_dict()
        elif isinstance(content, Mapping):
            content = dict(content)

        preset_code = self.preset_code

        cluster: None | str | Unset
        if isinstance(self.cluster, Unset):
            cluster = UNSET
        else:
            cluster = self.cluster

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        timetable: Any = self.timetable
        if hasattr(timetable, "to_dict"):
            timetable = timetable.to_dict()
        elif isinstance(timetable, Mapping):
            timetable = dict(timetable)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if content is not UNSET:
            field_dict["content"] = content
        if preset_code is not UNSET:
            field_dict["presetCode"] = preset_code
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if timetable is not UNSET:
            field_dict["timetable"] = timetable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_zone_change_content_type_1 import GeoZoneChangeContentType1  # noqa: PLC0415
        from ..models.geo_zone_change_timetable import GeoZoneChangeTimetable  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_lat(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lng(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        lng = _parse_lng(d.pop("lng", UNSET))

        cooldown = d.pop("cooldown", UNSET)

        range_ = d.pop("range", UNSET)

        def _parse_content(data: object) -> GeoZoneChangeContentType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = GeoZoneChangeContentType1.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoZoneChangeContentType1 | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        preset_code = d.pop("presetCode", UNSET)

        def _parse_cluster(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster = _parse_cluster(d.pop("cluster", UNSET))

        def _parse_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        _timetable = d.pop("timetable", UNSET)
        timetable: GeoZoneChangeTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = GeoZoneChangeTimetable.from_dict(_timetable)

        geo_zone_change = cls(
            id=id,
            name=name,
            lat=lat,
            lng=lng,
            cooldown=cooldown,
            range_=range_,
            content=content,
            preset_code=preset_code,
            cluster=cluster,
            campaign=campaign,
            timetable=timetable,
        )

        geo_zone_change.additional_properties = d
        return geo_zone_change

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


# GeoZoneChange's fields as a plain dict takes them, keyed by the spec's names (what
# `GeoZoneChange.to_dict()` gives): a literal with a misspelt key fails type checking.
class GeoZoneChangeDict(TypedDict, total=False):
    id: Required[int]
    name: str
    lat: float | str
    lng: float | str
    cooldown: int
    range: int
    content: GeoZoneChangeContentType1 | str | Mapping[str, Any]
    presetCode: str
    cluster: None | str
    campaign: None | str
    timetable: GeoZoneChangeTimetable | Mapping[str, Any]

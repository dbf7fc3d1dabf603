# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_point_stat import JourneyPointStat


T = TypeVar("T", bound="JourneyPointStatistics")


@_attrs_define
class JourneyPointStatistics:
    """One point of the journey and its counts."""

    point_title: str | Unset = UNSET
    """ The point's title. """
    campaign_code: str | Unset = UNSET
    """ The code of the point's campaign (`AAAAA-00000`). """
    preset_code: str | Unset = UNSET
    """ The code of the point's preset (`12345-67890`). """
    point_stat: JourneyPointStat | Unset = UNSET
    """ A point's counts: `sent`, `opened` and `conversion` for a message point (an older copy
    of the page adds `uniqOpened`), `shows`, `interactions` and `skipped` for an in-app point
    instead (vendor). The vendor's examples show integers, and a fraction for `conversion`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        point_title = self.point_title

        campaign_code = self.campaign_code

        preset_code = self.preset_code

        point_stat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.point_stat, Unset):
            point_stat = self.point_stat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if point_title is not UNSET:
            field_dict["pointTitle"] = point_title
        if campaign_code is not UNSET:
            field_dict["campaignCode"] = campaign_code
        if preset_code is not UNSET:
            field_dict["presetCode"] = preset_code
        if point_stat is not UNSET:
            field_dict["pointStat"] = point_stat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_point_stat import JourneyPointStat  # noqa: PLC0415

        d = dict(src_dict)
        point_title = d.pop("pointTitle", UNSET)

        campaign_code = d.pop("campaignCode", UNSET)

        preset_code = d.pop("presetCode", UNSET)

        _point_stat = d.pop("pointStat", UNSET)
        point_stat: JourneyPointStat | Unset
        if isinstance(_point_stat, Unset):
            point_stat = UNSET
        else:
            point_stat = JourneyPointStat.from_dict(_point_stat)

        journey_point_statistics = cls(
            point_title=point_title,
            campaign_code=campaign_code,
            preset_code=preset_code,
            point_stat=point_stat,
        )

        journey_point_statistics.additional_properties = d
        return journey_point_statistics

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

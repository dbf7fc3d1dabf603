# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStatisticsRow")


@_attrs_define
class CampaignStatisticsRow:
    """One count of an action on a platform in an hour."""

    datetime_: str
    """ The hour, `YYYY-MM-DD HH:mm:ss`. """
    action: str
    """ What was counted (`send`, `delivery`, `open`). """
    count: int | str
    """ A count: an integer in most vendor examples, a string of digits in the older
    getMsgPlatformsStats example ("3").
     """
    platformid: int | Unset = UNSET
    """ The device type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datetime_ = self.datetime_

        action = self.action

        count: int | str
        count = self.count

        platformid = self.platformid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datetime": datetime_,
                "action": action,
                "count": count,
            }
        )
        if platformid is not UNSET:
            field_dict["platformid"] = platformid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datetime_ = d.pop("datetime")

        action = d.pop("action")

        def _parse_count(data: object) -> int | str:
            return cast(int | str, data)

        count = _parse_count(d.pop("count"))

        platformid = d.pop("platformid", UNSET)

        campaign_statistics_row = cls(
            datetime_=datetime_,
            action=action,
            count=count,
            platformid=platformid,
        )

        campaign_statistics_row.additional_properties = d
        return campaign_statistics_row

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

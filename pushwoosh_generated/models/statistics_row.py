# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatisticsRow")


@_attrs_define
class StatisticsRow:
    """One count of an action in an interval."""

    datetime_: str
    """ The interval's start, `YYYY-MM-DD HH:mm:ss` (UTC). """
    action: str
    """ What was counted: `send`, `delivery`, `open`, `inboxopen` (messages), `install`,
    `register`, `unregister` (application statistics).
     """
    count: int | str
    """ A count: an integer in most vendor examples, a string of digits in the older
    getMsgPlatformsStats example ("3").
     """
    platform: int | Unset = UNSET
    """ The device type counted (getMsgPlatformsStats rows; the field's name is the mock's). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datetime_ = self.datetime_

        action = self.action

        count: int | str
        count = self.count

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datetime": datetime_,
                "action": action,
                "count": count,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datetime_ = d.pop("datetime")

        action = d.pop("action")

        def _parse_count(data: object) -> int | str:
            return cast(int | str, data)

        count = _parse_count(d.pop("count"))

        platform = d.pop("platform", UNSET)

        statistics_row = cls(
            datetime_=datetime_,
            action=action,
            count=count,
            platform=platform,
        )

        statistics_row.additional_properties = d
        return statistics_row

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

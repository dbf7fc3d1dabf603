# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TotalsByIntervalsBody")


@_attrs_define
class TotalsByIntervalsBody:
    """The flat body of totalsByIntervals."""

    message_code: str
    """ The message's code. """
    platforms: list[int] | Unset = UNSET
    """ The platforms (device types) to count; all when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_code = self.message_code

        platforms: list[int] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_code": message_code,
            }
        )
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_code = d.pop("message_code")

        platforms = cast(list[int], d.pop("platforms", UNSET))

        totals_by_intervals_body = cls(
            message_code=message_code,
            platforms=platforms,
        )

        totals_by_intervals_body.additional_properties = d
        return totals_by_intervals_body

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

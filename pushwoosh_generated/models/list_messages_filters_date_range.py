# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMessagesFiltersDateRange")


@_attrs_define
class ListMessagesFiltersDateRange:
    """The period, dates written `YYYY-MM-DD`."""

    date_from: str | Unset = UNSET
    """ The first day, `YYYY-MM-DD`. """
    date_to: str | Unset = UNSET
    """ The last day, `YYYY-MM-DD`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from

        date_to = self.date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        list_messages_filters_date_range = cls(
            date_from=date_from,
            date_to=date_to,
        )

        list_messages_filters_date_range.additional_properties = d
        return list_messages_filters_date_range

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

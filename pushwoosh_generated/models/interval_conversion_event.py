# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntervalConversionEvent")


@_attrs_define
class IntervalConversionEvent:
    """An event counted after the message."""

    name: str | Unset = UNSET
    """ The event's name. """
    hits: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    conversion: float | Unset = UNSET
    """ Hits per send. """
    revenue: float | Unset = UNSET
    """ The revenue, counted only for events with `__amount` and `__currency` attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hits = self.hits

        conversion = self.conversion

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if hits is not UNSET:
            field_dict["hits"] = hits
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        hits = d.pop("hits", UNSET)

        conversion = d.pop("conversion", UNSET)

        revenue = d.pop("revenue", UNSET)

        interval_conversion_event = cls(
            name=name,
            hits=hits,
            conversion=conversion,
            revenue=revenue,
        )

        interval_conversion_event.additional_properties = d
        return interval_conversion_event

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

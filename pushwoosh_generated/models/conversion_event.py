# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversionEvent")


@_attrs_define
class ConversionEvent:
    """An event counted after a message (goal tracking)."""

    uid: str | Unset = UNSET
    """ The event's id. """
    event: str | Unset = UNSET
    """ The event's name. """
    hits: int | Unset = UNSET
    """ How many times it was posted. """
    conversion: str | Unset = UNSET
    """ Hits per send, as a percentage (`100%`). """
    revenue: float | Unset = UNSET
    """ The revenue it brought. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        event = self.event

        hits = self.hits

        conversion = self.conversion

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if event is not UNSET:
            field_dict["event"] = event
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
        uid = d.pop("uid", UNSET)

        event = d.pop("event", UNSET)

        hits = d.pop("hits", UNSET)

        conversion = d.pop("conversion", UNSET)

        revenue = d.pop("revenue", UNSET)

        conversion_event = cls(
            uid=uid,
            event=event,
            hits=hits,
            conversion=conversion,
            revenue=revenue,
        )

        conversion_event.additional_properties = d
        return conversion_event

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

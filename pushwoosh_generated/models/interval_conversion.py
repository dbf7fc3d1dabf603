# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interval_conversion_event import IntervalConversionEvent


T = TypeVar("T", bound="IntervalConversion")


@_attrs_define
class IntervalConversion:
    """The message's totals and the events after it."""

    sends: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    opens: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    events: list[IntervalConversionEvent] | Unset = UNSET
    """ The events counted after the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        opens = self.opens

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if opens is not UNSET:
            field_dict["opens"] = opens
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_conversion_event import IntervalConversionEvent  # noqa: PLC0415

        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        opens = d.pop("opens", UNSET)

        _events = d.pop("events", UNSET)
        events: list[IntervalConversionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = IntervalConversionEvent.from_dict(events_item_data)

                events.append(events_item)

        interval_conversion = cls(
            sends=sends,
            opens=opens,
            events=events,
        )

        interval_conversion.additional_properties = d
        return interval_conversion

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

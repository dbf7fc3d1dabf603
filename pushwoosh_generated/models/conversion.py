# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_event import ConversionEvent


T = TypeVar("T", bound="Conversion")


@_attrs_define
class Conversion:
    """The message's totals, when goal tracking is allowed."""

    send: int | Unset = UNSET
    """ Devices reached. """
    delivery: int | Unset = UNSET
    """ Deliveries reported. """
    open_: int | Unset = UNSET
    """ Opens reported. """
    events: list[ConversionEvent] | Unset = UNSET
    """ The events counted after the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send = self.send

        delivery = self.delivery

        open_ = self.open_

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send is not UNSET:
            field_dict["send"] = send
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if open_ is not UNSET:
            field_dict["open"] = open_
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_event import ConversionEvent  # noqa: PLC0415

        d = dict(src_dict)
        send = d.pop("send", UNSET)

        delivery = d.pop("delivery", UNSET)

        open_ = d.pop("open", UNSET)

        _events = d.pop("events", UNSET)
        events: list[ConversionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ConversionEvent.from_dict(events_item_data)

                events.append(events_item)

        conversion = cls(
            send=send,
            delivery=delivery,
            open_=open_,
            events=events,
        )

        conversion.additional_properties = d
        return conversion

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

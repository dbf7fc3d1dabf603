# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_result_unknown_devices import CreateMessageResultUnknownDevices


T = TypeVar("T", bound="CreateMessageResult")


@_attrs_define
class CreateMessageResult:
    """One code per notification, and the devices nobody has."""

    messages: list[str]
    """ The code of each notification's message, in order. """
    unknown_devices: CreateMessageResultUnknownDevices | Unset = UNSET
    """ The `devices` entries the application does not know, by message code (an empty key
    for a message without a code, in one recorded answer).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = self.messages

        unknown_devices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unknown_devices, Unset):
            unknown_devices = self.unknown_devices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Messages": messages,
            }
        )
        if unknown_devices is not UNSET:
            field_dict["UnknownDevices"] = unknown_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_message_result_unknown_devices import CreateMessageResultUnknownDevices  # noqa: PLC0415

        d = dict(src_dict)
        messages = cast(list[str], d.pop("Messages"))

        _unknown_devices = d.pop("UnknownDevices", UNSET)
        unknown_devices: CreateMessageResultUnknownDevices | Unset
        if isinstance(_unknown_devices, Unset):
            unknown_devices = UNSET
        else:
            unknown_devices = CreateMessageResultUnknownDevices.from_dict(_unknown_devices)

        create_message_result = cls(
            messages=messages,
            unknown_devices=unknown_devices,
        )

        create_message_result.additional_properties = d
        return create_message_result

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

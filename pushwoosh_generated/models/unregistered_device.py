# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnregisteredDevice")


@_attrs_define
class UnregisteredDevice:
    """A device unregistered from the application (the mock's fields)."""

    hwid: str | Unset = UNSET
    """ The device. """
    push_token: None | str | Unset = UNSET
    """ Its push token, if it kept one. """
    device_type: int | Unset = UNSET
    """ Its device type. """
    unregistered: str | Unset = UNSET
    """ When, `YYYY-MM-DD HH:mm` (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hwid = self.hwid

        push_token: None | str | Unset
        if isinstance(self.push_token, Unset):
            push_token = UNSET
        else:
            push_token = self.push_token

        device_type = self.device_type

        unregistered = self.unregistered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if push_token is not UNSET:
            field_dict["push_token"] = push_token
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if unregistered is not UNSET:
            field_dict["unregistered"] = unregistered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hwid = d.pop("hwid", UNSET)

        def _parse_push_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        push_token = _parse_push_token(d.pop("push_token", UNSET))

        device_type = d.pop("device_type", UNSET)

        unregistered = d.pop("unregistered", UNSET)

        unregistered_device = cls(
            hwid=hwid,
            push_token=push_token,
            device_type=device_type,
            unregistered=unregistered,
        )

        unregistered_device.additional_properties = d
        return unregistered_device

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSetTagsDeviceRef")


@_attrs_define
class BulkSetTagsDeviceRef:
    """How a device was named in the request (the mock's shape)."""

    hwid: str | Unset = UNSET
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    user_id: str | Unset = UNSET
    """ The user ID it was named by. """
    push_token: str | Unset = UNSET
    """ The push token it was named by. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hwid = self.hwid

        user_id = self.user_id

        push_token = self.push_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if push_token is not UNSET:
            field_dict["push_token"] = push_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("user_id", UNSET)

        push_token = d.pop("push_token", UNSET)

        bulk_set_tags_device_ref = cls(
            hwid=hwid,
            user_id=user_id,
            push_token=push_token,
        )

        bulk_set_tags_device_ref.additional_properties = d
        return bulk_set_tags_device_ref

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyResultUnknownIdentifiersType1")


@_attrs_define
class NotifyResultUnknownIdentifiersType1:
    users: list[str] | Unset = UNSET
    """ Unknown user IDs. """
    hwids: list[str] | Unset = UNSET
    """ Unknown hwids. """
    push_tokens: list[str] | Unset = UNSET
    """ Unknown push tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        hwids: list[str] | Unset = UNSET
        if not isinstance(self.hwids, Unset):
            hwids = self.hwids

        push_tokens: list[str] | Unset = UNSET
        if not isinstance(self.push_tokens, Unset):
            push_tokens = self.push_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if hwids is not UNSET:
            field_dict["hwids"] = hwids
        if push_tokens is not UNSET:
            field_dict["push_tokens"] = push_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = cast(list[str], d.pop("users", UNSET))

        hwids = cast(list[str], d.pop("hwids", UNSET))

        push_tokens = cast(list[str], d.pop("push_tokens", UNSET))

        notify_result_unknown_identifiers_type_1 = cls(
            users=users,
            hwids=hwids,
            push_tokens=push_tokens,
        )

        notify_result_unknown_identifiers_type_1.additional_properties = d
        return notify_result_unknown_identifiers_type_1

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.bulk_set_tags_device_list_operator import BulkSetTagsDeviceListOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_values import TagValues


T = TypeVar("T", bound="BulkSetTagsDevice")


@_attrs_define(repr=False)
class BulkSetTagsDevice:
    """One device and the tag values to set on it: the device is named by `hwid`, `user_id` or
    `push_token` (each "can be used instead of" the others; one of them is required, inferred).

    """

    tags: TagValues | Mapping[str, bool | float | int | list[str] | str | datetime.datetime]
    """ Tag names, each with its value (what getTags answers; never an operation). """
    hwid: str | Unset = UNSET
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    user_id: str | Unset = UNSET
    """ A user ID, instead of hwid or push_token (every device of the user). """
    push_token: str | Unset = UNSET
    """ A push token, instead of hwid or user_id. """
    list_operator: BulkSetTagsDeviceListOperator | Unset = UNSET
    """ How the values of list tags are applied: replace the list (`set`), add to it
    (`append`) or take from it (`remove`). The vendor's example marks it required for list
    tags.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that were set, as the constructor takes them."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if not isinstance(getattr(self, field.name), Unset)
            and (field.name != "additional_properties" or getattr(self, field.name))
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        tags: Any = self.tags
        if hasattr(tags, "to_dict"):
            tags = tags.to_dict()
        elif isinstance(tags, Mapping):
            tags = dict(tags)

        hwid = self.hwid

        user_id = self.user_id

        push_token = self.push_token

        list_operator: str | Unset = UNSET
        if not isinstance(self.list_operator, Unset):
            list_operator = self.list_operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if push_token is not UNSET:
            field_dict["push_token"] = push_token
        if list_operator is not UNSET:
            field_dict["list_operator"] = list_operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_values import TagValues  # noqa: PLC0415

        d = dict(src_dict)
        tags = TagValues.from_dict(d.pop("tags"))

        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("user_id", UNSET)

        push_token = d.pop("push_token", UNSET)

        _list_operator = d.pop("list_operator", UNSET)
        list_operator: BulkSetTagsDeviceListOperator | Unset
        if isinstance(_list_operator, Unset):
            list_operator = UNSET
        else:
            list_operator = BulkSetTagsDeviceListOperator(_list_operator)

        bulk_set_tags_device = cls(
            tags=tags,
            hwid=hwid,
            user_id=user_id,
            push_token=push_token,
            list_operator=list_operator,
        )

        bulk_set_tags_device.additional_properties = d
        return bulk_set_tags_device

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


# BulkSetTagsDevice's fields as a plain dict takes them, keyed by the spec's names (what
# `BulkSetTagsDevice.to_dict()` gives): a literal with a misspelt key fails type checking.
class BulkSetTagsDeviceDict(TypedDict, total=False):
    tags: Required[
        TagValues | Mapping[str, bool | float | int | list[str] | str | datetime.datetime]
    ]
    hwid: str
    user_id: str
    push_token: str
    list_operator: BulkSetTagsDeviceListOperator | str

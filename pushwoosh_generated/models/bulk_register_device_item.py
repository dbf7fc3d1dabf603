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

from ..models.bulk_register_device_item_list_operator import BulkRegisterDeviceItemListOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_values import TagValues


T = TypeVar("T", bound="BulkRegisterDeviceItem")


@_attrs_define(repr=False)
class BulkRegisterDeviceItem:
    """One device to register, with its tags."""

    hwid: str
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    push_token: str
    """ The device's push token (for an email device, the address). """
    platform: int
    """ The platform, such as 14 for email: the same codes as `device_type` in registerDevice
    (inferred).
     """
    list_operator: BulkRegisterDeviceItemListOperator | Unset = UNSET
    """ How the values of list tags are applied; without it, "all existing values in the tag
    list will be replaced".
     """
    tags: (
        TagValues | Mapping[str, bool | float | int | list[str] | str | datetime.datetime] | Unset
    ) = UNSET
    """ Tag names, each with its value (what getTags answers; never an operation). """
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
        hwid = self.hwid

        push_token = self.push_token

        platform = self.platform

        list_operator: str | Unset = UNSET
        if not isinstance(self.list_operator, Unset):
            list_operator = self.list_operator.value

        tags: Any = self.tags
        if hasattr(tags, "to_dict"):
            tags = tags.to_dict()
        elif isinstance(tags, Mapping):
            tags = dict(tags)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hwid": hwid,
                "push_token": push_token,
                "platform": platform,
            }
        )
        if list_operator is not UNSET:
            field_dict["list_operator"] = list_operator
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_values import TagValues  # noqa: PLC0415

        d = dict(src_dict)
        hwid = d.pop("hwid")

        push_token = d.pop("push_token")

        platform = d.pop("platform")

        _list_operator = d.pop("list_operator", UNSET)
        list_operator: BulkRegisterDeviceItemListOperator | Unset
        if isinstance(_list_operator, Unset):
            list_operator = UNSET
        else:
            list_operator = BulkRegisterDeviceItemListOperator(_list_operator)

        _tags = d.pop("tags", UNSET)
        tags: TagValues | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TagValues.from_dict(_tags)

        bulk_register_device_item = cls(
            hwid=hwid,
            push_token=push_token,
            platform=platform,
            list_operator=list_operator,
            tags=tags,
        )

        bulk_register_device_item.additional_properties = d
        return bulk_register_device_item

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


# BulkRegisterDeviceItem's fields as a plain dict takes them, keyed by the spec's names (what
# `BulkRegisterDeviceItem.to_dict()` gives): a literal with a misspelt key fails type checking.
class BulkRegisterDeviceItemDict(TypedDict, total=False):
    hwid: Required[str]
    push_token: Required[str]
    platform: Required[int]
    list_operator: BulkRegisterDeviceItemListOperator | str
    tags: TagValues | Mapping[str, bool | float | int | list[str] | str | datetime.datetime]

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestDevice")


@_attrs_define
class TestDevice:
    """A test device, spelled as the vendor shows it."""

    name: str | Unset = UNSET
    """ Its name. """
    type_: str | Unset = UNSET
    """ Its device type, as a string (`"1"`). """
    pushtoken: str | Unset = UNSET
    """ Its push token (spelled so). """
    description: str | Unset = UNSET
    """ Its description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        pushtoken = self.pushtoken

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pushtoken is not UNSET:
            field_dict["pushtoken"] = pushtoken
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        pushtoken = d.pop("pushtoken", UNSET)

        description = d.pop("description", UNSET)

        test_device = cls(
            name=name,
            type_=type_,
            pushtoken=pushtoken,
            description=description,
        )

        test_device.additional_properties = d
        return test_device

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.event_attribute_definition_type import EventAttributeDefinitionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventAttributeDefinition")


@_attrs_define(repr=False)
class EventAttributeDefinition:
    """An attribute of an event to create."""

    type_: EventAttributeDefinitionType | Unset = UNSET
    """ 1 integer, 2 string, 3 list, 4 date, 5 boolean, 6 price. """
    name: str | Unset = UNSET
    """ The attribute's name, "64 characters max". """
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
        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: EventAttributeDefinitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EventAttributeDefinitionType(_type_)

        name = d.pop("name", UNSET)

        event_attribute_definition = cls(
            type_=type_,
            name=name,
        )

        event_attribute_definition.additional_properties = d
        return event_attribute_definition

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


# EventAttributeDefinition's fields as a plain dict takes them, keyed by the spec's names (what
# `EventAttributeDefinition.to_dict()` gives): a literal with a misspelt key fails type checking.
class EventAttributeDefinitionDict(TypedDict, total=False):
    type: EventAttributeDefinitionType | int
    name: str

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_type import TagType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagDefinition")


@_attrs_define
class TagDefinition:
    """A tag to create."""

    name: str
    """ The tag's name. """
    type_: TagType
    """ 1 Integer, 2 String, 3 List, 4 Date, 5 Boolean, 6 Decimal, 7 Version. """
    application_specific: bool | Unset = UNSET
    """ Keep the tag's values per application. """
    user_specific: bool | Unset = UNSET
    """ Keep the tag's values per user rather than per device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        application_specific = self.application_specific

        user_specific = self.user_specific

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if application_specific is not UNSET:
            field_dict["application_specific"] = application_specific
        if user_specific is not UNSET:
            field_dict["user_specific"] = user_specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = TagType(d.pop("type"))

        application_specific = d.pop("application_specific", UNSET)

        user_specific = d.pop("user_specific", UNSET)

        tag_definition = cls(
            name=name,
            type_=type_,
            application_specific=application_specific,
            user_specific=user_specific,
        )

        tag_definition.additional_properties = d
        return tag_definition

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

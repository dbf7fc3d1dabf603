# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="EventAttributeFilter")


@_attrs_define(repr=False)
class EventAttributeFilter:
    """Count only the events whose attribute equals one of the values."""

    name: str
    """ The attribute's name. """
    operator: str
    """ How to compare (`EQ`, the only operator the page shows and the mock takes). """
    values: list[str]
    """ The values compared with. """
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
        name = self.name

        operator = self.operator

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        operator = d.pop("operator")

        values = cast(list[str], d.pop("values"))

        event_attribute_filter = cls(
            name=name,
            operator=operator,
            values=values,
        )

        event_attribute_filter.additional_properties = d
        return event_attribute_filter

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


# EventAttributeFilter's fields as a plain dict takes them, keyed by the spec's names (what
# `EventAttributeFilter.to_dict()` gives): a literal with a misspelt key fails type checking.
class EventAttributeFilterDict(TypedDict, total=False):
    name: Required[str]
    operator: Required[str]
    values: Required[list[str]]

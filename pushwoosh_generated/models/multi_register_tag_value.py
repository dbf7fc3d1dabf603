# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_register_tag_value_operation import MultiRegisterTagValueOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiRegisterTagValue")


@_attrs_define
class MultiRegisterTagValue:
    """A tag operation of multiRegisterDevice: `operation` 0 sets `value`, 1 appends `values`,
    2 removes `value` or `values`, 3 increments by `value`. The web SDK types `value` as a
    string; an integer is accepted too.

    """

    operation: MultiRegisterTagValueOperation
    """ 0 set, 1 append, 2 remove, 3 increment. """
    value: int | str | Unset = UNSET
    """ The value (set, remove, increment). """
    values: list[str] | Unset = UNSET
    """ The values (append, remove on list tags). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation.value

        value: int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation = MultiRegisterTagValueOperation(d.pop("operation"))

        def _parse_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        values = cast(list[str], d.pop("values", UNSET))

        multi_register_tag_value = cls(
            operation=operation,
            value=value,
            values=values,
        )

        multi_register_tag_value.additional_properties = d
        return multi_register_tag_value

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import validators as _attrs_validators

T = TypeVar("T", bound="AppendOperation")


@_attrs_define
class AppendOperation:
    """Appends values to a list tag."""

    value: list[str]
    """ The values to append. """
    operation: Literal["append"] = _attrs_field(
        default="append", validator=_attrs_validators.in_(("append",))
    )
    """ Always `append`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation = cast(Literal["append"], d.pop("operation"))
        if operation != "append":
            raise ValueError(f"operation must match const 'append', got '{operation}'")

        value = cast(list[str], d.pop("value"))

        append_operation = cls(
            operation=operation,
            value=value,
        )

        append_operation.additional_properties = d
        return append_operation

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import validators as _attrs_validators

T = TypeVar("T", bound="IncrementOperation")


@_attrs_define
class IncrementOperation:
    """Adds `value` to an integer tag; a negative value decrements."""

    value: int
    """ The step; negative to decrement. """
    operation: Literal["increment"] = _attrs_field(
        default="increment", validator=_attrs_validators.in_(("increment",))
    )
    """ Always `increment`. """
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
        operation = cast(Literal["increment"], d.pop("operation"))
        if operation != "increment":
            raise ValueError(f"operation must match const 'increment', got '{operation}'")

        value = d.pop("value")

        increment_operation = cls(
            operation=operation,
            value=value,
        )

        increment_operation.additional_properties = d
        return increment_operation

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

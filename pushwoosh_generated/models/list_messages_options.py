# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMessagesOptions")


@_attrs_define
class ListMessagesOptions:
    """What to add to each message."""

    with_details: bool | Unset = UNSET
    """ Add each message's `details`. """
    with_metrics: bool | Unset = UNSET
    """ Add each message's `metrics`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        with_details = self.with_details

        with_metrics = self.with_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if with_details is not UNSET:
            field_dict["with_details"] = with_details
        if with_metrics is not UNSET:
            field_dict["with_metrics"] = with_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        with_details = d.pop("with_details", UNSET)

        with_metrics = d.pop("with_metrics", UNSET)

        list_messages_options = cls(
            with_details=with_details,
            with_metrics=with_metrics,
        )

        list_messages_options.additional_properties = d
        return list_messages_options

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

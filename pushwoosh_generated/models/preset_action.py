# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_action_type import PresetActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_action_options import PresetActionOptions


T = TypeVar("T", bound="PresetAction")


@_attrs_define
class PresetAction:
    """What opening the push does."""

    type_: PresetActionType | Unset = PresetActionType.OPENAPP
    """ Open a URL, a deep link, a rich media page, or the app (the default). """
    options: PresetActionOptions | Unset = UNSET
    """ The action's options (`url`, …), "required for all action types except for openApp". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_action_options import PresetActionOptions  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PresetActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PresetActionType(_type_)

        _options = d.pop("options", UNSET)
        options: PresetActionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PresetActionOptions.from_dict(_options)

        preset_action = cls(
            type_=type_,
            options=options,
        )

        preset_action.additional_properties = d
        return preset_action

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

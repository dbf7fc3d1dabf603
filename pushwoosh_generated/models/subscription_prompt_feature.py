# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPromptFeature")


@_attrs_define
class SubscriptionPromptFeature:
    """When to show the subscription prompt. The web SDK's widget reads `use_case`; its types
    name the same value `useCase` (`not-set`, `default` or `not-used`). Only `use_case` is
    declared, since generators that camel-case names would merge the two into one clashing
    field; `useCase` is still accepted as an extra field.

    """

    use_case: str | Unset = UNSET
    """ The use case, as the web SDK's widget reads it (`not-set`, `default`, `not-used` in its types). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_case = self.use_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_case is not UNSET:
            field_dict["use_case"] = use_case

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_case = d.pop("use_case", UNSET)

        subscription_prompt_feature = cls(
            use_case=use_case,
        )

        subscription_prompt_feature.additional_properties = d
        return subscription_prompt_feature

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

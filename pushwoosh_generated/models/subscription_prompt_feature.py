# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_prompt_feature_use_case import SubscriptionPromptFeatureUseCase
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionPromptFeature")


@_attrs_define
class SubscriptionPromptFeature:
    """When to show the subscription prompt. The web SDK's types say `useCase` while its widget
    reads `use_case`; both are listed.

    """

    useCase: SubscriptionPromptFeatureUseCase | Unset = UNSET
    """ The use case, as the web SDK's types name it. """
    use_case: str | Unset = UNSET
    """ The use case, as the web SDK's widget reads it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        useCase: str | Unset = UNSET
        if not isinstance(self.useCase, Unset):
            useCase = self.useCase.value

        use_case = self.use_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if useCase is not UNSET:
            field_dict["useCase"] = useCase
        if use_case is not UNSET:
            field_dict["use_case"] = use_case

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _useCase = d.pop("useCase", UNSET)
        useCase: SubscriptionPromptFeatureUseCase | Unset
        if isinstance(_useCase, Unset):
            useCase = UNSET
        else:
            useCase = SubscriptionPromptFeatureUseCase(_useCase)

        use_case = d.pop("use_case", UNSET)

        subscription_prompt_feature = cls(
            useCase=useCase,
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

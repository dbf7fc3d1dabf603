# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_providers import ApplicationProviders
    from ..models.configure_step_data import ConfigureStepData


T = TypeVar("T", bound="ConfigureApplicationResult")


@_attrs_define
class ConfigureApplicationResult:
    """The configured platforms, and the automatic iOS set-up's next step."""

    providers: ApplicationProviders | Unset = UNSET
    """ Which platforms of the application are configured. """
    step_data: ConfigureStepData | Unset = UNSET
    """ What the automatic iOS set-up's step 1 answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers.to_dict()

        step_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_data, Unset):
            step_data = self.step_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if providers is not UNSET:
            field_dict["providers"] = providers
        if step_data is not UNSET:
            field_dict["step_data"] = step_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_providers import ApplicationProviders  # noqa: PLC0415
        from ..models.configure_step_data import ConfigureStepData  # noqa: PLC0415

        d = dict(src_dict)
        _providers = d.pop("providers", UNSET)
        providers: ApplicationProviders | Unset
        if isinstance(_providers, Unset):
            providers = UNSET
        else:
            providers = ApplicationProviders.from_dict(_providers)

        _step_data = d.pop("step_data", UNSET)
        step_data: ConfigureStepData | Unset
        if isinstance(_step_data, Unset):
            step_data = UNSET
        else:
            step_data = ConfigureStepData.from_dict(_step_data)

        configure_application_result = cls(
            providers=providers,
            step_data=step_data,
        )

        configure_application_result.additional_properties = d
        return configure_application_result

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

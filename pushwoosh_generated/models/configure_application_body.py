# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configure_application_params import ConfigureApplicationParams


T = TypeVar("T", bound="ConfigureApplicationBody")


@_attrs_define
class ConfigureApplicationBody:
    """The envelope of a configureApplication call."""

    request: ConfigureApplicationParams
    """ Requires `auth`, `application` and `device_type`. iOS (1) requires
    `ios_key_management_type`: `manual` then requires `ios_key_file`, `ios_key_password`,
    `ios_gateway` and `ios_framework`; `auto` at step `1` requires `ios_apple_id`,
    `ios_apple_password` and `ios_framework`. Android (3) requires
    `android_fcm_service_account`. Other platforms' fields were not readable.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configure_application_params import ConfigureApplicationParams  # noqa: PLC0415

        d = dict(src_dict)
        request = ConfigureApplicationParams.from_dict(d.pop("request"))

        configure_application_body = cls(
            request=request,
        )

        configure_application_body.additional_properties = d
        return configure_application_body

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

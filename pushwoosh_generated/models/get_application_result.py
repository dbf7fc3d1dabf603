# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application_details import ApplicationDetails


T = TypeVar("T", bound="GetApplicationResult")


@_attrs_define
class GetApplicationResult:
    """The application."""

    application: ApplicationDetails
    """ An application's settings: the keys the vendor's (cut-off) example shows, each a string
    or null, and more the page does not show (an open object); `title`, `ios_sdk`,
    `authorize_all_tokens` and `providers` are the mock's.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_details import ApplicationDetails  # noqa: PLC0415

        d = dict(src_dict)
        application = ApplicationDetails.from_dict(d.pop("application"))

        get_application_result = cls(
            application=application,
        )

        get_application_result.additional_properties = d
        return get_application_result

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

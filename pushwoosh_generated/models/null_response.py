# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NullResponse")


@_attrs_define
class NullResponse:
    """An answer whose `response` is null."""

    status_code: int
    """ 200 on success, 210 on an argument error (any other value is an error too). """
    status_message: str
    """ `OK`, a warning, or what was wrong with the request. """
    base_url: str | Unset = UNSET
    """ A base URL the SDKs use for later calls (the Android SDK only while it uses its default
    endpoint). Not on the vendor pages.
     """
    response: Any | Unset = UNSET
    """ Always null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        status_message = self.status_message

        base_url = self.base_url

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "status_message": status_message,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("status_code")

        status_message = d.pop("status_message")

        base_url = d.pop("base_url", UNSET)

        response = d.pop("response", UNSET)

        null_response = cls(
            status_code=status_code,
            status_message=status_message,
            base_url=base_url,
            response=response,
        )

        null_response.additional_properties = d
        return null_response

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

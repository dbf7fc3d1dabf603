# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebPushPlatformData")


@_attrs_define
class WebPushPlatformData:
    """The web push keys and browser of a push device."""

    public_key: str | Unset = UNSET
    """ The web push encryption key (p256dh). """
    auth_token: str | Unset = UNSET
    """ The web push authentication secret. """
    browser: str | Unset = UNSET
    """ The browser version (the web SDK's device_model). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_key = self.public_key

        auth_token = self.auth_token

        browser = self.browser

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if browser is not UNSET:
            field_dict["browser"] = browser

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_key = d.pop("public_key", UNSET)

        auth_token = d.pop("auth_token", UNSET)

        browser = d.pop("browser", UNSET)

        web_push_platform_data = cls(
            public_key=public_key,
            auth_token=auth_token,
            browser=browser,
        )

        web_push_platform_data.additional_properties = d
        return web_push_platform_data

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

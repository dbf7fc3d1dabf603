# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_android import SdkAndroid
from ..models.sdk_ios import SdkIos
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicationParams")


@_attrs_define
class CreateApplicationParams:
    """Requires `auth` and `title` (the newer page; the older GitBook page marks `title`
    optional).

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    title: str
    """ The new application's title. """
    icon: str | Unset = UNSET
    """ The icon, "Base64-encoded binary content of png file". """
    authorize_all_tokens: bool | Unset = UNSET
    """ Allow every API token of the account to use the application. """
    sdk_ios: SdkIos | Unset = UNSET
    """ The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is different"). """
    sdk_android: SdkAndroid | Unset = UNSET
    """ The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select phonegap"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        title = self.title

        icon = self.icon

        authorize_all_tokens = self.authorize_all_tokens

        sdk_ios: str | Unset = UNSET
        if not isinstance(self.sdk_ios, Unset):
            sdk_ios = self.sdk_ios.value

        sdk_android: str | Unset = UNSET
        if not isinstance(self.sdk_android, Unset):
            sdk_android = self.sdk_android.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "title": title,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if authorize_all_tokens is not UNSET:
            field_dict["authorize_all_tokens"] = authorize_all_tokens
        if sdk_ios is not UNSET:
            field_dict["sdk_ios"] = sdk_ios
        if sdk_android is not UNSET:
            field_dict["sdk_android"] = sdk_android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        title = d.pop("title")

        icon = d.pop("icon", UNSET)

        authorize_all_tokens = d.pop("authorize_all_tokens", UNSET)

        _sdk_ios = d.pop("sdk_ios", UNSET)
        sdk_ios: SdkIos | Unset
        if isinstance(_sdk_ios, Unset):
            sdk_ios = UNSET
        else:
            sdk_ios = SdkIos(_sdk_ios)

        _sdk_android = d.pop("sdk_android", UNSET)
        sdk_android: SdkAndroid | Unset
        if isinstance(_sdk_android, Unset):
            sdk_android = UNSET
        else:
            sdk_android = SdkAndroid(_sdk_android)

        create_application_params = cls(
            auth=auth,
            title=title,
            icon=icon,
            authorize_all_tokens=authorize_all_tokens,
            sdk_ios=sdk_ios,
            sdk_android=sdk_android,
        )

        create_application_params.additional_properties = d
        return create_application_params

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

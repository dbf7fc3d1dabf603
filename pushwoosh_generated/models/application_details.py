# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_providers import ApplicationProviders


T = TypeVar("T", bound="ApplicationDetails")


@_attrs_define
class ApplicationDetails:
    """An application's settings: the keys the vendor's (cut-off) example shows, each a string
    or null, and more the page does not show (an open object); `title`, `ios_sdk`,
    `authorize_all_tokens` and `providers` are the mock's.

    """

    adm_cid: None | str | Unset = UNSET
    """ The Amazon client id. """
    adm_secret: None | str | Unset = UNSET
    """ The Amazon client secret. """
    android_api_type: None | str | Unset = UNSET
    """ The Android API type (`1` in the example). """
    android_gcm_api_key: None | str | Unset = UNSET
    """ The Android server key. """
    android_sdk: None | str | Unset = UNSET
    """ The Android SDK (`pw` in the example). """
    icon_url: None | str | Unset = UNSET
    """ The icon's URL. """
    ios_apple_appid: None | str | Unset = UNSET
    """ The Apple app id. """
    title: None | str | Unset = UNSET
    """ The title. """
    ios_sdk: None | str | Unset = UNSET
    """ The iOS SDK (`sdk_ios`). """
    authorize_all_tokens: bool | Unset = UNSET
    """ Whether every API token may use it. """
    providers: ApplicationProviders | Unset = UNSET
    """ Which platforms of the application are configured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adm_cid: None | str | Unset
        if isinstance(self.adm_cid, Unset):
            adm_cid = UNSET
        else:
            adm_cid = self.adm_cid

        adm_secret: None | str | Unset
        if isinstance(self.adm_secret, Unset):
            adm_secret = UNSET
        else:
            adm_secret = self.adm_secret

        android_api_type: None | str | Unset
        if isinstance(self.android_api_type, Unset):
            android_api_type = UNSET
        else:
            android_api_type = self.android_api_type

        android_gcm_api_key: None | str | Unset
        if isinstance(self.android_gcm_api_key, Unset):
            android_gcm_api_key = UNSET
        else:
            android_gcm_api_key = self.android_gcm_api_key

        android_sdk: None | str | Unset
        if isinstance(self.android_sdk, Unset):
            android_sdk = UNSET
        else:
            android_sdk = self.android_sdk

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        ios_apple_appid: None | str | Unset
        if isinstance(self.ios_apple_appid, Unset):
            ios_apple_appid = UNSET
        else:
            ios_apple_appid = self.ios_apple_appid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        ios_sdk: None | str | Unset
        if isinstance(self.ios_sdk, Unset):
            ios_sdk = UNSET
        else:
            ios_sdk = self.ios_sdk

        authorize_all_tokens = self.authorize_all_tokens

        providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adm_cid is not UNSET:
            field_dict["adm_cid"] = adm_cid
        if adm_secret is not UNSET:
            field_dict["adm_secret"] = adm_secret
        if android_api_type is not UNSET:
            field_dict["android_api_type"] = android_api_type
        if android_gcm_api_key is not UNSET:
            field_dict["android_gcm_api_key"] = android_gcm_api_key
        if android_sdk is not UNSET:
            field_dict["android_sdk"] = android_sdk
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if ios_apple_appid is not UNSET:
            field_dict["ios_apple_appid"] = ios_apple_appid
        if title is not UNSET:
            field_dict["title"] = title
        if ios_sdk is not UNSET:
            field_dict["ios_sdk"] = ios_sdk
        if authorize_all_tokens is not UNSET:
            field_dict["authorize_all_tokens"] = authorize_all_tokens
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_providers import ApplicationProviders  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_adm_cid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adm_cid = _parse_adm_cid(d.pop("adm_cid", UNSET))

        def _parse_adm_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adm_secret = _parse_adm_secret(d.pop("adm_secret", UNSET))

        def _parse_android_api_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_api_type = _parse_android_api_type(d.pop("android_api_type", UNSET))

        def _parse_android_gcm_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_gcm_api_key = _parse_android_gcm_api_key(d.pop("android_gcm_api_key", UNSET))

        def _parse_android_sdk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_sdk = _parse_android_sdk(d.pop("android_sdk", UNSET))

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("icon_url", UNSET))

        def _parse_ios_apple_appid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_apple_appid = _parse_ios_apple_appid(d.pop("ios_apple_appid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_ios_sdk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_sdk = _parse_ios_sdk(d.pop("ios_sdk", UNSET))

        authorize_all_tokens = d.pop("authorize_all_tokens", UNSET)

        _providers = d.pop("providers", UNSET)
        providers: ApplicationProviders | Unset
        if isinstance(_providers, Unset):
            providers = UNSET
        else:
            providers = ApplicationProviders.from_dict(_providers)

        application_details = cls(
            adm_cid=adm_cid,
            adm_secret=adm_secret,
            android_api_type=android_api_type,
            android_gcm_api_key=android_gcm_api_key,
            android_sdk=android_sdk,
            icon_url=icon_url,
            ios_apple_appid=ios_apple_appid,
            title=title,
            ios_sdk=ios_sdk,
            authorize_all_tokens=authorize_all_tokens,
            providers=providers,
        )

        application_details.additional_properties = d
        return application_details

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

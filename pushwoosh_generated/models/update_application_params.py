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

T = TypeVar("T", bound="UpdateApplicationParams")


@_attrs_define
class UpdateApplicationParams:
    """Requires `auth` and `application`; the other fields are set when given."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    title: str | Unset = UNSET
    """ New title for the app in Pushwoosh. """
    icon: str | Unset = UNSET
    """ The icon, base64-encoded PNG. """
    sdk_ios: SdkIos | Unset = UNSET
    """ The iOS SDK: `pw` (Pushwoosh) or `corona` ("For Corona, push payload is different"). """
    sdk_android: SdkAndroid | Unset = UNSET
    """ The Android SDK: `pw`, `corona` or `phonegap` ("AppPresser users select phonegap"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        application = self.application

        title = self.title

        icon = self.icon

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
                "application": application,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if icon is not UNSET:
            field_dict["icon"] = icon
        if sdk_ios is not UNSET:
            field_dict["sdk_ios"] = sdk_ios
        if sdk_android is not UNSET:
            field_dict["sdk_android"] = sdk_android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        application = d.pop("application")

        title = d.pop("title", UNSET)

        icon = d.pop("icon", UNSET)

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

        update_application_params = cls(
            auth=auth,
            application=application,
            title=title,
            icon=icon,
            sdk_ios=sdk_ios,
            sdk_android=sdk_android,
        )

        update_application_params.additional_properties = d
        return update_application_params

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

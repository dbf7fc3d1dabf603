# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.configure_application_params_ios_framework import (
    ConfigureApplicationParamsIosFramework,
)
from ..models.configure_application_params_ios_gateway import ConfigureApplicationParamsIosGateway
from ..models.configure_application_params_ios_key_management_type import (
    ConfigureApplicationParamsIosKeyManagementType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configure_application_params_android_fcm_service_account import (
        ConfigureApplicationParamsAndroidFcmServiceAccount,
    )


T = TypeVar("T", bound="ConfigureApplicationParams")


@_attrs_define
class ConfigureApplicationParams:
    """Requires `auth`, `application` and `device_type`. iOS (1) requires
    `ios_key_management_type`: `manual` then requires `ios_key_file`, `ios_key_password`,
    `ios_gateway` and `ios_framework`; `auto` at step `1` requires `ios_apple_id`,
    `ios_apple_password` and `ios_framework`. Android (3) requires
    `android_fcm_service_account`. Other platforms' fields were not readable.

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    device_type: int
    """ The platform: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari; the older
    page adds 2 BlackBerry and 5 Windows Phone.
     """
    ios_key_management_type: ConfigureApplicationParamsIosKeyManagementType | Unset = UNSET
    """ iOS keys from a file (`manual`, one step) or from the Apple account (`auto`, in steps). """
    ios_key_file: str | Unset = UNSET
    """ The key file, base64-encoded (iOS, manual). """
    ios_key_password: str | Unset = UNSET
    """ The key file's password (iOS, manual). """
    ios_gateway: ConfigureApplicationParamsIosGateway | Unset = UNSET
    """ APNs, `0` sandbox or `1` production (iOS, manual). """
    ios_framework: ConfigureApplicationParamsIosFramework | Unset = UNSET
    """ The framework the iOS app is built with. """
    step: str | Unset = UNSET
    """ The step of the automatic iOS set-up (`1`, then `2` to select the team, whose fields were not readable). """
    ios_apple_id: str | Unset = UNSET
    """ The Apple ID (iOS, automatic, step 1). """
    ios_apple_password: str | Unset = UNSET
    """ The Apple ID's password (iOS, automatic, step 1). """
    android_fcm_service_account: ConfigureApplicationParamsAndroidFcmServiceAccount | Unset = UNSET
    """ The Google service account's JSON (`client_email`, `auth_uri`, `auth_provider_x509_cert_url`, …) for FCM
    (Android). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        application = self.application

        device_type = self.device_type

        ios_key_management_type: str | Unset = UNSET
        if not isinstance(self.ios_key_management_type, Unset):
            ios_key_management_type = self.ios_key_management_type.value

        ios_key_file = self.ios_key_file

        ios_key_password = self.ios_key_password

        ios_gateway: str | Unset = UNSET
        if not isinstance(self.ios_gateway, Unset):
            ios_gateway = self.ios_gateway.value

        ios_framework: str | Unset = UNSET
        if not isinstance(self.ios_framework, Unset):
            ios_framework = self.ios_framework.value

        step = self.step

        ios_apple_id = self.ios_apple_id

        ios_apple_password = self.ios_apple_password

        android_fcm_service_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_fcm_service_account, Unset):
            android_fcm_service_account = self.android_fcm_service_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "application": application,
                "device_type": device_type,
            }
        )
        if ios_key_management_type is not UNSET:
            field_dict["ios_key_management_type"] = ios_key_management_type
        if ios_key_file is not UNSET:
            field_dict["ios_key_file"] = ios_key_file
        if ios_key_password is not UNSET:
            field_dict["ios_key_password"] = ios_key_password
        if ios_gateway is not UNSET:
            field_dict["ios_gateway"] = ios_gateway
        if ios_framework is not UNSET:
            field_dict["ios_framework"] = ios_framework
        if step is not UNSET:
            field_dict["step"] = step
        if ios_apple_id is not UNSET:
            field_dict["ios_apple_id"] = ios_apple_id
        if ios_apple_password is not UNSET:
            field_dict["ios_apple_password"] = ios_apple_password
        if android_fcm_service_account is not UNSET:
            field_dict["android_fcm_service_account"] = android_fcm_service_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configure_application_params_android_fcm_service_account import (
            ConfigureApplicationParamsAndroidFcmServiceAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        auth = d.pop("auth")

        application = d.pop("application")

        device_type = d.pop("device_type")

        _ios_key_management_type = d.pop("ios_key_management_type", UNSET)
        ios_key_management_type: ConfigureApplicationParamsIosKeyManagementType | Unset
        if isinstance(_ios_key_management_type, Unset):
            ios_key_management_type = UNSET
        else:
            ios_key_management_type = ConfigureApplicationParamsIosKeyManagementType(
                _ios_key_management_type
            )

        ios_key_file = d.pop("ios_key_file", UNSET)

        ios_key_password = d.pop("ios_key_password", UNSET)

        _ios_gateway = d.pop("ios_gateway", UNSET)
        ios_gateway: ConfigureApplicationParamsIosGateway | Unset
        if isinstance(_ios_gateway, Unset):
            ios_gateway = UNSET
        else:
            ios_gateway = ConfigureApplicationParamsIosGateway(_ios_gateway)

        _ios_framework = d.pop("ios_framework", UNSET)
        ios_framework: ConfigureApplicationParamsIosFramework | Unset
        if isinstance(_ios_framework, Unset):
            ios_framework = UNSET
        else:
            ios_framework = ConfigureApplicationParamsIosFramework(_ios_framework)

        step = d.pop("step", UNSET)

        ios_apple_id = d.pop("ios_apple_id", UNSET)

        ios_apple_password = d.pop("ios_apple_password", UNSET)

        _android_fcm_service_account = d.pop("android_fcm_service_account", UNSET)
        android_fcm_service_account: ConfigureApplicationParamsAndroidFcmServiceAccount | Unset
        if isinstance(_android_fcm_service_account, Unset):
            android_fcm_service_account = UNSET
        else:
            android_fcm_service_account = (
                ConfigureApplicationParamsAndroidFcmServiceAccount.from_dict(
                    _android_fcm_service_account
                )
            )

        configure_application_params = cls(
            auth=auth,
            application=application,
            device_type=device_type,
            ios_key_management_type=ios_key_management_type,
            ios_key_file=ios_key_file,
            ios_key_password=ios_key_password,
            ios_gateway=ios_gateway,
            ios_framework=ios_framework,
            step=step,
            ios_apple_id=ios_apple_id,
            ios_apple_password=ios_apple_password,
            android_fcm_service_account=android_fcm_service_account,
        )

        configure_application_params.additional_properties = d
        return configure_application_params

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

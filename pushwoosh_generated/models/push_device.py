# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_push_platform_data import WebPushPlatformData


T = TypeVar("T", bound="PushDevice")


@_attrs_define(repr=False)
class PushDevice:
    """A push device to register for the user."""

    hwid: str
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    platform: DeviceType
    """ The platform of the device:
    1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari, 11 Chrome, 12 Firefox,
    14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
     """
    push_token: str | Unset = UNSET
    """ The push token of the device. """
    app_version: str | Unset = UNSET
    """ The app version. """
    os_version: str | Unset = UNSET
    """ The OS version. """
    sdk_version: str | Unset = UNSET
    """ The SDK version. """
    platform_data: WebPushPlatformData | Mapping[str, Any] | Unset = UNSET
    """ The web push keys and browser of a push device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that were set, as the constructor takes them."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if not isinstance(getattr(self, field.name), Unset)
            and (field.name != "additional_properties" or getattr(self, field.name))
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        hwid = self.hwid

        platform = self.platform.value

        push_token = self.push_token

        app_version = self.app_version

        os_version = self.os_version

        sdk_version = self.sdk_version

        platform_data: Any = self.platform_data
        if hasattr(platform_data, "to_dict"):
            platform_data = platform_data.to_dict()
        elif isinstance(platform_data, Mapping):
            platform_data = dict(platform_data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hwid": hwid,
                "platform": platform,
            }
        )
        if push_token is not UNSET:
            field_dict["push_token"] = push_token
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if platform_data is not UNSET:
            field_dict["platformData"] = platform_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_platform_data import WebPushPlatformData  # noqa: PLC0415

        d = dict(src_dict)
        hwid = d.pop("hwid")

        platform = DeviceType(d.pop("platform"))

        push_token = d.pop("push_token", UNSET)

        app_version = d.pop("app_version", UNSET)

        os_version = d.pop("os_version", UNSET)

        sdk_version = d.pop("sdk_version", UNSET)

        _platform_data = d.pop("platformData", UNSET)
        platform_data: WebPushPlatformData | Unset
        if isinstance(_platform_data, Unset):
            platform_data = UNSET
        else:
            platform_data = WebPushPlatformData.from_dict(_platform_data)

        push_device = cls(
            hwid=hwid,
            platform=platform,
            push_token=push_token,
            app_version=app_version,
            os_version=os_version,
            sdk_version=sdk_version,
            platform_data=platform_data,
        )

        push_device.additional_properties = d
        return push_device

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


# PushDevice's fields as a plain dict takes them, keyed by the spec's names (what
# `PushDevice.to_dict()` gives): a literal with a misspelt key fails type checking.
class PushDeviceDict(TypedDict, total=False):
    hwid: Required[str]
    platform: Required[DeviceType | int]
    push_token: str
    app_version: str
    os_version: str
    sdk_version: str
    platformData: WebPushPlatformData | Mapping[str, Any]

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterEmailUserParams")


@_attrs_define
class RegisterEmailUserParams:
    """Requires `application`, `email` and `userId` (every SDK sends the user ID; without it the
    call has nothing to link).

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    user_id: str
    """ The external user ID, which links several devices to one user. """
    email: str
    """ The email address, already registered with registerEmail. """
    hwid: str | Unset = UNSET
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    device_type: DeviceType | Unset = UNSET
    """ The platform of the device:
    1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari, 11 Chrome, 12 Firefox,
    14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
     """
    tz_offset: int | Unset = UNSET
    """ The device's time zone offset from UTC, in seconds. """
    ts_offset: int | Unset = UNSET
    """ The name the web SDK's types give the offset (`ts_offset`); the web SDK declares
    registerEmailUser but never calls it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        user_id = self.user_id

        email = self.email

        hwid = self.hwid

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        tz_offset = self.tz_offset

        ts_offset = self.ts_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "userId": user_id,
                "email": email,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if tz_offset is not UNSET:
            field_dict["tz_offset"] = tz_offset
        if ts_offset is not UNSET:
            field_dict["ts_offset"] = ts_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application")

        user_id = d.pop("userId")

        email = d.pop("email")

        hwid = d.pop("hwid", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        tz_offset = d.pop("tz_offset", UNSET)

        ts_offset = d.pop("ts_offset", UNSET)

        register_email_user_params = cls(
            application=application,
            user_id=user_id,
            email=email,
            hwid=hwid,
            device_type=device_type,
            tz_offset=tz_offset,
            ts_offset=ts_offset,
        )

        register_email_user_params.additional_properties = d
        return register_email_user_params

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

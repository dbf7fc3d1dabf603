# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboxStatusParams")


@_attrs_define
class InboxStatusParams:
    """Requires `application`, `inbox_code`, `status`, and `hwid` or `userId`."""

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    inbox_code: str
    """ The `order` of the message (Android sends the string of a number). """
    status: int
    """ 1 delivered, 2 read, 3 opened, 4 deleted by the user (5, deleted in the Control
    Panel, only appears in answers). The SDKs send 2, 3 and 4.
     """
    hwid: str | Unset = UNSET
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    user_id: str | Unset = UNSET
    """ The external user ID, which links several devices to one user. """
    device_type: DeviceType | Unset = UNSET
    """ The platform of the device:
    1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari, 11 Chrome, 12 Firefox,
    14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
     """
    hash_: str | Unset = UNSET
    """ The hash of the message's push (left out when unknown). """
    time: int | str | Unset = UNSET
    """ A time stamp: the web SDK sends the current time in milliseconds; the vendor
    documents a string holding the message's send date.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        inbox_code = self.inbox_code

        status = self.status

        hwid = self.hwid

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        hash_ = self.hash_

        time: int | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "inbox_code": inbox_code,
                "status": status,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application")

        inbox_code = d.pop("inbox_code")

        status = d.pop("status")

        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("userId", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        hash_ = d.pop("hash", UNSET)

        def _parse_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time = _parse_time(d.pop("time", UNSET))

        inbox_status_params = cls(
            application=application,
            inbox_code=inbox_code,
            status=status,
            hwid=hwid,
            user_id=user_id,
            device_type=device_type,
            hash_=hash_,
            time=time,
        )

        inbox_status_params.additional_properties = d
        return inbox_status_params

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInboxMessagesParams")


@_attrs_define
class GetInboxMessagesParams:
    """Requires `application`, and `hwid` or `userId` (the vendor requires userId; Android
    leaves it out when no user ID is set).

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
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
    last_code: str | Unset = UNSET
    """ The `next` code of the previous answer; empty for the first page. """
    count: int | Unset = UNSET
    """ Messages per page; 0 for all (the web SDK's default). """
    last_request_time: float | Unset = UNSET
    """ The time of the previous request, in seconds (0 at first), for the new-message
    count. iOS sends a fraction of a second; the web SDK an integer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        hwid = self.hwid

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        last_code = self.last_code

        count = self.count

        last_request_time = self.last_request_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if last_code is not UNSET:
            field_dict["last_code"] = last_code
        if count is not UNSET:
            field_dict["count"] = count
        if last_request_time is not UNSET:
            field_dict["last_request_time"] = last_request_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application")

        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("userId", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        last_code = d.pop("last_code", UNSET)

        count = d.pop("count", UNSET)

        last_request_time = d.pop("last_request_time", UNSET)

        get_inbox_messages_params = cls(
            application=application,
            hwid=hwid,
            user_id=user_id,
            device_type=device_type,
            last_code=last_code,
            count=count,
            last_request_time=last_request_time,
        )

        get_inbox_messages_params.additional_properties = d
        return get_inbox_messages_params

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

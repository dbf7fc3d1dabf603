# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerInAppActionParams")


@_attrs_define
class TriggerInAppActionParams:
    """Requires `application`, `hwid`, `action` and `code` (both SDKs always send them; `code` may be empty)."""

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    hwid: str
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    action: str
    """ Always `show` in the SDKs. """
    code: str
    """ The In-App code (Android sends an empty string for a Rich Media page). """
    user_id: str | Unset = UNSET
    """ The external user ID, which links several devices to one user. """
    device_type: DeviceType | Unset = UNSET
    """ The platform of the device:
    1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9 Amazon, 10 Safari, 11 Chrome, 12 Firefox,
    14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
     """
    message_hash: str | Unset = UNSET
    """ The hash of the push that led to it, when there is one. """
    rich_media_code: str | Unset = UNSET
    """ The Rich Media code (Android strips its `r-` prefix). """
    timestamp_utc: int | Unset = UNSET
    """ The time of the impression, UTC, in seconds since the epoch. """
    timestamp_current: int | Unset = UNSET
    """ The same time in the device's local time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        hwid = self.hwid

        action = self.action

        code = self.code

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        message_hash = self.message_hash

        rich_media_code = self.rich_media_code

        timestamp_utc = self.timestamp_utc

        timestamp_current = self.timestamp_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "hwid": hwid,
                "action": action,
                "code": code,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if message_hash is not UNSET:
            field_dict["messageHash"] = message_hash
        if rich_media_code is not UNSET:
            field_dict["richMediaCode"] = rich_media_code
        if timestamp_utc is not UNSET:
            field_dict["timestampUTC"] = timestamp_utc
        if timestamp_current is not UNSET:
            field_dict["timestampCurrent"] = timestamp_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application")

        hwid = d.pop("hwid")

        action = d.pop("action")

        code = d.pop("code")

        user_id = d.pop("userId", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        message_hash = d.pop("messageHash", UNSET)

        rich_media_code = d.pop("richMediaCode", UNSET)

        timestamp_utc = d.pop("timestampUTC", UNSET)

        timestamp_current = d.pop("timestampCurrent", UNSET)

        trigger_in_app_action_params = cls(
            application=application,
            hwid=hwid,
            action=action,
            code=code,
            user_id=user_id,
            device_type=device_type,
            message_hash=message_hash,
            rich_media_code=rich_media_code,
            timestamp_utc=timestamp_utc,
            timestamp_current=timestamp_current,
        )

        trigger_in_app_action_params.additional_properties = d
        return trigger_in_app_action_params

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_attributes import EventAttributes


T = TypeVar("T", bound="PostEventParams")


@_attrs_define
class PostEventParams:
    """Requires `application`, `event`, `attributes`, and `hwid` or `userId` (or both; the mock
    requires a userId standing alone to be non-empty).

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    event: str
    """ The event name, exactly as created in the Control Panel. """
    attributes: EventAttributes
    """ The attributes of an event, by name; may be empty but not absent. """
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
    timestamp_utc: int | Unset = UNSET
    """ The time of the event, UTC, in seconds since the epoch. """
    timestamp_current: int | Unset = UNSET
    """ The time of the event, local time, in seconds since the epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        event = self.event

        attributes = self.attributes.to_dict()

        hwid = self.hwid

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        timestamp_utc = self.timestamp_utc

        timestamp_current = self.timestamp_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "event": event,
                "attributes": attributes,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if timestamp_utc is not UNSET:
            field_dict["timestampUTC"] = timestamp_utc
        if timestamp_current is not UNSET:
            field_dict["timestampCurrent"] = timestamp_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_attributes import EventAttributes  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        event = d.pop("event")

        attributes = EventAttributes.from_dict(d.pop("attributes"))

        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("userId", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        timestamp_utc = d.pop("timestampUTC", UNSET)

        timestamp_current = d.pop("timestampCurrent", UNSET)

        post_event_params = cls(
            application=application,
            event=event,
            attributes=attributes,
            hwid=hwid,
            user_id=user_id,
            device_type=device_type,
            timestamp_utc=timestamp_utc,
            timestamp_current=timestamp_current,
        )

        post_event_params.additional_properties = d
        return post_event_params

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

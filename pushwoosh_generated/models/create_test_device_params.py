# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_test_device_params_gateway import CreateTestDeviceParamsGateway
from ..models.device_type import DeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="CreateTestDeviceParams")


@_attrs_define
class CreateTestDeviceParams:
    """Requires `application`, `name`, and the device: its `hwid` (what the SDKs send), or its
    `push_token` and `device_type` (the vendor's table, which has no hwid). `description` is
    optional on the vendor's table; both SDKs always send it.

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    name: str
    """ The test device's name (`TEST_DEVICE_1`; the SDKs send the device name). """
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
    description: str | Unset = UNSET
    """ A description (optional; the SDKs send `Imported from the app`). """
    auto_created: bool | Unset = UNSET
    """ Whether the SDK created it on its own (the SDKs send false). """
    push_token: str | Unset = UNSET
    """ The device's push token (empty on Android when there is none yet); with `device_type`,
    what names the device when there is no `hwid` (the vendor's table).
     """
    tags: Tags | Unset = UNSET
    """ Tag names, each with what to do to it: a value to set, null to delete the tag, or an
    operation on the current value (what setTags and registerDevice take).
     """
    gateway: CreateTestDeviceParamsGateway | Unset = UNSET
    """ The APNs environment (iOS, from its registration body). """
    sounds: list[str] | Unset = UNSET
    """ The sound files in the app bundle (iOS, from its registration body). """
    voip_push_token: str | Unset = UNSET
    """ The VoIP push token (iOS, from its registration body). """
    time_sensitive_notifications: bool | Unset = UNSET
    """ Whether time-sensitive notifications are allowed (iOS 15+). """
    scheduled_summary: bool | Unset = UNSET
    """ Whether notifications go to the scheduled summary (iOS 15+). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        name = self.name

        hwid = self.hwid

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        description = self.description

        auto_created = self.auto_created

        push_token = self.push_token

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        gateway: str | Unset = UNSET
        if not isinstance(self.gateway, Unset):
            gateway = self.gateway.value

        sounds: list[str] | Unset = UNSET
        if not isinstance(self.sounds, Unset):
            sounds = self.sounds

        voip_push_token = self.voip_push_token

        time_sensitive_notifications = self.time_sensitive_notifications

        scheduled_summary = self.scheduled_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "name": name,
            }
        )
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if description is not UNSET:
            field_dict["description"] = description
        if auto_created is not UNSET:
            field_dict["auto_created"] = auto_created
        if push_token is not UNSET:
            field_dict["push_token"] = push_token
        if tags is not UNSET:
            field_dict["tags"] = tags
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if sounds is not UNSET:
            field_dict["sounds"] = sounds
        if voip_push_token is not UNSET:
            field_dict["voip_push_token"] = voip_push_token
        if time_sensitive_notifications is not UNSET:
            field_dict["time_sensitive_notifications"] = time_sensitive_notifications
        if scheduled_summary is not UNSET:
            field_dict["scheduled_summary"] = scheduled_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        name = d.pop("name")

        hwid = d.pop("hwid", UNSET)

        user_id = d.pop("userId", UNSET)

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset
        if isinstance(_device_type, Unset):
            device_type = UNSET
        else:
            device_type = DeviceType(_device_type)

        description = d.pop("description", UNSET)

        auto_created = d.pop("auto_created", UNSET)

        push_token = d.pop("push_token", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        _gateway = d.pop("gateway", UNSET)
        gateway: CreateTestDeviceParamsGateway | Unset
        if isinstance(_gateway, Unset):
            gateway = UNSET
        else:
            gateway = CreateTestDeviceParamsGateway(_gateway)

        sounds = cast(list[str], d.pop("sounds", UNSET))

        voip_push_token = d.pop("voip_push_token", UNSET)

        time_sensitive_notifications = d.pop("time_sensitive_notifications", UNSET)

        scheduled_summary = d.pop("scheduled_summary", UNSET)

        create_test_device_params = cls(
            application=application,
            name=name,
            hwid=hwid,
            user_id=user_id,
            device_type=device_type,
            description=description,
            auto_created=auto_created,
            push_token=push_token,
            tags=tags,
            gateway=gateway,
            sounds=sounds,
            voip_push_token=voip_push_token,
            time_sensitive_notifications=time_sensitive_notifications,
            scheduled_summary=scheduled_summary,
        )

        create_test_device_params.additional_properties = d
        return create_test_device_params

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

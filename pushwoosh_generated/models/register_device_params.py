# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="RegisterDeviceParams")


@_attrs_define
class RegisterDeviceParams:
    """Requires `application`, and either `hwid` with `device_type` or `email`. SMS (18) and
    WhatsApp (21) devices use a phone number as hwid.

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
    push_token: str | Unset = UNSET
    """ The push token of the device. """
    email: str | Unset = UNSET
    """ An email address, for email subscribers (instead of hwid and push_token). """
    tags: Tags | Unset = UNSET
    """ Tag names, each with what to do to it: a value to set, null to delete the tag, or an
    operation on the current value (what setTags and registerDevice take).
     """
    idfa: str | Unset = UNSET
    """ The advertising identifier (iOS). """
    public_key: str | Unset = UNSET
    """ The Chrome/Firefox web push encryption key (p256dh). """
    auth_token: str | Unset = UNSET
    """ The Chrome/Firefox web push authentication secret. """
    fcm_token: str | Unset = UNSET
    """ The FCM key for Chrome (XMPP). """
    fcm_push_set: str | Unset = UNSET
    """ The FCM push set for Chrome (XMPP). """
    language: str | Unset = UNSET
    """ The device language: the vendor documents a lowercase ISO 639-1 code (`en`) on
    registerDevice; the web SDK may send a locale with a region (`en-US`).
     """
    timezone: float | int | str | Unset = UNSET
    """ The offset of the device's time zone from UTC, in seconds. The vendor documents an
    integer; the web SDK sends a numeric string; a float is accepted too (the mock's
    tolerance).
     """
    device_model: str | Unset = UNSET
    """ The device model (a system tag in the vendor's registerDevice example). """
    os_version: str | Unset = UNSET
    """ The OS version (a system tag in the vendor's registerDevice example). """
    app_version: str | Unset = UNSET
    """ The app version (a system tag in the vendor's registerDevice example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        hwid = self.hwid

        user_id = self.user_id

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        push_token = self.push_token

        email = self.email

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        idfa = self.idfa

        public_key = self.public_key

        auth_token = self.auth_token

        fcm_token = self.fcm_token

        fcm_push_set = self.fcm_push_set

        language = self.language

        timezone: float | int | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        device_model = self.device_model

        os_version = self.os_version

        app_version = self.app_version

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
        if push_token is not UNSET:
            field_dict["push_token"] = push_token
        if email is not UNSET:
            field_dict["email"] = email
        if tags is not UNSET:
            field_dict["tags"] = tags
        if idfa is not UNSET:
            field_dict["idfa"] = idfa
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if fcm_token is not UNSET:
            field_dict["fcm_token"] = fcm_token
        if fcm_push_set is not UNSET:
            field_dict["fcm_push_set"] = fcm_push_set
        if language is not UNSET:
            field_dict["language"] = language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if app_version is not UNSET:
            field_dict["app_version"] = app_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

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

        push_token = d.pop("push_token", UNSET)

        email = d.pop("email", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Tags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Tags.from_dict(_tags)

        idfa = d.pop("idfa", UNSET)

        public_key = d.pop("public_key", UNSET)

        auth_token = d.pop("auth_token", UNSET)

        fcm_token = d.pop("fcm_token", UNSET)

        fcm_push_set = d.pop("fcm_push_set", UNSET)

        language = d.pop("language", UNSET)

        def _parse_timezone(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        device_model = d.pop("device_model", UNSET)

        os_version = d.pop("os_version", UNSET)

        app_version = d.pop("app_version", UNSET)

        register_device_params = cls(
            application=application,
            hwid=hwid,
            user_id=user_id,
            device_type=device_type,
            push_token=push_token,
            email=email,
            tags=tags,
            idfa=idfa,
            public_key=public_key,
            auth_token=auth_token,
            fcm_token=fcm_token,
            fcm_push_set=fcm_push_set,
            language=language,
            timezone=timezone,
            device_model=device_model,
            os_version=os_version,
            app_version=app_version,
        )

        register_device_params.additional_properties = d
        return register_device_params

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_register_device_params_tags import MultiRegisterDeviceParamsTags
    from ..models.push_device import PushDevice


T = TypeVar("T", bound="MultiRegisterDeviceParams")


@_attrs_define
class MultiRegisterDeviceParams:
    """Requires `application`. The web SDK types `platform` as 10, 11 or 12 (Safari, Chrome,
    Firefox); any device type is accepted.

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    user_id: str | Unset = UNSET
    """ The user whose channels are registered (the web SDK converts numbers to strings). """
    email: str | Unset = UNSET
    """ An email address to register for the user. """
    sms_phone_number: str | Unset = UNSET
    """ A phone number for SMS (the web SDK checks `^\\+?[0-9]+$`). """
    whatsapp_phone_number: str | Unset = UNSET
    """ A phone number for WhatsApp (the web SDK checks `^(whatsapp:)?\\+?[0-9]+$`). """
    kakao_phone_number: str | Unset = UNSET
    """ A phone number for Kakao. """
    line_token: str | Unset = UNSET
    """ A LINE token. """
    telegram_user_id: str | Unset = UNSET
    """ A Telegram user ID. """
    language: str | Unset = UNSET
    """ The user's language (the web SDK sends its stored locale, e.g. `en-US`). """
    timezone: float | int | str | Unset = UNSET
    """ The offset of the device's time zone from UTC, in seconds. The vendor documents an
    integer; the web SDK sends a numeric string; a float is accepted too (the mock's
    tolerance).
     """
    city: str | Unset = UNSET
    """ The user's city. """
    country: str | Unset = UNSET
    """ The user's country. """
    state: str | Unset = UNSET
    """ The user's state. """
    tags: MultiRegisterDeviceParamsTags | Unset = UNSET
    """ Tag operations, by tag name. """
    push_devices: list[PushDevice] | Unset = UNSET
    """ The push devices of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        user_id = self.user_id

        email = self.email

        sms_phone_number = self.sms_phone_number

        whatsapp_phone_number = self.whatsapp_phone_number

        kakao_phone_number = self.kakao_phone_number

        line_token = self.line_token

        telegram_user_id = self.telegram_user_id

        language = self.language

        timezone: float | int | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        city = self.city

        country = self.country

        state = self.state

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        push_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.push_devices, Unset):
            push_devices = []
            for push_devices_item_data in self.push_devices:
                push_devices_item = push_devices_item_data.to_dict()
                push_devices.append(push_devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if sms_phone_number is not UNSET:
            field_dict["sms_phone_number"] = sms_phone_number
        if whatsapp_phone_number is not UNSET:
            field_dict["whatsapp_phone_number"] = whatsapp_phone_number
        if kakao_phone_number is not UNSET:
            field_dict["kakao_phone_number"] = kakao_phone_number
        if line_token is not UNSET:
            field_dict["line_token"] = line_token
        if telegram_user_id is not UNSET:
            field_dict["telegram_user_id"] = telegram_user_id
        if language is not UNSET:
            field_dict["language"] = language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if push_devices is not UNSET:
            field_dict["push_devices"] = push_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_register_device_params_tags import MultiRegisterDeviceParamsTags  # noqa: PLC0415
        from ..models.push_device import PushDevice  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        user_id = d.pop("user_id", UNSET)

        email = d.pop("email", UNSET)

        sms_phone_number = d.pop("sms_phone_number", UNSET)

        whatsapp_phone_number = d.pop("whatsapp_phone_number", UNSET)

        kakao_phone_number = d.pop("kakao_phone_number", UNSET)

        line_token = d.pop("line_token", UNSET)

        telegram_user_id = d.pop("telegram_user_id", UNSET)

        language = d.pop("language", UNSET)

        def _parse_timezone(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: MultiRegisterDeviceParamsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = MultiRegisterDeviceParamsTags.from_dict(_tags)

        _push_devices = d.pop("push_devices", UNSET)
        push_devices: list[PushDevice] | Unset = UNSET
        if _push_devices is not UNSET:
            push_devices = []
            for push_devices_item_data in _push_devices:
                push_devices_item = PushDevice.from_dict(push_devices_item_data)

                push_devices.append(push_devices_item)

        multi_register_device_params = cls(
            application=application,
            user_id=user_id,
            email=email,
            sms_phone_number=sms_phone_number,
            whatsapp_phone_number=whatsapp_phone_number,
            kakao_phone_number=kakao_phone_number,
            line_token=line_token,
            telegram_user_id=telegram_user_id,
            language=language,
            timezone=timezone,
            city=city,
            country=country,
            state=state,
            tags=tags,
            push_devices=push_devices,
        )

        multi_register_device_params.additional_properties = d
        return multi_register_device_params

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

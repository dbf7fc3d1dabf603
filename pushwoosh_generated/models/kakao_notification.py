# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kakao_notification_kakao_content_variables import (
        KakaoNotificationKakaoContentVariables,
    )


T = TypeVar("T", bound="KakaoNotification")


@_attrs_define(repr=False)
class KakaoNotification:
    """One KakaoTalk message from a template, to `devices` or `users`. `platforms`, `filter`,
    `filter_code` and `conditions` are refused ("will result in a validation error").

    """

    send_date: str | datetime.datetime
    """ `YYYY-MM-DD HH:MM:SS` in UTC ("All times are interpreted as UTC"), or `now`. """
    template: str
    """ The pre-approved template's name. """
    devices: list[str] | Unset = UNSET
    """ Device tokens, each "prefixed with kakao:". """
    users: list[str] | Unset = UNSET
    """ User IDs. """
    kakao_content_variables: KakaoNotificationKakaoContentVariables | Mapping[str, Any] | Unset = (
        UNSET
    )
    """ The template's variables, by the template's names. """
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
        send_date: Any = self.send_date
        if hasattr(send_date, "to_dict"):
            send_date = send_date.to_dict()
        elif isinstance(send_date, Mapping):
            send_date = dict(send_date)

        template = self.template

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        kakao_content_variables: Any = self.kakao_content_variables
        if hasattr(kakao_content_variables, "to_dict"):
            kakao_content_variables = kakao_content_variables.to_dict()
        elif isinstance(kakao_content_variables, Mapping):
            kakao_content_variables = dict(kakao_content_variables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send_date": send_date,
                "template": template,
            }
        )
        if devices is not UNSET:
            field_dict["devices"] = devices
        if users is not UNSET:
            field_dict["users"] = users
        if kakao_content_variables is not UNSET:
            field_dict["kakao_content_variables"] = kakao_content_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kakao_notification_kakao_content_variables import (
            KakaoNotificationKakaoContentVariables,  # noqa: PLC0415
        )

        d = dict(src_dict)
        send_date = d.pop("send_date")

        template = d.pop("template")

        devices = cast(list[str], d.pop("devices", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        _kakao_content_variables = d.pop("kakao_content_variables", UNSET)
        kakao_content_variables: KakaoNotificationKakaoContentVariables | Unset
        if isinstance(_kakao_content_variables, Unset):
            kakao_content_variables = UNSET
        else:
            kakao_content_variables = KakaoNotificationKakaoContentVariables.from_dict(
                _kakao_content_variables
            )

        kakao_notification = cls(
            send_date=send_date,
            template=template,
            devices=devices,
            users=users,
            kakao_content_variables=kakao_content_variables,
        )

        kakao_notification.additional_properties = d
        return kakao_notification

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


# KakaoNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `KakaoNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class KakaoNotificationDict(TypedDict, total=False):
    send_date: Required[str | datetime.datetime]
    template: Required[str]
    devices: list[str]
    users: list[str]
    kakao_content_variables: KakaoNotificationKakaoContentVariables | Mapping[str, Any]

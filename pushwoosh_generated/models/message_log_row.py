# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_log_action import MessageLogAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageLogRow")


@_attrs_define
class MessageLogRow:
    """One event of a message on a device (the mock's fields, after getTrackingLog's columns)."""

    timestamp: str | Unset = UNSET
    """ When, `YYYY-MM-DD HH:mm:ss` (UTC). """
    action: MessageLogAction | Unset = UNSET
    """ What happened to a message on a device. """
    message_id: int | Unset = UNSET
    """ The message's id. """
    message_code: str | Unset = UNSET
    """ The message's code. """
    campaign_code: None | str | Unset = UNSET
    """ Its campaign's code. """
    application_code: str | Unset = UNSET
    """ The application. """
    hwid: str | Unset = UNSET
    """ The device. """
    user_id: None | str | Unset = UNSET
    """ The device's user. """
    platform: int | Unset = UNSET
    """ The device type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        message_id = self.message_id

        message_code = self.message_code

        campaign_code: None | str | Unset
        if isinstance(self.campaign_code, Unset):
            campaign_code = UNSET
        else:
            campaign_code = self.campaign_code

        application_code = self.application_code

        hwid = self.hwid

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if action is not UNSET:
            field_dict["action"] = action
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message_code is not UNSET:
            field_dict["message_code"] = message_code
        if campaign_code is not UNSET:
            field_dict["campaign_code"] = campaign_code
        if application_code is not UNSET:
            field_dict["application_code"] = application_code
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        _action = d.pop("action", UNSET)
        action: MessageLogAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = MessageLogAction(_action)

        message_id = d.pop("message_id", UNSET)

        message_code = d.pop("message_code", UNSET)

        def _parse_campaign_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_code = _parse_campaign_code(d.pop("campaign_code", UNSET))

        application_code = d.pop("application_code", UNSET)

        hwid = d.pop("hwid", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        platform = d.pop("platform", UNSET)

        message_log_row = cls(
            timestamp=timestamp,
            action=action,
            message_id=message_id,
            message_code=message_code,
            campaign_code=campaign_code,
            application_code=application_code,
            hwid=hwid,
            user_id=user_id,
            platform=platform,
        )

        message_log_row.additional_properties = d
        return message_log_row

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

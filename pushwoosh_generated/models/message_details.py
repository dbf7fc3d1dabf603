# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_details_status import MessageDetailsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDetails")


@_attrs_define
class MessageDetails:
    """What the mock knows of a message (no source shows this method's answer)."""

    id: int | Unset = UNSET
    """ The mock's number of the message. """
    code: None | str | Unset = UNSET
    """ Its code, or null without one. """
    status: MessageDetailsStatus | Unset = UNSET
    """ Whether it went out, waits for its send date, or was deleted or cancelled first. """
    send_date: str | Unset = UNSET
    """ When it goes out, UTC, `YYYY-MM-DD HH:mm`. """
    created: str | Unset = UNSET
    """ When it was created, UTC, `YYYY-MM-DD HH:mm`. """
    content: Any | Unset = UNSET
    """ The content it was created with. """
    devices: int | Unset = UNSET
    """ How many devices it reaches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        send_date = self.send_date

        created = self.created

        content = self.content

        devices = self.devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if created is not UNSET:
            field_dict["created"] = created
        if content is not UNSET:
            field_dict["content"] = content
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        _status = d.pop("status", UNSET)
        status: MessageDetailsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageDetailsStatus(_status)

        send_date = d.pop("send_date", UNSET)

        created = d.pop("created", UNSET)

        content = d.pop("content", UNSET)

        devices = d.pop("devices", UNSET)

        message_details = cls(
            id=id,
            code=code,
            status=status,
            send_date=send_date,
            created=created,
            content=content,
            devices=devices,
        )

        message_details.additional_properties = d
        return message_details

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listed_message_email_info import ListedMessageEmailInfo
    from ..models.push_info import PushInfo


T = TypeVar("T", bound="ListedMessage")


@_attrs_define
class ListedMessage:
    """A message messages:list found."""

    id: int | Unset = UNSET
    """ Its id. """
    code: str | Unset = UNSET
    """ Its code. """
    created_date: str | Unset = UNSET
    """ When it was created. """
    send_date: str | Unset = UNSET
    """ When it is or was sent. """
    status: str | Unset = UNSET
    """ Its state (the vendor lists no values; cancel names `pending`, `waiting` and
    `processing`; the mock answers `waiting`, `sent` or `cancelled`).
     """
    platforms: list[int | str] | Unset = UNSET
    """ Its platforms (the vendor shows an empty list; the mock sends device types). """
    source: str | Unset = UNSET
    """ Where it came from (`API`). """
    push_info: PushInfo | Unset = UNSET
    """ A push message's details and counts. """
    email_info: ListedMessageEmailInfo | Unset = UNSET
    """ An email message's details (the vendor's text is cut off after template, filter_name, filter_code). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        created_date = self.created_date

        send_date = self.send_date

        status = self.status

        platforms: list[int | str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item: int | str
                platforms_item = platforms_item_data
                platforms.append(platforms_item)

        source = self.source

        push_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.push_info, Unset):
            push_info = self.push_info.to_dict()

        email_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_info, Unset):
            email_info = self.email_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if status is not UNSET:
            field_dict["status"] = status
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if source is not UNSET:
            field_dict["source"] = source
        if push_info is not UNSET:
            field_dict["push_info"] = push_info
        if email_info is not UNSET:
            field_dict["email_info"] = email_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listed_message_email_info import ListedMessageEmailInfo  # noqa: PLC0415
        from ..models.push_info import PushInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        created_date = d.pop("created_date", UNSET)

        send_date = d.pop("send_date", UNSET)

        status = d.pop("status", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[int | str] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:

                def _parse_platforms_item(data: object) -> int | str:
                    return cast(int | str, data)

                platforms_item = _parse_platforms_item(platforms_item_data)

                platforms.append(platforms_item)

        source = d.pop("source", UNSET)

        _push_info = d.pop("push_info", UNSET)
        push_info: PushInfo | Unset
        if isinstance(_push_info, Unset):
            push_info = UNSET
        else:
            push_info = PushInfo.from_dict(_push_info)

        _email_info = d.pop("email_info", UNSET)
        email_info: ListedMessageEmailInfo | Unset
        if isinstance(_email_info, Unset):
            email_info = UNSET
        else:
            email_info = ListedMessageEmailInfo.from_dict(_email_info)

        listed_message = cls(
            id=id,
            code=code,
            created_date=created_date,
            send_date=send_date,
            status=status,
            platforms=platforms,
            source=source,
            push_info=push_info,
            email_info=email_info,
        )

        listed_message.additional_properties = d
        return listed_message

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

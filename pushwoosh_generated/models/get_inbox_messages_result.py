# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbox_message import InboxMessage


T = TypeVar("T", bound="GetInboxMessagesResult")


@_attrs_define
class GetInboxMessagesResult:
    """A page of Inbox messages."""

    messages: list[InboxMessage] | Unset = UNSET
    """ The messages (Android and iOS read a missing list as empty). """
    next_: str | Unset = UNSET
    """ The `last_code` for the next page. """
    deleted: list[str] | Unset = UNSET
    """ Codes of messages deleted in the Control Panel. """
    new_inbox: int | Unset = UNSET
    """ Messages delivered since `last_request_time` (usable as a badge). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        next_ = self.next_

        deleted: list[str] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = self.deleted

        new_inbox = self.new_inbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if next_ is not UNSET:
            field_dict["next"] = next_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if new_inbox is not UNSET:
            field_dict["new_inbox"] = new_inbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_message import InboxMessage  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[InboxMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = InboxMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        next_ = d.pop("next", UNSET)

        deleted = cast(list[str], d.pop("deleted", UNSET))

        new_inbox = d.pop("new_inbox", UNSET)

        get_inbox_messages_result = cls(
            messages=messages,
            next_=next_,
            deleted=deleted,
            new_inbox=new_inbox,
        )

        get_inbox_messages_result.additional_properties = d
        return get_inbox_messages_result

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

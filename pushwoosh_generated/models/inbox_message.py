# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbox_message_action_params_type_1 import InboxMessageActionParamsType1


T = TypeVar("T", bound="InboxMessage")


@_attrs_define
class InboxMessage:
    """An Inbox message. Android and iOS drop a message that lacks inbox_id, order, rt, text,
    action_type or status. Numbers may come as strings (Android reads order and rt as
    strings and parses them; iOS reads send_date and rt as numbers or numeric strings).

    """

    inbox_id: str
    """ The message code. """
    order: int | str
    """ The position in Inbox order; also the `inbox_code` of inboxStatus. """
    rt: int | str
    """ When the message leaves the Inbox, seconds since the epoch. """
    text: str
    """ The text. """
    action_type: int | str
    """ 1 link, 2 Rich Media (web types); the SDKs read a number, the vendor's example shows
    `"RichMedia"`.
     """
    status: int
    """ 1 delivered, 2 read, 3 opened, 4 deleted by the user, 5 deleted in the Control Panel. """
    send_date: int | str | Unset = UNSET
    """ When the message was put in the Inbox, seconds since the epoch. """
    title: str | Unset = UNSET
    """ The title. """
    image: str | Unset = UNSET
    """ An image URL. """
    action_params: InboxMessageActionParamsType1 | str | Unset = UNSET
    """ What opening the message does (`l` link, `rm` Rich Media, `h` hash...): a JSON text
    for the SDKs, an object in the vendor's example.
     """
    hash_: str | Unset = UNSET
    """ The hash of the message's push. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbox_message_action_params_type_1 import InboxMessageActionParamsType1  # noqa: PLC0415

        inbox_id = self.inbox_id

        order: int | str
        order = self.order

        rt: int | str
        rt = self.rt

        text = self.text

        action_type: int | str
        action_type = self.action_type

        status = self.status

        send_date: int | str | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        else:
            send_date = self.send_date

        title = self.title

        image = self.image

        action_params: dict[str, Any] | str | Unset
        if isinstance(self.action_params, Unset):
            action_params = UNSET
        elif isinstance(self.action_params, InboxMessageActionParamsType1):
            action_params = self.action_params.to_dict()
        else:
            action_params = self.action_params

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inbox_id": inbox_id,
                "order": order,
                "rt": rt,
                "text": text,
                "action_type": action_type,
                "status": status,
            }
        )
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image
        if action_params is not UNSET:
            field_dict["action_params"] = action_params
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_message_action_params_type_1 import InboxMessageActionParamsType1  # noqa: PLC0415

        d = dict(src_dict)
        inbox_id = d.pop("inbox_id")

        def _parse_order(data: object) -> int | str:
            return cast(int | str, data)

        order = _parse_order(d.pop("order"))

        def _parse_rt(data: object) -> int | str:
            return cast(int | str, data)

        rt = _parse_rt(d.pop("rt"))

        text = d.pop("text")

        def _parse_action_type(data: object) -> int | str:
            return cast(int | str, data)

        action_type = _parse_action_type(d.pop("action_type"))

        status = d.pop("status")

        def _parse_send_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        send_date = _parse_send_date(d.pop("send_date", UNSET))

        title = d.pop("title", UNSET)

        image = d.pop("image", UNSET)

        def _parse_action_params(data: object) -> InboxMessageActionParamsType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_params_type_1 = InboxMessageActionParamsType1.from_dict(data)

                return action_params_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboxMessageActionParamsType1 | str | Unset, data)

        action_params = _parse_action_params(d.pop("action_params", UNSET))

        hash_ = d.pop("hash", UNSET)

        inbox_message = cls(
            inbox_id=inbox_id,
            order=order,
            rt=rt,
            text=text,
            action_type=action_type,
            status=status,
            send_date=send_date,
            title=title,
            image=image,
            action_params=action_params,
            hash_=hash_,
        )

        inbox_message.additional_properties = d
        return inbox_message

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_content import NotifyContent
    from ..models.notify_open_action import NotifyOpenAction
    from ..models.notify_payload_custom_data import NotifyPayloadCustomData
    from ..models.notify_payload_open_actions import NotifyPayloadOpenActions


T = TypeVar("T", bound="NotifyPayload")


@_attrs_define
class NotifyPayload:
    """A push, SMS or messenger message (vendor); its fields are a third-party library's (the
    vendor's table was not readable). Another client's `data` is accepted as an unknown field.

    """

    content: NotifyContent | Unset = UNSET
    """ The message's content. """
    preset: str | Unset = UNSET
    """ A preset's code. """
    silent: bool | Unset = UNSET
    """ A silent push. """
    custom_data: NotifyPayloadCustomData | Unset = UNSET
    """ Custom data delivered with the message. """
    open_action: NotifyOpenAction | Unset = UNSET
    """ What opening the message does (one of them). """
    open_actions: NotifyPayloadOpenActions | Unset = UNSET
    """ An open action per platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        preset = self.preset

        silent = self.silent

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        open_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_action, Unset):
            open_action = self.open_action.to_dict()

        open_actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_actions, Unset):
            open_actions = self.open_actions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if preset is not UNSET:
            field_dict["preset"] = preset
        if silent is not UNSET:
            field_dict["silent"] = silent
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if open_action is not UNSET:
            field_dict["open_action"] = open_action
        if open_actions is not UNSET:
            field_dict["open_actions"] = open_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_content import NotifyContent  # noqa: PLC0415
        from ..models.notify_open_action import NotifyOpenAction  # noqa: PLC0415
        from ..models.notify_payload_custom_data import NotifyPayloadCustomData  # noqa: PLC0415
        from ..models.notify_payload_open_actions import NotifyPayloadOpenActions  # noqa: PLC0415

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: NotifyContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = NotifyContent.from_dict(_content)

        preset = d.pop("preset", UNSET)

        silent = d.pop("silent", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: NotifyPayloadCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = NotifyPayloadCustomData.from_dict(_custom_data)

        _open_action = d.pop("open_action", UNSET)
        open_action: NotifyOpenAction | Unset
        if isinstance(_open_action, Unset):
            open_action = UNSET
        else:
            open_action = NotifyOpenAction.from_dict(_open_action)

        _open_actions = d.pop("open_actions", UNSET)
        open_actions: NotifyPayloadOpenActions | Unset
        if isinstance(_open_actions, Unset):
            open_actions = UNSET
        else:
            open_actions = NotifyPayloadOpenActions.from_dict(_open_actions)

        notify_payload = cls(
            content=content,
            preset=preset,
            silent=silent,
            custom_data=custom_data,
            open_action=open_action,
            open_actions=open_actions,
        )

        notify_payload.additional_properties = d
        return notify_payload

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

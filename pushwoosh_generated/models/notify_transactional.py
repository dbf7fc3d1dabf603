# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_message_type import NotifyMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_identifiers import NotifyIdentifiers
    from ..models.notify_payload import NotifyPayload
    from ..models.notify_schedule import NotifySchedule


T = TypeVar("T", bound="NotifyTransactional")


@_attrs_define
class NotifyTransactional:
    """A message to explicit users, hwids or push tokens (vendor: "or test devices", a field not
    documented). The vendor's table was not readable: these fields are a third-party
    library's, which refuses to send without a `schedule`.

    """

    schedule: NotifySchedule
    """ When to send: at a time (`at`) or after a delay (`after`). No vendor table was readable;
    the fields are a third-party library's.
     """
    application: str | Unset = UNSET
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    platforms: list[str] | Unset = UNSET
    """ The platforms. """
    users: NotifyIdentifiers | Unset = UNSET
    """ A list of identifiers, wrapped as `{"list": [...]}`. """
    hwids: NotifyIdentifiers | Unset = UNSET
    """ A list of identifiers, wrapped as `{"list": [...]}`. """
    push_tokens: NotifyIdentifiers | Unset = UNSET
    """ A list of identifiers, wrapped as `{"list": [...]}`. """
    payload: NotifyPayload | Unset = UNSET
    """ A push, SMS or messenger message (vendor); its fields are a third-party library's (the
    vendor's table was not readable). Another client's `data` is accepted as an unknown field.
     """
    message_type: NotifyMessageType | Unset = UNSET
    """ `MESSAGE_TYPE_MARKETING` (the default) or `MESSAGE_TYPE_TRANSACTIONAL`; "controls control-group filtering".
    """
    return_unknown_identifiers: bool | Unset = UNSET
    """ Answer the identifiers that matched no device in `unknown_identifiers`. """
    use_latest_user_device: bool | Unset = UNSET
    """ Not documented (sent by a third-party library). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        application = self.application

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        hwids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hwids, Unset):
            hwids = self.hwids.to_dict()

        push_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.push_tokens, Unset):
            push_tokens = self.push_tokens.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        return_unknown_identifiers = self.return_unknown_identifiers

        use_latest_user_device = self.use_latest_user_device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if users is not UNSET:
            field_dict["users"] = users
        if hwids is not UNSET:
            field_dict["hwids"] = hwids
        if push_tokens is not UNSET:
            field_dict["push_tokens"] = push_tokens
        if payload is not UNSET:
            field_dict["payload"] = payload
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if return_unknown_identifiers is not UNSET:
            field_dict["return_unknown_identifiers"] = return_unknown_identifiers
        if use_latest_user_device is not UNSET:
            field_dict["use_latest_user_device"] = use_latest_user_device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_identifiers import NotifyIdentifiers  # noqa: PLC0415
        from ..models.notify_payload import NotifyPayload  # noqa: PLC0415
        from ..models.notify_schedule import NotifySchedule  # noqa: PLC0415

        d = dict(src_dict)
        schedule = NotifySchedule.from_dict(d.pop("schedule"))

        application = d.pop("application", UNSET)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        _users = d.pop("users", UNSET)
        users: NotifyIdentifiers | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = NotifyIdentifiers.from_dict(_users)

        _hwids = d.pop("hwids", UNSET)
        hwids: NotifyIdentifiers | Unset
        if isinstance(_hwids, Unset):
            hwids = UNSET
        else:
            hwids = NotifyIdentifiers.from_dict(_hwids)

        _push_tokens = d.pop("push_tokens", UNSET)
        push_tokens: NotifyIdentifiers | Unset
        if isinstance(_push_tokens, Unset):
            push_tokens = UNSET
        else:
            push_tokens = NotifyIdentifiers.from_dict(_push_tokens)

        _payload = d.pop("payload", UNSET)
        payload: NotifyPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = NotifyPayload.from_dict(_payload)

        _message_type = d.pop("message_type", UNSET)
        message_type: NotifyMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = NotifyMessageType(_message_type)

        return_unknown_identifiers = d.pop("return_unknown_identifiers", UNSET)

        use_latest_user_device = d.pop("use_latest_user_device", UNSET)

        notify_transactional = cls(
            schedule=schedule,
            application=application,
            platforms=platforms,
            users=users,
            hwids=hwids,
            push_tokens=push_tokens,
            payload=payload,
            message_type=message_type,
            return_unknown_identifiers=return_unknown_identifiers,
            use_latest_user_device=use_latest_user_device,
        )

        notify_transactional.additional_properties = d
        return notify_transactional

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_activity_update import LiveActivityUpdate


T = TypeVar("T", bound="UpdateLiveActivityNotification")


@_attrs_define(repr=False)
class UpdateLiveActivityNotification:
    """One update: `live_activity` with the `live_activity_id` given at start (the newer page),
    or `ios_live_activity` with the activities' `live_activity_push_tokens` (the older copy).

    """

    live_activity: LiveActivityUpdate | Mapping[str, Any] | Unset = UNSET
    """ An update of a Live Activity, or its end. """
    live_activity_id: str | Unset = UNSET
    """ The id startLiveActivity was given (the newer page). """
    ios_live_activity: LiveActivityUpdate | Mapping[str, Any] | Unset = UNSET
    """ An update of a Live Activity, or its end. """
    live_activity_push_tokens: list[str] | Unset = UNSET
    """ The Live Activities' own push tokens (the older copy). """
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
        live_activity: Any = self.live_activity
        if hasattr(live_activity, "to_dict"):
            live_activity = live_activity.to_dict()
        elif isinstance(live_activity, Mapping):
            live_activity = dict(live_activity)

        live_activity_id = self.live_activity_id

        ios_live_activity: Any = self.ios_live_activity
        if hasattr(ios_live_activity, "to_dict"):
            ios_live_activity = ios_live_activity.to_dict()
        elif isinstance(ios_live_activity, Mapping):
            ios_live_activity = dict(ios_live_activity)

        live_activity_push_tokens: list[str] | Unset = UNSET
        if not isinstance(self.live_activity_push_tokens, Unset):
            live_activity_push_tokens = self.live_activity_push_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_activity is not UNSET:
            field_dict["live_activity"] = live_activity
        if live_activity_id is not UNSET:
            field_dict["live_activity_id"] = live_activity_id
        if ios_live_activity is not UNSET:
            field_dict["ios_live_activity"] = ios_live_activity
        if live_activity_push_tokens is not UNSET:
            field_dict["live_activity_push_tokens"] = live_activity_push_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_activity_update import LiveActivityUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _live_activity = d.pop("live_activity", UNSET)
        live_activity: LiveActivityUpdate | Unset
        if isinstance(_live_activity, Unset):
            live_activity = UNSET
        else:
            live_activity = LiveActivityUpdate.from_dict(_live_activity)

        live_activity_id = d.pop("live_activity_id", UNSET)

        _ios_live_activity = d.pop("ios_live_activity", UNSET)
        ios_live_activity: LiveActivityUpdate | Unset
        if isinstance(_ios_live_activity, Unset):
            ios_live_activity = UNSET
        else:
            ios_live_activity = LiveActivityUpdate.from_dict(_ios_live_activity)

        live_activity_push_tokens = cast(list[str], d.pop("live_activity_push_tokens", UNSET))

        update_live_activity_notification = cls(
            live_activity=live_activity,
            live_activity_id=live_activity_id,
            ios_live_activity=ios_live_activity,
            live_activity_push_tokens=live_activity_push_tokens,
        )

        update_live_activity_notification.additional_properties = d
        return update_live_activity_notification

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


# UpdateLiveActivityNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `UpdateLiveActivityNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class UpdateLiveActivityNotificationDict(TypedDict, total=False):
    live_activity: LiveActivityUpdate | Mapping[str, Any]
    live_activity_id: str
    ios_live_activity: LiveActivityUpdate | Mapping[str, Any]
    live_activity_push_tokens: list[str]

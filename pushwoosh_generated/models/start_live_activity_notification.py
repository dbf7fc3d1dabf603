# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

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
    from ..models.live_activity_start import LiveActivityStart


T = TypeVar("T", bound="StartLiveActivityNotification")


@_attrs_define(repr=False)
class StartLiveActivityNotification:
    """One start: the activity, its id, and whom it reaches (`devices`, `users`, or a segment by
    `filter` or `filter_code`; if both lists are given, `devices` is ignored).

    """

    content: str
    """ The text shown on iOS older than 16.1. """
    live_activity: LiveActivityStart | Mapping[str, Any]
    """ The Live Activity to start (ActivityKit's attributes and first content state). """
    live_activity_id: str
    """ "Used to target this activity when calling updateLiveActivity. Must be unique per activity session." """
    title: str | Unset = UNSET
    """ The title. """
    filter_: str | Unset = UNSET
    """ A segment's name (the newest copy of the page). """
    filter_code: str | Unset = UNSET
    """ A segment's code (the developer copy of the page). """
    devices: list[str] | Unset = UNSET
    """ Push tokens (in lower case) or hwids, at most 1,000; no application groups. """
    users: list[str] | Unset = UNSET
    """ User IDs, at most 1,000; `devices` is ignored when both are given. """
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
        content = self.content

        live_activity: Any = self.live_activity
        if hasattr(live_activity, "to_dict"):
            live_activity = live_activity.to_dict()
        elif isinstance(live_activity, Mapping):
            live_activity = dict(live_activity)

        live_activity_id = self.live_activity_id

        title = self.title

        filter_ = self.filter_

        filter_code = self.filter_code

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "live_activity": live_activity,
                "live_activity_id": live_activity_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if filter_code is not UNSET:
            field_dict["filter_code"] = filter_code
        if devices is not UNSET:
            field_dict["devices"] = devices
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_activity_start import LiveActivityStart  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        live_activity = LiveActivityStart.from_dict(d.pop("live_activity"))

        live_activity_id = d.pop("live_activity_id")

        title = d.pop("title", UNSET)

        filter_ = d.pop("filter", UNSET)

        filter_code = d.pop("filter_code", UNSET)

        devices = cast(list[str], d.pop("devices", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        start_live_activity_notification = cls(
            content=content,
            live_activity=live_activity,
            live_activity_id=live_activity_id,
            title=title,
            filter_=filter_,
            filter_code=filter_code,
            devices=devices,
            users=users,
        )

        start_live_activity_notification.additional_properties = d
        return start_live_activity_notification

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


# StartLiveActivityNotification's fields as a plain dict takes them, keyed by the spec's names (what
# `StartLiveActivityNotification.to_dict()` gives): a literal with a misspelt key fails type checking.
class StartLiveActivityNotificationDict(TypedDict, total=False):
    content: Required[str]
    live_activity: Required[LiveActivityStart | Mapping[str, Any]]
    live_activity_id: Required[str]
    title: str
    filter: str
    filter_code: str
    devices: list[str]
    users: list[str]

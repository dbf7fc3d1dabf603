# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_activity_update_event import LiveActivityUpdateEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_activity_update_content_state import LiveActivityUpdateContentState


T = TypeVar("T", bound="LiveActivityUpdate")


@_attrs_define
class LiveActivityUpdate:
    """An update of a Live Activity, or its end."""

    event: LiveActivityUpdateEvent
    """ Update the activity, or end it. """
    content_state: LiveActivityUpdateContentState
    """ The activity's new dynamic content. """
    dismissal_date: int | Unset = UNSET
    """ When an ended activity leaves the lock screen (in seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        content_state = self.content_state.to_dict()

        dismissal_date = self.dismissal_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "content-state": content_state,
            }
        )
        if dismissal_date is not UNSET:
            field_dict["dismissal-date"] = dismissal_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_activity_update_content_state import LiveActivityUpdateContentState  # noqa: PLC0415

        d = dict(src_dict)
        event = LiveActivityUpdateEvent(d.pop("event"))

        content_state = LiveActivityUpdateContentState.from_dict(d.pop("content-state"))

        dismissal_date = d.pop("dismissal-date", UNSET)

        live_activity_update = cls(
            event=event,
            content_state=content_state,
            dismissal_date=dismissal_date,
        )

        live_activity_update.additional_properties = d
        return live_activity_update

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

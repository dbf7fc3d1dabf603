# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_activity_start_attributes import LiveActivityStartAttributes
    from ..models.live_activity_start_content_state import LiveActivityStartContentState


T = TypeVar("T", bound="LiveActivityStart")


@_attrs_define
class LiveActivityStart:
    """The Live Activity to start (ActivityKit's attributes and first content state)."""

    content_state: LiveActivityStartContentState
    """ The activity's dynamic content. """
    attributes_type: str
    """ The app's ActivityAttributes type (`LiveActivityAttributes`). """
    attributes: LiveActivityStartAttributes
    """ The activity's static attributes. """
    event: str | Unset = UNSET
    """ `start` (the newest copy's example). """
    title: str | Unset = UNSET
    """ A title (the newest copy's example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_state = self.content_state.to_dict()

        attributes_type = self.attributes_type

        attributes = self.attributes.to_dict()

        event = self.event

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content-state": content_state,
                "attributes-type": attributes_type,
                "attributes": attributes,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_activity_start_attributes import LiveActivityStartAttributes  # noqa: PLC0415
        from ..models.live_activity_start_content_state import LiveActivityStartContentState  # noqa: PLC0415

        d = dict(src_dict)
        content_state = LiveActivityStartContentState.from_dict(d.pop("content-state"))

        attributes_type = d.pop("attributes-type")

        attributes = LiveActivityStartAttributes.from_dict(d.pop("attributes"))

        event = d.pop("event", UNSET)

        title = d.pop("title", UNSET)

        live_activity_start = cls(
            content_state=content_state,
            attributes_type=attributes_type,
            attributes=attributes,
            event=event,
            title=title,
        )

        live_activity_start.additional_properties = d
        return live_activity_start

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

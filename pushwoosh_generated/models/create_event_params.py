# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_attribute_definition import EventAttributeDefinition


T = TypeVar("T", bound="CreateEventParams")


@_attrs_define
class CreateEventParams:
    """Requires `auth`, `application` and `name`."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    name: str
    """ The event's name, "32 characters max", which postEvent names. """
    description: str | Unset = UNSET
    """ A description, "64 characters max". """
    event_attributes: list[EventAttributeDefinition] | Unset = UNSET
    """ The event's attributes and their types. """
    track_revenue: bool | Unset = UNSET
    """ Track the event's revenue (the vendor's "Track Event Revenue" section). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        application = self.application

        name = self.name

        description = self.description

        event_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_attributes, Unset):
            event_attributes = []
            for event_attributes_item_data in self.event_attributes:
                event_attributes_item = event_attributes_item_data.to_dict()
                event_attributes.append(event_attributes_item)

        track_revenue = self.track_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "application": application,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if event_attributes is not UNSET:
            field_dict["eventAttributes"] = event_attributes
        if track_revenue is not UNSET:
            field_dict["trackRevenue"] = track_revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_attribute_definition import EventAttributeDefinition  # noqa: PLC0415

        d = dict(src_dict)
        auth = d.pop("auth")

        application = d.pop("application")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _event_attributes = d.pop("eventAttributes", UNSET)
        event_attributes: list[EventAttributeDefinition] | Unset = UNSET
        if _event_attributes is not UNSET:
            event_attributes = []
            for event_attributes_item_data in _event_attributes:
                event_attributes_item = EventAttributeDefinition.from_dict(
                    event_attributes_item_data
                )

                event_attributes.append(event_attributes_item)

        track_revenue = d.pop("trackRevenue", UNSET)

        create_event_params = cls(
            auth=auth,
            application=application,
            name=name,
            description=description,
            event_attributes=event_attributes,
            track_revenue=track_revenue,
        )

        create_event_params.additional_properties = d
        return create_event_params

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

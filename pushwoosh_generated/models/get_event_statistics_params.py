# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_attribute_filter import EventAttributeFilter


T = TypeVar("T", bound="GetEventStatisticsParams")


@_attrs_define
class GetEventStatisticsParams:
    """Requires `auth`, `application`, the `event` and the period."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    event: str
    """ The event's name, exactly as created. """
    date_from: str
    """ The first day, `YYYY-MM-DD`. """
    date_to: str
    """ The last day, `YYYY-MM-DD`. """
    attributes: list[EventAttributeFilter] | Unset = UNSET
    """ Attribute filters, all of which an event must meet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        application = self.application

        event = self.event

        date_from = self.date_from

        date_to = self.date_to

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "application": application,
                "event": event,
                "date_from": date_from,
                "date_to": date_to,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_attribute_filter import EventAttributeFilter  # noqa: PLC0415

        d = dict(src_dict)
        auth = d.pop("auth")

        application = d.pop("application")

        event = d.pop("event")

        date_from = d.pop("date_from")

        date_to = d.pop("date_to")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[EventAttributeFilter] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = EventAttributeFilter.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        get_event_statistics_params = cls(
            auth=auth,
            application=application,
            event=event,
            date_from=date_from,
            date_to=date_to,
            attributes=attributes,
        )

        get_event_statistics_params.additional_properties = d
        return get_event_statistics_params

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

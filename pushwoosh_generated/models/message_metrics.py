# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageMetrics")


@_attrs_define
class MessageMetrics:
    """A message's counts on one platform (integers here, unlike totalsByIntervals)."""

    sends: int | Unset = UNSET
    """ Devices sent to. """
    opens: int | Unset = UNSET
    """ Opens. """
    deliveries: int | Unset = UNSET
    """ Deliveries. """
    inbox_opens: int | Unset = UNSET
    """ Opens in the inbox. """
    unshowable_sends: int | Unset = UNSET
    """ Sends that could not be shown. """
    errors: int | Unset = UNSET
    """ Errors. """
    platform: int | Unset = UNSET
    """ The platform (device type). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sends = self.sends

        opens = self.opens

        deliveries = self.deliveries

        inbox_opens = self.inbox_opens

        unshowable_sends = self.unshowable_sends

        errors = self.errors

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sends is not UNSET:
            field_dict["sends"] = sends
        if opens is not UNSET:
            field_dict["opens"] = opens
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        if inbox_opens is not UNSET:
            field_dict["inbox_opens"] = inbox_opens
        if unshowable_sends is not UNSET:
            field_dict["unshowable_sends"] = unshowable_sends
        if errors is not UNSET:
            field_dict["errors"] = errors
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sends = d.pop("sends", UNSET)

        opens = d.pop("opens", UNSET)

        deliveries = d.pop("deliveries", UNSET)

        inbox_opens = d.pop("inbox_opens", UNSET)

        unshowable_sends = d.pop("unshowable_sends", UNSET)

        errors = d.pop("errors", UNSET)

        platform = d.pop("platform", UNSET)

        message_metrics = cls(
            sends=sends,
            opens=opens,
            deliveries=deliveries,
            inbox_opens=inbox_opens,
            unshowable_sends=unshowable_sends,
            errors=errors,
            platform=platform,
        )

        message_metrics.additional_properties = d
        return message_metrics

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntervalMetrics")


@_attrs_define
class IntervalMetrics:
    """A message's counts in one hour on one platform."""

    timestamp: str | Unset = UNSET
    """ The hour, `YYYY-MM-DD HH:00:00`. """
    platform: int | Unset = UNSET
    """ The platform (device type). """
    sends: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    opens: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    deliveries: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    inbox_opens: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    unshowable_sends: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    errors: str | Unset = UNSET
    """ A count written as a string of digits (`"55902"`), as the vendor's answer shows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        platform = self.platform

        sends = self.sends

        opens = self.opens

        deliveries = self.deliveries

        inbox_opens = self.inbox_opens

        unshowable_sends = self.unshowable_sends

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if platform is not UNSET:
            field_dict["platform"] = platform
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        platform = d.pop("platform", UNSET)

        sends = d.pop("sends", UNSET)

        opens = d.pop("opens", UNSET)

        deliveries = d.pop("deliveries", UNSET)

        inbox_opens = d.pop("inbox_opens", UNSET)

        unshowable_sends = d.pop("unshowable_sends", UNSET)

        errors = d.pop("errors", UNSET)

        interval_metrics = cls(
            timestamp=timestamp,
            platform=platform,
            sends=sends,
            opens=opens,
            deliveries=deliveries,
            inbox_opens=inbox_opens,
            unshowable_sends=unshowable_sends,
            errors=errors,
        )

        interval_metrics.additional_properties = d
        return interval_metrics

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

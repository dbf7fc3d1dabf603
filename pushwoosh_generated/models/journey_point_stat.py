# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JourneyPointStat")


@_attrs_define
class JourneyPointStat:
    """A point's counts: `sent`, `opened` and `conversion` for a message point (an older copy
    of the page adds `uniqOpened`), `shows`, `interactions` and `skipped` for an in-app point
    instead (vendor). The vendor's examples show integers, and a fraction for `conversion`.

    """

    sent: int | Unset = UNSET
    """ Messages the point sent. """
    opened: int | Unset = UNSET
    """ Opens of the point's messages. """
    uniq_opened: int | Unset = UNSET
    """ Unique opens (the older copy of the page only). """
    conversion: float | Unset = UNSET
    """ The point's conversion, a fraction in the vendor's example (0.2649…); how it is computed is not said. """
    shows: float | Unset = UNSET
    """ How many times in-app messages were displayed ("Impressions"). """
    interactions: float | Unset = UNSET
    """ User interactions with the in-app message, such as button clicks. """
    skipped: float | Unset = UNSET
    """ How many times users skipped or dismissed the in-app message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        opened = self.opened

        uniq_opened = self.uniq_opened

        conversion = self.conversion

        shows = self.shows

        interactions = self.interactions

        skipped = self.skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opened is not UNSET:
            field_dict["opened"] = opened
        if uniq_opened is not UNSET:
            field_dict["uniqOpened"] = uniq_opened
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if shows is not UNSET:
            field_dict["shows"] = shows
        if interactions is not UNSET:
            field_dict["interactions"] = interactions
        if skipped is not UNSET:
            field_dict["skipped"] = skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        opened = d.pop("opened", UNSET)

        uniq_opened = d.pop("uniqOpened", UNSET)

        conversion = d.pop("conversion", UNSET)

        shows = d.pop("shows", UNSET)

        interactions = d.pop("interactions", UNSET)

        skipped = d.pop("skipped", UNSET)

        journey_point_stat = cls(
            sent=sent,
            opened=opened,
            uniq_opened=uniq_opened,
            conversion=conversion,
            shows=shows,
            interactions=interactions,
            skipped=skipped,
        )

        journey_point_stat.additional_properties = d
        return journey_point_stat

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_messages_filters_platforms_item import ListMessagesFiltersPlatformsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_messages_filters_date_range import ListMessagesFiltersDateRange


T = TypeVar("T", bound="ListMessagesFilters")


@_attrs_define
class ListMessagesFilters:
    """Which messages to list (every filter narrows the list)."""

    application: str | Unset = UNSET
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    platforms: list[ListMessagesFiltersPlatformsItem] | Unset = UNSET
    """ Platform names: `IOS`, `ANDROID`, `OSX`, `WINDOWS`, `AMAZON`, `SAFARI`, `CHROME`,
    `FIREFOX`, `IE`, `EMAIL`, `HUAWEI_ANDROID`, `SMS`.
     """
    date_range: ListMessagesFiltersDateRange | Unset = UNSET
    """ The period, dates written `YYYY-MM-DD`. """
    source: str | Unset = UNSET
    """ Where the messages came from, "for example" `AB_TEST`, `API`, `AUTO_PUSH`, `CP`, `CSV`,
    `CUSTOMER_JOURNEY`, `EMAIL_API`, `EMAIL_CP`, `GEO_ZONE`, `PUSH_ON_EVENT`, `RSS`.
     """
    campaign: str | Unset = UNSET
    """ A campaign code. """
    messages_codes: list[str] | Unset = UNSET
    """ Message codes, as createMessage answered them. """
    messages_ids: list[int] | Unset = UNSET
    """ Message ids, from the message history. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        source = self.source

        campaign = self.campaign

        messages_codes: list[str] | Unset = UNSET
        if not isinstance(self.messages_codes, Unset):
            messages_codes = self.messages_codes

        messages_ids: list[int] | Unset = UNSET
        if not isinstance(self.messages_ids, Unset):
            messages_ids = self.messages_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application is not UNSET:
            field_dict["application"] = application
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if source is not UNSET:
            field_dict["source"] = source
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if messages_codes is not UNSET:
            field_dict["messages_codes"] = messages_codes
        if messages_ids is not UNSET:
            field_dict["messages_ids"] = messages_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_messages_filters_date_range import ListMessagesFiltersDateRange  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[ListMessagesFiltersPlatformsItem] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = ListMessagesFiltersPlatformsItem(platforms_item_data)

                platforms.append(platforms_item)

        _date_range = d.pop("date_range", UNSET)
        date_range: ListMessagesFiltersDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = ListMessagesFiltersDateRange.from_dict(_date_range)

        source = d.pop("source", UNSET)

        campaign = d.pop("campaign", UNSET)

        messages_codes = cast(list[str], d.pop("messages_codes", UNSET))

        messages_ids = cast(list[int], d.pop("messages_ids", UNSET))

        list_messages_filters = cls(
            application=application,
            platforms=platforms,
            date_range=date_range,
            source=source,
            campaign=campaign,
            messages_codes=messages_codes,
            messages_ids=messages_ids,
        )

        list_messages_filters.additional_properties = d
        return list_messages_filters

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

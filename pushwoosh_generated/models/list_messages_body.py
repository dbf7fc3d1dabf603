# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_messages_filters import ListMessagesFilters
    from ..models.list_messages_options import ListMessagesOptions


T = TypeVar("T", bound="ListMessagesBody")


@_attrs_define
class ListMessagesBody:
    """The flat body of messages:list: `application` and `filters` (vendor table), `params`,
    `per_page` (at most 1,000, vendor) and `page`.

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    filters: ListMessagesFilters
    """ Which messages to list (every filter narrows the list). """
    params: ListMessagesOptions | Unset = UNSET
    """ What to add to each message. """
    per_page: int | Unset = UNSET
    """ Messages a page, at most 1,000 (the mock's default is 100). """
    page: int | Unset = UNSET
    """ The page (the base is not documented; the mock counts from 1, 0 reads as 1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        filters = self.filters.to_dict()

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        per_page = self.per_page

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "filters": filters,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_messages_filters import ListMessagesFilters  # noqa: PLC0415
        from ..models.list_messages_options import ListMessagesOptions  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        filters = ListMessagesFilters.from_dict(d.pop("filters"))

        _params = d.pop("params", UNSET)
        params: ListMessagesOptions | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ListMessagesOptions.from_dict(_params)

        per_page = d.pop("per_page", UNSET)

        page = d.pop("page", UNSET)

        list_messages_body = cls(
            application=application,
            filters=filters,
            params=params,
            per_page=per_page,
            page=page,
        )

        list_messages_body.additional_properties = d
        return list_messages_body

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

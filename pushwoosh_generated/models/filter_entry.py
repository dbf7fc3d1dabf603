# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterEntry")


@_attrs_define
class FilterEntry:
    """A segment as listFilters answers it."""

    name: str
    """ Its name. """
    conditions: str | Unset = UNSET
    """ Its conditions as text (`#TagName1(value1, value2) AND …`), on the vendor page. """
    filter_expression: str | Unset = UNSET
    """ Its expression in the segment language (what the mock answers). """
    application: None | str | Unset = UNSET
    """ The application of an application-specific segment. """
    expiration_date: None | str | Unset = UNSET
    """ When it expires (`YYYY-MM-DD`), or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        conditions = self.conditions

        filter_expression = self.filter_expression

        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        else:
            application = self.application

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if filter_expression is not UNSET:
            field_dict["filter_expression"] = filter_expression
        if application is not UNSET:
            field_dict["application"] = application
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        conditions = d.pop("conditions", UNSET)

        filter_expression = d.pop("filter_expression", UNSET)

        def _parse_application(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        filter_entry = cls(
            name=name,
            conditions=conditions,
            filter_expression=filter_expression,
            application=application,
            expiration_date=expiration_date,
        )

        filter_entry.additional_properties = d
        return filter_entry

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

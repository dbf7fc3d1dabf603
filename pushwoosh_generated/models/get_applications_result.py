# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_applications_result_applications import GetApplicationsResultApplications


T = TypeVar("T", bound="GetApplicationsResult")


@_attrs_define
class GetApplicationsResult:
    """A page of applications (the names a Pushwoosh employee's library reads)."""

    total: int | Unset = UNSET
    """ The number of pages (the library stops after the page whose number equals it; the mock answers the number of
    pages). """
    page: int | Unset = UNSET
    """ This page's number. """
    applications: GetApplicationsResultApplications | Unset = UNSET
    """ The page's applications, by application code (an object, not a list). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        applications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if applications is not UNSET:
            field_dict["applications"] = applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_applications_result_applications import GetApplicationsResultApplications  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        _applications = d.pop("applications", UNSET)
        applications: GetApplicationsResultApplications | Unset
        if isinstance(_applications, Unset):
            applications = UNSET
        else:
            applications = GetApplicationsResultApplications.from_dict(_applications)

        get_applications_result = cls(
            total=total,
            page=page,
            applications=applications,
        )

        get_applications_result.additional_properties = d
        return get_applications_result

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_app_resource import InAppResource


T = TypeVar("T", bound="GetInAppsResult")


@_attrs_define
class GetInAppsResult:
    """The In-App resources of the application."""

    in_apps: list[InAppResource] | Unset = UNSET
    """ The resources (a missing list reads as empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_apps, Unset):
            in_apps = []
            for in_apps_item_data in self.in_apps:
                in_apps_item = in_apps_item_data.to_dict()
                in_apps.append(in_apps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_apps is not UNSET:
            field_dict["inApps"] = in_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.in_app_resource import InAppResource  # noqa: PLC0415

        d = dict(src_dict)
        _in_apps = d.pop("inApps", UNSET)
        in_apps: list[InAppResource] | Unset = UNSET
        if _in_apps is not UNSET:
            in_apps = []
            for in_apps_item_data in _in_apps:
                in_apps_item = InAppResource.from_dict(in_apps_item_data)

                in_apps.append(in_apps_item)

        get_in_apps_result = cls(
            in_apps=in_apps,
        )

        get_in_apps_result.additional_properties = d
        return get_in_apps_result

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_test_devices_params import ListTestDevicesParams


T = TypeVar("T", bound="ListTestDevicesBody")


@_attrs_define
class ListTestDevicesBody:
    """The envelope of a listTestDevices call."""

    request: ListTestDevicesParams
    """ Requires `auth` and `application`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_test_devices_params import ListTestDevicesParams  # noqa: PLC0415

        d = dict(src_dict)
        request = ListTestDevicesParams.from_dict(d.pop("request"))

        list_test_devices_body = cls(
            request=request,
        )

        list_test_devices_body.additional_properties = d
        return list_test_devices_body

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

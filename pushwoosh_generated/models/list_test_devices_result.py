# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_device import TestDevice


T = TypeVar("T", bound="ListTestDevicesResult")


@_attrs_define
class ListTestDevicesResult:
    """The application's test devices."""

    test_devices: list[TestDevice]
    """ Every test device, without paging. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_devices = []
        for test_devices_item_data in self.test_devices:
            test_devices_item = test_devices_item_data.to_dict()
            test_devices.append(test_devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TestDevices": test_devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_device import TestDevice  # noqa: PLC0415

        d = dict(src_dict)
        test_devices = []
        _test_devices = d.pop("TestDevices")
        for test_devices_item_data in _test_devices:
            test_devices_item = TestDevice.from_dict(test_devices_item_data)

            test_devices.append(test_devices_item)

        list_test_devices_result = cls(
            test_devices=test_devices,
        )

        list_test_devices_result.additional_properties = d
        return list_test_devices_result

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

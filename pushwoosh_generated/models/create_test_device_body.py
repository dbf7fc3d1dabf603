# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_test_device_params import CreateTestDeviceParams


T = TypeVar("T", bound="CreateTestDeviceBody")


@_attrs_define
class CreateTestDeviceBody:
    """The envelope of a createTestDevice call."""

    request: CreateTestDeviceParams
    """ Requires `application`, `name`, and the device: its `hwid` (what the SDKs send), or its
    `push_token` and `device_type` (the vendor's table, which has no hwid). `description` is
    optional on the vendor's table; both SDKs always send it.
     """
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
        from ..models.create_test_device_params import CreateTestDeviceParams  # noqa: PLC0415

        d = dict(src_dict)
        request = CreateTestDeviceParams.from_dict(d.pop("request"))

        create_test_device_body = cls(
            request=request,
        )

        create_test_device_body.additional_properties = d
        return create_test_device_body

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_register_device_item import BulkRegisterDeviceItem


T = TypeVar("T", bound="BulkRegisterDeviceBody")


@_attrs_define
class BulkRegisterDeviceBody:
    """The flat body of bulkRegisterDevice (no limit is documented)."""

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    devices: list[BulkRegisterDeviceItem]
    """ The devices to register. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        auth = self.auth

        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "auth": auth,
                "devices": devices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_register_device_item import BulkRegisterDeviceItem  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        auth = d.pop("auth")

        devices = []
        _devices = d.pop("devices")
        for devices_item_data in _devices:
            devices_item = BulkRegisterDeviceItem.from_dict(devices_item_data)

            devices.append(devices_item)

        bulk_register_device_body = cls(
            application=application,
            auth=auth,
            devices=devices,
        )

        bulk_register_device_body.additional_properties = d
        return bulk_register_device_body

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_set_tags_device import BulkSetTagsDevice


T = TypeVar("T", bound="BulkSetTagsBody")


@_attrs_define
class BulkSetTagsBody:
    """The flat body of bulkSetTags: `application`, `auth` and at least 50 `devices` (vendor; no
    maximum is documented).

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    devices: list[BulkSetTagsDevice]
    """ The devices and their tag values, at least 50 a call (vendor). """
    create_missing_tags: bool | Unset = UNSET
    """ If true, missing tags are created automatically. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        auth = self.auth

        devices = []
        for devices_item_data in self.devices:
            devices_item = devices_item_data.to_dict()
            devices.append(devices_item)

        create_missing_tags = self.create_missing_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "auth": auth,
                "devices": devices,
            }
        )
        if create_missing_tags is not UNSET:
            field_dict["create_missing_tags"] = create_missing_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_set_tags_device import BulkSetTagsDevice  # noqa: PLC0415

        d = dict(src_dict)
        application = d.pop("application")

        auth = d.pop("auth")

        devices = []
        _devices = d.pop("devices")
        for devices_item_data in _devices:
            devices_item = BulkSetTagsDevice.from_dict(devices_item_data)

            devices.append(devices_item)

        create_missing_tags = d.pop("create_missing_tags", UNSET)

        bulk_set_tags_body = cls(
            application=application,
            auth=auth,
            devices=devices,
            create_missing_tags=create_missing_tags,
        )

        bulk_set_tags_body.additional_properties = d
        return bulk_set_tags_body

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

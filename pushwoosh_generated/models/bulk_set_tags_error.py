# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_set_tags_device_ref import BulkSetTagsDeviceRef


T = TypeVar("T", bound="BulkSetTagsError")


@_attrs_define
class BulkSetTagsError:
    """A device whose tags were not changed, and why (the mock's shape)."""

    device: BulkSetTagsDeviceRef | Unset = UNSET
    """ How a device was named in the request (the mock's shape). """
    tag: str | Unset = UNSET
    """ The tag it concerns, if one. """
    reason: str | Unset = UNSET
    """ Why (`device not found`, `tag not found`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        tag = self.tag

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if tag is not UNSET:
            field_dict["tag"] = tag
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_set_tags_device_ref import BulkSetTagsDeviceRef  # noqa: PLC0415

        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: BulkSetTagsDeviceRef | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = BulkSetTagsDeviceRef.from_dict(_device)

        tag = d.pop("tag", UNSET)

        reason = d.pop("reason", UNSET)

        bulk_set_tags_error = cls(
            device=device,
            tag=tag,
            reason=reason,
        )

        bulk_set_tags_error.additional_properties = d
        return bulk_set_tags_error

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

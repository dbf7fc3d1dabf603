# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_set_tags_error import BulkSetTagsError


T = TypeVar("T", bound="BulkSetTagsStatus")


@_attrs_define
class BulkSetTagsStatus:
    """The status of a bulkSetTags job. Only `status` `Pending` is documented (vendor); the other
    states and fields are the mock's, and unknown fields are accepted.

    """

    request_id: str | Unset = UNSET
    """ The job's id. """
    status: str | Unset = UNSET
    """ `Pending` (vendor), then `Completed`, or `Failed` when no device could be changed (the
    mock's).
     """
    devices: int | Unset = UNSET
    """ How many devices the request named. """
    applied: int | Unset = UNSET
    """ How many were changed. """
    failed: int | Unset = UNSET
    """ How many were not. """
    errors: list[BulkSetTagsError] | Unset = UNSET
    """ With `detailed=true`, the devices not changed and why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status = self.status

        devices = self.devices

        applied = self.applied

        failed = self.failed

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if devices is not UNSET:
            field_dict["devices"] = devices
        if applied is not UNSET:
            field_dict["applied"] = applied
        if failed is not UNSET:
            field_dict["failed"] = failed
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_set_tags_error import BulkSetTagsError  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        status = d.pop("status", UNSET)

        devices = d.pop("devices", UNSET)

        applied = d.pop("applied", UNSET)

        failed = d.pop("failed", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[BulkSetTagsError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkSetTagsError.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_set_tags_status = cls(
            request_id=request_id,
            status=status,
            devices=devices,
            applied=applied,
            failed=failed,
            errors=errors,
        )

        bulk_set_tags_status.additional_properties = d
        return bulk_set_tags_status

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

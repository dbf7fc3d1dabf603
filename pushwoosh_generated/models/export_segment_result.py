# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportSegmentResult")


@_attrs_define
class ExportSegmentResult:
    """The state of an export. When `completed`, the link (`filename`, the vendor's name, or
    `csv_filename`, Pushwoosh's tool's: read the first present) leads to a ZIP archive holding
    one CSV or JSON file named `export_segment_<APPCODE>_<unixtime>.csv` (or `.json`). The CSV
    has the columns `Hwid`, `User ID`, `Push Token`, `Type`, `Type (humanized)` and one per
    tag, or only those `exportData` asked for.

    """

    status: str
    """ `in-progress`, `completed` or `failed` (other values may come: they mean not done yet). """
    progress: int | Unset = UNSET
    """ While `in-progress`, the percentage done (0 to 100). """
    devices_count: int | Unset = UNSET
    """ When `completed`, how many devices the segment holds. """
    filename: str | Unset = UNSET
    """ When `completed`, the file's URL (the vendor's name for it). """
    csv_filename: str | Unset = UNSET
    """ When `completed`, the file's URL (the name Pushwoosh's tool reads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        progress = self.progress

        devices_count = self.devices_count

        filename = self.filename

        csv_filename = self.csv_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if devices_count is not UNSET:
            field_dict["devices_count"] = devices_count
        if filename is not UNSET:
            field_dict["filename"] = filename
        if csv_filename is not UNSET:
            field_dict["csv_filename"] = csv_filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        progress = d.pop("progress", UNSET)

        devices_count = d.pop("devices_count", UNSET)

        filename = d.pop("filename", UNSET)

        csv_filename = d.pop("csv_filename", UNSET)

        export_segment_result = cls(
            status=status,
            progress=progress,
            devices_count=devices_count,
            filename=filename,
            csv_filename=csv_filename,
        )

        export_segment_result.additional_properties = d
        return export_segment_result

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

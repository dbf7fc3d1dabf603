# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_segment_body_export_data_item import ExportSegmentBodyExportDataItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportSegmentBody")


@_attrs_define
class ExportSegmentBody:
    """The flat body of exportSegment: `auth`, and the segment as `filterExpression` or
    `filterCode` (one of them; the vendor's table marks filterExpression required and says
    filterCode "can be used instead", inferred). The application is named inside the
    expression (`A("XXXXX-XXXXX")`).

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    filter_expression: str | Unset = UNSET
    """ The segment, in the segmentation language
    (`A("00000-00000", [ios], [with_tokens]) * AT("00000-00000", "Last Application Open", daysago, gt, 3)`).
     """
    filter_code: str | Unset = UNSET
    """ A saved segment's code, instead of filterExpression. """
    export_data: list[ExportSegmentBodyExportDataItem] | Unset = UNSET
    """ The data the file holds: `hwids`, `push_tokens`, `users`, `tags` ("the file
    downloaded will contain the data requested only"); all of it when absent.
     """
    format_: str | Unset = UNSET
    """ CSV or JSON output. The vendor's allowed values were not readable; the mock takes
    `csv` (its default) or `json`, in any case.
     """
    export_csv: bool | Unset = UNSET
    """ False counts the devices without writing a file (sent by Pushwoosh's tool; not in
    the vendor's table).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        filter_expression = self.filter_expression

        filter_code = self.filter_code

        export_data: list[str] | Unset = UNSET
        if not isinstance(self.export_data, Unset):
            export_data = []
            for export_data_item_data in self.export_data:
                export_data_item = export_data_item_data.value
                export_data.append(export_data_item)

        format_ = self.format_

        export_csv = self.export_csv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if filter_expression is not UNSET:
            field_dict["filterExpression"] = filter_expression
        if filter_code is not UNSET:
            field_dict["filterCode"] = filter_code
        if export_data is not UNSET:
            field_dict["exportData"] = export_data
        if format_ is not UNSET:
            field_dict["format"] = format_
        if export_csv is not UNSET:
            field_dict["exportCsv"] = export_csv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        filter_expression = d.pop("filterExpression", UNSET)

        filter_code = d.pop("filterCode", UNSET)

        _export_data = d.pop("exportData", UNSET)
        export_data: list[ExportSegmentBodyExportDataItem] | Unset = UNSET
        if _export_data is not UNSET:
            export_data = []
            for export_data_item_data in _export_data:
                export_data_item = ExportSegmentBodyExportDataItem(export_data_item_data)

                export_data.append(export_data_item)

        format_ = d.pop("format", UNSET)

        export_csv = d.pop("exportCsv", UNSET)

        export_segment_body = cls(
            auth=auth,
            filter_expression=filter_expression,
            filter_code=filter_code,
            export_data=export_data,
            format_=format_,
            export_csv=export_csv,
        )

        export_segment_body.additional_properties = d
        return export_segment_body

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

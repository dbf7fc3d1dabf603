# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportSegmentResultBody")


@_attrs_define
class ExportSegmentResultBody:
    """The flat body of getExportSegmentResult."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    task_id: int | str
    """ The id exportSegment answered. Pushwoosh's tool sends it as a string; a number is
    accepted too (the mock's), so that the start's answer passes through unchanged.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        task_id: int | str
        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        def _parse_task_id(data: object) -> int | str:
            return cast(int | str, data)

        task_id = _parse_task_id(d.pop("task_id"))

        export_segment_result_body = cls(
            auth=auth,
            task_id=task_id,
        )

        export_segment_result_body.additional_properties = d
        return export_segment_result_body

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_metrics import MessageMetrics
    from ..models.push_details import PushDetails


T = TypeVar("T", bound="PushInfo")


@_attrs_define
class PushInfo:
    """A push message's details and counts."""

    details: PushDetails | Unset = UNSET
    """ What a push message was sent with. """
    metrics: list[MessageMetrics] | Unset = UNSET
    """ Its counts, one entry per platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if details is not UNSET:
            field_dict["details"] = details
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_metrics import MessageMetrics  # noqa: PLC0415
        from ..models.push_details import PushDetails  # noqa: PLC0415

        d = dict(src_dict)
        _details = d.pop("details", UNSET)
        details: PushDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = PushDetails.from_dict(_details)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[MessageMetrics] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = MessageMetrics.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        push_info = cls(
            details=details,
            metrics=metrics,
        )

        push_info.additional_properties = d
        return push_info

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

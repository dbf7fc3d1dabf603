# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interval_conversion import IntervalConversion
    from ..models.interval_metrics import IntervalMetrics


T = TypeVar("T", bound="TotalsByIntervalsAnswer")


@_attrs_define
class TotalsByIntervalsAnswer:
    """A message's counts by hour and platform, and its conversion."""

    metrics: list[IntervalMetrics] | Unset = UNSET
    """ One entry per hour and platform. """
    conversion: IntervalConversion | Unset = UNSET
    """ The message's totals and the events after it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion, Unset):
            conversion = self.conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_conversion import IntervalConversion  # noqa: PLC0415
        from ..models.interval_metrics import IntervalMetrics  # noqa: PLC0415

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: list[IntervalMetrics] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = IntervalMetrics.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        _conversion = d.pop("conversion", UNSET)
        conversion: IntervalConversion | Unset
        if isinstance(_conversion, Unset):
            conversion = UNSET
        else:
            conversion = IntervalConversion.from_dict(_conversion)

        totals_by_intervals_answer = cls(
            metrics=metrics,
            conversion=conversion,
        )

        totals_by_intervals_answer.additional_properties = d
        return totals_by_intervals_answer

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

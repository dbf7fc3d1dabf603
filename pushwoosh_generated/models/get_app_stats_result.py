# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_row import StatisticsRow


T = TypeVar("T", bound="GetAppStatsResult")


@_attrs_define
class GetAppStatsResult:
    """An application's counts per interval, as getResults answers them."""

    formatter: str
    """ The interval of the rows (`yearly`, `monthly`, `daily`, `hourly` or `minutely`). """
    rows: list[StatisticsRow]
    """ One count per interval and action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatter = self.formatter

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formatter": formatter,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_row import StatisticsRow  # noqa: PLC0415

        d = dict(src_dict)
        formatter = d.pop("formatter")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = StatisticsRow.from_dict(rows_item_data)

            rows.append(rows_item)

        get_app_stats_result = cls(
            formatter=formatter,
            rows=rows,
        )

        get_app_stats_result.additional_properties = d
        return get_app_stats_result

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

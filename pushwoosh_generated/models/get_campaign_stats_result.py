# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_statistics_row import CampaignStatisticsRow
    from ..models.conversion import Conversion


T = TypeVar("T", bound="GetCampaignStatsResult")


@_attrs_define
class GetCampaignStatsResult:
    """A campaign's counts per hour and platform, as getResults answers them."""

    formatter: str
    """ The interval of the rows (`hourly`). """
    rows: list[CampaignStatisticsRow]
    """ One count per hour, action and platform. """
    conversion: Conversion | Unset = UNSET
    """ The message's totals, when goal tracking is allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatter = self.formatter

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion, Unset):
            conversion = self.conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formatter": formatter,
                "rows": rows,
            }
        )
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_statistics_row import CampaignStatisticsRow  # noqa: PLC0415
        from ..models.conversion import Conversion  # noqa: PLC0415

        d = dict(src_dict)
        formatter = d.pop("formatter")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CampaignStatisticsRow.from_dict(rows_item_data)

            rows.append(rows_item)

        _conversion = d.pop("conversion", UNSET)
        conversion: Conversion | Unset
        if isinstance(_conversion, Unset):
            conversion = UNSET
        else:
            conversion = Conversion.from_dict(_conversion)

        get_campaign_stats_result = cls(
            formatter=formatter,
            rows=rows,
            conversion=conversion,
        )

        get_campaign_stats_result.additional_properties = d
        return get_campaign_stats_result

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

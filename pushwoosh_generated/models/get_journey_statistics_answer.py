# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.journey_statistics import JourneyStatistics


T = TypeVar("T", bound="GetJourneyStatisticsAnswer")


@_attrs_define
class GetJourneyStatisticsAnswer:
    """The answer of the journey statistics GET, the statistics in `payload` (vendor)."""

    payload: JourneyStatistics
    """ A journey's title and its points' statistics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_statistics import JourneyStatistics  # noqa: PLC0415

        d = dict(src_dict)
        payload = JourneyStatistics.from_dict(d.pop("payload"))

        get_journey_statistics_answer = cls(
            payload=payload,
        )

        get_journey_statistics_answer.additional_properties = d
        return get_journey_statistics_answer

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

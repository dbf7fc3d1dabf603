# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_point_statistics import JourneyPointStatistics


T = TypeVar("T", bound="JourneyStatistics")


@_attrs_define
class JourneyStatistics:
    """A journey's title and its points' statistics."""

    title: str | Unset = UNSET
    """ The journey's title. """
    points: list[JourneyPointStatistics] | Unset = UNSET
    """ The journey's points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_point_statistics import JourneyPointStatistics  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _points = d.pop("points", UNSET)
        points: list[JourneyPointStatistics] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = JourneyPointStatistics.from_dict(points_item_data)

                points.append(points_item)

        journey_statistics = cls(
            title=title,
            points=points,
        )

        journey_statistics.additional_properties = d
        return journey_statistics

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finish_journey_answer_comments_item import FinishJourneyAnswerCommentsItem
    from ..models.finish_journey_answer_points_item import FinishJourneyAnswerPointsItem
    from ..models.journey_info import JourneyInfo


T = TypeVar("T", bound="FinishJourneyAnswer")


@_attrs_define
class FinishJourneyAnswer:
    """The journey object after the finish; `info.status` is the new state (vendor)."""

    info: JourneyInfo
    """ The `info` of the journey object the lifecycle methods answer: the Journey ID, title,
    state and journey-wide settings (vendor). Unknown fields are accepted.
     """
    points: list[FinishJourneyAnswerPointsItem] | Unset = UNSET
    """ The journey's points (open objects here; the vendor's point reference is not modelled). """
    comments: list[FinishJourneyAnswerCommentsItem] | Unset = UNSET
    """ The canvas comments (open objects here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finish_journey_answer_comments_item import FinishJourneyAnswerCommentsItem  # noqa: PLC0415
        from ..models.finish_journey_answer_points_item import FinishJourneyAnswerPointsItem  # noqa: PLC0415
        from ..models.journey_info import JourneyInfo  # noqa: PLC0415

        d = dict(src_dict)
        info = JourneyInfo.from_dict(d.pop("info"))

        _points = d.pop("points", UNSET)
        points: list[FinishJourneyAnswerPointsItem] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = FinishJourneyAnswerPointsItem.from_dict(points_item_data)

                points.append(points_item)

        _comments = d.pop("comments", UNSET)
        comments: list[FinishJourneyAnswerCommentsItem] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = FinishJourneyAnswerCommentsItem.from_dict(comments_item_data)

                comments.append(comments_item)

        finish_journey_answer = cls(
            info=info,
            points=points,
            comments=comments,
        )

        finish_journey_answer.additional_properties = d
        return finish_journey_answer

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

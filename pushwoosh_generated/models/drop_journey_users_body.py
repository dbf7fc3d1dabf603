# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DropJourneyUsersBody")


@_attrs_define
class DropJourneyUsersBody:
    """The flat body of drop-users: the `user_ids`, and `journey_uuids` unless `all_journeys` is
    true (vendor: "Required if all_journeys is not provided or false").

    """

    user_ids: list[str]
    """ The user IDs to remove from journeys. """
    journey_uuids: list[str] | Unset = UNSET
    """ The Journey IDs of the journeys to remove them from. """
    all_journeys: bool | Unset = UNSET
    """ Remove them from every active journey. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        journey_uuids: list[str] | Unset = UNSET
        if not isinstance(self.journey_uuids, Unset):
            journey_uuids = self.journey_uuids

        all_journeys = self.all_journeys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_ids": user_ids,
            }
        )
        if journey_uuids is not UNSET:
            field_dict["journey_uuids"] = journey_uuids
        if all_journeys is not UNSET:
            field_dict["all_journeys"] = all_journeys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_ids = cast(list[str], d.pop("user_ids"))

        journey_uuids = cast(list[str], d.pop("journey_uuids", UNSET))

        all_journeys = d.pop("all_journeys", UNSET)

        drop_journey_users_body = cls(
            user_ids=user_ids,
            journey_uuids=journey_uuids,
            all_journeys=all_journeys,
        )

        drop_journey_users_body.additional_properties = d
        return drop_journey_users_body

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_journey_for_users_payload_attribute_values import (
        StartJourneyForUsersPayloadAttributeValues,
    )


T = TypeVar("T", bound="StartJourneyForUsersPayload")


@_attrs_define
class StartJourneyForUsersPayload:
    """Who enters the journey: exactly one of `users`, `hwids` or `filter` (vendor: "You must
    provide exactly one", each "mutually exclusive" with the others), and optionally
    `attribute_values`.

    """

    users: list[str] | Unset = UNSET
    """ User IDs to enter. """
    hwids: list[str] | Unset = UNSET
    """ HWIDs to enter. """
    filter_: str | Unset = UNSET
    """ A segment-language expression selecting the audience, such as `A("XXXXX-XXXXX").tags("City").eq("London")`.
    """
    attribute_values: StartJourneyForUsersPayloadAttributeValues | Unset = UNSET
    """ Values for the custom attributes defined on the API entry point; each key must match a configured attribute
    name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        hwids: list[str] | Unset = UNSET
        if not isinstance(self.hwids, Unset):
            hwids = self.hwids

        filter_ = self.filter_

        attribute_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_values, Unset):
            attribute_values = self.attribute_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if hwids is not UNSET:
            field_dict["hwids"] = hwids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if attribute_values is not UNSET:
            field_dict["attribute_values"] = attribute_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_journey_for_users_payload_attribute_values import (
            StartJourneyForUsersPayloadAttributeValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        users = cast(list[str], d.pop("users", UNSET))

        hwids = cast(list[str], d.pop("hwids", UNSET))

        filter_ = d.pop("filter", UNSET)

        _attribute_values = d.pop("attribute_values", UNSET)
        attribute_values: StartJourneyForUsersPayloadAttributeValues | Unset
        if isinstance(_attribute_values, Unset):
            attribute_values = UNSET
        else:
            attribute_values = StartJourneyForUsersPayloadAttributeValues.from_dict(
                _attribute_values
            )

        start_journey_for_users_payload = cls(
            users=users,
            hwids=hwids,
            filter_=filter_,
            attribute_values=attribute_values,
        )

        start_journey_for_users_payload.additional_properties = d
        return start_journey_for_users_payload

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

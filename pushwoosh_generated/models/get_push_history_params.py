# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPushHistoryParams")


@_attrs_define
class GetPushHistoryParams:
    """Requires `auth`; the rest narrows the list and pages it."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    source: None | str | Unset = UNSET
    """ Where the messages came from (`CP`, `API`, `GeoZone`, `Beacon`, `RSS`, `AutoPush`, `Twitter`, `A/B Test`);
    null for all. """
    search_by: None | str | Unset = UNSET
    """ What `value` is: `notificationID`, `notificationCode`, `applicationCode` or `campaignCode`; null for no
    search. """
    value: str | Unset = UNSET
    """ The id, message code, application code or campaign code searched. """
    last_notification_id: int | Unset = UNSET
    """ 0 for the first page, then the `id` of the last row received. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        search_by: None | str | Unset
        if isinstance(self.search_by, Unset):
            search_by = UNSET
        else:
            search_by = self.search_by

        value = self.value

        last_notification_id = self.last_notification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if search_by is not UNSET:
            field_dict["searchBy"] = search_by
        if value is not UNSET:
            field_dict["value"] = value
        if last_notification_id is not UNSET:
            field_dict["lastNotificationID"] = last_notification_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_search_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_by = _parse_search_by(d.pop("searchBy", UNSET))

        value = d.pop("value", UNSET)

        last_notification_id = d.pop("lastNotificationID", UNSET)

        get_push_history_params = cls(
            auth=auth,
            source=source,
            search_by=search_by,
            value=value,
            last_notification_id=last_notification_id,
        )

        get_push_history_params.additional_properties = d
        return get_push_history_params

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

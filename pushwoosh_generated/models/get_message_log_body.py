# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_log_action import MessageLogAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageLogBody")


@_attrs_define
class GetMessageLogBody:
    """The flat body of getMessageLog: at least one of `message_id`, `message_code`,
    `campaign_code`, `hwid`, `user_id`, or `date_from` with `date_to` (vendor).

    """

    message_id: int | Unset = UNSET
    """ A message's id, from the message history (`12345678900`). """
    message_code: str | Unset = UNSET
    """ A message's code (`A444-AAABBBCC-00112233`). """
    campaign_code: str | Unset = UNSET
    """ A campaign's code (`AAAAA-XXXXX`). """
    hwid: list[str] | str | Unset = UNSET
    """ One hwid, or a list of them ("String or Array"). """
    user_id: str | Unset = UNSET
    """ A user ID. """
    application_code: str | Unset = UNSET
    """ An application code. """
    date_from: str | Unset = UNSET
    """ The start, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today. """
    date_to: str | Unset = UNSET
    """ The end, `YYYY-MM-DD HH:mm:ss`; at most 30 days from today. """
    limit: int | Unset = UNSET
    """ Rows a page, at most 100,000 (a Pushwoosh employee's library asks 1,000). """
    pagination_token: str | Unset = UNSET
    """ The previous page's `pagination_token`, for the next page. """
    actions: list[MessageLogAction] | Unset = UNSET
    """ The actions to list; all when absent. """
    platforms: list[str] | Unset = UNSET
    """ Platform names, lower case: `ios`, `blackberry`, `android`, `windows phone`, `osx`,
    `windows`, `amazon`, `safari`, `chrome`, `firefox`, `ie`, `email`, `baidu android`,
    `huawei android`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        message_code = self.message_code

        campaign_code = self.campaign_code

        hwid: list[str] | str | Unset
        if isinstance(self.hwid, Unset):
            hwid = UNSET
        elif isinstance(self.hwid, list):
            hwid = self.hwid

        else:
            hwid = self.hwid

        user_id = self.user_id

        application_code = self.application_code

        date_from = self.date_from

        date_to = self.date_to

        limit = self.limit

        pagination_token = self.pagination_token

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message_code is not UNSET:
            field_dict["message_code"] = message_code
        if campaign_code is not UNSET:
            field_dict["campaign_code"] = campaign_code
        if hwid is not UNSET:
            field_dict["hwid"] = hwid
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if application_code is not UNSET:
            field_dict["application_code"] = application_code
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination_token is not UNSET:
            field_dict["pagination_token"] = pagination_token
        if actions is not UNSET:
            field_dict["actions"] = actions
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        message_code = d.pop("message_code", UNSET)

        campaign_code = d.pop("campaign_code", UNSET)

        def _parse_hwid(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hwid_type_1 = cast(list[str], data)

                return hwid_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        hwid = _parse_hwid(d.pop("hwid", UNSET))

        user_id = d.pop("user_id", UNSET)

        application_code = d.pop("application_code", UNSET)

        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        limit = d.pop("limit", UNSET)

        pagination_token = d.pop("pagination_token", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[MessageLogAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = MessageLogAction(actions_item_data)

                actions.append(actions_item)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        get_message_log_body = cls(
            message_id=message_id,
            message_code=message_code,
            campaign_code=campaign_code,
            hwid=hwid,
            user_id=user_id,
            application_code=application_code,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            pagination_token=pagination_token,
            actions=actions,
            platforms=platforms,
        )

        get_message_log_body.additional_properties = d
        return get_message_log_body

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

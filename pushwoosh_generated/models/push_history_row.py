# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushHistoryRow")


@_attrs_define
class PushHistoryRow:
    """A message sent (only `id` is shown by a source; the other fields are the mock's)."""

    id: int
    """ The message's id; the next page starts below it. """
    code: None | str | Unset = UNSET
    """ Its code (null without one). """
    application: None | str | Unset = UNSET
    """ Its application. """
    campaign: None | str | Unset = UNSET
    """ Its campaign code. """
    source: str | Unset = UNSET
    """ Where it came from (`API`). """
    send_date: str | Unset = UNSET
    """ When it goes or went out, UTC, `YYYY-MM-DD HH:mm`. """
    created: str | Unset = UNSET
    """ When it was created, UTC, `YYYY-MM-DD HH:mm`. """
    status: str | Unset = UNSET
    """ `sent`, `scheduled`, `cancelled` or `deleted`. """
    content: Any | Unset = UNSET
    """ The content it was created with. """
    recipients: int | Unset = UNSET
    """ How many devices it reaches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        application: None | str | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        else:
            application = self.application

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        source = self.source

        send_date = self.send_date

        created = self.created

        status = self.status

        content = self.content

        recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if application is not UNSET:
            field_dict["application"] = application
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if source is not UNSET:
            field_dict["source"] = source
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_application(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        source = d.pop("source", UNSET)

        send_date = d.pop("send_date", UNSET)

        created = d.pop("created", UNSET)

        status = d.pop("status", UNSET)

        content = d.pop("content", UNSET)

        recipients = d.pop("recipients", UNSET)

        push_history_row = cls(
            id=id,
            code=code,
            application=application,
            campaign=campaign,
            source=source,
            send_date=send_date,
            created=created,
            status=status,
            content=content,
            recipients=recipients,
        )

        push_history_row.additional_properties = d
        return push_history_row

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

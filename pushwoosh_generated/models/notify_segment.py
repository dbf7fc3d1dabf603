# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_message_type import NotifyMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_payload import NotifyPayload
    from ..models.notify_schedule import NotifySchedule
    from ..models.notify_segment_dynamic_content_placeholders import (
        NotifySegmentDynamicContentPlaceholders,
    )
    from ..models.notify_segment_email_payload import NotifySegmentEmailPayload
    from ..models.notify_segment_filter_expression import NotifySegmentFilterExpression
    from ..models.notify_segment_frequency_capping import NotifySegmentFrequencyCapping
    from ..models.notify_segment_meta_data import NotifySegmentMetaData
    from ..models.notify_segment_send_rate import NotifySegmentSendRate


T = TypeVar("T", bound="NotifySegment")


@_attrs_define
class NotifySegment:
    """A message to the devices of a segment (vendor table): `code`, `expression` and
    `filter_expression` are mutually exclusive (none: every device of the application on the
    platforms, the mock's reading), as are `payload` and `email_payload`.

    """

    schedule: NotifySchedule
    """ When to send: at a time (`at`) or after a delay (`after`). No vendor table was readable;
    the fields are a third-party library's.
     """
    application: str | Unset = UNSET
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    platforms: list[str] | Unset = UNSET
    """ The platforms (`["IOS", "ANDROID"]`). """
    code: str | Unset = UNSET
    """ A segment's code. """
    expression: str | Unset = UNSET
    """ A segment-language expression (`A("XXXXX-XXXXX")`). """
    filter_expression: NotifySegmentFilterExpression | Unset = UNSET
    """ A structured filter expression (its fields are not documented). """
    payload: NotifyPayload | Unset = UNSET
    """ A push, SMS or messenger message (vendor); its fields are a third-party library's (the
    vendor's table was not readable). Another client's `data` is accepted as an unknown field.
     """
    email_payload: NotifySegmentEmailPayload | Unset = UNSET
    """ An email message (its fields are not documented). """
    campaign: str | Unset = UNSET
    """ A campaign's code. """
    frequency_capping: NotifySegmentFrequencyCapping | Unset = UNSET
    """ Frequency capping (its fields are not documented). """
    send_rate: NotifySegmentSendRate | Unset = UNSET
    """ The send rate (its fields are not documented). """
    message_type: NotifyMessageType | Unset = UNSET
    """ `MESSAGE_TYPE_MARKETING` (the default) or `MESSAGE_TYPE_TRANSACTIONAL`; "controls control-group filtering".
    """
    dynamic_content_placeholders: NotifySegmentDynamicContentPlaceholders | Unset = UNSET
    """ Values of the content's placeholders, by name. """
    meta_data: NotifySegmentMetaData | Unset = UNSET
    """ Data "forwarded to downstream analytics". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        application = self.application

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        code = self.code

        expression = self.expression

        filter_expression: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_expression, Unset):
            filter_expression = self.filter_expression.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        email_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_payload, Unset):
            email_payload = self.email_payload.to_dict()

        campaign = self.campaign

        frequency_capping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency_capping, Unset):
            frequency_capping = self.frequency_capping.to_dict()

        send_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_rate, Unset):
            send_rate = self.send_rate.to_dict()

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        dynamic_content_placeholders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = self.dynamic_content_placeholders.to_dict()

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if code is not UNSET:
            field_dict["code"] = code
        if expression is not UNSET:
            field_dict["expression"] = expression
        if filter_expression is not UNSET:
            field_dict["filter_expression"] = filter_expression
        if payload is not UNSET:
            field_dict["payload"] = payload
        if email_payload is not UNSET:
            field_dict["email_payload"] = email_payload
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if frequency_capping is not UNSET:
            field_dict["frequency_capping"] = frequency_capping
        if send_rate is not UNSET:
            field_dict["send_rate"] = send_rate
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if dynamic_content_placeholders is not UNSET:
            field_dict["dynamic_content_placeholders"] = dynamic_content_placeholders
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_payload import NotifyPayload  # noqa: PLC0415
        from ..models.notify_schedule import NotifySchedule  # noqa: PLC0415
        from ..models.notify_segment_dynamic_content_placeholders import (
            NotifySegmentDynamicContentPlaceholders,  # noqa: PLC0415
        )
        from ..models.notify_segment_email_payload import NotifySegmentEmailPayload  # noqa: PLC0415
        from ..models.notify_segment_filter_expression import NotifySegmentFilterExpression  # noqa: PLC0415
        from ..models.notify_segment_frequency_capping import NotifySegmentFrequencyCapping  # noqa: PLC0415
        from ..models.notify_segment_meta_data import NotifySegmentMetaData  # noqa: PLC0415
        from ..models.notify_segment_send_rate import NotifySegmentSendRate  # noqa: PLC0415

        d = dict(src_dict)
        schedule = NotifySchedule.from_dict(d.pop("schedule"))

        application = d.pop("application", UNSET)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        code = d.pop("code", UNSET)

        expression = d.pop("expression", UNSET)

        _filter_expression = d.pop("filter_expression", UNSET)
        filter_expression: NotifySegmentFilterExpression | Unset
        if isinstance(_filter_expression, Unset):
            filter_expression = UNSET
        else:
            filter_expression = NotifySegmentFilterExpression.from_dict(_filter_expression)

        _payload = d.pop("payload", UNSET)
        payload: NotifyPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = NotifyPayload.from_dict(_payload)

        _email_payload = d.pop("email_payload", UNSET)
        email_payload: NotifySegmentEmailPayload | Unset
        if isinstance(_email_payload, Unset):
            email_payload = UNSET
        else:
            email_payload = NotifySegmentEmailPayload.from_dict(_email_payload)

        campaign = d.pop("campaign", UNSET)

        _frequency_capping = d.pop("frequency_capping", UNSET)
        frequency_capping: NotifySegmentFrequencyCapping | Unset
        if isinstance(_frequency_capping, Unset):
            frequency_capping = UNSET
        else:
            frequency_capping = NotifySegmentFrequencyCapping.from_dict(_frequency_capping)

        _send_rate = d.pop("send_rate", UNSET)
        send_rate: NotifySegmentSendRate | Unset
        if isinstance(_send_rate, Unset):
            send_rate = UNSET
        else:
            send_rate = NotifySegmentSendRate.from_dict(_send_rate)

        _message_type = d.pop("message_type", UNSET)
        message_type: NotifyMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = NotifyMessageType(_message_type)

        _dynamic_content_placeholders = d.pop("dynamic_content_placeholders", UNSET)
        dynamic_content_placeholders: NotifySegmentDynamicContentPlaceholders | Unset
        if isinstance(_dynamic_content_placeholders, Unset):
            dynamic_content_placeholders = UNSET
        else:
            dynamic_content_placeholders = NotifySegmentDynamicContentPlaceholders.from_dict(
                _dynamic_content_placeholders
            )

        _meta_data = d.pop("meta_data", UNSET)
        meta_data: NotifySegmentMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = NotifySegmentMetaData.from_dict(_meta_data)

        notify_segment = cls(
            schedule=schedule,
            application=application,
            platforms=platforms,
            code=code,
            expression=expression,
            filter_expression=filter_expression,
            payload=payload,
            email_payload=email_payload,
            campaign=campaign,
            frequency_capping=frequency_capping,
            send_rate=send_rate,
            message_type=message_type,
            dynamic_content_placeholders=dynamic_content_placeholders,
            meta_data=meta_data,
        )

        notify_segment.additional_properties = d
        return notify_segment

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

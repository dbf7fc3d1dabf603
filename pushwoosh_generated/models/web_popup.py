# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_popup_device_type import WebPopupDeviceType
from ..models.web_popup_frequency import WebPopupFrequency
from ..models.web_popup_visitors_type import WebPopupVisitorsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_rule import PageRule


T = TypeVar("T", bound="WebPopup")


@_attrs_define
class WebPopup:
    """A popup form and its targeting."""

    code: str
    """ The popup form code. """
    device_type: WebPopupDeviceType
    """ Which devices show it. """
    visitors_type: WebPopupVisitorsType
    """ Which visitors see it. """
    matching_pages: list[str]
    """ Pages that show it. """
    delay: float
    """ Seconds before it is shown. """
    frequency: WebPopupFrequency
    """ How often it is shown. """
    popup_form_content_code: str | Unset = UNSET
    """ The content code for getPopupFormContent; empty when the popup is a subscription form. """
    subscription_form_code: str | Unset = UNSET
    """ The hosted subscription form code; empty when the popup has content. """
    matching_page_rules: list[PageRule] | Unset = UNSET
    """ Pages that show it, with an operator (preferred over matching_pages; absent on older backends). """
    excluded_pages: list[PageRule] | Unset = UNSET
    """ Pages that never show it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        device_type = self.device_type.value

        visitors_type = self.visitors_type.value

        matching_pages = self.matching_pages

        delay = self.delay

        frequency = self.frequency.value

        popup_form_content_code = self.popup_form_content_code

        subscription_form_code = self.subscription_form_code

        matching_page_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matching_page_rules, Unset):
            matching_page_rules = []
            for matching_page_rules_item_data in self.matching_page_rules:
                matching_page_rules_item = matching_page_rules_item_data.to_dict()
                matching_page_rules.append(matching_page_rules_item)

        excluded_pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_pages, Unset):
            excluded_pages = []
            for excluded_pages_item_data in self.excluded_pages:
                excluded_pages_item = excluded_pages_item_data.to_dict()
                excluded_pages.append(excluded_pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "device_type": device_type,
                "visitors_type": visitors_type,
                "matching_pages": matching_pages,
                "delay": delay,
                "frequency": frequency,
            }
        )
        if popup_form_content_code is not UNSET:
            field_dict["popup_form_content_code"] = popup_form_content_code
        if subscription_form_code is not UNSET:
            field_dict["subscription_form_code"] = subscription_form_code
        if matching_page_rules is not UNSET:
            field_dict["matching_page_rules"] = matching_page_rules
        if excluded_pages is not UNSET:
            field_dict["excluded_pages"] = excluded_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_rule import PageRule  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        device_type = WebPopupDeviceType(d.pop("device_type"))

        visitors_type = WebPopupVisitorsType(d.pop("visitors_type"))

        matching_pages = cast(list[str], d.pop("matching_pages"))

        delay = d.pop("delay")

        frequency = WebPopupFrequency(d.pop("frequency"))

        popup_form_content_code = d.pop("popup_form_content_code", UNSET)

        subscription_form_code = d.pop("subscription_form_code", UNSET)

        _matching_page_rules = d.pop("matching_page_rules", UNSET)
        matching_page_rules: list[PageRule] | Unset = UNSET
        if _matching_page_rules is not UNSET:
            matching_page_rules = []
            for matching_page_rules_item_data in _matching_page_rules:
                matching_page_rules_item = PageRule.from_dict(matching_page_rules_item_data)

                matching_page_rules.append(matching_page_rules_item)

        _excluded_pages = d.pop("excluded_pages", UNSET)
        excluded_pages: list[PageRule] | Unset = UNSET
        if _excluded_pages is not UNSET:
            excluded_pages = []
            for excluded_pages_item_data in _excluded_pages:
                excluded_pages_item = PageRule.from_dict(excluded_pages_item_data)

                excluded_pages.append(excluded_pages_item)

        web_popup = cls(
            code=code,
            device_type=device_type,
            visitors_type=visitors_type,
            matching_pages=matching_pages,
            delay=delay,
            frequency=frequency,
            popup_form_content_code=popup_form_content_code,
            subscription_form_code=subscription_form_code,
            matching_page_rules=matching_page_rules,
            excluded_pages=excluded_pages,
        )

        web_popup.additional_properties = d
        return web_popup

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

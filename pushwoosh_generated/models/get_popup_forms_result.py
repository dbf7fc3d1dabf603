# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_popup import WebPopup


T = TypeVar("T", bound="GetPopupFormsResult")


@_attrs_define
class GetPopupFormsResult:
    """The popup forms of the website."""

    popup_forms: list[WebPopup] | Unset = UNSET
    """ The popup forms (a missing list reads as empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        popup_forms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.popup_forms, Unset):
            popup_forms = []
            for popup_forms_item_data in self.popup_forms:
                popup_forms_item = popup_forms_item_data.to_dict()
                popup_forms.append(popup_forms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if popup_forms is not UNSET:
            field_dict["popup_forms"] = popup_forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_popup import WebPopup  # noqa: PLC0415

        d = dict(src_dict)
        _popup_forms = d.pop("popup_forms", UNSET)
        popup_forms: list[WebPopup] | Unset = UNSET
        if _popup_forms is not UNSET:
            popup_forms = []
            for popup_forms_item_data in _popup_forms:
                popup_forms_item = WebPopup.from_dict(popup_forms_item_data)

                popup_forms.append(popup_forms_item)

        get_popup_forms_result = cls(
            popup_forms=popup_forms,
        )

        get_popup_forms_result.additional_properties = d
        return get_popup_forms_result

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

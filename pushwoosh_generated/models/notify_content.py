# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_localized_content import NotifyLocalizedContent


T = TypeVar("T", bound="NotifyContent")


@_attrs_define
class NotifyContent:
    """The message's content."""

    localized_content: NotifyLocalizedContent | Unset = UNSET
    """ The content by language (`en`, or `default`), then by platform in lower case (`ios`,
    `android`, `huawei_android`, `chrome`, `safari`, `firefox`, `ie`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        localized_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.localized_content, Unset):
            localized_content = self.localized_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if localized_content is not UNSET:
            field_dict["localized_content"] = localized_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_localized_content import NotifyLocalizedContent  # noqa: PLC0415

        d = dict(src_dict)
        _localized_content = d.pop("localized_content", UNSET)
        localized_content: NotifyLocalizedContent | Unset
        if isinstance(_localized_content, Unset):
            localized_content = UNSET
        else:
            localized_content = NotifyLocalizedContent.from_dict(_localized_content)

        notify_content = cls(
            localized_content=localized_content,
        )

        notify_content.additional_properties = d
        return notify_content

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_open_action_deep_link import NotifyOpenActionDeepLink
    from ..models.notify_open_action_link import NotifyOpenActionLink
    from ..models.notify_open_action_rich_media import NotifyOpenActionRichMedia


T = TypeVar("T", bound="NotifyOpenAction")


@_attrs_define
class NotifyOpenAction:
    """What opening the message does (one of them)."""

    rich_media: NotifyOpenActionRichMedia | Unset = UNSET
    """ Open a rich media page (`code`, `url`). """
    deep_link: NotifyOpenActionDeepLink | Unset = UNSET
    """ Open a deep link (`code`, `params`). """
    link: NotifyOpenActionLink | Unset = UNSET
    """ Open a URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rich_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_media, Unset):
            rich_media = self.rich_media.to_dict()

        deep_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deep_link, Unset):
            deep_link = self.deep_link.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rich_media is not UNSET:
            field_dict["rich_media"] = rich_media
        if deep_link is not UNSET:
            field_dict["deep_link"] = deep_link
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_open_action_deep_link import NotifyOpenActionDeepLink  # noqa: PLC0415
        from ..models.notify_open_action_link import NotifyOpenActionLink  # noqa: PLC0415
        from ..models.notify_open_action_rich_media import NotifyOpenActionRichMedia  # noqa: PLC0415

        d = dict(src_dict)
        _rich_media = d.pop("rich_media", UNSET)
        rich_media: NotifyOpenActionRichMedia | Unset
        if isinstance(_rich_media, Unset):
            rich_media = UNSET
        else:
            rich_media = NotifyOpenActionRichMedia.from_dict(_rich_media)

        _deep_link = d.pop("deep_link", UNSET)
        deep_link: NotifyOpenActionDeepLink | Unset
        if isinstance(_deep_link, Unset):
            deep_link = UNSET
        else:
            deep_link = NotifyOpenActionDeepLink.from_dict(_deep_link)

        _link = d.pop("link", UNSET)
        link: NotifyOpenActionLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = NotifyOpenActionLink.from_dict(_link)

        notify_open_action = cls(
            rich_media=rich_media,
            deep_link=deep_link,
            link=link,
        )

        notify_open_action.additional_properties = d
        return notify_open_action

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_details_content import PushDetailsContent
    from ..models.push_platform_parameters import PushPlatformParameters


T = TypeVar("T", bound="PushDetails")


@_attrs_define
class PushDetails:
    """What a push message was sent with."""

    title: str | Unset = UNSET
    """ Its title. """
    filter_name: str | Unset = UNSET
    """ The segment it was sent to. """
    filter_code: str | Unset = UNSET
    """ That segment's code. """
    content: PushDetailsContent | Unset = UNSET
    """ Its content. """
    platform_parameters: PushPlatformParameters | Unset = UNSET
    """ A push message's per-platform settings, as messages:list details them. """
    follow_user_timezone: bool | Unset = UNSET
    """ Whether it was sent in each user's time zone. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        filter_name = self.filter_name

        filter_code = self.filter_code

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        platform_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_parameters, Unset):
            platform_parameters = self.platform_parameters.to_dict()

        follow_user_timezone = self.follow_user_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if filter_name is not UNSET:
            field_dict["filter_name"] = filter_name
        if filter_code is not UNSET:
            field_dict["filter_code"] = filter_code
        if content is not UNSET:
            field_dict["content"] = content
        if platform_parameters is not UNSET:
            field_dict["platform_parameters"] = platform_parameters
        if follow_user_timezone is not UNSET:
            field_dict["follow_user_timezone"] = follow_user_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_details_content import PushDetailsContent  # noqa: PLC0415
        from ..models.push_platform_parameters import PushPlatformParameters  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        filter_name = d.pop("filter_name", UNSET)

        filter_code = d.pop("filter_code", UNSET)

        _content = d.pop("content", UNSET)
        content: PushDetailsContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = PushDetailsContent.from_dict(_content)

        _platform_parameters = d.pop("platform_parameters", UNSET)
        platform_parameters: PushPlatformParameters | Unset
        if isinstance(_platform_parameters, Unset):
            platform_parameters = UNSET
        else:
            platform_parameters = PushPlatformParameters.from_dict(_platform_parameters)

        follow_user_timezone = d.pop("follow_user_timezone", UNSET)

        push_details = cls(
            title=title,
            filter_name=filter_name,
            filter_code=filter_code,
            content=content,
            platform_parameters=platform_parameters,
            follow_user_timezone=follow_user_timezone,
        )

        push_details.additional_properties = d
        return push_details

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_action import PresetAction
    from ..models.preset_content_message_type_1 import PresetContentMessageType1
    from ..models.preset_content_properties_item import PresetContentPropertiesItem
    from ..models.preset_content_subtitle_type_1 import PresetContentSubtitleType1
    from ..models.preset_content_title_type_1 import PresetContentTitleType1


T = TypeVar("T", bound="PresetContent")


@_attrs_define
class PresetContent:
    """A preset's message."""

    message: PresetContentMessageType1 | str
    """ The text, or one text per language (`{"en": …, "fr": …}`, "Only ISO 639-1:2002 for language codes"). """
    title: PresetContentTitleType1 | str | Unset = UNSET
    """ The title, or one per language ("ignored if platform-specific titles are set"). """
    subtitle: PresetContentSubtitleType1 | str | Unset = UNSET
    """ The subtitle, or one per language. """
    action: PresetAction | Unset = UNSET
    """ What opening the push does. """
    user_data: list[Any] | Unset = UNSET
    """ Custom data, "passed as u parameter in the payload (converted to JSON string)" (an array in the vendor's
    table). """
    properties: list[PresetContentPropertiesItem] | Unset = UNSET
    """ Platform-specific content ("refer to /createMessage"; an array in the vendor's table). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.preset_content_message_type_1 import PresetContentMessageType1  # noqa: PLC0415
        from ..models.preset_content_subtitle_type_1 import PresetContentSubtitleType1  # noqa: PLC0415
        from ..models.preset_content_title_type_1 import PresetContentTitleType1  # noqa: PLC0415

        message: dict[str, Any] | str
        if isinstance(self.message, PresetContentMessageType1):
            message = self.message.to_dict()
        else:
            message = self.message

        title: dict[str, Any] | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, PresetContentTitleType1):
            title = self.title.to_dict()
        else:
            title = self.title

        subtitle: dict[str, Any] | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        elif isinstance(self.subtitle, PresetContentSubtitleType1):
            subtitle = self.subtitle.to_dict()
        else:
            subtitle = self.subtitle

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        user_data: list[Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if action is not UNSET:
            field_dict["action"] = action
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_action import PresetAction  # noqa: PLC0415
        from ..models.preset_content_message_type_1 import PresetContentMessageType1  # noqa: PLC0415
        from ..models.preset_content_properties_item import PresetContentPropertiesItem  # noqa: PLC0415
        from ..models.preset_content_subtitle_type_1 import PresetContentSubtitleType1  # noqa: PLC0415
        from ..models.preset_content_title_type_1 import PresetContentTitleType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_message(data: object) -> PresetContentMessageType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_1 = PresetContentMessageType1.from_dict(data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PresetContentMessageType1 | str, data)

        message = _parse_message(d.pop("message"))

        def _parse_title(data: object) -> PresetContentTitleType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_1 = PresetContentTitleType1.from_dict(data)

                return title_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PresetContentTitleType1 | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_subtitle(data: object) -> PresetContentSubtitleType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtitle_type_1 = PresetContentSubtitleType1.from_dict(data)

                return subtitle_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PresetContentSubtitleType1 | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        _action = d.pop("action", UNSET)
        action: PresetAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = PresetAction.from_dict(_action)

        user_data = d.pop("userData", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[PresetContentPropertiesItem] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PresetContentPropertiesItem.from_dict(properties_item_data)

                properties.append(properties_item)

        preset_content = cls(
            message=message,
            title=title,
            subtitle=subtitle,
            action=action,
            user_data=user_data,
            properties=properties,
        )

        preset_content.additional_properties = d
        return preset_content

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

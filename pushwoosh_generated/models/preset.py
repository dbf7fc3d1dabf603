# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_content import PresetContent
    from ..models.preset_scheduling import PresetScheduling
    from ..models.preset_segmentation import PresetSegmentation


T = TypeVar("T", bound="Preset")


@_attrs_define
class Preset:
    """A preset, as the mock answers it (the fields createPreset takes, and its code)."""

    code: str | Unset = UNSET
    """ The preset's code. """
    name: str | Unset = UNSET
    """ Its name. """
    application_code: None | str | Unset = UNSET
    """ Its application. """
    application_group_code: None | str | Unset = UNSET
    """ Its application group. """
    campaign_code: None | str | Unset = UNSET
    """ Its campaign. """
    content: PresetContent | Unset = UNSET
    """ A preset's message. """
    scheduling: PresetScheduling | Unset = UNSET
    """ How fast the preset's message goes out. """
    segmentation: PresetSegmentation | Unset = UNSET
    """ Whom the preset's message reaches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        application_code: None | str | Unset
        if isinstance(self.application_code, Unset):
            application_code = UNSET
        else:
            application_code = self.application_code

        application_group_code: None | str | Unset
        if isinstance(self.application_group_code, Unset):
            application_group_code = UNSET
        else:
            application_group_code = self.application_group_code

        campaign_code: None | str | Unset
        if isinstance(self.campaign_code, Unset):
            campaign_code = UNSET
        else:
            campaign_code = self.campaign_code

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        segmentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation, Unset):
            segmentation = self.segmentation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if application_code is not UNSET:
            field_dict["applicationCode"] = application_code
        if application_group_code is not UNSET:
            field_dict["applicationGroupCode"] = application_group_code
        if campaign_code is not UNSET:
            field_dict["campaignCode"] = campaign_code
        if content is not UNSET:
            field_dict["content"] = content
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_content import PresetContent  # noqa: PLC0415
        from ..models.preset_scheduling import PresetScheduling  # noqa: PLC0415
        from ..models.preset_segmentation import PresetSegmentation  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_application_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_code = _parse_application_code(d.pop("applicationCode", UNSET))

        def _parse_application_group_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_group_code = _parse_application_group_code(d.pop("applicationGroupCode", UNSET))

        def _parse_campaign_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_code = _parse_campaign_code(d.pop("campaignCode", UNSET))

        _content = d.pop("content", UNSET)
        content: PresetContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = PresetContent.from_dict(_content)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: PresetScheduling | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = PresetScheduling.from_dict(_scheduling)

        _segmentation = d.pop("segmentation", UNSET)
        segmentation: PresetSegmentation | Unset
        if isinstance(_segmentation, Unset):
            segmentation = UNSET
        else:
            segmentation = PresetSegmentation.from_dict(_segmentation)

        preset = cls(
            code=code,
            name=name,
            application_code=application_code,
            application_group_code=application_group_code,
            campaign_code=campaign_code,
            content=content,
            scheduling=scheduling,
            segmentation=segmentation,
        )

        preset.additional_properties = d
        return preset

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

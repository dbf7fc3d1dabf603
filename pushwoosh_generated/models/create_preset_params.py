# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_content import PresetContent
    from ..models.preset_scheduling import PresetScheduling
    from ..models.preset_segmentation import PresetSegmentation


T = TypeVar("T", bound="CreatePresetParams")


@_attrs_define
class CreatePresetParams:
    """Requires `auth`, `name`, `content`, `segmentation` and `applicationCode` (or
    `applicationGroupCode` instead). camelCase root fields.

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    name: str
    """ The preset's name. """
    content: PresetContent
    """ A preset's message. """
    segmentation: PresetSegmentation
    """ Whom the preset's message reaches. """
    application_code: str | Unset = UNSET
    """ The application's code. """
    application_group_code: str | Unset = UNSET
    """ An application group's code, "can be used instead of applicationCode". """
    campaign_code: str | Unset = UNSET
    """ The campaign the preset belongs to. """
    scheduling: PresetScheduling | Unset = UNSET
    """ How fast the preset's message goes out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        name = self.name

        content = self.content.to_dict()

        segmentation = self.segmentation.to_dict()

        application_code = self.application_code

        application_group_code = self.application_group_code

        campaign_code = self.campaign_code

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "name": name,
                "content": content,
                "segmentation": segmentation,
            }
        )
        if application_code is not UNSET:
            field_dict["applicationCode"] = application_code
        if application_group_code is not UNSET:
            field_dict["applicationGroupCode"] = application_group_code
        if campaign_code is not UNSET:
            field_dict["campaignCode"] = campaign_code
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_content import PresetContent  # noqa: PLC0415
        from ..models.preset_scheduling import PresetScheduling  # noqa: PLC0415
        from ..models.preset_segmentation import PresetSegmentation  # noqa: PLC0415

        d = dict(src_dict)
        auth = d.pop("auth")

        name = d.pop("name")

        content = PresetContent.from_dict(d.pop("content"))

        segmentation = PresetSegmentation.from_dict(d.pop("segmentation"))

        application_code = d.pop("applicationCode", UNSET)

        application_group_code = d.pop("applicationGroupCode", UNSET)

        campaign_code = d.pop("campaignCode", UNSET)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: PresetScheduling | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = PresetScheduling.from_dict(_scheduling)

        create_preset_params = cls(
            auth=auth,
            name=name,
            content=content,
            segmentation=segmentation,
            application_code=application_code,
            application_group_code=application_group_code,
            campaign_code=campaign_code,
            scheduling=scheduling,
        )

        create_preset_params.additional_properties = d
        return create_preset_params

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_info_params import JourneyInfoParams


T = TypeVar("T", bound="JourneyInfo")


@_attrs_define
class JourneyInfo:
    """The `info` of the journey object the lifecycle methods answer: the Journey ID, title,
    state and journey-wide settings (vendor). Unknown fields are accepted.

    """

    uuid: str
    """ The Journey ID. """
    status: str
    """ The journey's state: `STATUS_DRAFT` (being edited, processes no users),
    `STATUS_RUNNING` (active, processing users), `STATUS_PAUSED` (temporarily halted, can
    be resumed), `STATUS_FINISHED` (no longer processing users) or `STATUS_ARCHIVED`
    (archived for storage) (vendor). A plain string, so that a client reads a state it
    does not know without failing.
     """
    title: str | Unset = UNSET
    """ The journey's name. """
    params: JourneyInfoParams | Unset = UNSET
    """ Journey-wide settings; `application_code` names the journey's application. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        status = self.status

        title = self.title

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_info_params import JourneyInfoParams  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        status = d.pop("status")

        title = d.pop("title", UNSET)

        _params = d.pop("params", UNSET)
        params: JourneyInfoParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = JourneyInfoParams.from_dict(_params)

        journey_info = cls(
            uuid=uuid,
            status=status,
            title=title,
            params=params,
        )

        journey_info.additional_properties = d
        return journey_info

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

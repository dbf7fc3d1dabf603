# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configure_step_data_teams import ConfigureStepDataTeams


T = TypeVar("T", bound="ConfigureStepData")


@_attrs_define
class ConfigureStepData:
    """What the automatic iOS set-up's step 1 answers."""

    teams: ConfigureStepDataTeams | Unset = UNSET
    """ The teams, by team id. """
    step: int | Unset = UNSET
    """ The next step (2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        teams: dict[str, Any] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams.to_dict()

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if teams is not UNSET:
            field_dict["teams"] = teams
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configure_step_data_teams import ConfigureStepDataTeams  # noqa: PLC0415

        d = dict(src_dict)
        _teams = d.pop("teams", UNSET)
        teams: ConfigureStepDataTeams | Unset
        if isinstance(_teams, Unset):
            teams = UNSET
        else:
            teams = ConfigureStepDataTeams.from_dict(_teams)

        step = d.pop("step", UNSET)

        configure_step_data = cls(
            teams=teams,
            step=step,
        )

        configure_step_data.additional_properties = d
        return configure_step_data

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

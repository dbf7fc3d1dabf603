# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_preset_result import GetPresetResult


T = TypeVar("T", bound="GetPresetResponse")


@_attrs_define
class GetPresetResponse:
    """The answer of getPreset (its shape is the mock's)."""

    status_code: int
    """ 200 on success, 210 on an argument error (any other value is an error too). """
    status_message: str
    """ `OK`, a warning, or what was wrong with the request. """
    response: GetPresetResult | None | Unset = UNSET
    """ The preset, or null on an argument error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_preset_result import GetPresetResult  # noqa: PLC0415

        status_code = self.status_code

        status_message = self.status_message

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, GetPresetResult):
            response = self.response.to_dict()
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "status_message": status_message,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_preset_result import GetPresetResult  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("status_code")

        status_message = d.pop("status_message")

        def _parse_response(data: object) -> GetPresetResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = GetPresetResult.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPresetResult | None | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        get_preset_response = cls(
            status_code=status_code,
            status_message=status_message,
            response=response,
        )

        get_preset_response.additional_properties = d
        return get_preset_response

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_result_unknown_identifiers_type_1 import (
        NotifyResultUnknownIdentifiersType1,
    )


T = TypeVar("T", bound="NotifyResult")


@_attrs_define
class NotifyResult:
    """The message created."""

    message_code: str
    """ The message's code (`XXXX-XXXXXXXX-XXXXXXXX`), which cancelNotification takes. """
    unknown_identifiers: list[str] | NotifyResultUnknownIdentifiersType1 | Unset = UNSET
    """ With `return_unknown_identifiers`, the identifiers that matched no device: a list of
    strings (a third-party Go library), or another client's lists by kind; the mock
    sends a list of strings.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_code = self.message_code

        unknown_identifiers: dict[str, Any] | list[str] | Unset
        if isinstance(self.unknown_identifiers, Unset):
            unknown_identifiers = UNSET
        elif isinstance(self.unknown_identifiers, list):
            unknown_identifiers = self.unknown_identifiers

        else:
            unknown_identifiers = self.unknown_identifiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_code": message_code,
            }
        )
        if unknown_identifiers is not UNSET:
            field_dict["unknown_identifiers"] = unknown_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_result_unknown_identifiers_type_1 import (
            NotifyResultUnknownIdentifiersType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message_code = d.pop("message_code")

        def _parse_unknown_identifiers(
            data: object,
        ) -> list[str] | NotifyResultUnknownIdentifiersType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unknown_identifiers_type_0 = cast(list[str], data)

                return unknown_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            unknown_identifiers_type_1 = NotifyResultUnknownIdentifiersType1.from_dict(data)

            return unknown_identifiers_type_1

        unknown_identifiers = _parse_unknown_identifiers(d.pop("unknown_identifiers", UNSET))

        notify_result = cls(
            message_code=message_code,
            unknown_identifiers=unknown_identifiers,
        )

        notify_result.additional_properties = d
        return notify_result

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

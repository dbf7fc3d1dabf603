# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_error_details_item import GatewayErrorDetailsItem


T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """The Messaging API v2's refusal, "the standard gRPC-Gateway error envelope" (vendor):
    a gRPC status `code`, a `message` and `details`. The client reads the text from `message`.
    The Customer Journey API's refusals are given the same shape (inferred: that API is
    exposed "through a gRPC-Gateway bridge"; no error body of it is shown).

    """

    code: int | Unset = UNSET
    """ The gRPC status code: 3 invalid argument, 5 not found, 7 permission denied, 9 failed
    precondition, 13 internal, 16 unauthenticated.
     """
    message: str | Unset = UNSET
    """ What is wrong. """
    details: list[GatewayErrorDetailsItem] | Unset = UNSET
    """ Further details (empty in the vendor's example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gateway_error_details_item import GatewayErrorDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _details = d.pop("details", UNSET)
        details: list[GatewayErrorDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = GatewayErrorDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        gateway_error = cls(
            code=code,
            message=message,
            details=details,
        )

        gateway_error.additional_properties = d
        return gateway_error

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

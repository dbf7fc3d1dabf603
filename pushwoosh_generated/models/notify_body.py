# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_segment import NotifySegment
    from ..models.notify_transactional import NotifyTransactional


T = TypeVar("T", bound="NotifyBody")


@_attrs_define
class NotifyBody:
    """The flat body of notify, exactly one of `segment` or `transactional` (vendor)."""

    segment: NotifySegment | Unset = UNSET
    """ A message to the devices of a segment (vendor table): `code`, `expression` and
    `filter_expression` are mutually exclusive (none: every device of the application on the
    platforms, the mock's reading), as are `payload` and `email_payload`.
     """
    transactional: NotifyTransactional | Unset = UNSET
    """ A message to explicit users, hwids or push tokens (vendor: "or test devices", a field not
    documented). The vendor's table was not readable: these fields are a third-party
    library's, which refuses to send without a `schedule`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        transactional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transactional, Unset):
            transactional = self.transactional.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment is not UNSET:
            field_dict["segment"] = segment
        if transactional is not UNSET:
            field_dict["transactional"] = transactional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_segment import NotifySegment  # noqa: PLC0415
        from ..models.notify_transactional import NotifyTransactional  # noqa: PLC0415

        d = dict(src_dict)
        _segment = d.pop("segment", UNSET)
        segment: NotifySegment | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = NotifySegment.from_dict(_segment)

        _transactional = d.pop("transactional", UNSET)
        transactional: NotifyTransactional | Unset
        if isinstance(_transactional, Unset):
            transactional = UNSET
        else:
            transactional = NotifyTransactional.from_dict(_transactional)

        notify_body = cls(
            segment=segment,
            transactional=transactional,
        )

        notify_body.additional_properties = d
        return notify_body

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

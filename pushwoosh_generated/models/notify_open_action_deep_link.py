# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify_open_action_deep_link_params import NotifyOpenActionDeepLinkParams


T = TypeVar("T", bound="NotifyOpenActionDeepLink")


@_attrs_define
class NotifyOpenActionDeepLink:
    """Open a deep link (`code`, `params`)."""

    code: str | Unset = UNSET
    """ Its code. """
    params: NotifyOpenActionDeepLinkParams | Unset = UNSET
    """ Its parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify_open_action_deep_link_params import NotifyOpenActionDeepLinkParams  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _params = d.pop("params", UNSET)
        params: NotifyOpenActionDeepLinkParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = NotifyOpenActionDeepLinkParams.from_dict(_params)

        notify_open_action_deep_link = cls(
            code=code,
            params=params,
        )

        notify_open_action_deep_link.additional_properties = d
        return notify_open_action_deep_link

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

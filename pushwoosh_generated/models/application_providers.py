# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationProviders")


@_attrs_define
class ApplicationProviders:
    """Which platforms of the application are configured."""

    ios: bool | Unset = UNSET
    """ iOS (APNs). """
    android: bool | Unset = UNSET
    """ Android (FCM). """
    wp7: bool | Unset = UNSET
    """ Windows Phone. """
    macos: bool | Unset = UNSET
    """ Mac OS X. """
    blackberry: bool | Unset = UNSET
    """ BlackBerry. """
    wns: bool | Unset = UNSET
    """ Windows (WNS). """
    adm: bool | Unset = UNSET
    """ Amazon (ADM). """
    safari: bool | Unset = UNSET
    """ Safari. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ios = self.ios

        android = self.android

        wp7 = self.wp7

        macos = self.macos

        blackberry = self.blackberry

        wns = self.wns

        adm = self.adm

        safari = self.safari

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android
        if wp7 is not UNSET:
            field_dict["wp7"] = wp7
        if macos is not UNSET:
            field_dict["macos"] = macos
        if blackberry is not UNSET:
            field_dict["blackberry"] = blackberry
        if wns is not UNSET:
            field_dict["wns"] = wns
        if adm is not UNSET:
            field_dict["adm"] = adm
        if safari is not UNSET:
            field_dict["safari"] = safari

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ios = d.pop("ios", UNSET)

        android = d.pop("android", UNSET)

        wp7 = d.pop("wp7", UNSET)

        macos = d.pop("macos", UNSET)

        blackberry = d.pop("blackberry", UNSET)

        wns = d.pop("wns", UNSET)

        adm = d.pop("adm", UNSET)

        safari = d.pop("safari", UNSET)

        application_providers = cls(
            ios=ios,
            android=android,
            wp7=wp7,
            macos=macos,
            blackberry=blackberry,
            wns=wns,
            adm=adm,
            safari=safari,
        )

        application_providers.additional_properties = d
        return application_providers

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

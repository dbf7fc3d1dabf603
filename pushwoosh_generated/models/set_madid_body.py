# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetMADIDBody")


@_attrs_define
class SetMADIDBody:
    """The body of a setMADID call: the object itself, not wrapped in `request`. Requires
    `application`, `hwid` and `madid`.

    """

    application: str
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    hwid: str
    """ The hardware ID of the device: the IDFV on iOS, a random value on Android, an E.164
    phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
     """
    madid: None | str
    """ The advertising ID (GAID / IDFA), or null when the user withdrew it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application

        hwid = self.hwid

        madid: None | str
        madid = self.madid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "hwid": hwid,
                "madid": madid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = d.pop("application")

        hwid = d.pop("hwid")

        def _parse_madid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        madid = _parse_madid(d.pop("madid"))

        set_madid_body = cls(
            application=application,
            hwid=hwid,
            madid=madid,
        )

        set_madid_body.additional_properties = d
        return set_madid_body

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

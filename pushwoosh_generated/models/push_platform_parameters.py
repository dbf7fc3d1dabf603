# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_operator import ConditionOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_platform_parameters_android_root_params import (
        PushPlatformParametersAndroidRootParams,
    )
    from ..models.push_platform_parameters_chrome_root_params import (
        PushPlatformParametersChromeRootParams,
    )
    from ..models.push_platform_parameters_data import PushPlatformParametersData
    from ..models.push_platform_parameters_firefox_root_params import (
        PushPlatformParametersFirefoxRootParams,
    )
    from ..models.push_platform_parameters_ios_root_params import (
        PushPlatformParametersIosRootParams,
    )


T = TypeVar("T", bound="PushPlatformParameters")


@_attrs_define
class PushPlatformParameters:
    """A push message's per-platform settings, as messages:list details them."""

    android_header: str | Unset = UNSET
    """ The Android header. """
    android_root_params: PushPlatformParametersAndroidRootParams | Unset = UNSET
    """ Android root parameters. """
    ios_title: str | Unset = UNSET
    """ The iOS title. """
    ios_subtitle: str | Unset = UNSET
    """ The iOS subtitle. """
    ios_root_params: PushPlatformParametersIosRootParams | Unset = UNSET
    """ iOS root parameters. """
    chrome_header: str | Unset = UNSET
    """ The Chrome header. """
    chrome_root_params: PushPlatformParametersChromeRootParams | Unset = UNSET
    """ Chrome root parameters. """
    firefox_header: str | Unset = UNSET
    """ The Firefox header. """
    firefox_root_params: PushPlatformParametersFirefoxRootParams | Unset = UNSET
    """ Firefox root parameters. """
    conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
    """ The tag conditions it was sent with. """
    conditions_operator: str | Unset = UNSET
    """ How the conditions combine, `AND` or `OR`. """
    data: PushPlatformParametersData | Unset = UNSET
    """ The custom data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_header = self.android_header

        android_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_root_params, Unset):
            android_root_params = self.android_root_params.to_dict()

        ios_title = self.ios_title

        ios_subtitle = self.ios_subtitle

        ios_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios_root_params, Unset):
            ios_root_params = self.ios_root_params.to_dict()

        chrome_header = self.chrome_header

        chrome_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chrome_root_params, Unset):
            chrome_root_params = self.chrome_root_params.to_dict()

        firefox_header = self.firefox_header

        firefox_root_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.firefox_root_params, Unset):
            firefox_root_params = self.firefox_root_params.to_dict()

        conditions: list[list[Any | str]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = []
                for componentsschemas_condition_item_data in conditions_item_data:
                    componentsschemas_condition_item: Any | str
                    if isinstance(componentsschemas_condition_item_data, ConditionOperator):
                        componentsschemas_condition_item = (
                            componentsschemas_condition_item_data.value
                        )
                    else:
                        componentsschemas_condition_item = componentsschemas_condition_item_data
                    conditions_item.append(componentsschemas_condition_item)

                conditions.append(conditions_item)

        conditions_operator = self.conditions_operator

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_header is not UNSET:
            field_dict["android_header"] = android_header
        if android_root_params is not UNSET:
            field_dict["android_root_params"] = android_root_params
        if ios_title is not UNSET:
            field_dict["ios_title"] = ios_title
        if ios_subtitle is not UNSET:
            field_dict["ios_subtitle"] = ios_subtitle
        if ios_root_params is not UNSET:
            field_dict["ios_root_params"] = ios_root_params
        if chrome_header is not UNSET:
            field_dict["chrome_header"] = chrome_header
        if chrome_root_params is not UNSET:
            field_dict["chrome_root_params"] = chrome_root_params
        if firefox_header is not UNSET:
            field_dict["firefox_header"] = firefox_header
        if firefox_root_params is not UNSET:
            field_dict["firefox_root_params"] = firefox_root_params
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if conditions_operator is not UNSET:
            field_dict["conditions_operator"] = conditions_operator
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_platform_parameters_android_root_params import (
            PushPlatformParametersAndroidRootParams,  # noqa: PLC0415
        )
        from ..models.push_platform_parameters_chrome_root_params import (
            PushPlatformParametersChromeRootParams,  # noqa: PLC0415
        )
        from ..models.push_platform_parameters_data import PushPlatformParametersData  # noqa: PLC0415
        from ..models.push_platform_parameters_firefox_root_params import (
            PushPlatformParametersFirefoxRootParams,  # noqa: PLC0415
        )
        from ..models.push_platform_parameters_ios_root_params import (
            PushPlatformParametersIosRootParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        android_header = d.pop("android_header", UNSET)

        _android_root_params = d.pop("android_root_params", UNSET)
        android_root_params: PushPlatformParametersAndroidRootParams | Unset
        if isinstance(_android_root_params, Unset):
            android_root_params = UNSET
        else:
            android_root_params = PushPlatformParametersAndroidRootParams.from_dict(
                _android_root_params
            )

        ios_title = d.pop("ios_title", UNSET)

        ios_subtitle = d.pop("ios_subtitle", UNSET)

        _ios_root_params = d.pop("ios_root_params", UNSET)
        ios_root_params: PushPlatformParametersIosRootParams | Unset
        if isinstance(_ios_root_params, Unset):
            ios_root_params = UNSET
        else:
            ios_root_params = PushPlatformParametersIosRootParams.from_dict(_ios_root_params)

        chrome_header = d.pop("chrome_header", UNSET)

        _chrome_root_params = d.pop("chrome_root_params", UNSET)
        chrome_root_params: PushPlatformParametersChromeRootParams | Unset
        if isinstance(_chrome_root_params, Unset):
            chrome_root_params = UNSET
        else:
            chrome_root_params = PushPlatformParametersChromeRootParams.from_dict(
                _chrome_root_params
            )

        firefox_header = d.pop("firefox_header", UNSET)

        _firefox_root_params = d.pop("firefox_root_params", UNSET)
        firefox_root_params: PushPlatformParametersFirefoxRootParams | Unset
        if isinstance(_firefox_root_params, Unset):
            firefox_root_params = UNSET
        else:
            firefox_root_params = PushPlatformParametersFirefoxRootParams.from_dict(
                _firefox_root_params
            )

        _conditions = d.pop("conditions", UNSET)
        conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = []
                _conditions_item = conditions_item_data
                for componentsschemas_condition_item_data in _conditions_item:

                    def _parse_componentsschemas_condition_item(
                        data: object,
                    ) -> Any | ConditionOperator | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            componentsschemas_condition_item_type_1 = ConditionOperator(data)

                            return componentsschemas_condition_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(Any | ConditionOperator | str, data)

                    componentsschemas_condition_item = _parse_componentsschemas_condition_item(
                        componentsschemas_condition_item_data
                    )

                    conditions_item.append(componentsschemas_condition_item)

                conditions.append(conditions_item)

        conditions_operator = d.pop("conditions_operator", UNSET)

        _data = d.pop("data", UNSET)
        data: PushPlatformParametersData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PushPlatformParametersData.from_dict(_data)

        push_platform_parameters = cls(
            android_header=android_header,
            android_root_params=android_root_params,
            ios_title=ios_title,
            ios_subtitle=ios_subtitle,
            ios_root_params=ios_root_params,
            chrome_header=chrome_header,
            chrome_root_params=chrome_root_params,
            firefox_header=firefox_header,
            firefox_root_params=firefox_root_params,
            conditions=conditions,
            conditions_operator=conditions_operator,
            data=data,
        )

        push_platform_parameters.additional_properties = d
        return push_platform_parameters

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

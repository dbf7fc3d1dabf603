# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.append_operation import AppendOperation
    from ..models.increment_operation import IncrementOperation
    from ..models.remove_operation import RemoveOperation


T = TypeVar("T", bound="Tags")


@_attrs_define
class Tags:
    """Tag names, each with what to do to it: a value to set, null to delete the tag, or an
    operation on the current value (what setTags and registerDevice take).

    """

    additional_properties: dict[
        str,
        AppendOperation
        | bool
        | float
        | IncrementOperation
        | int
        | list[str]
        | None
        | RemoveOperation
        | str,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.append_operation import AppendOperation  # noqa: PLC0415
        from ..models.increment_operation import IncrementOperation  # noqa: PLC0415
        from ..models.remove_operation import RemoveOperation  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, IncrementOperation):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AppendOperation):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, RemoveOperation):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.append_operation import AppendOperation  # noqa: PLC0415
        from ..models.increment_operation import IncrementOperation  # noqa: PLC0415
        from ..models.remove_operation import RemoveOperation  # noqa: PLC0415

        d = dict(src_dict)
        tags = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AppendOperation
                | bool
                | float
                | IncrementOperation
                | int
                | list[str]
                | None
                | RemoveOperation
                | str
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_tag_update_list_tag_value = cast(list[str], data)

                    return componentsschemas_tag_update_list_tag_value
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tag_update_type_6 = IncrementOperation.from_dict(data)

                    return componentsschemas_tag_update_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tag_update_type_7 = AppendOperation.from_dict(data)

                    return componentsschemas_tag_update_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tag_update_type_8 = RemoveOperation.from_dict(data)

                    return componentsschemas_tag_update_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    AppendOperation
                    | bool
                    | float
                    | IncrementOperation
                    | int
                    | list[str]
                    | None
                    | RemoveOperation
                    | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        tags.additional_properties = additional_properties
        return tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        AppendOperation
        | bool
        | float
        | IncrementOperation
        | int
        | list[str]
        | None
        | RemoveOperation
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: AppendOperation
        | bool
        | float
        | IncrementOperation
        | int
        | list[str]
        | None
        | RemoveOperation
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_operator import ConditionOperator
from ..models.create_filter_params_operator import CreateFilterParamsOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFilterParams")


@_attrs_define
class CreateFilterParams:
    """Requires `auth` and `name`, and the segment as `filter_expression` (the newest page) or
    `conditions` with `operator` (the older page).

    """

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    name: str
    """ The segment's name, which a notification's `filter` uses. """
    filter_expression: str | Unset = UNSET
    """ The segment in the segment language (`T("City", EQ, "Madrid")`). """
    conditions: list[list[Any | ConditionOperator | str]] | Unset = UNSET
    """ The segment as tag conditions (the older page). """
    operator: CreateFilterParamsOperator | Unset = UNSET
    """ How `conditions` combine. """
    application: str | Unset = UNSET
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    expiration_date: str | Unset = UNSET
    """ When the segment is deleted (`YYYY-MM-DD`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        name = self.name

        filter_expression = self.filter_expression

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

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        application = self.application

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "name": name,
            }
        )
        if filter_expression is not UNSET:
            field_dict["filter_expression"] = filter_expression
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if operator is not UNSET:
            field_dict["operator"] = operator
        if application is not UNSET:
            field_dict["application"] = application
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth = d.pop("auth")

        name = d.pop("name")

        filter_expression = d.pop("filter_expression", UNSET)

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

        _operator = d.pop("operator", UNSET)
        operator: CreateFilterParamsOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = CreateFilterParamsOperator(_operator)

        application = d.pop("application", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        create_filter_params = cls(
            auth=auth,
            name=name,
            filter_expression=filter_expression,
            conditions=conditions,
            operator=operator,
            application=application,
            expiration_date=expiration_date,
        )

        create_filter_params.additional_properties = d
        return create_filter_params

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

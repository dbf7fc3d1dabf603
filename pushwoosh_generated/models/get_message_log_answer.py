# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_log_row import MessageLogRow


T = TypeVar("T", bound="GetMessageLogAnswer")


@_attrs_define
class GetMessageLogAnswer:
    """A page of log rows and the token of the next page (names read by a Pushwoosh employee's
    library; the vendor's example was not readable).

    """

    result: list[MessageLogRow] | Unset = UNSET
    """ The page's rows. """
    pagination_token: None | str | Unset = UNSET
    """ The next page's token; absent or null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        pagination_token: None | str | Unset
        if isinstance(self.pagination_token, Unset):
            pagination_token = UNSET
        else:
            pagination_token = self.pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if pagination_token is not UNSET:
            field_dict["pagination_token"] = pagination_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_log_row import MessageLogRow  # noqa: PLC0415

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: list[MessageLogRow] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = MessageLogRow.from_dict(result_item_data)

                result.append(result_item)

        def _parse_pagination_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pagination_token = _parse_pagination_token(d.pop("pagination_token", UNSET))

        get_message_log_answer = cls(
            result=result,
            pagination_token=pagination_token,
        )

        get_message_log_answer.additional_properties = d
        return get_message_log_answer

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_statistics_row import EventStatisticsRow
    from ..models.get_app_stats_result import GetAppStatsResult
    from ..models.get_campaign_stats_result import GetCampaignStatsResult
    from ..models.get_msg_stats_result import GetMsgStatsResult


T = TypeVar("T", bound="GetResultsResponse")


@_attrs_define
class GetResultsResponse:
    """The answer of getResults: the scheduled request's result, or a 210."""

    status_code: int
    """ 200 on success, 210 on an argument error (any other value is an error too). """
    status_message: str
    """ `OK`, a warning, or what was wrong with the request. """
    response: (
        GetAppStatsResult
        | GetCampaignStatsResult
        | GetMsgStatsResult
        | list[EventStatisticsRow]
        | None
        | Unset
    ) = UNSET
    """ The result, shaped as the scheduling method's (`x-pushwoosh-job` names it), or null
    while it is not ready and on an argument error.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_app_stats_result import GetAppStatsResult  # noqa: PLC0415
        from ..models.get_campaign_stats_result import GetCampaignStatsResult  # noqa: PLC0415
        from ..models.get_msg_stats_result import GetMsgStatsResult  # noqa: PLC0415

        status_code = self.status_code

        status_message = self.status_message

        response: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, GetMsgStatsResult):
            response = self.response.to_dict()
        elif isinstance(self.response, GetAppStatsResult):
            response = self.response.to_dict()
        elif isinstance(self.response, GetCampaignStatsResult):
            response = self.response.to_dict()
        elif isinstance(self.response, list):
            response = []
            for componentsschemas_event_statistics_rows_item_data in self.response:
                componentsschemas_event_statistics_rows_item = (
                    componentsschemas_event_statistics_rows_item_data.to_dict()
                )
                response.append(componentsschemas_event_statistics_rows_item)

        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "status_message": status_message,
            }
        )
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_statistics_row import EventStatisticsRow  # noqa: PLC0415
        from ..models.get_app_stats_result import GetAppStatsResult  # noqa: PLC0415
        from ..models.get_campaign_stats_result import GetCampaignStatsResult  # noqa: PLC0415
        from ..models.get_msg_stats_result import GetMsgStatsResult  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("status_code")

        status_message = d.pop("status_message")

        def _parse_response(
            data: object,
        ) -> (
            GetAppStatsResult
            | GetCampaignStatsResult
            | GetMsgStatsResult
            | list[EventStatisticsRow]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = GetMsgStatsResult.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_1 = GetAppStatsResult.from_dict(data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_2 = GetCampaignStatsResult.from_dict(data)

                return response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_type_3 = []
                _response_type_3 = data
                for componentsschemas_event_statistics_rows_item_data in _response_type_3:
                    componentsschemas_event_statistics_rows_item = EventStatisticsRow.from_dict(
                        componentsschemas_event_statistics_rows_item_data
                    )

                    response_type_3.append(componentsschemas_event_statistics_rows_item)

                return response_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetAppStatsResult
                | GetCampaignStatsResult
                | GetMsgStatsResult
                | list[EventStatisticsRow]
                | None
                | Unset,
                data,
            )

        response = _parse_response(d.pop("response", UNSET))

        get_results_response = cls(
            status_code=status_code,
            status_message=status_message,
            response=response,
        )

        get_results_response.additional_properties = d
        return get_results_response

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

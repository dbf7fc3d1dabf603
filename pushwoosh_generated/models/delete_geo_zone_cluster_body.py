# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delete_geo_zone_cluster_params import DeleteGeoZoneClusterParams


T = TypeVar("T", bound="DeleteGeoZoneClusterBody")


@_attrs_define
class DeleteGeoZoneClusterBody:
    """The envelope of a deleteGeoZoneCluster call."""

    request: DeleteGeoZoneClusterParams
    """ Requires `auth`, `application` and `geoZoneCluster` (a library's body). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_geo_zone_cluster_params import DeleteGeoZoneClusterParams  # noqa: PLC0415

        d = dict(src_dict)
        request = DeleteGeoZoneClusterParams.from_dict(d.pop("request"))

        delete_geo_zone_cluster_body = cls(
            request=request,
        )

        delete_geo_zone_cluster_body.additional_properties = d
        return delete_geo_zone_cluster_body

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

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_notification import EmailNotification


T = TypeVar("T", bound="CreateEmailMessageParams")


@_attrs_define
class CreateEmailMessageParams:
    """Requires `auth`, `notifications`, and `application` or `applications_group`."""

    auth: str
    """ The server API token (an API access token of the Control Panel), sent in the body as
    `request.auth`. The Device API token does not authorise these methods.
     """
    notifications: list[EmailNotification]
    """ The emails. """
    application: str | Unset = UNSET
    """ The Pushwoosh application code. Every vendor example has the form `XXXXX-XXXXX` (two groups
    of five letters or digits), but no page states a format, so none is enforced.
     """
    applications_group: str | Unset = UNSET
    """ "Can be used instead of application to send to a group of applications." """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth = self.auth

        notifications = []
        for notifications_item_data in self.notifications:
            notifications_item = notifications_item_data.to_dict()
            notifications.append(notifications_item)

        application = self.application

        applications_group = self.applications_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth": auth,
                "notifications": notifications,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if applications_group is not UNSET:
            field_dict["applications_group"] = applications_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_notification import EmailNotification  # noqa: PLC0415

        d = dict(src_dict)
        auth = d.pop("auth")

        notifications = []
        _notifications = d.pop("notifications")
        for notifications_item_data in _notifications:
            notifications_item = EmailNotification.from_dict(notifications_item_data)

            notifications.append(notifications_item)

        application = d.pop("application", UNSET)

        applications_group = d.pop("applications_group", UNSET)

        create_email_message_params = cls(
            auth=auth,
            notifications=notifications,
            application=application,
            applications_group=applications_group,
        )

        create_email_message_params.additional_properties = d
        return create_email_message_params

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

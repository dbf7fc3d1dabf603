# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enabled_feature import EnabledFeature
    from ..models.page_visit_feature import PageVisitFeature
    from ..models.subscription_prompt_feature import SubscriptionPromptFeature


T = TypeVar("T", bound="GetConfigFeatures")


@_attrs_define
class GetConfigFeatures:
    """The features asked for; others may be present (the web SDK also reads `subscription_prompt_widget`)."""

    page_visit: PageVisitFeature | Unset = UNSET
    """ Whether to record page visits, and where. """
    vapid_key: str | Unset = UNSET
    """ The VAPID public key for web push subscriptions. """
    web_in_apps: EnabledFeature | Unset = UNSET
    """ A feature that is only switched on or off. """
    events: list[str] | Unset = UNSET
    """ Event names the SDK should post on its own (e.g. `PW_SiteOpened`). """
    subscription_prompt: SubscriptionPromptFeature | Unset = UNSET
    """ When to show the subscription prompt. The web SDK's widget reads `use_case`; its types
    name the same value `useCase` (`not-set`, `default` or `not-used`). Only `use_case` is
    declared, since generators that camel-case names would merge the two into one clashing
    field; `useCase` is still accepted as an extra field.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_visit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_visit, Unset):
            page_visit = self.page_visit.to_dict()

        vapid_key = self.vapid_key

        web_in_apps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_in_apps, Unset):
            web_in_apps = self.web_in_apps.to_dict()

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        subscription_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_prompt, Unset):
            subscription_prompt = self.subscription_prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_visit is not UNSET:
            field_dict["page_visit"] = page_visit
        if vapid_key is not UNSET:
            field_dict["vapid_key"] = vapid_key
        if web_in_apps is not UNSET:
            field_dict["web_in_apps"] = web_in_apps
        if events is not UNSET:
            field_dict["events"] = events
        if subscription_prompt is not UNSET:
            field_dict["subscription_prompt"] = subscription_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enabled_feature import EnabledFeature  # noqa: PLC0415
        from ..models.page_visit_feature import PageVisitFeature  # noqa: PLC0415
        from ..models.subscription_prompt_feature import SubscriptionPromptFeature  # noqa: PLC0415

        d = dict(src_dict)
        _page_visit = d.pop("page_visit", UNSET)
        page_visit: PageVisitFeature | Unset
        if isinstance(_page_visit, Unset):
            page_visit = UNSET
        else:
            page_visit = PageVisitFeature.from_dict(_page_visit)

        vapid_key = d.pop("vapid_key", UNSET)

        _web_in_apps = d.pop("web_in_apps", UNSET)
        web_in_apps: EnabledFeature | Unset
        if isinstance(_web_in_apps, Unset):
            web_in_apps = UNSET
        else:
            web_in_apps = EnabledFeature.from_dict(_web_in_apps)

        events = cast(list[str], d.pop("events", UNSET))

        _subscription_prompt = d.pop("subscription_prompt", UNSET)
        subscription_prompt: SubscriptionPromptFeature | Unset
        if isinstance(_subscription_prompt, Unset):
            subscription_prompt = UNSET
        else:
            subscription_prompt = SubscriptionPromptFeature.from_dict(_subscription_prompt)

        get_config_features = cls(
            page_visit=page_visit,
            vapid_key=vapid_key,
            web_in_apps=web_in_apps,
            events=events,
            subscription_prompt=subscription_prompt,
        )

        get_config_features.additional_properties = d
        return get_config_features

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

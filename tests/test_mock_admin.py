"""The Remote API's administration in the mock, through the generated client: applications that
are real (a created one takes registrations and messages, a deleted one is unknown everywhere),
presets that give a message its content, campaigns that group messages for getCampaignStats,
the unregistered devices, paging (``client.pages``) and the Custom Plan gate."""

import json
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_generated.errors import ArgumentError
from pushwoosh_generated.models import (
    ApplicationProviders,
    GetApplicationsResult,
    GetCampaignsResult,
    GetCampaignStatsResult,
    Preset,
)
from pushwoosh_generated.types import Unset
from pushwoosh_mock import DEV_SERVER_TOKEN, MockServer
from pushwoosh_mock.__main__ import build_parser, config_from
from pushwoosh_mock.backend import created_applications
from pushwoosh_mock.transport import InProcessTransport

OTHER_SERVER_TOKEN = "other-account-server-token"
ALLOWED = "ALLOW-00000"
"""The one code of the allow list some tests start the mock with."""
OUTSIDE_PLAN = "This method is available for Custom Plan subscriptions only"
CLIENT_FIELDS = ("send_date", "transactionId")
"""What the client adds to every notification."""
FROM, TO = "2020-01-01 00:00:00", "2099-12-31 23:59:59"
T = TypeVar("T")


def _given(value: T | Unset | None) -> T:
    """A field of an answer, which must be present."""
    assert value is not None and not isinstance(value, Unset)
    return value


def _apps(page: GetApplicationsResult | None) -> dict[str, Any]:
    """A getApplications page's applications by code."""
    return dict(_given(_given(page).applications).additional_properties)


def _codes(page: GetCampaignsResult | None) -> list[str]:
    """The codes of a getCampaigns page's campaigns."""
    return [_given(campaign.code) for campaign in _given(_given(page).campaigns)]


def _the_preset(client: PushwooshClient) -> str:
    """The code of the application's one preset (createPreset answers none)."""
    (preset,) = client.list_presets()
    assert isinstance(preset, Preset)
    return _given(preset.code)


def _client(mock: MockServer, server_token: str = DEV_SERVER_TOKEN) -> PushwooshClient:
    """A client of the mock with this server token."""
    return PushwooshClient(
        http_client=httpx.Client(transport=InProcessTransport(mock)),
        token=mock.token,
        server_token=server_token,
        application=mock.application,
        base_url="http://localhost",
    )


@pytest.fixture
def other(pushwoosh_mock: MockServer) -> Iterator[PushwooshClient]:
    """A client of another account (its own server token)."""
    with _client(pushwoosh_mock, OTHER_SERVER_TOKEN) as client:
        yield client


def _raw(client: PushwooshClient, method: str, **fields: Any) -> Any:
    """The envelope's `response` member of a call (for answers the client does not type)."""
    raw = getattr(client.with_raw_response, method)(**fields)
    return json.loads(raw.content)["response"]


def _register(client: PushwooshClient, application: str, count: int, device_type: int = 3) -> None:
    for i in range(count):
        client.register_device(
            application=application,
            hwid=f"{application}-{device_type}-{i}",
            push_token=f"token-{device_type}-{i}",
            device_type=device_type,
        )


class TestApplications:
    """Applications are real: created ones take calls, deleted ones are unknown."""

    @pytest.mark.pushwoosh(applications=frozenset({ALLOWED}))
    def test_a_created_application_takes_registrations_and_messages(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Beyond the allow list, a created application accepts registrations and messages,
        which reach its devices; a code neither allowed nor created is still refused."""
        code = pushwoosh_client.create_application(title="Shop")
        assert code != ALLOWED
        _register(pushwoosh_client, code, 2)
        pushwoosh_client.create_message(
            application=code, notifications=[{"content": "Hi"}], broadcast=True
        )
        (push,) = pushwoosh_mock.messages()
        assert push.hwids == [f"{code}-3-0", f"{code}-3-1"]
        with pytest.raises(ArgumentError, match="Application not found"):
            pushwoosh_client.register_device(
                application="NEVER-00000", hwid="h", push_token="t", device_type=3
            )

    def test_settings_are_read_back_and_updated(self, pushwoosh_client: PushwooshClient) -> None:
        """getApplication answers what createApplication set (the vendor's keys empty), and
        updateApplication's fields replace them."""
        code = pushwoosh_client.create_application(title="Shop", sdk_ios="pw", icon="iVBORw0K")
        details = pushwoosh_client.get_application(application=code)
        assert (details.title, details.ios_sdk, details.android_sdk, details.adm_cid) == (
            "Shop",
            "pw",
            "",
            "",
        )
        assert details.icon_url == "data:image/png;base64,iVBORw0K"
        assert details.authorize_all_tokens is False
        pushwoosh_client.update_application(application=code, title="Store", sdk_android="pw")
        updated = pushwoosh_client.get_application(application=code)
        assert (updated.title, updated.ios_sdk, updated.android_sdk) == ("Store", "pw", "pw")

    def test_a_deleted_application_is_unknown_everywhere(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """After deleteApplication every call naming it answers 210 `Application not found`
        (a second deleteApplication too), and its devices are gone."""
        code = pushwoosh_client.create_application(title="Gone")
        _register(pushwoosh_client, code, 1)
        pushwoosh_client.delete_application(application=code)
        calls: list[Callable[[], object]] = [
            lambda: pushwoosh_client.get_tags(application=code, hwid=f"{code}-3-0"),
            lambda: pushwoosh_client.register_device(
                application=code, hwid="h", push_token="t", device_type=3
            ),
            lambda: pushwoosh_client.create_message(
                application=code, notifications=[{"content": "Hi"}], broadcast=True
            ),
            lambda: pushwoosh_client.get_application(application=code),
            lambda: pushwoosh_client.delete_application(application=code),
        ]
        for call in calls:
            with pytest.raises(ArgumentError) as refused:
                call()
            assert (refused.value.status_code, refused.value.status_message) == (
                210,
                "Application not found",
            )
        assert [
            d for d in pushwoosh_mock.store.snapshot()["devices"] if d["application"] == code
        ] == []
        assert pushwoosh_mock.messages() == []

    def test_pages_yield_every_application(
        self, pushwoosh_client: PushwooshClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """getApplications counts pages from 0 with `total` the number of pages, and
        `client.pages` yields every application of the account once."""
        monkeypatch.setattr(created_applications, "PAGE_SIZE", 2)
        titles = [f"App {i}" for i in range(5)]
        for title in titles:
            pushwoosh_client.create_application(title=title)
        first = _given(pushwoosh_client.get_applications(page=0))
        assert (first.total, first.page, len(_apps(first))) == (3, 0, 2)
        assert _apps(pushwoosh_client.get_applications(page=3)) == {}
        found = [app.title for app in pushwoosh_client.pages(pushwoosh_client.get_applications)]
        assert found == titles

    @pytest.mark.pushwoosh(server_tokens=frozenset({DEV_SERVER_TOKEN, OTHER_SERVER_TOKEN}))
    def test_another_account_has_none_of_them(
        self, pushwoosh_client: PushwooshClient, other: PushwooshClient
    ) -> None:
        """An application belongs to the account that created it: another token neither lists
        nor reads it."""
        code = pushwoosh_client.create_application(title="Mine")
        assert _given(other.get_applications()).total == 0
        assert list(other.pages(other.get_applications)) == []
        with pytest.raises(ArgumentError, match="Application not found"):
            other.get_application(application=code)

    def test_configure_sets_the_platform(self, pushwoosh_client: PushwooshClient) -> None:
        """configureApplication sets the platform's provider flag; the automatic iOS set-up's
        first step answers its team and configures nothing yet, its second configures iOS."""
        code = pushwoosh_client.create_application(title="Shop")
        android = pushwoosh_client.configure_application(
            application=code, device_type=3, android_fcm_service_account={"type": "service_account"}
        )
        providers = _given(_given(android).providers)
        assert (providers.android, providers.ios) == (True, False)
        step1 = pushwoosh_client.configure_application(
            application=code,
            device_type=1,
            ios_key_management_type="auto",
            step="1",
            ios_apple_id="dev@example.com",
            ios_apple_password="secret",
            ios_framework="native",
        )
        teams = _given(_given(_given(step1).step_data).teams)
        assert list(teams.additional_properties) == ["TEAM123456"]
        assert _given(_given(step1).providers).ios is False
        pushwoosh_client.configure_application(
            application=code, device_type=1, ios_key_management_type="auto", step="2"
        )
        final = _given(pushwoosh_client.get_application(application=code).providers)
        assert isinstance(final, ApplicationProviders)
        assert (final.ios, final.android, final.safari) == (True, True, False)

    def test_a_title_is_required(self, pushwoosh_mock: MockServer) -> None:
        """createApplication without `title` is a 210 naming the field, and creates nothing."""
        with httpx.Client(transport=InProcessTransport(pushwoosh_mock)) as http:
            answer = http.post(
                "http://localhost/json/1.3/createApplication",
                json={"request": {"auth": DEV_SERVER_TOKEN}},
            ).json()
        assert (answer["status_code"], answer["status_message"]) == (
            210,
            "request.title: is required",
        )
        assert pushwoosh_mock.store.snapshot()["created_applications"] == []


class TestUnregisteredDevices:
    """getUnregisteredDevices lists the application's unregistered devices."""

    def test_only_the_unregistered_devices(self, pushwoosh_client: PushwooshClient) -> None:
        """A device unregistered with unregisterDevice is listed without its push token; a
        registered one is not."""
        pushwoosh_client.register_device(hwid="kept", push_token="t1", device_type=3)
        pushwoosh_client.register_device(hwid="left", push_token="t2", device_type=1)
        pushwoosh_client.unregister_device(hwid="left")
        (row,) = _raw(pushwoosh_client, "get_unregistered_devices")
        assert {k: v for k, v in row.items() if k != "unregistered"} == {
            "hwid": "left",
            "push_token": None,
            "device_type": 1,
        }
        assert len(row["unregistered"]) == len("2026-12-01 10:00")


class TestPresets:
    """Presets are kept per account and give a createMessage notification its content."""

    def test_created_read_listed_and_deleted(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A preset is listed with its code and fields, read by code, and once deleted is
        `Preset not found` (a second delete too)."""
        pushwoosh_client.create_preset(
            name="Welcome",
            application_code=pushwoosh_mock.application,
            content={"message": {"en": "Hi"}},
            segmentation={"platforms": [3]},
        )
        code = _the_preset(pushwoosh_client)
        (listed,) = pushwoosh_client.list_presets()
        assert (listed.name, listed.application_code) == ("Welcome", pushwoosh_mock.application)
        read = pushwoosh_client.get_preset(preset_code=code)
        assert read.to_dict()["content"] == {"message": {"en": "Hi"}}
        pushwoosh_client.delete_preset(preset_code=code)
        with pytest.raises(ArgumentError, match="Preset not found"):
            pushwoosh_client.get_preset(preset_code=code)
        with pytest.raises(ArgumentError, match="Preset not found"):
            pushwoosh_client.delete_preset(preset_code=code)
        assert pushwoosh_client.list_presets() == []

    def test_a_preset_gives_a_message_its_content_and_its_own_fields_win(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A notification naming a preset takes its content, title and platforms, its own
        fields winning; the message keeps the merged notification (`/__mock/messages`)."""
        application = pushwoosh_mock.application
        _register(pushwoosh_client, application, 2, device_type=3)
        _register(pushwoosh_client, application, 2, device_type=1)
        pushwoosh_client.create_preset(
            name="Welcome",
            application_code=application,
            content={"message": {"en": "Hi"}, "title": "Preset title"},
            segmentation={"platforms": [3]},
        )
        preset = _the_preset(pushwoosh_client)
        pushwoosh_client.create_message(  # the preset targets it: the client cannot tell
            notifications=[{"preset": preset, "title": "Own title"}], broadcast=True
        )
        with httpx.Client(transport=InProcessTransport(pushwoosh_mock)) as http:
            (listed,) = http.get("http://localhost/__mock/messages").json()
        merged = {k: v for k, v in listed["notification"].items() if k not in CLIENT_FIELDS}
        assert merged == {
            "preset": preset,
            "content": {"en": "Hi"},
            "title": "Own title",
            "platforms": [3],
        }
        assert listed["hwids"] == [f"{application}-3-0", f"{application}-3-1"]

    @pytest.mark.pushwoosh(server_tokens=frozenset({DEV_SERVER_TOKEN, OTHER_SERVER_TOKEN}))
    def test_an_unknown_preset_code_is_wrong(
        self,
        pushwoosh_client: PushwooshClient,
        pushwoosh_mock: MockServer,
        other: PushwooshClient,
    ) -> None:
        """A code the account has no preset with (another account's included) is the recorded
        210 `Preset code is wrong`, naming the notification, and nothing is sent."""
        other.create_preset(
            name="Theirs",
            application_code=pushwoosh_mock.application,
            content={"message": "Hi"},
            segmentation={"platforms": [3]},
        )
        theirs = _the_preset(other)
        assert pushwoosh_client.list_presets() == []
        for code in ("NOPE0-00000", theirs):
            with pytest.raises(ArgumentError) as refused:
                pushwoosh_client.create_message(
                    notifications=[{"content": "ok"}, {"preset": code}], broadcast=True
                )
            assert refused.value.status_message == "notifications[1].preset: Preset code is wrong"
        assert pushwoosh_mock.messages() == []


class TestCampaigns:
    """Campaigns group messages for getCampaignStats, and page by cursor."""

    def test_get_campaign_stats_counts_the_campaign_messages(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A message sent with a campaign's code (or with a preset of the campaign) is counted
        by getCampaignStats; one without it is not."""
        application = pushwoosh_mock.application
        campaign = pushwoosh_client.create_campaign(application=application, name="Spring")
        _register(pushwoosh_client, application, 3)
        pushwoosh_client.create_preset(
            name="Spring push",
            application_code=application,
            campaign_code=campaign,
            content={"message": "Sale"},
            segmentation={"platforms": [3]},
        )
        preset = _the_preset(pushwoosh_client)
        pushwoosh_client.create_message(
            notifications=[
                {"content": "Sale", "campaign": campaign},
                {"preset": preset},
                {"content": "Other"},
            ],
            broadcast=True,
        )
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.get_campaign_stats(campaign=campaign, datefrom=FROM, dateto=TO)
        )
        assert isinstance(result, GetCampaignStatsResult)
        assert sum(int(row.count) for row in result.rows if row.action == "send") == 6

    def test_pages_by_cursor(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """With `limit` each page but the last has a cursor; without it every campaign comes
        in one page; `client.pages` yields each campaign once."""
        application = pushwoosh_mock.application
        codes = sorted(
            pushwoosh_client.create_campaign(application=application, name=f"C{i}")
            for i in range(5)
        )
        first = _given(pushwoosh_client.get_campaigns(limit=2))
        assert (_codes(first), first.limit) == (codes[:2], 2)
        second = _given(pushwoosh_client.get_campaigns(limit=2, cursor=_given(first.cursor)))
        assert _codes(second) == codes[2:4]
        last = _given(pushwoosh_client.get_campaigns(limit=2, cursor=_given(second.cursor)))
        assert _codes(last) == codes[4:] and "cursor" not in last.to_dict()
        everything = _given(pushwoosh_client.get_campaigns())
        assert _codes(everything) == codes and "cursor" not in everything.to_dict()
        paged = [c.code for c in pushwoosh_client.pages(pushwoosh_client.get_campaigns, limit=2)]
        assert paged == codes

    def test_delete_campaign(self, pushwoosh_client: PushwooshClient) -> None:
        """A deleted campaign is no longer listed, and deleting it again is `Campaign not
        found`."""
        kept = pushwoosh_client.create_campaign(name="Kept")
        gone = pushwoosh_client.create_campaign(name="Gone")
        pushwoosh_client.delete_campaign(campaign=gone)
        assert _codes(pushwoosh_client.get_campaigns()) == [kept]
        with pytest.raises(ArgumentError, match="Campaign not found"):
            pushwoosh_client.delete_campaign(campaign=gone)


class TestCustomPlan:
    """The Custom Plan methods, refused with `--custom-plan-off`."""

    @pytest.mark.pushwoosh(custom_plan_off=True)
    def test_refused_with_custom_plan_off(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Every `x-pushwoosh-plan: custom` method answers 210 with the mock's text and changes
        nothing; the other methods work."""
        calls: list[Callable[[], object]] = [
            lambda: pushwoosh_client.create_application(title="Shop"),
            lambda: pushwoosh_client.get_applications(),
            lambda: pushwoosh_client.create_campaign(name="Spring"),
        ]
        for call in calls:
            with pytest.raises(ArgumentError) as refused:
                call()
            assert (refused.value.status_code, refused.value.status_message) == (210, OUTSIDE_PLAN)
        assert pushwoosh_mock.store.snapshot()["created_applications"] == []
        assert pushwoosh_client.list_presets() == []

    def test_the_command_line_option(self) -> None:
        """`--custom-plan-off` sets the option; without it every account may call them."""
        parser = build_parser()
        assert config_from(parser.parse_args(["--custom-plan-off"])).custom_plan_off is True
        assert config_from(parser.parse_args([])).custom_plan_off is False


async def test_async_pages_of_applications(async_pushwoosh_client: AsyncPushwooshClient) -> None:
    """The async client pages over the account's applications too."""
    created = [await async_pushwoosh_client.create_application(title=f"A{i}") for i in range(3)]
    found = [
        app async for app in async_pushwoosh_client.pages(async_pushwoosh_client.get_applications)
    ]
    assert [app.title for app in found] == ["A0", "A1", "A2"] and len(created) == 3

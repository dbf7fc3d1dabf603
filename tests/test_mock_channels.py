"""The other channels (email, SMS, WhatsApp, Kakao and LINE messages, deleteEmail) and iOS Live
Activities of the mock, through the generated client: each channel's message reaches that
channel's devices alone, by createMessage's targeting, and is listed with its channel; what the
sources refuse is refused; Live Activities are recorded, listed, and refused when the note says."""

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pushwoosh_generated import (
    AsyncPushwooshClient,
    EmailNotificationDict,
    KakaoNotificationDict,
    PushwooshClient,
    SMSNotificationDict,
    StartLiveActivityNotificationDict,
    UpdateLiveActivityNotificationDict,
    errors,
)
from pushwoosh_mock import DEV_SERVER_TOKEN, MockServer, create_app
from pushwoosh_mock.__main__ import build_parser, config_from
from pushwoosh_mock.transport import InProcessTransport

RESTRICTED = "a-restricted-server-token"
"""A server token not allowed the Email API (sorted first: the plugin's clients use it)."""
EMAIL = "alice@example.com"
START: dict[str, Any] = {
    "content-state": {"eta": 15},
    "attributes-type": "Delivery",
    "attributes": {"id": "1"},
}


@pytest.fixture
def raw(pushwoosh_mock: MockServer) -> Iterator[httpx.Client]:
    """An HTTP client on the mock, for what the generated client refuses to send."""
    with httpx.Client(
        transport=InProcessTransport(pushwoosh_mock), base_url="http://localhost"
    ) as client:
        yield client


@pytest.fixture
def subscribers(pushwoosh_client: PushwooshClient) -> None:
    """User ``u1`` with an iOS device and every channel: email, SMS, WhatsApp, Kakao, LINE."""
    pushwoosh_client.register_device(
        hwid="ios-1", push_token="token-1", device_type=1, user_id="u1"
    )
    pushwoosh_client.multi_register_device(
        user_id="u1",
        email=EMAIL,
        sms_phone_number="+15550000001",
        whatsapp_phone_number="+15550000001",
        kakao_phone_number="+15550000001",
        line_token="line-token-1",
    )


def _last(mock: MockServer) -> tuple[str, list[str]]:
    """The newest message's channel and the devices it reached."""
    message = mock.messages()[-1]
    return message.channel, message.hwids


def _remote(raw: httpx.Client, operation: str, **fields: Any) -> dict[str, Any]:
    """A Remote API call as sent, with the server token; its answer's body."""
    answer = raw.post(
        f"/json/1.3/{operation}",
        json={"request": {"auth": DEV_SERVER_TOKEN, "application": "XXXXX-XXXXX", **fields}},
    )
    body: dict[str, Any] = answer.json()
    return body


class TestReach:
    """Tests for whom each channel's message reaches, and how messages list it."""

    def test_each_channel_reaches_its_devices_alone(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, subscribers: None
    ) -> None:
        """A message to user u1 reaches u1's device of its channel only, and is listed with it."""
        pushwoosh_client.create_message(notifications=[{"content": "Hi", "users": ["u1"]}])
        assert _last(pushwoosh_mock) == ("push", ["ios-1"])
        pushwoosh_client.create_email_message(
            notifications=[{"send_date": "now", "preset": "ABCDE-12345", "users": ["u1"]}]
        )
        assert _last(pushwoosh_mock) == ("email", [EMAIL])
        pushwoosh_client.create_kakao_message(
            notifications=[{"send_date": "now", "template": "order", "users": ["u1"]}]
        )
        assert _last(pushwoosh_mock) == ("kakao", ["kakao:+15550000001"])
        pushwoosh_client.create_line_message(
            notifications=[{"send_date": "now", "content": "Hi", "devices": ["u1"]}]
        )
        assert _last(pushwoosh_mock) == ("line", ["line:line-token-1"])
        pushwoosh_client.create_sms_message(
            notifications=[
                {"send_date": "now", "content": "Code 1234", "devices": ["+15550000001"]}
            ]
        )
        assert _last(pushwoosh_mock) == ("sms", ["+15550000001"])

    def test_whatsapp_takes_a_number_with_or_without_its_prefix(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, subscribers: None
    ) -> None:
        """A WhatsApp message to ``+1…`` or ``whatsapp:+1…`` reaches the WhatsApp device."""
        for number in ("+15550000001", "whatsapp:+15550000001"):
            codes = pushwoosh_client.create_whats_app_message(
                notifications=[{"send_date": "now", "content": "Hi", "devices": [number]}]
            )
            assert _last(pushwoosh_mock) == ("whatsapp", ["whatsapp:+15550000001"])
            assert codes == [pushwoosh_mock.messages()[-1].code]

    def test_an_email_without_targeting_reaches_every_subscriber(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, subscribers: None
    ) -> None:
        """No targeting: every email subscriber of the application, and no other device; its
        code is recorded although the answer has none."""
        pushwoosh_client.register_email(email="bob@example.com")
        pushwoosh_client.create_email_message(
            notifications=[{"send_date": "now", "preset": "ABCDE-12345"}], broadcast=True
        )
        (email,) = pushwoosh_mock.messages()
        assert (email.channel, email.hwids) == ("email", ["alice@example.com", "bob@example.com"])
        assert email.code is not None

    def test_an_email_devices_win_over_its_users(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, subscribers: None
    ) -> None:
        """Both given: the listed addresses are reached, not the users' (the Email API's rule)."""
        pushwoosh_client.register_email(email="bob@example.com")
        pushwoosh_client.create_email_message(
            notifications=[
                {"send_date": "now", "preset": "P", "users": ["u1"], "devices": ["bob@example.com"]}
            ]
        )
        assert _last(pushwoosh_mock) == ("email", ["bob@example.com"])

    def test_auto_registration_registers_the_number(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """``use_auto_registration`` makes an unknown number an SMS subscriber, which is reached;
        without it the number is no one."""
        sms: SMSNotificationDict = {
            "send_date": "now",
            "content": "Code",
            "devices": ["+15550000009"],
        }
        pushwoosh_client.create_sms_message(notifications=[sms])
        assert _last(pushwoosh_mock) == ("sms", [])
        pushwoosh_client.create_sms_message(notifications=[{**sms, "use_auto_registration": True}])
        assert _last(pushwoosh_mock) == ("sms", ["+15550000009"])
        device = pushwoosh_mock.store.device(pushwoosh_mock.application, "+15550000009")
        assert device["device_type"] == 18

    def test_a_scheduled_kakao_message_has_seconds(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, subscribers: None
    ) -> None:
        """Kakao's ``YYYY-MM-DD HH:MM:SS`` schedules the message; push's format is refused."""
        later: KakaoNotificationDict = {"send_date": "now", "template": "order", "users": ["u1"]}
        pushwoosh_client.create_kakao_message(
            notifications=[{**later, "send_date": "2099-01-01 10:00:30"}]
        )
        (message,) = pushwoosh_mock.messages()
        assert (message.channel, message.status) == ("kakao", "scheduled")
        with pytest.raises(errors.ArgumentError, match="expected YYYY-MM-DD HH:MM:SS or now"):
            pushwoosh_client.create_kakao_message(
                notifications=[{**later, "send_date": "2099-01-01 10:00"}]
            )

    def test_the_messages_route_lists_each_channel(
        self,
        pushwoosh_client: PushwooshClient,
        raw: httpx.Client,
        subscribers: None,
    ) -> None:
        """``GET /__mock/messages`` gives each message its ``channel``."""
        pushwoosh_client.create_message(notifications=[{"content": "Hi"}], broadcast=True)
        pushwoosh_client.create_line_message(
            notifications=[{"send_date": "now", "content": "Hi", "devices": ["u1"]}]
        )
        listed = raw.get("/__mock/messages").json()
        assert [m["channel"] for m in listed] == ["push", "line"]


class TestRefusals:
    """Tests for what the channels refuse, as the sources do."""

    def test_a_second_sms_number_is_refused(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Two numbers in one createSMSMessage request: a 210, and nothing is sent."""
        sms: SMSNotificationDict = {"send_date": "now", "content": "Code", "devices": []}
        with pytest.raises(errors.ArgumentError, match="must be sent in a separate request"):
            pushwoosh_client.create_sms_message(
                notifications=[{**sms, "devices": ["+1555001"]}, {**sms, "devices": ["+1555002"]}]
            )
        assert pushwoosh_mock.messages() == []

    def test_kakao_targeting_fields_are_refused_in_the_spec_words(
        self, pushwoosh_client: PushwooshClient, raw: httpx.Client
    ) -> None:
        """``platforms`` in a notification, or ``filter`` at the root, is the 210 the spec shows;
        the client refuses it before sending."""
        kakao: KakaoNotificationDict = {"send_date": "now", "template": "order", "users": ["u1"]}
        answer = _remote(raw, "createKakaoMessage", notifications=[{**kakao, "platforms": [1]}])
        assert (answer["status_code"], answer["status_message"]) == (
            210,
            "request.notifications[0]: platforms is not allowed",
        )
        answer = _remote(raw, "createKakaoMessage", filter="VIP", notifications=[kakao])
        assert answer["status_message"] == "request: filter is not allowed"
        with pytest.raises(errors.InvalidArgumentError, match="'conditions' is not a kakao"):
            forbidden: Any = {**kakao, "conditions": []}
            pushwoosh_client.create_kakao_message(notifications=[forbidden])

    @pytest.mark.pushwoosh(
        server_tokens=frozenset({RESTRICTED, DEV_SERVER_TOKEN}),
        server_token_apis={RESTRICTED: frozenset({"push"})},
    )
    def test_a_token_not_allowed_email_is_refused(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, raw: httpx.Client
    ) -> None:
        """A server token restricted without ``email``: createEmailMessage is the vendor's HTTP
        403, other channels and an unrestricted token are served."""
        email: EmailNotificationDict = {"send_date": "now", "preset": "ABCDE-12345"}
        with pytest.raises(errors.PermissionDeniedError):
            pushwoosh_client.create_email_message(notifications=[email], broadcast=True)
        answer = raw.post(
            "/json/1.3/createEmailMessage",
            json={"request": {"auth": RESTRICTED, "application": "A", "notifications": [email]}},
        )
        assert answer.status_code == 403
        assert answer.json() == {
            "status_code": 403,
            "status_message": "Token restrictions forbid this operation",
            "response": None,
        }
        pushwoosh_client.create_line_message(
            notifications=[{"send_date": "now", "content": "Hi", "devices": []}]
        )
        assert _remote(raw, "createEmailMessage", notifications=[email])["status_code"] == 200
        assert [m.channel for m in pushwoosh_mock.messages()] == ["line", "email"]

    def test_the_command_line_restricts_a_server_token(self) -> None:
        """``--server-token TOKEN:API`` restricts that token to those APIs; a bare one is not."""
        args = build_parser().parse_args(["--server-token", "t1:push", "--server-token", "t2"])
        config = config_from(args)
        assert config.server_tokens == {"t1", "t2"}
        assert config.server_token_apis == {"t1": frozenset({"push"})}


class TestDeleteEmail:
    """Tests for `deleteEmail`."""

    def test_the_subscriber_is_removed(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The email subscriber is gone (an email no longer reaches it); a repeat is null too."""
        pushwoosh_client.register_email(email=EMAIL, tags={"Plan": "gold"})
        pushwoosh_client.delete_email(email=EMAIL)
        assert pushwoosh_client.check_device(hwid=EMAIL).exist is False
        pushwoosh_client.delete_email(email=EMAIL)
        pushwoosh_client.create_email_message(
            notifications=[{"send_date": "now", "preset": "P"}], broadcast=True
        )
        assert _last(pushwoosh_mock) == ("email", [])

    def test_another_device_of_that_hwid_stays(self, pushwoosh_client: PushwooshClient) -> None:
        """Only an email subscriber is removed: a push device whose hwid is the text stays."""
        pushwoosh_client.register_device(hwid=EMAIL, push_token="t", device_type=3)
        pushwoosh_client.delete_email(email=EMAIL)
        assert pushwoosh_client.check_device(hwid=EMAIL).exist is True


def _start(
    activity: str, *, users: list[str] | None = None, devices: list[str] | None = None
) -> StartLiveActivityNotificationDict:
    notification: StartLiveActivityNotificationDict = {
        "content": "On its way",
        "live_activity": START,
        "live_activity_id": activity,
    }
    if users is not None:
        notification["users"] = users
    if devices is not None:
        notification["devices"] = devices
    return notification


def _update(activity: str, event: str = "update") -> UpdateLiveActivityNotificationDict:
    return {
        "live_activity": {"event": event, "content-state": {"eta": 2}},
        "live_activity_id": activity,
    }


class TestLiveActivities:
    """Tests for `startLiveActivity` and `updateLiveActivity`."""

    @pytest.fixture(autouse=True)
    def phones(self, pushwoosh_client: PushwooshClient) -> None:
        """Two iPhones of user u1 and one of u2."""
        for hwid, user in (("phone-a", "u1"), ("phone-b", "u1"), ("phone-c", "u2")):
            pushwoosh_client.register_device(
                hwid=hwid, push_token=f"token-{hwid}", device_type=1, user_id=user
            )

    def test_start_and_update_are_recorded_and_listed(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, raw: httpx.Client
    ) -> None:
        """A start reaches its users' devices and an update by id the same ones; both are listed
        with their message codes, by MockServer.live_activities and the control route."""
        (started,) = pushwoosh_client.start_live_activity(
            notifications=[_start("order-1", users=["u1"])]
        )
        (updated,) = pushwoosh_client.update_live_activity(notifications=[_update("order-1")])
        listed = pushwoosh_mock.live_activities()
        assert [(a["live_activity_id"], a["event"], a["code"], a["hwids"]) for a in listed] == [
            ("order-1", "start", started, ["phone-a", "phone-b"]),
            ("order-1", "update", updated, ["phone-a", "phone-b"]),
        ]
        assert raw.get("/__mock/live-activities").json() == listed
        assert [m.code for m in pushwoosh_mock.messages()] == [started, updated]

    def test_a_second_start_of_an_active_activity_is_refused(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """An active id cannot start again (nothing is sent); once ended, it can."""
        pushwoosh_client.start_live_activity(notifications=[_start("order-1", users=["u1"])])
        with pytest.raises(errors.ArgumentError, match="Live activity already started"):
            pushwoosh_client.start_live_activity(notifications=[_start("order-1", users=["u2"])])
        assert len(pushwoosh_mock.messages()) == 1
        pushwoosh_client.update_live_activity(notifications=[_update("order-1", "end")])
        pushwoosh_client.start_live_activity(notifications=[_start("order-1", users=["u2"])])
        assert pushwoosh_mock.live_activities()[-1]["hwids"] == ["phone-c"]

    def test_an_update_of_an_unknown_or_ended_activity_is_refused(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Updating an id never started, or one ended, is ``Live activity not found``."""
        with pytest.raises(errors.ArgumentError, match="Live activity not found"):
            pushwoosh_client.update_live_activity(notifications=[_update("never")])
        pushwoosh_client.start_live_activity(notifications=[_start("order-1", users=["u1"])])
        with pytest.raises(errors.ArgumentError, match="Live activity not found"):
            pushwoosh_client.update_live_activity(
                notifications=[_update("order-1", "end"), _update("order-1")]
            )
        pushwoosh_client.update_live_activity(notifications=[_update("order-1", "end")])
        with pytest.raises(errors.ArgumentError, match="Live activity not found"):
            pushwoosh_client.update_live_activity(notifications=[_update("order-1")])
        assert [a["event"] for a in pushwoosh_mock.live_activities()] == ["start", "end"]

    def test_updates_reach_devices_by_activity_id_and_token(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """By id: the start's devices and those whose activity id (setActivityToken) is it; by
        tokens: the devices whose activity token is listed, with no activity named."""
        pushwoosh_client.start_live_activity(notifications=[_start("order-1", devices=["phone-a"])])
        pushwoosh_client.set_activity_token(
            hwid="phone-c", activity_token="live-c", activity_id="order-1"
        )
        pushwoosh_client.update_live_activity(notifications=[_update("order-1")])
        pushwoosh_client.update_live_activity(
            notifications=[
                {
                    "ios_live_activity": {"event": "end", "content-state": {}},
                    "live_activity_push_tokens": ["live-c", "unknown"],
                }
            ]
        )
        assert [(a["live_activity_id"], a["hwids"]) for a in pushwoosh_mock.live_activities()] == [
            ("order-1", ["phone-a"]),
            ("order-1", ["phone-a", "phone-c"]),
            (None, ["phone-c"]),
        ]


async def test_async_channels_and_live_activities(
    async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
) -> None:
    """The async client sends a WhatsApp message and starts and ends a Live Activity."""
    client = async_pushwoosh_client
    await client.register_device(hwid="phone", push_token="t", device_type=1, user_id="u")
    await client.multi_register_device(user_id="u", whatsapp_phone_number="+15550000002")
    await client.create_whats_app_message(
        notifications=[{"send_date": "now", "content": "Hi", "devices": ["+15550000002"]}]
    )
    await client.start_live_activity(notifications=[_start("trip", users=["u"])])
    await client.update_live_activity(notifications=[_update("trip", "end")])
    assert [(m.channel, m.hwids) for m in pushwoosh_mock.messages()] == [
        ("whatsapp", ["whatsapp:+15550000002"]),
        ("push", ["phone"]),
        ("push", ["phone"]),
    ]
    assert [a["event"] for a in pushwoosh_mock.live_activities()] == ["start", "end"]
    assert time.time() >= pushwoosh_mock.live_activities()[0]["created"]


def test_a_state_file_of_pushes_only_keeps_them_as_pushes(tmp_path: Path) -> None:
    """A state file made before messages had a channel opens with its messages as pushes."""
    state = tmp_path / "state.sqlite3"
    first = create_app(state_file=state)
    first.store.register_device(
        {"application": "A", "hwid": "h", "push_token": "t", "device_type": 1}
    )
    first.store.create_messages("account", "A", [{"content": "x"}])
    first.store.close()
    with contextlib.closing(sqlite3.connect(state)) as db:
        db.execute("ALTER TABLE messages DROP COLUMN channel")
        db.commit()
    second = create_app(state_file=state)
    try:
        assert [(m.channel, m.hwids) for m in second.messages()] == [("push", ["h"])]
    finally:
        second.store.close()

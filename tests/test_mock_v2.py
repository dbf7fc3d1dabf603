"""The Statistics API v2 (listMessages, totalsByIntervals, getMessageLog) and Messaging API v2
(notify, cancelNotification) of the mock, through the generated client: statistics computed from
what happened (sends are the devices a message reached, deliveries and opens the events carrying
its hash), notify sending by createMessage's targeting, and the header's server token."""

import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import pytest

from pushwoosh_generated import PushwooshClient, errors
from pushwoosh_generated.models import (
    GetMessageLogAnswer,
    GetMsgStatsResult,
    MessageLogAction,
    MessageLogRow,
)
from pushwoosh_generated.types import Unset
from pushwoosh_mock import DEV_SERVER_TOKEN, MockServer
from pushwoosh_mock.transport import InProcessTransport

WINDOW_REFUSED = "exceeded the maximum date interval. Max interval: 30 days"
"""The vendor's text for a getMessageLog period over 30 days."""
LATER = {"after": "3600s"}
"""A notify schedule an hour away: the message waits."""
OTHER_SERVER_TOKEN = "other-account-server-token"
T = TypeVar("T")


def _given(value: T | Unset) -> T:
    """A field of an answer, which must be present."""
    assert not isinstance(value, Unset)
    return value


def _rows(page: GetMessageLogAnswer) -> list[MessageLogRow]:
    return _given(page.result)


def _devices(client: PushwooshClient, count: int = 20, device_type: int = 3) -> list[str]:
    """Register ``count`` devices (``stat-<i>``, user ``user-<i>``); return their hwids."""
    hwids = [f"stat-{i}" for i in range(count)]
    for i, hwid in enumerate(hwids):
        client.register_device(
            hwid=hwid, push_token=f"token-{hwid}", device_type=device_type, user_id=f"user-{i}"
        )
    return hwids


def _report(client: PushwooshClient, message_hash: str, deliveries: int, opens: int) -> None:
    for i in range(deliveries):
        client.message_delivery_event(hwid=f"stat-{i}", hash=message_hash)
    for i in range(opens):
        client.push_stat(hwid=f"stat-{i}", hash=message_hash)


def _moment(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S")


@pytest.fixture
def twenty(pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer) -> str:
    """A createMessage push to 20 Android devices, 15 of them delivered and 5 opened: its code."""
    hwids = _devices(pushwoosh_client)
    pushwoosh_client.create_message(notifications=[{"content": "Sale", "devices": hwids}])
    (push,) = pushwoosh_mock.messages()
    assert push.code is not None and push.hash == push.code
    _report(pushwoosh_client, push.hash, 15, 5)
    return push.code


def _log(client: PushwooshClient, **filters: Any) -> Iterator[GetMessageLogAnswer]:
    """Every getMessageLog page, one after the other, until the token is null."""
    token: str | None = None
    while True:
        asked = {**filters, "pagination_token": token} if token else filters
        page = client.get_message_log(**asked)
        yield page
        found = page.pagination_token
        token = found if isinstance(found, str) else None
        if token is None:
            return


class TestTwentySentFifteenDeliveredFiveOpened:
    """One rule counts for every statistics method: 20 sends, 15 deliveries, 5 opens."""

    def test_totals_by_intervals(self, pushwoosh_client: PushwooshClient, twenty: str) -> None:
        """totalsByIntervals answers the hour's counts on Android as strings, and the same
        sends and opens in its conversion."""
        result = pushwoosh_client.totals_by_intervals(message_code=twenty)
        (row,) = _given(result.metrics)
        assert (row.platform, row.sends, row.deliveries, row.opens) == (3, "20", "15", "5")
        conversion = _given(result.conversion)
        assert (conversion.sends, conversion.opens) == ("20", "5")
        ios = pushwoosh_client.totals_by_intervals(message_code=twenty, platforms=[1])
        assert ios.metrics == [] and _given(ios.conversion).sends == "0"

    def test_list_messages(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, twenty: str
    ) -> None:
        """messages:list shows the message sent, with its integer metrics per platform."""
        page = pushwoosh_client.list_messages(
            application=pushwoosh_mock.application,
            filters={"messages_codes": [twenty]},
            params={"with_metrics": True},
        )
        assert page.total == 1
        (item,) = page.items
        assert (item.code, item.status, item.platforms, item.source) == (
            twenty,
            "sent",
            [3],
            "API",
        )
        (metrics,) = _given(_given(item.push_info).metrics)
        assert (metrics.sends, metrics.deliveries, metrics.opens, metrics.platform) == (
            20,
            15,
            5,
            3,
        )

    def test_get_message_log(self, pushwoosh_client: PushwooshClient, twenty: str) -> None:
        """getMessageLog has a sent row per device and a row per delivery and open."""
        rows = [row for page in _log(pushwoosh_client, message_code=twenty) for row in _rows(page)]
        assert Counter(row.action for row in rows) == {"sent": 20, "delivered": 15, "opened": 5}
        assert {row.hwid for row in rows if row.action == "opened"} == {
            f"stat-{i}" for i in range(5)
        }
        assert {(row.message_code, row.platform) for row in rows} == {(twenty, 3)}
        assert all(row.user_id == _given(row.hwid).replace("stat-", "user-") for row in rows)

    def test_get_msg_stats_agrees(self, pushwoosh_client: PushwooshClient, twenty: str) -> None:
        """getMsgStats (v1, through getResults) reads the same numbers."""
        result = pushwoosh_client.jobs.wait(pushwoosh_client.get_msg_stats(message=twenty))
        assert isinstance(result, GetMsgStatsResult)
        found: Counter[str] = Counter()
        for row in result.rows:
            found[row.action] += int(row.count)
        assert found == {"send": 20, "delivery": 15, "open": 5}

    def test_a_notify_message_is_counted_the_same_way(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A message sent with notify carries its code as hash, and is counted by it."""
        _devices(pushwoosh_client)
        code = pushwoosh_client.notify(
            segment={"application": pushwoosh_mock.application, "schedule": {}}
        ).message_code
        _report(pushwoosh_client, code, 15, 5)
        (row,) = _given(pushwoosh_client.totals_by_intervals(message_code=code).metrics)
        assert (row.sends, row.deliveries, row.opens) == ("20", "15", "5")

    def test_an_unknown_code_is_not_found(self, pushwoosh_client: PushwooshClient) -> None:
        """totalsByIntervals answers 404 with the Statistics family's error for a code the
        account does not have."""
        with pytest.raises(errors.NotFoundError) as caught:
            pushwoosh_client.totals_by_intervals(message_code="AAAA-BBBBBBBB-CCCCCCCC")
        assert caught.value.response.json() == {"error": "message not found"}


class TestListMessagesPaging:
    """listMessages' pages."""

    def test_pages_cover_every_message_once(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Pages of per_page count from 1 (0 reads as 1), newest first, to an empty page; the
        total is every match; a filter narrows."""
        _devices(pushwoosh_client, count=10)
        for n in range(5):
            pushwoosh_client.create_message(
                notifications=[{"content": f"m{n}", "campaign": "CAMP1-00000" if n % 2 else ""}],
                broadcast=True,
            )
        application = pushwoosh_mock.application
        seen: list[int] = []
        for number in range(1, 5):
            page = pushwoosh_client.list_messages(
                application=application, filters={}, per_page=2, page=number
            )
            assert page.total == 5 and len(page.items) == min(2, 5 - len(seen))
            seen += [_given(item.id) for item in page.items]
        assert seen == sorted((push.id for push in pushwoosh_mock.messages()), reverse=True)
        first = pushwoosh_client.list_messages(
            application=application, filters={}, per_page=2, page=0
        )
        assert [item.id for item in first.items] == seen[:2]
        campaign = pushwoosh_client.list_messages(
            application=application, filters={"campaign": "CAMP1-00000"}
        )
        assert campaign.total == 2


class TestGetMessageLog:
    """getMessageLog's pages and period."""

    def test_pages_reach_the_end(self, pushwoosh_client: PushwooshClient, twenty: str) -> None:
        """`limit` rows a page, each row once, oldest first; the last page's token is null."""
        pages = list(_log(pushwoosh_client, message_code=twenty, limit=7))
        assert [len(_rows(page)) for page in pages] == [7, 7, 7, 7, 7, 5]
        assert pages[-1].pagination_token is None
        rows = [row for page in pages for row in _rows(page)]
        keys = [(row.action, row.hwid) for row in rows]
        assert len(set(keys)) == 40
        moments = [_given(row.timestamp) for row in rows]
        assert moments == sorted(moments)

    def test_filters(self, pushwoosh_client: PushwooshClient, twenty: str) -> None:
        """`actions`, `hwid` and `user_id` narrow the rows."""
        opened = pushwoosh_client.get_message_log(
            message_code=twenty, actions=[MessageLogAction.OPENED]
        )
        assert len(_rows(opened)) == 5
        device = pushwoosh_client.get_message_log(hwid=["stat-3", "stat-19"])
        assert Counter(row.action for row in _rows(device)) == {
            "sent": 2,
            "delivered": 1,
            "opened": 1,
        }
        user = pushwoosh_client.get_message_log(user_id="user-19")
        assert [row.action for row in _rows(user)] == ["sent"]

    def test_more_than_30_days_is_refused(
        self, pushwoosh_client: PushwooshClient, twenty: str
    ) -> None:
        """A period longer than 30 days is a 400 with the vendor's text."""
        now = time.time()
        with pytest.raises(errors.BadRequestError) as caught:
            pushwoosh_client.get_message_log(
                message_code=twenty, date_from=_moment(now - 31 * 86400), date_to=_moment(now)
            )
        assert caught.value.response.json() == {"error": WINDOW_REFUSED}
        within = pushwoosh_client.get_message_log(
            message_code=twenty, date_from=_moment(now - 29 * 86400), date_to=_moment(now + 60)
        )
        assert len(_rows(within)) == 40


class TestNotify:
    """notify: createMessage's targeting, a message in /__mock/messages and getPushHistory."""

    @pytest.fixture
    def audience(self, pushwoosh_client: PushwooshClient) -> None:
        """Four iOS devices (ios-0…3, tag Level = index) and four Android (and-0…3)."""
        for i in range(4):
            pushwoosh_client.register_device(
                hwid=f"ios-{i}", push_token=f"ios-token-{i}", device_type=1, tags={"Level": i}
            )
            pushwoosh_client.register_device(
                hwid=f"and-{i}", push_token=f"and-token-{i}", device_type=3, user_id=f"u{i}"
            )

    def test_segment_by_code_expression_and_platforms(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, audience: None
    ) -> None:
        """A createFilter segment by `code`, an `expression`, and `platforms` by name reach
        exactly their devices; the message shows in /__mock/messages and getPushHistory."""
        application = pushwoosh_mock.application
        pushwoosh_client.create_filter(name="high", filter_expression='T("Level", GTE, 2)')
        by_code = pushwoosh_client.notify(
            segment={"application": application, "code": "high", "schedule": {}}
        ).message_code
        by_expression = pushwoosh_client.notify(
            segment={
                "application": application,
                "expression": f'A("{application}")',
                "platforms": ["ANDROID"],
                "schedule": {},
                "campaign": "CAMP1-00000",
            }
        ).message_code
        pushes = {push.code: push for push in pushwoosh_mock.messages()}
        assert pushes[by_code].hwids == ["ios-2", "ios-3"]
        assert pushes[by_expression].hwids == ["and-0", "and-1", "and-2", "and-3"]
        assert pushes[by_code].status == pushes[by_expression].status == "sent"
        history = pushwoosh_client.get_push_history()
        assert {row.code for row in history} == {by_code, by_expression}

    def test_transactional_reaches_the_listed_devices(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, audience: None
    ) -> None:
        """hwids and push tokens, or users, reach exactly their devices, platforms kept."""
        application = pushwoosh_mock.application
        pushwoosh_client.notify(
            transactional={
                "application": application,
                "hwids": {"list": ["ios-0", "and-1"]},
                "push_tokens": {"list": ["ios-token-3"]},
                "platforms": ["IOS"],
                "schedule": {},
            }
        )
        pushwoosh_client.notify(
            transactional={
                "application": application,
                "users": {"list": ["u2", "u3"]},
                "schedule": {},
            }
        )
        first, second = pushwoosh_mock.messages()
        assert first.hwids == ["ios-0", "ios-3"]
        assert second.hwids == ["and-2", "and-3"]

    def test_unknown_identifiers(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, audience: None
    ) -> None:
        """With return_unknown_identifiers the identifiers that matched no device are
        answered; without it, none."""
        body = {
            "application": pushwoosh_mock.application,
            "hwids": {"list": ["ios-0", "ghost"]},
            "push_tokens": {"list": ["and-token-1", "no-token"]},
            "schedule": {},
        }
        asked = pushwoosh_client.notify(transactional={**body, "return_unknown_identifiers": True})
        assert asked.unknown_identifiers == ["ghost", "no-token"]
        assert pushwoosh_client.notify(transactional=body).unknown_identifiers == []
        users = pushwoosh_client.notify(
            transactional={
                "application": pushwoosh_mock.application,
                "users": {"list": ["u0", "stranger"]},
                "schedule": {},
                "return_unknown_identifiers": True,
            }
        )
        assert users.unknown_identifiers == ["stranger"]


class TestCancelNotification:
    """cancelNotification."""

    @pytest.mark.pushwoosh(server_tokens=frozenset({DEV_SERVER_TOKEN, OTHER_SERVER_TOKEN}))
    def test_a_waiting_message_is_cancelled_then_refused(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A scheduled notify is cancelled (never sent); cancelling it again, or a message
        already sent, is a 400 with gRPC code 9; unknown is 404 (5), another account's 403 (7)."""
        _devices(pushwoosh_client, count=3)
        segment = {"application": pushwoosh_mock.application}
        waiting = pushwoosh_client.notify(segment={**segment, "schedule": LATER}).message_code
        sent = pushwoosh_client.notify(segment={**segment, "schedule": {}}).message_code
        assert [push.status for push in pushwoosh_mock.messages()] == ["scheduled", "sent"]
        pushwoosh_client.cancel_notification(message_code=waiting)
        assert [push.status for push in pushwoosh_mock.messages()] == ["cancelled", "sent"]
        for code in (waiting, sent):
            with pytest.raises(errors.BadRequestError) as refused:
                pushwoosh_client.cancel_notification(message_code=code)
            assert refused.value.code == 9
        with pytest.raises(errors.NotFoundError) as unknown:
            pushwoosh_client.cancel_notification(message_code="AAAA-BBBBBBBB-CCCCCCCC")
        assert unknown.value.code == 5
        assert unknown.value.response.json()["message"] == "message not found"
        with (
            _client(pushwoosh_mock, OTHER_SERVER_TOKEN) as other,
            pytest.raises(errors.PermissionDeniedError) as foreign,
        ):
            other.cancel_notification(message_code=waiting)
        assert foreign.value.code == 7


def _client(mock: MockServer, server_token: str) -> PushwooshClient:
    """A client of the in-process mock with another server token."""
    return PushwooshClient(
        http_client=httpx.Client(transport=InProcessTransport(mock)),
        token=mock.token,
        server_token=server_token,
        application=mock.application,
        base_url="http://localhost",
        max_retries=0,
    )


class TestHeaderToken:
    """The server token of these families travels in the Authorization header."""

    def test_a_wrong_server_token_is_refused(self, pushwoosh_mock: MockServer) -> None:
        """A server token the mock does not know is a 401 in each family."""
        with _client(pushwoosh_mock, "not-a-server-token") as client:
            with pytest.raises(errors.AuthenticationError):
                client.notify(segment={"schedule": {}})
            with pytest.raises(errors.AuthenticationError):
                client.list_messages(application=pushwoosh_mock.application, filters={})
            with pytest.raises(errors.AuthenticationError):
                client.get_message_log(message_code="AAAA-BBBBBBBB-CCCCCCCC")
        assert pushwoosh_mock.messages() == []

    def test_the_token_never_reaches_the_journal(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Neither the journal nor GET /__mock/requests shows the header's server token."""
        _devices(pushwoosh_client, count=2)
        code = pushwoosh_client.notify(
            segment={"application": pushwoosh_mock.application, "schedule": LATER}
        ).message_code
        pushwoosh_client.list_messages(application=pushwoosh_mock.application, filters={})
        pushwoosh_client.cancel_notification(message_code=code)
        calls = pushwoosh_mock.requests()
        assert {call.operation for call in calls} >= {
            "notify",
            "listMessages",
            "cancelNotification",
        }
        assert DEV_SERVER_TOKEN not in str([call.to_json() for call in calls])
        with httpx.Client(transport=InProcessTransport(pushwoosh_mock)) as http:
            listing = http.get("http://localhost/__mock/requests").text
        assert "notify" in listing and DEV_SERVER_TOKEN not in listing

"""Statistics the mock computes from what happened: sends are the devices a message reached,
deliveries and opens the messageDeliveryEvent and pushStat calls carrying its hash; read back
through the scheduled requests (getResults) and client.jobs.wait."""

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest

from pushwoosh_generated import DeviceType, NotificationDict, PushwooshClient, RequestArgumentError
from pushwoosh_generated.models import (
    Conversion,
    EventStatisticsRow,
    GetAppStatsResult,
    GetCampaignStatsResult,
    GetMsgStatsResult,
)
from pushwoosh_mock import MockServer

FROM, TO = "2020-01-01 00:00:00", "2099-12-31 23:59:59"
PERIOD = {"datefrom": FROM, "dateto": TO}


def _send(client: PushwooshClient, mock: MockServer, count: int = 20, **fields: Any) -> str:
    """Register ``count`` Android devices, send them one message; return its hash."""
    hwids = [f"stat-{i}" for i in range(count)]
    for hwid in hwids:
        client.register_device(hwid=hwid, push_token=f"token-{hwid}", device_type=3)
    notification: NotificationDict = {"content": "Sale", "devices": hwids, **fields}  # type: ignore[typeddict-item]
    client.create_message(notifications=[notification])
    return mock.messages()[-1].hash


def _report(client: PushwooshClient, message_hash: str, deliveries: int, opens: int) -> None:
    for i in range(deliveries):
        client.message_delivery_event(hwid=f"stat-{i}", hash=message_hash)
    for i in range(opens):
        client.push_stat(hwid=f"stat-{i}", hash=message_hash)


def _totals(rows: Sequence[Any], key: str = "count") -> dict[str, int]:
    found: dict[str, int] = {}
    for row in rows:
        found[row.action] = found.get(row.action, 0) + int(getattr(row, key))
    return found


class TestMessageStatistics:
    """getMsgStats and getMsgPlatformsStats count sends, deliveries and opens of one message."""

    def test_twenty_sent_fifteen_delivered_five_opened(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A message to 20 devices with 15 deliveries and 5 opens reads 20/15/5 back."""
        message_hash = _send(pushwoosh_client, pushwoosh_mock)
        _report(pushwoosh_client, message_hash, 15, 5)
        code = pushwoosh_mock.messages()[-1].code
        assert code == message_hash
        result = pushwoosh_client.jobs.wait(pushwoosh_client.get_msg_stats(message=code))
        assert isinstance(result, GetMsgStatsResult)
        assert result.formatter == "hourly"
        assert _totals(result.rows) == {"send": 20, "delivery": 15, "open": 5}
        conversion = result.conversion
        assert isinstance(conversion, Conversion)
        assert (conversion.send, conversion.delivery, conversion.open_) == (
            20,
            15,
            5,
        )

    def test_the_hash_of_a_message_without_a_code(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A message sent at once to fewer than 10 devices has no code: its hash is `m<id>`,
        and events carrying it are counted (by its number, as the older page allows)."""
        message_hash = _send(pushwoosh_client, pushwoosh_mock, count=3)
        push = pushwoosh_mock.messages()[-1]
        assert push.code is None and message_hash == f"m{push.id}"
        _report(pushwoosh_client, message_hash, 2, 1)
        result = pushwoosh_client.jobs.wait(pushwoosh_client.get_msg_stats(message=str(push.id)))
        assert _totals(result.rows) == {"send": 3, "delivery": 2, "open": 1}

    def test_events_of_another_hash_are_not_counted(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Only events carrying the message's own hash count."""
        message_hash = _send(pushwoosh_client, pushwoosh_mock)
        _report(pushwoosh_client, "someone-else", 4, 4)
        _report(pushwoosh_client, message_hash, 1, 0)
        result = pushwoosh_client.jobs.wait(pushwoosh_client.get_msg_stats(message=message_hash))
        assert _totals(result.rows) == {"send": 20, "delivery": 1}

    def test_per_platform_counts_are_strings(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """getMsgPlatformsStats answers a row per platform with the count as a string (as its
        page shows it); `platforms` keeps only those device types."""
        message_hash = _send(pushwoosh_client, pushwoosh_mock)
        _report(pushwoosh_client, message_hash, 15, 5)
        started = pushwoosh_client.get_msg_platforms_stats(
            message=message_hash, platforms=[DeviceType.ANDROID]
        )
        result = pushwoosh_client.jobs.wait(started)
        assert {row.platform for row in result.rows} == {3}
        assert all(isinstance(row.count, str) for row in result.rows)
        assert _totals(result.rows) == {"send": 20, "delivery": 15, "open": 5}
        ios_only = pushwoosh_client.get_msg_platforms_stats(
            message=message_hash, platforms=[DeviceType.IOS]
        )
        assert pushwoosh_client.jobs.wait(ios_only).rows == []

    def test_a_cancelled_message_counts_nothing(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A scheduled message cancelled before its time is never counted as sent."""
        _send(pushwoosh_client, pushwoosh_mock, send_date="2099-01-01 00:00")
        code = pushwoosh_mock.messages()[-1].code
        assert code is not None
        pushwoosh_client.cancel_message(message=code)
        result = pushwoosh_client.jobs.wait(pushwoosh_client.get_msg_stats(message=code))
        assert result.rows == []

    def test_an_unknown_message_is_refused_at_once(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """No job is started for a message the account does not have."""
        with pytest.raises(RequestArgumentError, match="Message not found"):
            pushwoosh_client.get_msg_stats(message="AAAA-BBBBBBBB-CCCCCCCC")
        assert pushwoosh_mock.jobs() == []


class TestApplicationStatistics:
    """getAppStats, getCampaignStats, getEventStatistics, getApplicationSubscribersStats."""

    def test_app_stats_count_what_happened_in_the_period(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Registrations, unregistrations, app opens and sends are counted."""
        _send(pushwoosh_client, pushwoosh_mock, count=12)
        pushwoosh_client.unregister_device(hwid="stat-0")
        for _ in range(3):
            pushwoosh_client.application_open(hwid="stat-1")
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        )
        assert isinstance(result, GetAppStatsResult)
        assert result.formatter == "yearly"
        assert _totals(result.rows) == {
            "install": 12,
            "register": 12,
            "unregister": 1,
            "open": 3,
            "send": 12,
        }

    def test_app_stats_scale_follows_the_period(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Over a day: daily rows; within three hours: minutely (the vendor's scales)."""
        pushwoosh_client.register_device(hwid="one", push_token="t", device_type=1)
        now = datetime.now(UTC)
        day = {"datefrom": "2020-01-01 00:00:00", "dateto": "2020-01-03 00:00:00"}
        assert pushwoosh_client.jobs.wait(
            pushwoosh_client.get_app_stats(datefrom=day["datefrom"], dateto=day["dateto"])
        ).formatter == ("daily")
        hour = now.strftime("%Y-%m-%d %H:00:00")
        short = {"datefrom": hour, "dateto": now.strftime("%Y-%m-%d %H:59:59")}
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.get_app_stats(datefrom=short["datefrom"], dateto=short["dateto"])
        )
        assert result.formatter == "minutely"
        assert _totals(result.rows) == {"install": 1, "register": 1}

    def test_a_bad_date_is_refused(self, pushwoosh_client: PushwooshClient) -> None:
        """A period not written `Y-m-d H:i:s` is a 210 naming the field."""
        with pytest.raises(RequestArgumentError, match="datefrom: expected Y-m-d H:i:s"):
            pushwoosh_client.get_app_stats(datefrom="2024-01-01", dateto="2024-01-02 00:00:00")

    def test_campaign_stats_count_only_its_messages(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Only messages sent with the campaign code are counted, per platform."""
        first = _send(pushwoosh_client, pushwoosh_mock, campaign="CAMP1-00000")
        _report(pushwoosh_client, first, 4, 2)
        _send(pushwoosh_client, pushwoosh_mock)
        started = pushwoosh_client.get_campaign_stats(
            campaign="CAMP1-00000", datefrom=FROM, dateto=TO
        )
        result = pushwoosh_client.jobs.wait(started)
        assert isinstance(result, GetCampaignStatsResult)
        assert _totals(result.rows) == {"send": 20, "delivery": 4, "open": 2}
        assert {row.platformid for row in result.rows} == {3}

    def test_event_statistics_by_hour_with_attribute_filters(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        """Posted events of the name are counted per hour; EQ filters on attributes."""
        pushwoosh_client.register_device(hwid="buyer", push_token="t", device_type=3)
        for currency in ("USD", "USD", "EUR"):
            pushwoosh_client.post_event(
                hwid="buyer", event="Purchase", attributes={"currency": currency}
            )
        pushwoosh_client.post_event(hwid="buyer", event="Other", attributes={})
        today = time.strftime("%Y-%m-%d", time.gmtime())
        started = pushwoosh_client.get_event_statistics(
            event="Purchase",
            date_from=today,
            date_to=today,
            attributes=[{"name": "currency", "operator": "EQ", "values": ["USD"]}],
        )
        assert started.id.startswith("DC1_")
        rows = pushwoosh_client.jobs.wait(started)
        assert all(isinstance(row, EventStatisticsRow) for row in rows)
        assert sum(row.count for row in rows) == 2
        every = pushwoosh_client.get_event_statistics(
            event="Purchase", date_from=today, date_to=today
        )
        assert sum(row.count for row in pushwoosh_client.jobs.wait(every)) == 3

    def test_subscribers_by_device_type(self, pushwoosh_client: PushwooshClient) -> None:
        """Registered devices with a push token are counted by type; unregistered ones not."""
        pushwoosh_client.register_device(hwid="a", push_token="t1", device_type=1)
        pushwoosh_client.register_device(hwid="b", push_token="t2", device_type=3)
        pushwoosh_client.register_device(hwid="c", push_token="t3", device_type=3)
        pushwoosh_client.unregister_device(hwid="c")
        rows = pushwoosh_client.get_application_subscribers_stats()
        assert [(int(row.device_type), row.subscribers) for row in rows] == [(1, 1), (3, 1)]

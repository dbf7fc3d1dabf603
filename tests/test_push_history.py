"""cancelMessage and getPushHistory: a scheduled message cancelled is never sent; the history
pages by the last id, newest first."""

import httpx
import pytest

from pushwoosh_generated import PushwooshClient, RequestArgumentError
from pushwoosh_mock import MockServer
from pushwoosh_mock.backend import messages
from pushwoosh_mock.transport import InProcessTransport


def _devices(client: PushwooshClient, count: int = 10) -> list[str]:
    hwids = [f"h{i}" for i in range(count)]
    for hwid in hwids:
        client.register_device(hwid=hwid, push_token=f"t-{hwid}", device_type=1)
    return hwids


class TestCancelMessage:
    """cancelMessage."""

    def test_a_scheduled_message_is_cancelled(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """It becomes `cancelled`, in getMessageDetails and /__mock/messages; cancelling again
        leaves it so."""
        _devices(pushwoosh_client)
        result = pushwoosh_client.create_message(
            notifications=[{"content": "Later", "send_date": "2099-01-01 10:00"}], broadcast=True
        )
        code = result.messages[0]
        assert code is not None
        pushwoosh_client.cancel_message(message=code)
        pushwoosh_client.cancel_message(message=code)
        assert pushwoosh_client.get_message_details(message=code).status == "cancelled"
        assert [push.status for push in pushwoosh_mock.messages()] == ["cancelled"]

    def test_a_sent_message_is_refused(self, pushwoosh_client: PushwooshClient) -> None:
        """A message already sent cannot be cancelled; an unknown one is not found."""
        _devices(pushwoosh_client)
        code = pushwoosh_client.create_message(
            notifications=[{"content": "Now"}], broadcast=True
        ).messages[0]
        assert code is not None
        with pytest.raises(RequestArgumentError, match="Message already sent"):
            pushwoosh_client.cancel_message(message=code)
        with pytest.raises(RequestArgumentError, match="Message not found"):
            pushwoosh_client.cancel_message(message="AAAA-BBBBBBBB-CCCCCCCC")


class TestPushHistory:
    """getPushHistory."""

    def test_pages_by_last_id_cover_every_message_once(
        self,
        pushwoosh_client: PushwooshClient,
        pushwoosh_mock: MockServer,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Pages are newest first; the next starts below the last id; an empty page ends."""
        monkeypatch.setattr(messages, "HISTORY_PAGE", 2)
        _devices(pushwoosh_client)
        for n in range(5):
            pushwoosh_client.create_message(notifications=[{"content": f"m{n}"}], broadcast=True)
        seen: list[int] = []
        last = 0
        while rows := pushwoosh_client.get_push_history(last_notification_id=last):
            assert len(rows) <= 2
            seen += [row.id for row in rows]
            last = rows[-1].id
        assert seen == sorted(seen, reverse=True)
        assert sorted(seen) == [push.id for push in pushwoosh_mock.messages()]

    def test_search_by(self, pushwoosh_client: PushwooshClient) -> None:
        """searchBy narrows to a code, an id, an application or a campaign."""
        _devices(pushwoosh_client)
        first = pushwoosh_client.create_message(
            notifications=[{"content": "a", "campaign": "CAMP1-00000"}], broadcast=True
        ).messages[0]
        assert first is not None
        pushwoosh_client.create_message(notifications=[{"content": "b"}], broadcast=True)
        (row,) = pushwoosh_client.get_push_history(search_by="notificationCode", value=first)
        assert row.code == first and row.source == "API" and row.recipients == 10
        (same,) = pushwoosh_client.get_push_history(search_by="notificationID", value=str(row.id))
        assert same.id == row.id
        (campaign,) = pushwoosh_client.get_push_history(
            search_by="campaignCode", value="CAMP1-00000"
        )
        assert campaign.id == row.id
        assert len(pushwoosh_client.get_push_history(search_by="applicationCode", value="X")) == 0

    @pytest.mark.pushwoosh(server_tokens=frozenset({"first-token", "second-token"}))
    def test_another_account_sees_none(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The history is the account's own."""
        _devices(pushwoosh_client)
        pushwoosh_client.create_message(notifications=[{"content": "a"}], broadcast=True)
        assert len(pushwoosh_client.get_push_history()) == 1
        with httpx.Client(
            transport=InProcessTransport(pushwoosh_mock), base_url="http://localhost"
        ) as http:
            answer = http.post(
                "/json/1.3/getPushHistory", json={"request": {"auth": "second-token"}}
            ).json()
        assert answer["response"] == {"rows": []}

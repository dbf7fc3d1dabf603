"""client.pages: every item of a paged method, page after page, as the spec's
`x-pushwoosh-pages` says (page numbers and cursors alike), and journey_base_url."""

from typing import Any

import anyio
import pytest

from pushwoosh_generated import AsyncPushwooshClient, ConfigurationError, PushwooshClient
from pushwoosh_generated.errors import InvalidArgumentError
from pushwoosh_mock import MockServer


def _send(client: PushwooshClient, count: int) -> list[str]:
    """Register 10 devices and send `count` messages to them (10 devices: each gets a code)."""
    devices = [f"d{n}" for n in range(10)]
    for hwid in devices:
        client.register_device(hwid=hwid, push_token=f"t-{hwid}", device_type=3)
    codes = []
    for number in range(count):
        sent = client.create_message(notifications=[{"content": f"m{number}", "devices": devices}])
        codes.append(str(sent.messages[0]))
    return codes


class TestPages:
    def test_page_numbers_until_an_empty_page(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        codes = _send(pushwoosh_client, 7)
        found = list(pushwoosh_client.pages(pushwoosh_client.list_messages, filters={}, per_page=3))
        assert sorted(item.code for item in found) == sorted(codes)
        pages = [call.body["page"] for call in pushwoosh_mock.requests("listMessages")]
        assert pages == [1, 2, 3, 4]  # three full pages, then the empty one

    def test_cursors_until_none(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        (code,) = _send(pushwoosh_client, 1)
        rows = list(pushwoosh_client.pages("get_message_log", message_code=code, limit=4))
        assert len(rows) == 10 and {row.action for row in rows} == {"sent"}
        calls = pushwoosh_mock.requests("getMessageLog")
        assert len(calls) == 3 and "pagination_token" not in calls[0].body
        assert calls[1].body["pagination_token"] != calls[2].body["pagination_token"]

    def test_a_method_that_does_not_page_says_which_do(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        with pytest.raises(
            InvalidArgumentError, match=r"get_tags does not page; these do: .*list_messages"
        ):
            next(iter(pushwoosh_client.pages(pushwoosh_client.get_tags, hwid="h")))
        with pytest.raises(InvalidArgumentError, match="one of this client's methods"):
            next(iter(pushwoosh_client.pages(print)))

    def test_async(
        self, pushwoosh_client: PushwooshClient, async_pushwoosh_client: AsyncPushwooshClient
    ) -> None:
        codes = _send(pushwoosh_client, 4)

        async def main() -> list[Any]:
            client = async_pushwoosh_client
            return [
                item async for item in client.pages(client.list_messages, filters={}, per_page=3)
            ]

        assert sorted(item.code for item in anyio.run(main)) == sorted(codes)


class TestJourneyBaseUrl:
    def test_checked_like_base_url(self) -> None:
        with pytest.raises(ConfigurationError, match=r"journey_base_url .* clear text"):
            PushwooshClient("t", journey_base_url="http://example.com")

    def test_read_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("PUSHWOOSH_JOURNEY_BASE_URL", "https://journeys.example.com/")
        assert PushwooshClient("t").journey_base_url == "https://journeys.example.com"

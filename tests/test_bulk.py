"""Tests for client.bulk (`pushwoosh_generated.lib.bulk`): streaming, order, bounds, trio."""

import threading
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, ItemResult, PushwooshClient, errors

OK = {"status_code": 200, "status_message": "OK", "response": None}


class Counting:
    """An httpx handler that answers every call and counts the calls in flight at once."""

    def __init__(self, fail_hwid: str | None = None) -> None:
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most = 0
        self.calls = 0
        self.fail_hwid = fail_hwid

    def enter(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.calls += 1
            self.most = max(self.most, self.in_flight)

    def leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def answer(self, request: httpx.Request) -> httpx.Response:
        if self.fail_hwid and f'"{self.fail_hwid}"'.encode() in request.content:
            return httpx.Response(200, json={**OK, "status_code": 210, "status_message": "no"})
        return httpx.Response(200, json=OK)


def sync_client(counting: Counting) -> PushwooshClient:
    def handler(request: httpx.Request) -> httpx.Response:
        counting.enter()
        try:
            threading.Event().wait(0.001)
            return counting.answer(request)
        finally:
            counting.leave()

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return PushwooshClient("t", application="A", http_client=http, max_connections=8)


def async_client(counting: Counting) -> AsyncPushwooshClient:
    async def handler(request: httpx.Request) -> httpx.Response:
        counting.enter()
        try:
            await anyio.sleep(0.001)
            return counting.answer(request)
        finally:
            counting.leave()

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncPushwooshClient("t", application="A", http_client=http, max_connections=8)


class Source:
    """A generator of items that records how far it has been read."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.produced = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for n in range(self.count):
            self.produced += 1
            yield {"hwid": f"h{n}", "tags": {"N": n}}


class TestStream:
    """Bulk.stream: any iterable in, results out in order, bounded."""

    def test_in_order_bounded_and_lazy(self) -> None:
        """2,000 items from a generator: results in input order; never more than `concurrency`
        calls in flight, nor items read ahead of the results given out."""
        counting, source = Counting(fail_hwid="h1500"), Source(2000)
        client = sync_client(counting)
        seen: list[ItemResult[Any]] = []
        for result in client.bulk.stream(client.set_tags, source, concurrency=8, progress=False):
            assert source.produced - len(seen) <= 8 + 1  # read ahead at most the window
            seen.append(result)
        assert [r.index for r in seen] == list(range(2000))
        assert counting.most <= 8 and counting.calls == 2000
        assert [r.index for r in seen if not r.ok] == [1500]
        assert isinstance(seen[1500].error, errors.ArgumentError)

    def test_stopping_early_starts_no_more_calls(self) -> None:
        """A consumer that stops after 10 results leaves the rest of the input unread."""
        counting, source = Counting(), Source(10_000)
        client = sync_client(counting)
        for n, _ in enumerate(
            client.bulk.stream(client.set_tags, source, concurrency=4, progress=False)
        ):
            if n == 9:
                break
        assert source.produced <= 10 + 4 + 1
        assert counting.calls <= 10 + 4 + 1

    def test_an_item_the_method_cannot_take(self) -> None:
        """In a stream, an item with an unknown argument raises when its turn comes; the list
        form refuses it before anything is sent."""
        counting = Counting()
        client = sync_client(counting)
        items = [{"hwid": "a", "tags": {}}, {"hwid": "b", "tagz": {}}]
        with pytest.raises(errors.InvalidArgumentError, match=r"items\[1\]"):
            client.bulk.map(client.set_tags, items)
        assert counting.calls == 0
        with pytest.raises(errors.InvalidArgumentError, match=r"items\[1\]"):
            list(client.bulk.stream(client.set_tags, iter(items), progress=False))

    def test_concurrency_above_the_pool_is_refused(self) -> None:
        client = sync_client(Counting())
        with pytest.raises(ValueError, match="max_connections=8"):
            client.bulk.set_tags([], concurrency=9)

    def test_typed_by_method(self) -> None:
        """`map` takes the bound method: its result type is the method's."""
        client = sync_client(Counting())
        results: list[ItemResult[Any]] = client.bulk.map(
            client.get_tags, [{"hwid": "a"}], progress=False
        )
        assert isinstance(results[0], ItemResult)


class TestAsyncStream:
    """AsyncBulk.stream, under asyncio and trio (anyio)."""

    @pytest.mark.parametrize("backend", ["asyncio", "trio"])
    def test_in_order_and_bounded(self, backend: str) -> None:
        counting, source = Counting(fail_hwid="h700"), Source(1000)

        async def main() -> list[ItemResult[Any]]:
            client = async_client(counting)
            seen: list[ItemResult[Any]] = []
            async with client.bulk.stream(
                client.set_tags, source, concurrency=8, progress=False
            ) as results:
                async for result in results:
                    # the window, the item waiting for a place, the one sent past the consumer
                    assert source.produced - len(seen) <= 8 + 2
                    seen.append(result)
            return seen

        seen = anyio.run(main, backend=backend)
        assert [r.index for r in seen] == list(range(1000))
        assert counting.most <= 8
        assert [r.index for r in seen if not r.ok] == [700]

    @pytest.mark.parametrize("backend", ["asyncio", "trio"])
    def test_list_form_and_async_iterables(self, backend: str) -> None:
        counting = Counting()

        async def rows() -> Any:
            for n in range(50):
                yield {"hwid": f"h{n}", "tags": {}}

        async def main() -> tuple[int, int]:
            client = async_client(counting)
            listed = await client.bulk.set_tags([{"hwid": "x", "tags": {}}] * 30, progress=False)
            async with client.bulk.stream(client.set_tags, rows(), progress=False) as results:
                streamed = [r async for r in results]
            return len(listed), len(streamed)

        assert anyio.run(main, backend=backend) == (30, 50)

    @pytest.mark.parametrize("backend", ["asyncio", "trio"])
    def test_map_in_order_bounded_with_failures_in_place(self, backend: str) -> None:
        """map's workers: every result at its item's index, at most `concurrency` calls in
        flight, a failed item failing alone."""
        counting = Counting(fail_hwid="h70")

        async def main() -> list[ItemResult[Any]]:
            client = async_client(counting)
            items = [{"hwid": f"h{n}", "tags": {"N": n}} for n in range(200)]
            return await client.bulk.map(client.set_tags, items, concurrency=8, progress=False)

        results = anyio.run(main, backend=backend)
        assert [r.index for r in results] == list(range(200))
        assert [r.arguments["hwid"] for r in results] == [f"h{n}" for n in range(200)]
        assert [r.index for r in results if not r.ok] == [70]
        assert isinstance(results[70].error, errors.ArgumentError)
        assert counting.calls == 200 and 1 < counting.most <= 8

    def test_leaving_early_cancels_the_calls_in_flight(self) -> None:
        counting, source = Counting(), Source(10_000)

        async def main() -> None:
            client = async_client(counting)
            async with client.bulk.stream(
                client.set_tags, source, concurrency=4, progress=False
            ) as results:
                async for result in results:
                    if result.index == 9:
                        break

        anyio.run(main)
        assert source.produced <= 10 + 4 + 1

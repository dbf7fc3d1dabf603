"""Tests for fault injection, from Python and over HTTP."""

import asyncio
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient
from pushwoosh_mock import ConnectionDropped, Fault, MockServer

from .conftest import APP, Api

REGISTER = {"request": {"application": APP, "hwid": "h1", "device_type": 3}}


class TestForcedStatus:
    """Tests for forced HTTP statuses."""

    @pytest.mark.parametrize(
        ("status", "retry_after"), [(500, None), (502, None), (503, 7), (429, 2)]
    )
    async def test_status_without_applying(
        self, api: Api, mock: MockServer, status: int, retry_after: int | None
    ) -> None:
        """The forced status is answered (with Retry-After where asked) and nothing is applied."""
        mock.faults.add(Fault(operation="registerDevice", status=status, retry_after=retry_after))
        response = await api.post("registerDevice", REGISTER)
        assert response.status_code == status
        assert response.json()["status_code"] == status
        assert response.headers.get("retry-after") == (
            None if retry_after is None else str(retry_after)
        )
        assert mock.store.snapshot()["devices"] == []

    async def test_next_n_calls(self, api: Api, mock: MockServer) -> None:
        """`times` fails the next N calls only, then the operation works again."""
        mock.faults.add(Fault(operation="registerDevice", status=503, times=2))
        statuses = [(await api.post("registerDevice", REGISTER)).status_code for _ in range(3)]
        assert statuses == [503, 503, 200]
        assert len(mock.faults) == 0

    async def test_other_operations_unaffected(self, api: Api, mock: MockServer) -> None:
        """A fault on one operation leaves the others alone; '*' hits every operation."""
        mock.faults.add(Fault(operation="setBadge", status=500))
        assert (await api.post("registerDevice", REGISTER)).status_code == 200
        mock.faults.clear()
        mock.faults.add(Fault(status=502, times=1))
        assert (
            await api.post("getTags", {"request": {"application": APP, "hwid": "h1"}})
        ).status_code == 502


class TestLatencyAndDrops:
    """Tests for added latency and dropped connections (in process)."""

    async def test_latency(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The configured latency is slept before the call is handled."""
        slept: list[float] = []

        async def fake_sleep(seconds: float) -> None:
            slept.append(seconds)

        monkeypatch.setattr("anyio.sleep", fake_sleep)
        mock.faults.add(Fault(operation="registerDevice", latency=0.25))
        assert (await api.post("registerDevice", REGISTER)).json()["status_code"] == 200
        assert slept == [0.25]

    @pytest.mark.parametrize(("drop", "applied"), [("before", False), ("after", True)])
    async def test_drop(self, api: Api, mock: MockServer, drop: Any, applied: bool) -> None:
        """In process the caller sees the connection close with no answer, as over a socket
        (the app itself raises ConnectionDropped); the change is applied only with drop=after."""
        mock.faults.add(Fault(operation="registerDevice", drop=drop, times=1))
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            await api.post("registerDevice", REGISTER)
        assert isinstance(caught.value.__cause__, ConnectionDropped)
        assert bool(mock.store.snapshot()["devices"]) is applied
        assert mock.journal.last.status == 0


class TestOverHttp:
    """Tests for /__mock/faults."""

    async def test_add_list_clear(self, api: Api) -> None:
        """Faults are added with POST, listed with GET and cleared with DELETE."""
        added = await api.client.post(
            "/__mock/faults",
            json={"operation": "setTags", "status": 429, "retry_after": 1, "times": 3},
        )
        assert added.status_code == 201
        listed = (await api.client.get("/__mock/faults")).json()["faults"]
        assert listed == [
            {
                "operation": "setTags",
                "status": 429,
                "status_code": None,
                "status_message": None,
                "retry_after": 1,
                "latency": 0.0,
                "drop": None,
                "times": 3,
            }
        ]
        assert (await api.post("setTags", {"request": {}})).status_code == 429
        await api.client.delete("/__mock/faults")
        assert (await api.client.get("/__mock/faults")).json() == {"faults": []}

    @pytest.mark.parametrize(
        ("fault", "message"),
        [
            ({"operation": "nope"}, "operation: unknown operation 'nope'"),
            ({"status": 404}, "status: expected one of 429, 500, 502, 503, got 404"),
            ({"status": 500, "retry_after": 1}, "retry_after: only with status 429 or 503"),
            (
                {"status": 503, "retry_after": -1},
                "retry_after: expected a whole number of seconds >= 0, got -1",
            ),
            ({"latency": "slow"}, "latency: expected seconds as a number, got 'slow'"),
            ({"latency": 3600}, "latency: expected 0 to 60 seconds, got 3600"),
            ({"drop": "sideways"}, "drop: expected 'before' or 'after', got 'sideways'"),
            ({"drop": "before", "status": 500}, "drop and status exclude each other"),
            ({"times": 0}, "times: expected a whole number >= 1, got 0"),
            ({"status": 500, "colour": "red"}, "unknown field(s): colour"),
            (["status", 500], "body: expected a JSON object describing a fault"),
        ],
    )
    async def test_invalid_fault(self, api: Api, fault: Any, message: str) -> None:
        """A bad fault is a 400 naming the field and what was expected; none is added."""
        response = await api.client.post("/__mock/faults", json=fault)
        assert response.status_code == 400
        assert response.json()["status_message"] == f"Invalid fault: {message}"
        assert (await api.client.get("/__mock/faults")).json() == {"faults": []}

    async def test_malformed_json(self, api: Api) -> None:
        """A fault body that is not JSON is a 400."""
        response = await api.client.post("/__mock/faults", content=b"{nope")
        assert response.status_code == 400


class TestClientAgainstFaults:
    """Tests for the generated client's retries against the mock's faults."""

    async def test_retries_through_503_then_succeeds(
        self, mock: MockServer, async_pushwoosh_client: AsyncPushwooshClient
    ) -> None:
        """Two injected 503s with Retry-After are retried and the registration lands once."""
        from pushwoosh_generated import DeviceType

        mock.fail_next("registerDevice", status=503, retry_after=1, times=2)
        raw = await async_pushwoosh_client.with_raw_response.register_device(
            application=APP, hwid="h1", device_type=DeviceType.ANDROID
        )
        assert raw.status_code == 200 and raw.attempts == 3
        assert [c.status for c in mock.requests("registerDevice")] == [503, 503, 200]
        assert mock.waits == [1, 1]  # waited as told, without sleeping


class TestConcurrency:
    """Tests for atomic state changes."""

    async def test_1000_concurrent_increments(self, api: Api) -> None:
        """1,000 concurrent increments of one tag add exactly 1,000."""
        await api.register("h1", tags={"Counter": 0})
        change = {
            "request": {
                "application": APP,
                "hwid": "h1",
                "tags": {"Counter": {"operation": "increment", "value": 1}},
            }
        }
        responses = await asyncio.gather(*(api.post("setTags", change) for _ in range(1000)))
        assert {r.json()["status_code"] for r in responses} == {200}
        assert (await api.tags(hwid="h1"))["Counter"] == 1000

    def test_increments_from_threads(self, mock: MockServer) -> None:
        """Increments from 8 threads straight on the store also add up exactly."""
        from concurrent.futures import ThreadPoolExecutor

        mock.store.register_device({"application": APP, "hwid": "h1", "device_type": 3})

        def bump(_: int) -> None:
            mock.store.set_device_tags(APP, "h1", {"N": {"operation": "increment", "value": 1}})

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(bump, range(800)))
        assert mock.store.device_tags(APP, "h1") == {"N": 800}


class TestDropsOnARealServer:
    """Tests for dropped connections under uvicorn."""

    @pytest.mark.parametrize(("drop", "applied"), [("before", False), ("after", True)])
    def test_socket_is_closed_without_an_answer(
        self, mock: MockServer, drop: Any, applied: bool, caplog: pytest.LogCaptureFixture
    ) -> None:
        """The client's connection is closed with no response; the server logs no error.

        The client sees the close as the end of the stream (RemoteProtocolError) or, when the
        kernel answers bytes still unread with a reset, as a ReadError: both mean "no answer"."""
        from pushwoosh_mock.threaded import serve_in_thread

        mock.faults.add(Fault(operation="registerDevice", drop=drop, times=1))
        with (
            serve_in_thread(mock) as url,
            httpx.Client(base_url=url, headers={"Authorization": "Token dev-token"}) as client,
        ):
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                client.post("/json/1.3/registerDevice", json=REGISTER)
            assert bool(mock.store.snapshot()["devices"]) is applied
            assert client.post("/json/1.3/registerDevice", json=REGISTER).status_code == 200
        assert [c.status for c in mock.journal.calls()] == [0, 200]
        assert not [r for r in caplog.records if r.levelname == "ERROR"]

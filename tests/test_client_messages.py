"""The client's Remote API over real HTTP: sending pushes, both tokens, safe retries, rate limits,
large audiences."""

import logging
import shutil
import socket
import subprocess
import threading
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, PushwooshWarning, errors
from pushwoosh_generated.ratelimit import LocalRateLimiter, RedisRateLimiter
from pushwoosh_mock import DEV_TOKEN, Fault, MockServer
from pushwoosh_mock.config import DEV_SERVER_TOKEN

from .conftest import APP


@pytest.fixture
def mock(pushwoosh_server: MockServer) -> MockServer:
    """The plugin's mock, served on a loopback port for the test."""
    return pushwoosh_server


@pytest.fixture
def url(pushwoosh_server: MockServer) -> str:
    assert pushwoosh_server.url is not None
    return pushwoosh_server.url


def client(url: str, **options: Any) -> PushwooshClient:
    options = {
        "token": DEV_TOKEN,
        "server_token": DEV_SERVER_TOKEN,
        "application": APP,
        "base_url": url,
        **options,
    }
    return PushwooshClient(**options)


def register(c: PushwooshClient, count: int, user: str | None = None) -> list[str]:
    hwids = [f"{user or 'd'}-{n}" for n in range(count)]
    for hwid in hwids:
        if user:
            c.register_device(hwid=hwid, device_type=3, push_token=f"t-{hwid}", user_id=user)
        else:
            c.register_device(hwid=hwid, device_type=3, push_token=f"t-{hwid}")
    return hwids


class TestCreateMessage:
    """create_message and its neighbours, typed."""

    def test_send_to_a_user(self, url: str, mock: MockServer) -> None:
        """A push to a user reaches their devices; the result has one entry per notification."""
        with client(url) as c:
            register(c, 2, user="alice")
            register(c, 1)
            result = c.create_message(
                notifications=[{"content": "Your order shipped", "users": ["alice"]}]
            )
        assert result.messages == [None]  # sent at once to 2 devices: no code
        assert result.unknown_devices == {}
        assert [m.hwids for m in mock.messages()] == [["alice-0", "alice-1"]]

    def test_codes_and_scheduling_with_a_datetime(self, url: str, mock: MockServer) -> None:
        """An aware datetime send_date is sent in UTC; a scheduled message has a code that
        get_message_details and delete_message take."""
        when = datetime(2099, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=2)))
        with client(url) as c:
            register(c, 1)
            (code,) = c.create_message(
                notifications=[{"content": "x", "send_date": when}], broadcast=True
            ).messages
            assert code is not None
            details = c.get_message_details(message=code)
            assert (details.send_date, str(details.status)) == ("2099-01-01 08:00", "scheduled")
            c.delete_message(message=code)
        assert [m.status for m in mock.messages()] == ["deleted"]

    @pytest.mark.parametrize(
        ("notification", "problem"),
        [
            ({"content": "x", "send_date": datetime(2099, 1, 1)}, "naive datetime"),
            (
                {"content": "x", "send_date": datetime.now(UTC), "timezone": "Europe/Berlin"},
                "leave out `timezone`",
            ),
            ({"content": 5, "users": ["u"]}, "expected"),
        ],
    )
    def test_refused_before_sending(
        self, url: str, mock: MockServer, notification: dict[str, Any], problem: str
    ) -> None:
        """A notification that cannot be sent as meant is refused, naming the argument."""
        with client(url) as c, pytest.raises(errors.InvalidArgumentError, match=problem) as caught:
            c.create_message(notifications=[notification])  # type: ignore[list-item]
        assert caught.value.argument == "notifications"
        assert mock.journal.total == 0

    def test_the_server_token_travels_in_the_body_only(self, url: str, mock: MockServer) -> None:
        """request.auth is filled by the client (no auth= argument); no Authorization header
        goes with a Remote API call; the journal masks it."""
        with client(url) as c:
            c.create_message(notifications=[{"content": "x"}], broadcast=True)
        (call,) = mock.journal.calls("createMessage")
        assert call.body["request"]["auth"] == "***"
        assert "authorization" not in {k.lower() for k in call.headers}
        assert "auth" not in PushwooshClient.create_message.__code__.co_varnames

    def test_each_notification_gets_a_transaction_id_and_a_send_date(
        self, url: str, mock: MockServer
    ) -> None:
        """Without one, a notification gets a fresh transactionId and send_date now; one given
        is kept."""
        with client(url) as c:
            c.create_message(
                notifications=[{"content": "a"}, {"content": "b", "transactionId": "mine"}],
                broadcast=True,
            )
        notifications = mock.journal.last.body["request"]["notifications"]
        assert notifications[0]["send_date"] == "now"
        assert len(notifications[0]["transactionId"]) == 36
        assert notifications[1]["transactionId"] == "mine"

    def test_unknown_devices_warn(self, url: str) -> None:
        """Devices nobody has come back in unknown_devices and as a PushwooshWarning."""
        with client(url) as c, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            register(c, 1)
            result = c.create_message(notifications=[{"content": "x", "devices": ["d-0", "ghost"]}])
        assert result.unknown_devices == {"": ["ghost"]}
        assert any(
            issubclass(w.category, PushwooshWarning) and "ghost" in str(w.message) for w in caught
        )

    def test_targeted_message_segments_and_tags(self, url: str, mock: MockServer) -> None:
        """create_targeted_message, the segment and tag methods, typed."""
        with client(url) as c:
            register(c, 3)
            c.set_tags(hwid="d-1", tags={"Price": 1.5})
            assert c.get_tags(hwid="d-1") == {"Price": 1.5}
            targeted = c.create_targeted_message(devices_filter='T("Price", GTE, 1)', content="x")
            assert targeted.message is None
            assert (
                c.create_filter(name="priced", filter_expression='T("Price", GTE, 1)') == "priced"
            )
            assert [f.name for f in c.list_filters()] == ["priced"]
            c.delete_filter(name="priced")
            assert c.add_tag(tag={"name": "Price", "type": 6}) is True
            assert [t.name for t in c.list_tags()] == ["Price"]
            assert c.delete_tag(tag={"name": "Price"}) is True
        assert mock.messages()[0].hwids == ["d-1"]

    def test_a_210_is_an_argument_error(self, url: str) -> None:
        """The recorded answers raise ArgumentError with their status_message."""
        with client(url) as c, pytest.raises(errors.ArgumentError, match="Message not found"):
            c.delete_message(message="NOPE-00000000-00000000")

    async def test_async(self, url: str, mock: MockServer) -> None:
        """The async client sends the same way."""
        async with AsyncPushwooshClient(
            DEV_TOKEN, server_token=DEV_SERVER_TOKEN, application=APP, base_url=url
        ) as c:
            await c.register_device(hwid="h", device_type=3, push_token="t")
            result = await c.create_message(notifications=[{"content": "x", "devices": ["h"]}])
        assert result.messages == [None]
        assert mock.messages()[0].hwids == ["h"]


class TestTokens:
    """A client may hold either token or both."""

    def test_server_token_from_the_environment(
        self, url: str, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """PUSHWOOSH_SERVER_TOKEN is the server token when none is given."""
        monkeypatch.delenv("PUSHWOOSH_API_TOKEN", raising=False)
        monkeypatch.setenv("PUSHWOOSH_SERVER_TOKEN", DEV_SERVER_TOKEN)
        with PushwooshClient(application=APP, base_url=url) as c:
            assert c.create_message(notifications=[]).messages == []
            with pytest.raises(
                errors.ConfigurationError, match="token= to the client or set PUSHWOOSH_API_TOKEN"
            ):
                c.get_tags(hwid="h")
        assert [call.operation for call in mock.journal.calls()] == ["createMessage"]

    def test_missing_server_token_is_refused_before_sending(
        self, url: str, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A Remote API call without a server token names the argument and the variable."""
        monkeypatch.delenv("PUSHWOOSH_SERVER_TOKEN", raising=False)
        with (
            PushwooshClient(DEV_TOKEN, application=APP, base_url=url) as c,
            pytest.raises(
                errors.ConfigurationError,
                match="server_token= to the client or set PUSHWOOSH_SERVER_TOKEN",
            ),
        ):
            c.create_message(notifications=[])
        assert mock.journal.total == 0

    def test_no_token_at_all(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("PUSHWOOSH_API_TOKEN", raising=False)
        monkeypatch.delenv("PUSHWOOSH_SERVER_TOKEN", raising=False)
        with pytest.raises(errors.ConfigurationError, match="No API token"):
            PushwooshClient(base_url="http://127.0.0.1:1")

    def test_server_token_is_secret(self, url: str, caplog: pytest.LogCaptureFixture) -> None:
        """The server token is in no repr, log record or error message."""
        secret = "server-s3cr3t-9911"
        with caplog.at_level(logging.DEBUG, logger="pushwoosh_generated"):
            c = client(url, server_token=secret)
            with pytest.raises(errors.ArgumentError) as caught:
                c.create_message(notifications=[{"content": "x"}], broadcast=True)
        assert caught.value.status_message == "Account not found"
        for text in (repr(c), str(caught.value), repr(caught.value), caplog.text):
            assert secret not in text


class TestSafeRetries:
    """createMessage is repeated when its outcome is unknown, and still sent once."""

    def test_dropped_after_applying_is_sent_once(self, url: str, mock: MockServer) -> None:
        """The server applies the call then drops the connection: the client repeats it with the
        same transactionIds, and the push exists once."""
        mock.faults.add(Fault(operation="createMessage", drop="after", times=1))
        with client(url) as c:
            register(c, 1)
            raw = c.with_raw_response.create_message(
                notifications=[{"content": "x", "send_date": "2099-01-01 00:00"}], broadcast=True
            )
        assert raw.attempts == 2
        assert len(mock.messages()) == 1
        first, second = mock.journal.calls("createMessage")
        assert first.status == 0
        assert (
            first.body["request"]["notifications"][0]["transactionId"]
            == second.body["request"]["notifications"][0]["transactionId"]
        )

    def test_a_429_with_retry_after_is_honoured(self, url: str, mock: MockServer) -> None:
        """The server's 429 is waited out (Retry-After) even with the client's limiter off."""
        mock.faults.add(Fault(operation="createMessage", status=429, retry_after=1, times=1))
        started = time.monotonic()
        with client(url, rate_limits={"createMessage": None}) as c:
            raw = c.with_raw_response.create_message(notifications=[])
        assert (raw.status_code, raw.attempts) == (200, 2)
        assert time.monotonic() - started >= 0.95


def windows_over(moments: list[float], limit: int, period: float) -> list[float]:
    """The starts of any `period`-long window that holds more than `limit` of the moments."""
    moments = sorted(moments)
    return [
        t
        for i, t in enumerate(moments)
        if i + limit < len(moments) and moments[i + limit] - t < period
    ]


class TestRateLimit:
    """Calls beyond the rate limit wait: no window ever holds more than the limit."""

    def test_threads_and_copies_share_the_limit(
        self, url: str, mock: MockServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        """12 calls from 4 threads and a with_options copy, limited to 5 per 2 s: the server sees
        at most 5 in any 2 s, and each wait is one INFO record."""
        with client(url, rate_limits={"createMessage": (5, 2.0)}) as c:
            copy = c.with_options(max_retries=0)
            with caplog.at_level(logging.INFO, logger="pushwoosh_generated"):
                threads = [
                    threading.Thread(
                        target=lambda who=who: [
                            who.create_message(notifications=[]) for _ in range(3)
                        ]
                    )
                    for who in (c, c, copy, copy)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
        moments = [call.at for call in mock.journal.calls("createMessage")]
        assert len(moments) == 12
        assert windows_over(moments, 5, 2.0) == []
        waits = [r for r in caplog.records if "rate limit of 5 calls per 2 s reached" in r.message]
        assert waits and all(r.levelno == logging.INFO for r in waits)

    def test_without_the_limiter_the_window_overflows(self, url: str, mock: MockServer) -> None:
        """The same calls with the limit lifted: the check above can fail."""
        with client(url, rate_limits={"createMessage": None}) as c:
            for _ in range(12):
                c.create_message(notifications=[])
        moments = [call.at for call in mock.journal.calls("createMessage")]
        assert windows_over(moments, 5, 2.0) != []

    def test_bad_rate_limits_are_refused(self) -> None:
        with pytest.raises(errors.ConfigurationError, match="rate_limits"):
            client("http://127.0.0.1:1", rate_limits={"createMessage": (0, 1.0)})

    def test_local_limiter_protocol(self) -> None:
        """acquire() grants `limit` slots per period, then says how long to wait."""
        limiter = LocalRateLimiter()
        assert [limiter.acquire("k", 2, 60) for _ in range(2)] == [0.0, 0.0]
        assert 60 < limiter.acquire("k", 2, 60) <= 61  # the window has a margin: 61 s


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free loopback port, for the test module."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server is not on PATH: `nox -s tests` installs it (Debian's redis-server), "
            "or install it yourself; the shared limiter is tested against a real server"
        )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


class TestRedisRateLimiter:
    """A limiter shared by clients that do not share memory, through a real Redis server."""

    def test_two_clients_share_one_limit(self, url: str, mock: MockServer, redis_url: str) -> None:
        """Two clients with their own RedisRateLimiter on one Redis: 10 calls between them,
        limited to 4 per 2 s, never more than 4 in any 2 s."""
        clients = [
            client(
                url,
                rate_limits={"createMessage": (4, 2.0)},
                rate_limiter=RedisRateLimiter(redis_url),
            )
            for _ in range(2)
        ]
        threads = [
            threading.Thread(
                target=lambda c=c: [c.create_message(notifications=[]) for _ in range(5)]
            )
            for c in clients
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        moments = [call.at for call in mock.journal.calls("createMessage")]
        assert len(moments) == 10
        assert windows_over(moments, 4, 2.0) == []

    async def test_async_client_uses_it_from_a_thread(
        self, url: str, mock: MockServer, redis_url: str
    ) -> None:
        """The async client waits on the Redis limiter without blocking its loop."""
        async with AsyncPushwooshClient(
            DEV_TOKEN,
            server_token=DEV_SERVER_TOKEN,
            application=APP,
            base_url=url,
            rate_limits={"createMessage": (3, 2.0)},
            rate_limiter=RedisRateLimiter(redis_url),
        ) as c:
            for _ in range(5):
                await c.create_message(notifications=[])
        moments = [call.at for call in mock.journal.calls("createMessage")]
        assert windows_over(moments, 3, 2.0) == []

    def test_keys_hold_no_token(self, redis_url: str) -> None:
        """The key names the operation and a digest of the token, not the token."""
        from pushwoosh_generated.ratelimit import limit_key

        key = limit_key("createMessage", DEV_SERVER_TOKEN)
        assert DEV_SERVER_TOKEN not in key and key.startswith("pushwoosh:createMessage:")


class TestBulkCreateMessage:
    """A large audience, split and packed."""

    def test_users_are_split_into_notifications_of_1000(self, url: str, mock: MockServer) -> None:
        """2,500 users make 3 notifications in one request; one result per notification."""
        users = [f"user-{n}" for n in range(2500)]
        with client(url) as c:
            for user in ("user-0", "user-1200", "user-2499"):
                c.register_device(hwid=f"h-{user}", device_type=3, push_token="t", user_id=user)
            results = c.bulk.create_message(
                {"content": "Sale", "send_date": "2099-01-01 00:00", "transactionId": "sale"},
                users=users,
                progress=False,
            )
        assert [r.ok for r in results] == [True] * 3
        assert [len(r.arguments["users"]) for r in results] == [1000, 1000, 500]
        assert [r.arguments["transactionId"] for r in results] == ["sale-0", "sale-1", "sale-2"]
        assert len(mock.journal.calls("createMessage")) == 1
        assert [m.hwids for m in mock.messages()] == [
            ["h-user-0"],
            ["h-user-1200"],
            ["h-user-2499"],
        ]
        assert [r.result for r in results] == [m.code for m in mock.messages()]

    def test_a_failed_request_fails_its_notifications(self, url: str, mock: MockServer) -> None:
        mock.faults.add(Fault(operation="createMessage", status=500, times=5))
        with client(url, max_retries=0) as c:
            results = c.bulk.create_message({"content": "x"}, devices=["a", "b"], progress=False)
        assert [type(r.error) for r in results] == [errors.InternalServerError]

    def test_exactly_one_audience(self, url: str) -> None:
        with client(url) as c, pytest.raises(errors.InvalidArgumentError, match="exactly one"):
            c.bulk.create_message({"content": "x"}, users=["a"], devices=["b"])

    async def test_async(self, url: str, mock: MockServer) -> None:
        async with AsyncPushwooshClient(
            DEV_TOKEN, server_token=DEV_SERVER_TOKEN, application=APP, base_url=url
        ) as c:
            results = await c.bulk.create_message(
                {"content": "x"}, devices=[f"d{n}" for n in range(1500)], progress=False
            )
        assert [len(r.arguments["devices"]) for r in results] == [1000, 500]
        assert all(r.ok for r in results)


def test_http_client_is_not_used_for_redis() -> None:
    """The Redis limiter refuses a URL that is not Redis's."""
    with pytest.raises(ValueError, match="redis://"):
        RedisRateLimiter("http://localhost")
    assert httpx  # the module's HTTP client is httpx, Redis has its own

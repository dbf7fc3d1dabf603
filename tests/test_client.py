"""PushwooshClient and AsyncPushwooshClient against the mock over real HTTP, as one suite.

Every test runs twice, once per client class, through the ``client`` fixture, which calls the
async client on its own event loop so that both read the same. Faults are injected, and calls
counted, through the mock's HTTP control routes, as a test against the standalone server would.
"""

import asyncio
import logging
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pushwoosh_generated import (
    AppendOperation,
    AsyncPushwooshClient,
    DeviceType,
    IncrementOperation,
    PushwooshClient,
    PushwooshWarning,
    RemoveOperation,
    errors,
)
from pushwoosh_generated.lib.bulk import Bulk
from pushwoosh_mock import DEV_TOKEN, MockServer, create_app
from pushwoosh_mock.threaded import serve_in_thread

from .conftest import APP


@pytest.fixture(scope="module")
def running() -> Iterator[MockServer]:
    """One mock served on a loopback port for the module (a server per test would cost a
    uvicorn start each); reset before each test. Its `.url` is the base URL to give a client."""
    server = create_app(debug=True)
    with serve_in_thread(server) as url:
        server.url = url
        yield server
    server.check_response_errors()


@pytest.fixture
def mock(running: MockServer) -> MockServer:
    """The running mock, with fresh state, journal and faults."""
    running.reset()
    return running


def settle(seconds: float) -> None:
    """Wait out calls a latency fault keeps in the server after the client gave up."""
    time.sleep(seconds)


class Client:
    """Calls `method(**kwargs)` on a PushwooshClient or an AsyncPushwooshClient, alike."""

    def __init__(self, kind: str, url: str, **options: Any) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop()
        options = {"application": APP, "base_url": url, "token": DEV_TOKEN, **options}
        if kind == "sync":
            self.sync: PushwooshClient | None = PushwooshClient(**options)
        else:
            self.sync = None
            self.async_ = AsyncPushwooshClient(**options)

    @property
    def instance(self) -> PushwooshClient | AsyncPushwooshClient:
        """The client under test."""
        return self.sync if self.sync is not None else self.async_

    def __getattr__(self, method: str) -> Callable[..., Any]:
        def call(**kwargs: Any) -> Any:
            if self.sync is not None:
                return getattr(self.sync, method)(**kwargs)
            return self.loop.run_until_complete(getattr(self.async_, method)(**kwargs))

        return call

    def raw(self, method: str, **kwargs: Any) -> Any:
        """Call `with_raw_response.<method>`."""
        if self.sync is not None:
            return getattr(self.sync.with_raw_response, method)(**kwargs)
        return self.loop.run_until_complete(
            getattr(self.async_.with_raw_response, method)(**kwargs)
        )

    def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        else:
            self.loop.run_until_complete(self.async_.aclose())
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def make_client(
    request: pytest.FixtureRequest, mock: MockServer
) -> Iterator[Callable[..., Client]]:
    """Build clients of the parametrized kind bound to the mock; closed after the test."""
    made: list[Client] = []

    def make(**options: Any) -> Client:
        assert mock.url is not None
        client = Client(request.param, mock.url, **options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Client]) -> Client:
    """A client with fast retries (the mock's faults answer at once)."""
    return make_client()


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrink the backoff so retried tests take milliseconds; Retry-After is still honoured."""
    from pushwoosh_generated import _retries

    monkeypatch.setattr(_retries, "INITIAL_RETRY_DELAY", 0.01)


class TestEveryOperation:
    """Each method sends its operation and returns its typed result."""

    def test_register_set_and_read_tags(self, client: Client) -> None:
        assert (
            client.register_device(hwid="h1", device_type=DeviceType.ANDROID, tags={"Plan": "free"})
            is None
        )
        assert (
            client.set_tags(hwid="h1", tags={"Level": IncrementOperation(value=2), "Plan": "gold"})
            is None
        )
        assert (
            client.set_tags(
                hwid="h1", tags={"Level": IncrementOperation(value=1), "List": ["a", "b"]}
            )
            is None
        )
        client.set_tags(hwid="h1", tags={"List": AppendOperation(value=["c"])})
        client.set_tags(hwid="h1", tags={"List": RemoveOperation(value="a")})
        assert client.get_tags(hwid="h1") == {"Plan": "gold", "Level": 3, "List": ["b", "c"]}

    def test_plain_values_of_enums_and_operations(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="h2", device_type=3)
        client.set_tags(
            hwid="h2", tags={"Level": {"operation": "increment", "value": 5}, "Gone": None}
        )
        assert client.get_tags(hwid="h2") == {"Level": 5}
        assert mock.requests("registerDevice")[0].fields["device_type"] == 3

    def test_the_remaining_operations(self, client: Client) -> None:
        client.register_device(hwid="h3", device_type=1)
        assert client.set_badge(hwid="h3", badge=4) is None
        assert client.application_open(hwid="h3") is None
        assert client.push_stat(hwid="h3", hash="abc") is None
        assert client.message_delivery_event(hwid="h3", hash="abc") is None
        assert client.register_user(hwid="h3", user_id="alice") is None
        code = client.post_event(hwid="h3", event="Purchase", attributes={"amount": 10})
        assert isinstance(code, str) and code
        assert client.register_email(email="a@example.com") is None
        assert client.unregister_device(hwid="h3") is None

    def test_per_call_application_wins(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="h4", device_type=3, application="YYYYY-YYYYY")
        assert mock.requests("registerDevice")[0].fields["application"] == "YYYYY-YYYYY"

    def test_raw_response(self, client: Client) -> None:
        client.register_device(hwid="h5", device_type=3, tags={"A": 1})
        raw = client.raw("get_tags", hwid="h5")
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert b'"A":1' in raw.content.replace(b" ", b"")
        assert raw.parse() == {"A": 1}
        assert raw.attempts == 1

    def test_extra_headers_and_user_agent(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="h6", device_type=3, extra_headers={"X-Trace": "t1"})
        headers = mock.requests("registerDevice")[0].headers
        assert headers["x-trace"] == "t1"
        assert headers["user-agent"].startswith("pushwoosh-generated/")


class TestArgumentsCheckedBeforeSending:
    """A wrong value raises InvalidArgumentError naming the argument, and nothing is sent."""

    @pytest.mark.parametrize(
        ("method", "arguments", "argument", "expected"),
        [
            ("set_tags", {"hwid": "h", "tags": {}, "device_type": "x"}, "device_type", "integer"),
            (
                "set_tags",
                {"hwid": "h", "tags": {}, "device_type": 99},
                "device_type",
                "one of 1, 3",
            ),
            ("set_tags", {"hwid": "h", "tags": {"a": object()}}, "tags", "cannot be sent as JSON"),
            (
                "set_tags",
                {"hwid": "h", "tags": {"a": {"operation": "multiply"}}},
                "tags",
                "IncrementOperation",
            ),
            ("set_tags", {"hwid": 5, "tags": {}}, "hwid", "string"),
            ("set_tags", {"hwid": "h", "tags": {"a": float("nan")}}, "tags", "not a JSON number"),
            ("set_badge", {"hwid": "h", "badge": "four"}, "badge", "integer"),
            ("get_tags", {}, "hwid or user_id", "required"),
        ],
    )
    def test_wrong_value(
        self,
        client: Client,
        mock: MockServer,
        method: str,
        arguments: dict[str, Any],
        argument: str,
        expected: str,
    ) -> None:
        with pytest.raises(errors.InvalidArgumentError) as caught:
            getattr(client, method)(**arguments)
        assert caught.value.argument == argument
        assert expected in str(caught.value)
        assert isinstance(caught.value, errors.PushwooshError)
        assert mock.requests() == []

    def test_no_application_anywhere(
        self, make_client: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("PUSHWOOSH_APPLICATION", raising=False)
        client = make_client(application=None)
        with pytest.raises(errors.ConfigurationError, match="PUSHWOOSH_APPLICATION"):
            client.get_tags(hwid="h")


class TestErrors:
    """One error class per failure, each message naming the method."""

    def test_210_raised_at_once_with_one_call(self, client: Client, mock: MockServer) -> None:
        with pytest.raises(errors.ArgumentError) as caught:
            client.set_tags(hwid="never-registered", tags={"A": 1})
        assert caught.value.status_code == 210
        assert "setTags" in str(caught.value) and "never-registered" in str(caught.value)
        assert len(mock.requests("setTags")) == 1

    def test_unknown_token(self, make_client: Callable[..., Client], mock: MockServer) -> None:
        client = make_client(token="wrong")
        with pytest.raises(errors.AuthenticationError, match="getTags: HTTP 401"):
            client.get_tags(hwid="h")

    def test_timeout_names_method_host_and_limit(
        self, make_client: Callable[..., Client], mock: MockServer
    ) -> None:
        client = make_client(timeout=0.3, max_retries=0)
        client.register_device(hwid="slow", device_type=3)
        mock.fail_next("getTags", latency=1, times=1)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError) as caught:
            client.get_tags(hwid="slow")
        assert time.monotonic() - started < 1.5
        message = str(caught.value)
        assert (
            "getTags" in message
            and "127.0.0.1" in message
            and "0.3 s" in message
            and "read" in message
        )
        settle(1)

    def test_per_call_timeout(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="slow2", device_type=3)
        mock.fail_next("getTags", latency=0.5, times=3)
        with pytest.raises(errors.APITimeoutError, match=r"0\.2 s"):
            client.get_tags(hwid="slow2", timeout=0.2)
        settle(0.5)

    def test_connection_refused_says_attempts(self, make_client: Callable[..., Client]) -> None:
        client = make_client(base_url="http://127.0.0.1:9", max_retries=1)
        with pytest.raises(errors.APIConnectionError) as caught:
            client.get_tags(hwid="h")
        assert "getTags" in str(caught.value) and "127.0.0.1:9" in str(caught.value)
        assert "after 2 attempts" in str(caught.value)
        assert caught.value.attempts == 2

    def test_no_message_is_empty(self, client: Client, mock: MockServer) -> None:
        mock.fail_next("getTags", status=500, times=10)
        with pytest.raises(errors.InternalServerError) as caught:
            client.get_tags(hwid="h")
        assert str(caught.value).strip()
        assert "after 3 attempts" in str(caught.value)


class TestRetries:
    """Retries follow each operation's x-pushwoosh-repeat."""

    def test_503_with_retry_after_waits_as_told(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="r1", device_type=3)
        mock.fail_next("getTags", status=503, retry_after=1, times=1)
        started = time.monotonic()
        assert client.get_tags(hwid="r1") == {}
        assert time.monotonic() - started >= 0.95
        assert len(mock.requests("getTags")) == 2

    def test_502_on_a_safe_read_is_retried(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="r2", device_type=3, tags={"A": 1})
        mock.fail_next("getTags", status=502, times=1)
        raw = client.raw("get_tags", hwid="r2")
        assert raw.parse() == {"A": 1} and raw.attempts == 2

    def test_502_on_post_event_is_not_retried(self, client: Client, mock: MockServer) -> None:
        mock.fail_next("postEvent", status=502, times=1)
        with pytest.raises(errors.InternalServerError) as caught:
            client.post_event(hwid="r3", event="Buy", attributes={})
        assert caught.value.status_code == 502
        assert len(mock.requests("postEvent")) == 1

    def test_429_on_post_event_is_retried(self, client: Client, mock: MockServer) -> None:
        mock.fail_next("postEvent", status=429, retry_after=0, times=1)
        assert client.post_event(hwid="r4", event="Buy", attributes={})
        assert len(mock.requests("postEvent")) == 2

    def test_drop_after_an_increment_is_never_resent(
        self, client: Client, mock: MockServer
    ) -> None:
        client.register_device(hwid="r5", device_type=3)
        mock.fail_next("setTags", drop="after", times=1)
        with pytest.raises(errors.APIConnectionError):
            client.set_tags(hwid="r5", tags={"Level": IncrementOperation(value=1)})
        assert len(mock.requests("setTags")) == 1
        assert client.get_tags(hwid="r5") == {"Level": 1}

    def test_drop_after_plain_tags_is_retried(self, client: Client, mock: MockServer) -> None:
        client.register_device(hwid="r6", device_type=3)
        mock.fail_next("setTags", drop="after", times=1)
        assert client.set_tags(hwid="r6", tags={"Plan": "gold"}) is None
        assert len(mock.requests("setTags")) == 2
        assert client.get_tags(hwid="r6") == {"Plan": "gold"}

    def test_max_retries_zero_and_with_options(self, client: Client, mock: MockServer) -> None:
        mock.fail_next("getTags", status=503, times=5)
        copy = client.instance.with_options(max_retries=0)
        assert copy.max_retries == 0 and client.instance.max_retries == 2
        assert copy._http is client.instance._http  # the connection pool is shared
        if isinstance(copy, PushwooshClient):
            with pytest.raises(errors.ServiceUnavailableError):
                copy.get_tags(hwid="m1")
        else:
            with pytest.raises(errors.ServiceUnavailableError):
                client.loop.run_until_complete(copy.get_tags(hwid="m1"))
        assert len(mock.requests("getTags")) == 1


class TestWarnings:
    """A 200 with a `Warnings:` status_message returns normally and warns."""

    def test_warning_is_emitted_and_logged(
        self, client: Client, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        answer = b'{"status_code":200,"status_message":"Warnings: You have reached the subscriber limit.","response":null}'
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=answer))
        if client.kind == "sync":
            warned = PushwooshClient(
                DEV_TOKEN, application=APP, http_client=httpx.Client(transport=transport)
            )
            with pytest.warns(PushwooshWarning, match="subscriber limit"):
                warned.set_badge(hwid="h", badge=1)
        else:
            async_warned = AsyncPushwooshClient(
                DEV_TOKEN, application=APP, http_client=httpx.AsyncClient(transport=transport)
            )
            with pytest.warns(PushwooshWarning, match="subscriber limit"):
                assert (
                    client.loop.run_until_complete(async_warned.set_badge(hwid="h", badge=1))
                    is None
                )
        assert any("subscriber limit" in r.getMessage() for r in caplog.records)


class TestSecurity:
    """The token never leaks, and never travels in clear text."""

    def test_token_in_no_repr_str_log_or_error(
        self, mock: MockServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        secret = "s3cr3t-token-value"
        caplog.set_level(logging.DEBUG, logger="pushwoosh_generated")
        sync_client = PushwooshClient(secret, base_url=mock.url)
        async_client = AsyncPushwooshClient(secret, base_url=mock.url)
        failures = []
        with pytest.raises(errors.AuthenticationError) as caught:
            sync_client.get_tags(application=APP, hwid="h")
        failures.append(caught.value)
        with pytest.raises(errors.AuthenticationError) as caught:
            asyncio.run(async_client.get_tags(application=APP, hwid="h"))
        failures.append(caught.value)
        for client in (sync_client, async_client):
            assert secret not in repr(client) and secret not in str(client)
        for failure in failures:
            assert secret not in str(failure) and secret not in repr(failure)
        assert any("request body" in r.getMessage() for r in caplog.records)
        assert all(secret not in r.getMessage() for r in caplog.records)

    @pytest.mark.parametrize(
        "url",
        [
            "http://api.pushwoosh.com",
            "ftp://api.pushwoosh.com",
            "api.pushwoosh.com",
            "http://10.0.0.1",
        ],
    )
    def test_unsafe_base_url_refused(self, url: str) -> None:
        with pytest.raises(errors.ConfigurationError, match="base_url"):
            PushwooshClient("t", base_url=url)
        with pytest.raises(errors.ConfigurationError, match="base_url"):
            AsyncPushwooshClient("t", base_url=url)

    @pytest.mark.parametrize(
        "url",
        [
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:8080",
            "https://go.pushwoosh.com",
        ],
    )
    def test_safe_base_url_accepted(self, url: str) -> None:
        assert PushwooshClient("t", base_url=url).base_url == url

    def test_token_from_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("PUSHWOOSH_API_TOKEN", "from-env")
        assert _authorization_sent() == "Token from-env"
        monkeypatch.delenv("PUSHWOOSH_API_TOKEN")
        with pytest.raises(errors.ConfigurationError, match="PUSHWOOSH_API_TOKEN"):
            PushwooshClient()


class TestLifecycle:
    """The clients close what they opened, and only that."""

    def test_context_manager_closes_its_own_pool(self) -> None:
        with PushwooshClient("t") as client:
            http = client._http
        assert http.is_closed

    def test_given_http_client_is_left_open(self) -> None:
        given = httpx.Client()
        with PushwooshClient("t", http_client=given):
            pass
        assert not given.is_closed
        given.close()

    def test_async_context_manager(self) -> None:
        async def use() -> httpx.AsyncClient:
            async with AsyncPushwooshClient("t") as client:
                return client._http

        assert asyncio.run(use()).is_closed


def test_debug_log_has_one_record_per_attempt(
    client: Client, mock: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """One DEBUG record per attempt: method, HTTP status, API status_code, time, attempt."""
    client.register_device(hwid="l1", device_type=3)
    mock.fail_next("getTags", status=503, times=1)
    caplog.set_level(logging.DEBUG, logger="pushwoosh_generated")
    client.get_tags(hwid="l1")
    attempts = [
        r.getMessage()
        for r in caplog.records
        if " attempt " in r.getMessage() and "HTTP" in r.getMessage()
    ]
    assert len(attempts) == 2
    assert attempts[0].startswith("getTags attempt 1: HTTP 503")
    assert attempts[1].startswith("getTags attempt 2: HTTP 200, status_code 200")


def test_sync_and_async_share_the_method_set() -> None:
    """Both classes, and their raw views, have one method per operation, with the same names."""
    names = {n for n in vars(PushwooshClient) if not n.startswith("_") and n != "with_raw_response"}
    assert names == {
        n for n in vars(AsyncPushwooshClient) if not n.startswith("_") and n != "with_raw_response"
    }
    assert {"register_device", "set_tags", "get_tags", "post_event"} <= names
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        PushwooshClient("t").close()


class TestBulk:
    """client.bulk: every item gets its own result, a failure stops nothing."""

    def test_set_tags_for_many_devices_with_one_failure(
        self, client: Client, mock: MockServer
    ) -> None:
        for n in range(20):
            client.register_device(hwid=f"b{n}", device_type=3)
        items = [
            {"hwid": f"b{n}", "tags": {"Level": IncrementOperation(value=n)}} for n in range(20)
        ]
        items.insert(7, {"hwid": "not-registered", "tags": {"Level": 1}})
        mock.fail_next("setTags", status=502, times=1)  # hits an increment, which is not repeated
        bulk = client.instance.bulk
        if isinstance(bulk, Bulk):
            results = bulk.set_tags(items, concurrency=4, progress=False)
        else:
            results = client.loop.run_until_complete(
                bulk.set_tags(items, concurrency=4, progress=False)
            )
        assert [r.index for r in results] == list(range(21))
        failed = [r for r in results if not r.ok]
        assert results[7] in failed and isinstance(results[7].error, errors.ArgumentError)
        # the injected 502 hit one increment, which is not repeated: it fails alone
        assert len(failed) == 2 and all(isinstance(r.error, errors.PushwooshError) for r in failed)
        applied = sum(1 for n in range(20) if client.get_tags(hwid=f"b{n}").get("Level") == n)
        assert applied == 19

    def test_unknown_argument_is_refused_before_sending(
        self, client: Client, mock: MockServer
    ) -> None:
        bulk = client.instance.bulk
        with pytest.raises(errors.InvalidArgumentError, match=r"items\[1\]"):
            items = [{"hwid": "a", "tags": {}}, {"hwid": "b", "tagz": {}}]
            if isinstance(bulk, Bulk):
                bulk.set_tags(items)
            else:
                client.loop.run_until_complete(bulk.set_tags(items))
        assert len(mock.requests("setTags")) == 0


def _authorization_sent(**options: Any) -> str:
    """The Authorization header a client built with these options sends (read from the wire)."""
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(
            200, json={"status_code": 200, "status_message": "OK", "response": None}
        )

    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        PushwooshClient(http_client=http, base_url="http://127.0.0.1:1", **options).set_badge(
            hwid="h", badge=1, application="A"
        )
    return seen[0]

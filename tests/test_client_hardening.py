"""The client's secrets in every form an error takes, and the failures it must contain.

Regression tests of the findings: a token read from a file with its newline, a non-ASCII token,
tracebacks rendered with locals, a half-built client's repr, errors that did not pickle (and
carried the token when they did), base URLs with userinfo, a query or a fragment, and a bulk
item failing outside the API.
"""

import asyncio
import concurrent.futures
import pickle
import random
import socket
import time
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, errors
from pushwoosh_mock import Fault, MockServer, create_app
from pushwoosh_mock.threaded import serve_in_thread

from .conftest import APP

TOKEN = "s3cr3t-device-token-4242"
"""A token distinctive enough that finding it anywhere is a leak."""


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[MockServer, str]]:
    """A mock on a loopback port accepting TOKEN."""
    server = create_app(tokens={TOKEN: None})
    with serve_in_thread(server) as url:
        yield server, url


@pytest.fixture
def mock(served: tuple[MockServer, str]) -> tuple[MockServer, str]:
    server, url = served
    server.reset()
    return server, url


def closed_port() -> str:
    """A loopback URL nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def rendered(exc: BaseException) -> str:
    """The traceback as Sentry, rich or `pytest --showlocals` render it, with every frame's
    locals: the frames of the library and of httpx beneath it (this file's own are left out, as
    its locals hold the token on purpose)."""
    summary = traceback.TracebackException.from_exception(exc, capture_locals=True)
    seen: set[int] = set()
    pending = [summary]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.stack = traceback.StackSummary.from_list(
            [frame for frame in current.stack if frame.filename != __file__]
        )
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
    return "".join(summary.format())


def raised(call: Any) -> BaseException:
    try:
        call()
    except BaseException as exc:
        return exc
    raise AssertionError("expected an error")


class TestTokens:
    """Tokens are checked at construction and never echoed."""

    def test_trailing_newline_is_stripped(self, mock: tuple[MockServer, str]) -> None:
        """A token read from a file with its newline works (it ended up in an error message)."""
        _, url = mock
        with PushwooshClient(TOKEN + "\n", application=APP, base_url=url) as client:
            client.register_device(hwid="h1", device_type=3)
            assert client.get_tags(hwid="h1") == {}

    @pytest.mark.parametrize("bad", ["tök-en-4242", "tok\x00en", "tok en", "tok\ren"])
    def test_unsendable_token_is_a_configuration_error(self, bad: str) -> None:
        """A non-ASCII, control or space character is refused without being echoed (a
        non-ASCII token raised a bare UnicodeEncodeError whose repr carried it)."""
        exc = raised(lambda: PushwooshClient(bad, base_url="http://127.0.0.1:1"))
        assert isinstance(exc, errors.ConfigurationError)
        assert "printable ASCII" in str(exc)
        for text in (str(exc), repr(exc), rendered(exc)):
            assert bad not in text

    def test_token_from_the_environment_is_checked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """PUSHWOOSH_API_TOKEN goes through the same checks."""
        monkeypatch.setenv("PUSHWOOSH_API_TOKEN", "  padded-token\n")
        client = PushwooshClient(base_url="http://127.0.0.1:1")
        assert _authorization_sent() == "Token padded-token"
        assert "padded-token" not in repr(client)
        monkeypatch.setenv("PUSHWOOSH_API_TOKEN", "\t\n")
        with pytest.raises(errors.ConfigurationError, match="token is empty"):
            PushwooshClient(base_url="http://127.0.0.1:1")


class TestTracebacks:
    """A traceback rendered with locals shows no token (the PreparedCall in _send showed it)."""

    def test_connection_error(self) -> None:
        """Connection refused, through the retries and httpx's own frames."""
        client = PushwooshClient(TOKEN, application=APP, base_url=closed_port(), max_retries=1)
        exc = raised(lambda: client.get_tags(hwid="h1"))
        assert isinstance(exc, errors.APIConnectionError)
        assert TOKEN not in rendered(exc)

    def test_timeout(self, mock: tuple[MockServer, str]) -> None:
        """A read timeout."""
        server, url = mock
        server.faults.add(Fault(operation="getTags", latency=1.0, times=1))
        client = PushwooshClient(TOKEN, application=APP, base_url=url, timeout=0.2, max_retries=0)
        exc = raised(lambda: client.get_tags(hwid="h1"))
        assert isinstance(exc, errors.APITimeoutError)
        assert TOKEN not in rendered(exc)

    def test_argument_error_and_invalid_argument(self, mock: tuple[MockServer, str]) -> None:
        """A 210 from the server and an argument refused before sending."""
        _, url = mock
        client = PushwooshClient(TOKEN, application=APP, base_url=url)
        for exc in (
            raised(lambda: client.get_tags(hwid="nobody")),
            raised(lambda: client.set_badge(hwid="h1", badge="four")),  # type: ignore[arg-type]
        ):
            assert isinstance(exc, errors.ArgumentError | errors.InvalidArgumentError)
            assert TOKEN not in rendered(exc)

    def test_configuration_error(self) -> None:
        """An unsafe base URL refused at construction, with the token already given."""
        exc = raised(lambda: PushwooshClient(TOKEN, base_url="http://example.com"))
        assert isinstance(exc, errors.ConfigurationError)
        assert TOKEN not in rendered(exc)

    async def test_async_connection_error(self) -> None:
        """The async client's transport errors too."""
        async with AsyncPushwooshClient(
            TOKEN, application=APP, base_url=closed_port(), max_retries=0
        ) as client:
            try:
                await client.get_tags(hwid="h1")
            except errors.APIConnectionError as exc:
                assert TOKEN not in rendered(exc)
            else:
                raise AssertionError("expected APIConnectionError")

    def test_extra_headers_that_cannot_be_sent(self, mock: tuple[MockServer, str]) -> None:
        """A header value with a newline or a non-ASCII character is refused before sending."""
        server, url = mock
        client = PushwooshClient(TOKEN, application=APP, base_url=url)
        for value in ("a\nb", "café"):
            with pytest.raises(errors.InvalidArgumentError, match="extra_headers"):
                client.get_tags(hwid="h1", extra_headers={"X-Trace": value})
        assert server.journal.total == 0


class TestReprs:
    """Reprs never fail and never show a token."""

    def test_half_built_client(self) -> None:
        """A client whose __init__ never ran (or failed half-way) still has a repr."""
        for cls in (PushwooshClient, AsyncPushwooshClient):
            assert repr(object.__new__(cls)).startswith(cls.__name__)

    def test_client_and_raw_response(self, mock: tuple[MockServer, str]) -> None:
        """The client and a raw response show where they went, not the token."""
        _, url = mock
        client = PushwooshClient(TOKEN, application=APP, base_url=url)
        client.register_device(hwid="h1", device_type=3)
        raw = client.with_raw_response.get_tags(hwid="h1")
        for text in (repr(client), str(client), repr(raw)):
            assert TOKEN not in text
        assert repr(raw) == "<RawResponse getTags HTTP 200 after 1 attempt>"


def fail_with_210(url: str) -> None:
    """Run in a worker process: a call that ends in ArgumentError."""
    PushwooshClient(TOKEN, application=APP, base_url=url).get_tags(hwid="nobody")


class TestPickling:
    """Every error pickles to the same class and message, without the token."""

    def errors_of_every_kind(self, server: MockServer, url: str) -> list[BaseException]:
        client = PushwooshClient(TOKEN, application=APP, base_url=url, max_retries=0)
        server.faults.add(Fault(operation="setBadge", status=503, retry_after=1, times=1))
        server.faults.add(Fault(operation="setBadge", status=500, times=1))
        malformed = PushwooshClient(
            TOKEN,
            application=APP,
            http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))),
        )
        return [
            raised(lambda: client.get_tags(hwid="nobody")),
            raised(lambda: client.set_badge(hwid="h1", badge=1)),
            raised(lambda: client.set_badge(hwid="h1", badge=1)),
            raised(
                lambda: PushwooshClient("wrong", application=APP, base_url=url).get_tags(hwid="h")
            ),
            raised(lambda: malformed.get_tags(hwid="h1")),
            raised(lambda: client.set_badge(hwid="h1", badge="four")),  # type: ignore[arg-type]
            raised(lambda: PushwooshClient(TOKEN, base_url="ftp://x")),
            raised(
                lambda: PushwooshClient(TOKEN, application=APP, base_url=closed_port()).get_tags(
                    hwid="h1"
                )
            ),
        ]

    def test_round_trip(self, mock: tuple[MockServer, str]) -> None:
        """Class, message and the answer's status and body survive; the bytes hold no token (no
        class but ConfigurationError survived pickling, and those that did carried the token)."""
        server, url = mock
        found = self.errors_of_every_kind(server, url)
        assert [type(e).__name__ for e in found] == [
            "RequestArgumentError",
            "ServiceUnavailableError",
            "InternalServerError",
            "AuthenticationError",
            "MalformedResponseError",
            "InvalidArgumentError",
            "ConfigurationError",
            "APIConnectionError",
        ]
        for exc in found:
            data = pickle.dumps(exc)
            assert TOKEN.encode() not in data
            copy = pickle.loads(data)
            assert (type(copy), str(copy)) == (type(exc), str(exc))
            if isinstance(exc, errors.APIError):
                assert isinstance(copy, errors.APIError)
                assert copy.response.status_code == exc.response.status_code
                assert copy.body == exc.body
                assert copy.attempts == exc.attempts

    def test_process_pool(self, mock: tuple[MockServer, str]) -> None:
        """A 210 in a ProcessPoolExecutor worker comes back as ArgumentError and the pool keeps
        working (it broke the whole pool)."""
        _, url = mock
        with concurrent.futures.ProcessPoolExecutor(1) as pool:
            for _ in range(2):
                exc = pool.submit(fail_with_210, url).exception(timeout=60)
                assert isinstance(exc, errors.ArgumentError)
                assert exc.status_message == "Device not found: nobody"


class TestBaseUrl:
    """A base URL that would change where the token goes, or what path is called, is refused."""

    @pytest.mark.parametrize(
        ("base_url", "message"),
        [
            ("https://user:p4ss@api.pushwoosh.com", "must not carry a user name or password"),
            ("https://x@api.pushwoosh.com", "must not carry a user name or password"),
            ("https://api.pushwoosh.com/?key=p4ss", "has a query or a fragment"),
            ("https://api.pushwoosh.com/#p4ss", "has a query or a fragment"),
        ],
    )
    def test_refused(self, base_url: str, message: str) -> None:
        with pytest.raises(errors.ConfigurationError, match=message) as caught:
            PushwooshClient(TOKEN, base_url=base_url)
        assert "p4ss" not in str(caught.value)


def flaky_transport(failing: str) -> httpx.MockTransport:
    """A transport answering every setTags with success, but raising RuntimeError for one hwid."""

    def handle(request: httpx.Request) -> httpx.Response:
        if f'"{failing}"'.encode() in request.content:
            raise RuntimeError("the network stack broke")
        return httpx.Response(
            200, json={"status_code": 200, "status_message": "OK", "response": None}
        )

    return httpx.MockTransport(handle)


class TestBulkContainsFailures:
    """One item failing outside the API never costs the others their results."""

    def test_sync(self) -> None:
        """999 of 1,000 calls succeed; the one that raised RuntimeError is its item's error."""
        transport = flaky_transport("device-500")
        with PushwooshClient(
            TOKEN, application=APP, http_client=httpx.Client(transport=transport)
        ) as client:
            results = client.bulk.set_tags(
                [{"hwid": f"device-{n}", "tags": {"A": 1}} for n in range(1000)], progress=False
            )
        assert len(results) == 1000
        failed = [r for r in results if not r.ok]
        assert [r.index for r in failed] == [500]
        assert isinstance(failed[0].error, RuntimeError)

    async def test_async(self) -> None:
        """The same with the async client."""

        async def handle(request: httpx.Request) -> httpx.Response:
            return flaky_transport("device-7").handle_request(request)

        async with AsyncPushwooshClient(
            TOKEN,
            application=APP,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        ) as client:
            results = await client.bulk.set_tags(
                [{"hwid": f"device-{n}", "tags": {"A": 1}} for n in range(100)], progress=False
            )
        assert [r.index for r in results if not r.ok] == [7]
        assert sum(r.ok for r in results) == 99


class TestCancellation:
    """Cancelled async calls leave the connection pool usable."""

    async def test_thousands_of_cancellations(self, mock: tuple[MockServer, str]) -> None:
        """After thousands of calls cancelled by asyncio.wait_for under pool contention, calls
        still answer at once (httpcore's pool leaked a slot per unlucky cancellation until every
        call waited: encode/httpcore#1093)."""
        server, url = mock
        server.faults.add(Fault(operation="getTags", latency=0.005))
        async with AsyncPushwooshClient(
            TOKEN,
            application=APP,
            base_url=url,
            max_connections=10,
            max_retries=0,
            timeout=httpx.Timeout(5, pool=2),
        ) as client:
            await client.register_device(hwid="h1", device_type=3)
            cancelled = 0
            rng = random.Random(1)

            async def churn(deadline: float) -> None:
                nonlocal cancelled
                while time.monotonic() < deadline:
                    try:
                        await asyncio.wait_for(
                            client.get_tags(hwid="h1"), timeout=rng.uniform(0, 0.012)
                        )
                    except TimeoutError:
                        cancelled += 1

            deadline = time.monotonic() + 4
            await asyncio.gather(*(churn(deadline) for _ in range(20)))
            server.faults.clear()
            answers = [await client.get_tags(hwid="h1") for _ in range(20)]
        assert cancelled > 2000
        assert answers == [{}] * 20


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

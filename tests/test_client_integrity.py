"""The client's integrity under misuse and failing neighbours: bulk chunks that are the same in
every process, a rate limiter whose store hangs or breaks, no token in any frame of a traceback
nor in any escaping of a log record, and error messages that stay short and say where.

Regression tests of the findings against 1.0.0, with a guard of the failures that already
kept tokens out of their frames.
"""

import datetime
import http.server
import json
import logging
import math
import os
import pickle
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, NotificationDict, PushwooshClient, errors
from pushwoosh_generated.ratelimit import RedisRateLimiter

from .test_client_messages import redis_url  # noqa: F401 (a real redis-server, as a fixture)

APP = "XXXXX-XXXXX"
DEVICE_TOKEN = "dev\"ice\\tok'en%2F/&+=<x>-4242"
"""A Device API token with every character that some escaping changes (all allowed: printable
ASCII without the space)."""
SERVER_TOKEN = "ser\"ver\\tok'en%3A#;?@-9911"
"""A server token of the same kind."""
TOKENS = (DEVICE_TOKEN, SERVER_TOKEN)
ROOT = Path(__file__).resolve().parent.parent


def escapings(token: str) -> set[str]:
    """The forms a token can take in text: raw, JSON-escaped, repr-escaped, percent-encoded."""
    return {
        token,
        json.dumps(token)[1:-1],
        repr(token)[1:-1],
        urllib.parse.quote(token, safe=""),
        urllib.parse.quote_plus(token),
    }


LEAKS = {form for token in TOKENS for form in escapings(token)}


def leaked(text: str) -> set[str]:
    """The forms of either token found in text."""
    return {form for form in LEAKS if form in text}


def answer_ok(request: httpx.Request) -> httpx.Response:
    """An OK answer to any call (one message code per notification of a createMessage)."""
    body = json.loads(request.content)
    count = len(body.get("request", {}).get("notifications", []))
    return httpx.Response(
        200,
        json={
            "status_code": 200,
            "status_message": "OK",
            "response": {"Messages": [f"CODE-{n}" for n in range(count)]},
        },
    )


def recording(
    handler: Callable[[httpx.Request], httpx.Response] = answer_ok,
) -> tuple[httpx.Client, list[httpx.Request]]:
    """An httpx client answering through `handler`, and the requests it was sent."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request)

    return httpx.Client(transport=httpx.MockTransport(answer)), sent


def client(**options: Any) -> PushwooshClient:
    """A client with both odd tokens, answered OK in memory unless given another http_client."""
    options.setdefault("http_client", recording()[0])
    return PushwooshClient(
        DEVICE_TOKEN, server_token=SERVER_TOKEN, application=APP, base_url="http://127.0.0.1:1",
        **options,
    )  # fmt: skip


def raised(call: Callable[[], Any]) -> BaseException:
    """The exception a call raises (caught here: the traceback starts at this frame)."""
    try:
        call()
    except BaseException as exc:
        return exc
    raise AssertionError("expected an error")


async def raised_async(call: Callable[[], Any]) -> BaseException:
    try:
        await call()
    except BaseException as exc:
        return exc
    raise AssertionError("expected an error")


def chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and every cause and context behind it."""
    seen: set[int] = set()
    current: BaseException | None = exc
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]


def frame_leaks(exc: BaseException) -> list[str]:
    """Every local of every frame in the tracebacks of the chain whose repr shows a token."""
    found = []
    for current in chain(exc):
        tb = current.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            for name, value in frame.f_locals.items():
                try:
                    shown = repr(value)
                except Exception:  # a half-built object: nothing it could show
                    continue
                if leaked(shown):
                    found.append(f"{frame.f_code.co_name}:{name} ({type(current).__name__})")
            tb = tb.tb_next
    return found


def never_answering_server() -> tuple[socket.socket, list[socket.socket]]:
    """A loopback TCP server that accepts every connection and never sends a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    return server, held


@pytest.fixture
def silent_redis() -> Iterator[str]:
    """A redis:// URL of a server that accepts connections and never answers."""
    server, held = never_answering_server()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()
        for connection in held:
            connection.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class SlowProxy:
    """A TCP proxy that holds every answer of the server behind it for `delay` seconds."""

    def __init__(self, port: int, delay: float) -> None:
        self.upstream = ("127.0.0.1", port)
        self.delay = delay
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                near, _ = self.server.accept()
            except OSError:
                return
            far = socket.create_connection(self.upstream)
            threading.Thread(target=self._pump, args=(near, far, 0.0), daemon=True).start()
            threading.Thread(target=self._pump, args=(far, near, self.delay), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket, delay: float) -> None:
        try:
            while chunk := source.recv(65536):
                time.sleep(delay)
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                sock.close()

    def close(self) -> None:
        self.server.close()


def in_thread(call: Callable[[], Any], wait: float) -> tuple[bool, BaseException | None, float]:
    """Run a call in a daemon thread for at most `wait` seconds: (finished, its error, seconds)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(wait)
    return (not thread.is_alive(), outcome[0] if outcome else None, time.monotonic() - started)


def run_python(code: str, seed: str = "0", timeout: float = 60) -> str:
    """Run code in a fresh interpreter (this checkout importable) and return its output."""
    environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


CHUNKS_SCRIPT = """
    import json, httpx
    from pushwoosh_generated import PushwooshClient, errors

    sent = []

    def answer(request):
        notifications = json.loads(request.content)["request"]["notifications"]
        sent.extend(notifications)
        codes = [f"C{n}" for n in range(len(notifications))]
        return httpx.Response(200, json={"status_code": 200, "response": {"Messages": codes}})

    client = PushwooshClient(
        server_token="s", application="XXXXX-XXXXX", base_url="http://127.0.0.1:1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    names = [f"customer-{n}" for n in range(2500)]
    for audience in (names, set(names), frozenset(names), dict.fromkeys(names).keys()):
        sent.clear()
        try:
            client.bulk.create_message(
                {"content": "Sale", "transactionId": "sale"}, users=audience, progress=False
            )
        except errors.InvalidArgumentError as exc:
            print("refused", exc)
        else:
            print(json.dumps([[n["transactionId"], n["users"]] for n in sent]))
"""


class TestBulkChunksAreTheSameInEveryProcess:
    """Finding 4: a set of users chunked in hash order gave `<id>-0` other users in each
    process, so a repeated call after a partial failure skipped some users and pushed others
    twice."""

    def test_across_hash_seeds(self) -> None:
        """Two interpreters with different PYTHONHASHSEED: the same chunks for a list, and an
        unordered audience (set, frozenset, dict view) refused in both, saying why."""
        first, second = (run_python(CHUNKS_SCRIPT, seed) for seed in ("1", "2"))
        assert first == second
        ordered, *unordered = first.splitlines()
        chunks = json.loads(ordered)
        assert [(i, len(u)) for i, u in chunks] == [
            ("sale-0", 1000),
            ("sale-1", 1000),
            ("sale-2", 500),
        ]
        assert [u for _, chunk in chunks for u in chunk] == [f"customer-{n}" for n in range(2500)]
        assert len(unordered) == 3
        for line in unordered:
            assert line.startswith("refused") and "users" in line and "sorted(" in line

    @pytest.mark.parametrize("audience", [{"a", "b"}, frozenset({"a"}), {"a": 1}.keys()])
    async def test_async_refuses_an_unordered_audience_before_sending(self, audience: Any) -> None:
        sent: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return answer_ok(request)

        async with AsyncPushwooshClient(
            server_token=SERVER_TOKEN, application=APP, base_url="http://127.0.0.1:1",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)),
        ) as c:  # fmt: skip
            with pytest.raises(errors.InvalidArgumentError, match="devices"):
                await c.bulk.create_message({"content": "x"}, devices=audience, progress=False)
        assert sent == []


ASYNC_SILENT_REDIS_SCRIPT = """
    import asyncio, socket, sys, threading, time, httpx
    from pushwoosh_generated import AsyncPushwooshClient, errors
    from pushwoosh_generated.ratelimit import RedisRateLimiter

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []
    threading.Thread(target=lambda: [held.append(server.accept()) for _ in range(8)], daemon=True).start()

    def answer(request):
        return httpx.Response(200, json={"status_code": 200, "response": {"Messages": ["C"]}})

    async def main():
        async with AsyncPushwooshClient(
            server_token="s", application="XXXXX-XXXXX", base_url="http://127.0.0.1:1",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)),
            rate_limiter=RedisRateLimiter(f"redis://127.0.0.1:{server.getsockname()[1]}"),
        ) as client:
            started = time.monotonic()
            try:
                await client.create_message(notifications=[{"content": "x"}], broadcast=True, total_timeout=2)
            except errors.PushwooshError as exc:
                print(type(exc).__name__, round(time.monotonic() - started, 1))

    asyncio.run(main())
    others = [t for t in threading.enumerate() if not t.daemon and t is not threading.main_thread()]
    for thread in others:
        thread.join(5)  # an idle worker ends at once; one blocked on the socket would not
    print("left", [t.name for t in others if t.is_alive()])
"""


class TestRateLimiterIO:
    """Finding 6: a Redis that accepts connections and never answers blocked a call with
    total_timeout=2 forever; a slow one stretched it; its errors were raw redis exceptions."""

    def test_sync_call_ends_within_its_total_timeout(self, silent_redis: str) -> None:
        c = client(rate_limiter=RedisRateLimiter(silent_redis))
        finished, error, seconds = in_thread(
            lambda: c.create_message(
                notifications=[{"content": "x"}], broadcast=True, total_timeout=2
            ),
            20,
        )
        assert finished, "the call was still waiting for Redis"
        assert isinstance(error, errors.RateLimiterError), repr(error)
        assert seconds < 8
        assert "createMessage" in str(error) and "nothing was sent" in str(error)
        assert "total timeout of 2 s" in str(error)
        assert frame_leaks(error) == [] and not leaked(str(error))

    def test_async_call_ends_and_the_process_exits(self) -> None:
        """In a fresh interpreter: the call ends with the error, and no thread is left that
        would keep the process from exiting."""
        output = run_python(ASYNC_SILENT_REDIS_SCRIPT, timeout=60).splitlines()
        name, seconds = output[0].split()
        assert name == "RateLimiterError" and float(seconds) < 8
        assert output[1] == "left []"

    def test_without_a_total_timeout_the_socket_timeout_bounds_it(self, silent_redis: str) -> None:
        c = client(rate_limiter=RedisRateLimiter(silent_redis, timeout=1.0))
        finished, error, seconds = in_thread(
            lambda: c.create_message(notifications=[{"content": "x"}], broadcast=True), 20
        )
        assert finished and isinstance(error, errors.RateLimiterError), repr(error)
        assert seconds < 8

    def test_the_default_socket_timeout_is_set(self, silent_redis: str) -> None:
        """With no timeout given and no total timeout, Redis still cannot block a call forever."""
        c = client(rate_limiter=RedisRateLimiter(silent_redis))
        finished, error, _ = in_thread(lambda: c.create_message(notifications=[]), 30)
        assert finished and isinstance(error, errors.RateLimiterError), repr(error)

    def test_refused_connection_is_in_the_error_tree(self) -> None:
        c = client(rate_limiter=RedisRateLimiter(f"redis://127.0.0.1:{closed_port()}"))
        exc = raised(lambda: c.create_message(notifications=[]))
        assert isinstance(exc, errors.RateLimiterError), repr(exc)
        assert "createMessage" in str(exc) and "Redis" in str(exc)
        assert frame_leaks(exc) == [] and not leaked(str(exc))
        again = pickle.loads(pickle.dumps(exc))
        assert type(again) is errors.RateLimiterError and str(again) == str(exc)

    def test_slow_redis_does_not_stretch_the_call(self, redis_url: str) -> None:  # noqa: F811
        """A real redis-server behind a proxy that delays each answer by 3 s: a call with
        total_timeout=2 ends with the error near 2 s (every answer took 3 s to come)."""
        port = int(redis_url.rsplit(":", 1)[1])
        proxy = SlowProxy(port, delay=3.0)
        try:
            c = client(rate_limiter=RedisRateLimiter(f"redis://127.0.0.1:{proxy.port}"))
            finished, error, seconds = in_thread(
                lambda: c.create_message(notifications=[], total_timeout=2), 30
            )
        finally:
            proxy.close()
        assert finished and isinstance(error, errors.RateLimiterError), repr(error)
        assert seconds < 4.5

    def test_a_working_redis_still_limits(self, redis_url: str) -> None:  # noqa: F811
        """A real Redis answering in time: the calls go out, within the limit and the total."""
        http, sent = recording()
        c = client(
            http_client=http,
            rate_limiter=RedisRateLimiter(redis_url),
            rate_limits={"createMessage": (2, 60.0)},
        )
        c.create_message(notifications=[], total_timeout=5)
        c.create_message(notifications=[], total_timeout=5)
        exc = raised(lambda: c.create_message(notifications=[], total_timeout=5))
        assert isinstance(exc, errors.APITimeoutError) and "rate limit" in str(exc)
        assert len(sent) == 2


class EchoHandler(http.server.BaseHTTPRequestHandler):
    """A real HTTP server that answers every call OK and echoes what it was sent, in every
    escaping a careless server could use (as a misbehaving proxy or API could)."""

    def do_POST(self) -> None:
        content = self.rfile.read(int(self.headers["Content-Length"]))
        notifications = json.loads(content)["request"].get("notifications", [])
        authorization = self.headers.get("Authorization", "")
        echo = {
            "status_code": 200,
            "status_message": "OK",
            "response": {
                "Messages": [f"CODE-{n}" for n in range(len(notifications))],
                "result": {},
                "echo": content.decode(),
                "authorization": authorization,
                "quoted": urllib.parse.quote(content.decode() + authorization, safe=""),
                "repr": repr(content.decode() + authorization),
            },
        }
        body = json.dumps(echo).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    """The echoing server on a loopback port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def over_http(url: str, **options: Any) -> PushwooshClient:
    return PushwooshClient(
        DEVICE_TOKEN, server_token=SERVER_TOKEN, application=APP, base_url=url, **options
    )


class TestNoTokenInTracebackLocals:
    """Finding 11: `_prepare`'s locals held the serialized request (request.auth) when an
    option was refused after the body was built, and a bad `timeout=` reached httpx, whose
    frames hold the request."""

    @pytest.mark.parametrize(
        "options",
        [
            {"extra_headers": {"X-Trace": "a\nb"}},
            {"extra_headers": {"X-Trace": 7}},
            {"total_timeout": -1},
            {"total_timeout": "2"},
            {"timeout": "x"},
            {"timeout": -1},
            {"timeout": 0},
            {"timeout": httpx.Timeout(5.0, read=-1)},
            {"timeout": float("nan")},
        ],
        ids=repr,
    )
    def test_refused_options(self, echo_url: str, options: dict[str, Any]) -> None:
        """Over a real socket: refused before sending, as an InvalidArgumentError naming the
        option, and no frame of the traceback (or of its causes) holds either token."""
        c = over_http(echo_url, max_retries=0)
        for call in (
            lambda: c.create_message(notifications=[{"content": "x"}], broadcast=True, **options),
            lambda: c.get_tags(hwid="h", **options),
        ):
            exc = raised(call)
            assert isinstance(exc, errors.InvalidArgumentError), repr(exc)
            assert exc.argument == next(iter(options))
            assert frame_leaks(exc) == []
            assert not leaked(str(exc)) and not leaked(repr(exc))

    def test_a_bad_timeout_says_what_was_expected(self, echo_url: str) -> None:
        exc = raised(lambda: over_http(echo_url).get_tags(hwid="h", timeout="x"))  # type: ignore[arg-type]
        assert isinstance(exc, errors.InvalidArgumentError)
        assert "get_tags: argument 'timeout'" in str(exc)
        assert "seconds > 0" in str(exc) and "httpx.Timeout" in str(exc) and "'x'" in str(exc)

    @pytest.mark.parametrize("bad", ["x", -1, 0, True, httpx.Timeout(5.0, connect=-2)], ids=repr)
    def test_a_bad_timeout_of_the_client(self, bad: Any) -> None:
        """At construction and in with_options, a ConfigurationError naming `timeout`."""
        exc = raised(lambda: over_http("http://127.0.0.1:1", timeout=bad))
        assert isinstance(exc, errors.ConfigurationError) and "timeout" in str(exc)
        assert frame_leaks(exc) == []
        good = over_http("http://127.0.0.1:1")
        exc = raised(lambda: good.with_options(timeout=bad))
        assert isinstance(exc, errors.ConfigurationError) and "timeout" in str(exc)

    async def test_async_refused_timeout(self, echo_url: str) -> None:
        async with AsyncPushwooshClient(
            DEVICE_TOKEN, server_token=SERVER_TOKEN, application=APP, base_url=echo_url
        ) as c:
            for bad in ("x", -1):

                async def call(bad: Any = bad) -> Any:
                    return await c.create_message(notifications=[], timeout=bad)

                exc = await raised_async(call)
                assert isinstance(exc, errors.InvalidArgumentError), repr(exc)
                assert exc.argument == "timeout"
                assert frame_leaks(exc) == []

    def test_other_failures_keep_no_token_in_frames(self, echo_url: str) -> None:
        """An argument refused by the spec, a rate-limit refusal, a connection refused."""
        c = over_http(echo_url, rate_limits={"createMessage": (1, 60.0)})
        c.create_message(notifications=[])
        refused = over_http(f"http://127.0.0.1:{closed_port()}", max_retries=0)
        for exc in (
            raised(
                lambda: c.create_message(
                    notifications=[{"content": "x", "send_rate": "x"}]  # type: ignore[list-item]
                )
            ),
            raised(lambda: c.create_message(notifications=[], total_timeout=1)),
            raised(lambda: refused.create_message(notifications=[])),
            raised(lambda: refused.get_tags(hwid="h")),
        ):
            assert isinstance(exc, errors.PushwooshError), repr(exc)
            assert frame_leaks(exc) == []


class TestNoTokenInLogRecords:
    """Finding 13: a token holding `"` or `\\` was logged JSON-escaped in the request body, which
    the redaction (of the raw token only) missed."""

    def records_of(self, caplog: pytest.LogCaptureFixture, call: Callable[[], Any]) -> list[str]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            call()
        texts = []
        for record in caplog.records:
            texts.append(record.getMessage())
            for arg in record.args if isinstance(record.args, tuple) else (record.args,):
                texts += [str(arg), repr(arg)]
        return texts

    def test_request_and_answer_bodies(
        self, echo_url: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Over a real socket to a server that echoes the request and its Authorization header
        raw, JSON-escaped, percent-encoded and repr-escaped: no record carries either token
        in any of these forms; the bodies are still logged."""
        c = over_http(echo_url)
        texts = self.records_of(
            caplog,
            lambda: (
                c.create_message(notifications=[{"content": "x"}], broadcast=True),
                c.get_tags(hwid="h"),
            ),
        )
        assert any("request body" in t for t in texts)
        assert any("CODE-0" in t for t in texts)
        assert [t for t in texts if leaked(t)] == []

    @pytest.mark.parametrize("start", [1990, 1995, 1999])
    def test_a_long_answer_cut_for_the_log(
        self, caplog: pytest.LogCaptureFixture, start: int
    ) -> None:
        """A body longer than what is logged, with the token across the cut: the cut leaves
        neither the token nor its start behind."""
        escaped = json.dumps(SERVER_TOKEN)[1:-1]

        def padded(request: httpx.Request) -> httpx.Response:
            return httpx.Response(500, text="x" * start + escaped + "y" * 3000)

        c = client(http_client=recording(padded)[0], max_retries=0)
        texts = self.records_of(caplog, lambda: raised(lambda: c.create_message(notifications=[])))
        assert [t for t in texts if leaked(t)] == []
        assert [t for t in texts if "x" + escaped[:1] in t] == []


class TestShortMessagesThatSayWhere:
    """Small findings: an error message held the whole refused value (1.1 MB for 1,001
    notifications), a conversion error did not say which notification, a wait for the rate
    limit past the total timeout said the host did not answer."""

    def test_too_many_notifications(self) -> None:
        notification: NotificationDict = {"content": "x" * 1000, "users": ["u"] * 5}
        exc = raised(lambda: client().create_message(notifications=[notification] * 1001))
        assert isinstance(exc, errors.InvalidArgumentError)
        assert len(str(exc)) < 300
        assert "got 1,001 items, at most 1,000 allowed" in str(exc)

    def test_a_long_value_is_echoed_as_a_short_prefix(self) -> None:
        """A value refused by a pattern is shown by its start only."""
        exc = raised(
            lambda: client().register_device(hwid="h", device_type=3, timezone="x" * 10**6)
        )
        assert isinstance(exc, errors.InvalidArgumentError)
        assert "argument 'timezone'" in str(exc) and "does not match" in str(exc)
        assert len(str(exc)) < 300

    @pytest.mark.parametrize(
        ("bad", "where"),
        [
            ({"send_date": datetime.datetime(2030, 1, 1)}, "[3]['send_date']"),
            ({"data": {"price": math.nan}}, "[3]['data']['price']"),
            ({"users": {"a", "b"}}, "[3]['users']"),
            ({"data": {1: "x"}}, "[3]['data']"),
            (
                {
                    "send_date": datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
                    "timezone": "UTC",
                },
                "[3]",
            ),
        ],
        ids=["naive datetime", "NaN", "set", "key", "timezone"],
    )
    def test_conversion_errors_name_the_notification(self, bad: dict[str, Any], where: str) -> None:
        notifications = [{"content": "x"}] * 3 + [{"content": "y", **bad}]
        exc = raised(lambda: client().create_message(notifications=notifications))
        assert isinstance(exc, errors.InvalidArgumentError), repr(exc)
        assert f"argument 'notifications': {where}" in str(exc), str(exc)

    def test_a_rate_limit_wait_past_the_total_timeout(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Refused before waiting, saying that the rate limit would have made the call wait past
        its total timeout and that nothing was sent."""
        from pushwoosh_generated import clock

        waits: list[float] = []

        async def no_wait(seconds: float) -> None:
            waits.append(seconds)

        http, sent = recording()
        c = client(http_client=http, rate_limits={"createMessage": (1, 60.0)})
        with clock.waits_replaced(waits.append, no_wait):
            c.create_message(notifications=[])
            exc = raised(lambda: c.create_message(notifications=[], total_timeout=2))
        assert isinstance(exc, errors.APITimeoutError)
        message = str(exc)
        assert "rate limit of 1 calls per 60 s" in message
        assert "past its total timeout of 2 s" in message and "nothing was sent" in message
        assert "did not answer" not in message
        assert waits == [] and len(sent) == 1

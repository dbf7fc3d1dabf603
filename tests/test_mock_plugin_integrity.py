"""Tests for the in-process transports and the plugin under stress: a call in flight when the
transport closes, timeouts in process, tokens kept out of the journal and the answers, the
``Prefer`` header behind authentication, and the plugin's rate limits in step."""

import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, errors
from pushwoosh_mock import DEV_SERVER_TOKEN, DEV_TOKEN, MockServer
from pushwoosh_mock.transport import InProcessTransport

from .conftest import APP

pytest_plugins = ["pytester"]

SLOW = 20.0
"""A latency far beyond every bound the tests allow: a call that waits it out fails the test."""
PROMPT = 8.0
"""Seconds within which an error must arrive (generous: the machine may be loaded)."""


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 15.0) -> None:
    """Poll until ``condition`` holds; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def in_process_client(mock: MockServer, **options: Any) -> tuple[PushwooshClient, httpx.Client]:
    """A PushwooshClient on a fresh in-process transport of ``mock`` (closed by the caller)."""
    http = httpx.Client(transport=InProcessTransport(mock))
    client = PushwooshClient(
        token=mock.token,
        server_token=mock.server_token,
        application=APP,
        base_url="http://localhost",
        http_client=http,
        **options,
    )
    return client, http


class TestClosingWithACallInFlight:
    """Closing the sync in-process transport ends the calls it carries, as a closed socket does."""

    def test_the_call_fails_with_a_connection_error(self, mock: MockServer) -> None:
        """A call held up by a latency fault, when the transport is closed from another thread,
        raises APIConnectionError at once instead of waiting forever."""
        client, http = in_process_client(mock, timeout=None, max_retries=0)
        mock.fail_next("getTags", latency=SLOW)
        outcome: list[Exception | None] = []

        def call() -> None:
            try:
                client.get_tags(hwid="h1")
            except Exception as exc:  # handed to the test thread
                outcome.append(exc)
            else:
                outcome.append(None)

        caller = threading.Thread(target=call, daemon=True)
        caller.start()
        wait_for(lambda: len(mock.faults) == 0, "the call to reach the mock")
        started = time.monotonic()
        http.close()
        caller.join(PROMPT)
        assert not caller.is_alive(), "the call did not return after the transport closed"
        assert time.monotonic() - started < PROMPT
        (error,) = outcome
        assert isinstance(error, errors.APIConnectionError)
        assert not isinstance(error, errors.APITimeoutError)

    def test_a_closed_transport_refuses_new_calls(self, mock: MockServer) -> None:
        """A call on a closed transport fails at once with a connection error."""
        transport = InProcessTransport(mock)
        transport.close()
        with (
            httpx.Client(transport=transport, base_url="http://localhost") as http,
            pytest.raises(httpx.ConnectError),
        ):
            http.post("/json/1.3/getTags", json={"request": {"hwid": "h1"}})

    def test_pytest_exits_with_a_call_running_at_teardown(self, pytester: pytest.Pytester) -> None:
        """A test that leaves a call running in a thread ends, and pytest exits: the plugin's
        teardown fails the call (and its retries) with APIConnectionError rather than leaving it
        waiting."""
        pytester.makepyfile(
            """
            import pathlib
            import threading
            import time

            def test_leaves_a_call_running(pushwoosh_client, pushwoosh_mock):
                pushwoosh_mock.fail_next("getTags", latency=60)

                def call():
                    try:
                        pushwoosh_client.get_tags(hwid="h1")
                    except Exception as exc:
                        pathlib.Path("outcome.txt").write_text(type(exc).__name__)

                threading.Thread(target=call).start()  # not a daemon: it must end on its own
                deadline = time.monotonic() + 15
                while len(pushwoosh_mock.faults) and time.monotonic() < deadline:
                    time.sleep(0.01)
            """
        )
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=60)
        result.assert_outcomes(passed=1)
        assert (pytester.path / "outcome.txt").read_text() == "APIConnectionError"


class TestTimeoutsInProcess:
    """The in-process transports honour the request's timeout as a socket does."""

    @pytest.mark.parametrize("option", ["timeout", "total_timeout"])
    def test_sync_client_times_out(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, option: str
    ) -> None:
        """A slow answer under a 0.5 s timeout (per attempt, or in total) raises APITimeoutError
        long before the answer would come."""
        pushwoosh_mock.fail_next("getTags", latency=SLOW)
        client = pushwoosh_client.with_options(**{option: 0.5}, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            client.get_tags(hwid="h1")
        assert time.monotonic() - started < PROMPT

    @pytest.mark.parametrize("option", ["timeout", "total_timeout"])
    async def test_async_client_times_out(
        self,
        async_pushwoosh_client: AsyncPushwooshClient,
        pushwoosh_mock: MockServer,
        option: str,
    ) -> None:
        """The same with the async client."""
        pushwoosh_mock.fail_next("getTags", latency=SLOW)
        client = async_pushwoosh_client.with_options(**{option: 0.5}, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await client.get_tags(hwid="h1")
        assert time.monotonic() - started < PROMPT

    def test_retried_after_a_timeout(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A safe call that timed out is retried as over a socket, and the retry succeeds."""
        pushwoosh_mock.fail_next("getTags", latency=SLOW)
        raw = pushwoosh_client.with_options(timeout=0.5).with_raw_response.get_tags(hwid="h1")
        assert raw.attempts == 2

    def test_raw_httpx_sees_a_read_timeout(self, mock: MockServer) -> None:
        """Through a plain httpx.Client the timeout is httpx.ReadTimeout, as over a socket."""
        mock.fail_next("getTags", latency=SLOW)
        with (
            httpx.Client(
                transport=InProcessTransport(mock), base_url="http://localhost", timeout=0.5
            ) as http,
            pytest.raises(httpx.ReadTimeout),
        ):
            http.post(
                "/json/1.3/getTags",
                json={"request": {"application": APP, "hwid": "h1"}},
                headers={"Authorization": f"Token {DEV_TOKEN}"},
            )

    def test_the_server_still_applies_a_call_its_client_gave_up_on(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The client's timeout does not stop the mock: the call is applied and journaled once
        its latency is over, as a server goes on with a call whose client left."""
        pushwoosh_mock.fail_next("registerDevice", latency=1.0)
        with pytest.raises(errors.APITimeoutError):
            pushwoosh_client.with_options(timeout=0.2, max_retries=0).register_device(
                hwid="h1", device_type=3
            )
        wait_for(lambda: bool(pushwoosh_mock.requests("registerDevice")), "the call's journal")
        assert [c.status for c in pushwoosh_mock.requests("registerDevice")] == [200]
        assert pushwoosh_client.get_tags(hwid="h1") is not None


# ---- tokens in the journal and the answers ------------------------------------------------

OTHER_TOKEN = "someone-elses-server-token-0042"
"""A token the mock does not know: masked for where it is, not for what it is."""
SECRETS = (DEV_TOKEN, DEV_SERVER_TOKEN, OTHER_TOKEN, "424242424242")


@pytest.fixture
def raw(mock: MockServer) -> Iterator[httpx.Client]:
    """A raw sync caller of the in-process mock with the device token set."""
    with httpx.Client(
        transport=InProcessTransport(mock),
        base_url="http://localhost",
        headers={"Authorization": f"Token {DEV_TOKEN}"},
    ) as client:
        yield client


def assert_no_token(text: str) -> None:
    """Fail if any of the tests' tokens appears in ``text``."""
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked: {text[:600]}"


def journal_text(client: httpx.Client) -> str:
    """The journal as ``GET /__mock/requests`` gives it."""
    response = client.get("/__mock/requests")
    assert response.status_code == 200
    return response.text


class TestTokensNeverShown:
    """No token, whatever body carries it, is shown by the journal or echoed in an answer."""

    @pytest.mark.parametrize(
        "content",
        [
            b'{"request": {"auth": "%s", "application": "A", "x": NaN}}',
            b'{"request": {"auth": "%s", "application": "A", "notifications": [],}}',
            b'{"request": {"auth": "%s" "application": "A"}}',
            b'{"request": {"\\u0061uth": "%s", "x": 1,}}',
            b'{"auth": "%s", "application": "A"',
            b'{"request": {"auth": ["%s", 1], "x": [}}',
            b'{"request": {"application": "A", "auth": {"t": "%s"}, "x": Infinity}}',
        ],
        ids=["nan", "trailing-comma", "missing-comma", "escaped-key", "unclosed", "list", "object"],
    )
    @pytest.mark.parametrize("token", [DEV_SERVER_TOKEN, DEV_TOKEN, OTHER_TOKEN])
    def test_malformed_bodies(
        self, raw: httpx.Client, mock: MockServer, content: bytes, token: str
    ) -> None:
        """A body that is not JSON keeps its text in the journal, with the auth value masked."""
        answer = raw.post("/json/1.3/createMessage", content=content % token.encode())
        assert answer.status_code == 400
        assert_no_token(answer.text)
        assert_no_token(journal_text(raw))
        (call,) = mock.requests("createMessage")
        assert call.body_text is not None and "***" in call.body_text

    @pytest.mark.parametrize("token", [DEV_SERVER_TOKEN, OTHER_TOKEN])
    def test_oversized_body_with_auth_first(
        self, raw: httpx.Client, mock: MockServer, token: str
    ) -> None:
        """A body over the limit, ``auth`` first as the spec orders it: its kept head is masked."""
        notifications = [{"send_date": "now", "content": "x" * 1500}] * 900
        body = {"request": {"auth": token, "application": APP, "notifications": notifications}}
        content = json.dumps(body).encode()
        assert len(content) > mock.journal.body_bytes
        answer = raw.post("/json/1.3/createMessage", content=content)
        assert_no_token(answer.text)
        assert_no_token(journal_text(raw))
        (call,) = mock.requests("createMessage")
        assert call.truncated and call.body_text is not None
        assert call.body_text.startswith('{"request": {"auth": "***"')

    @pytest.mark.parametrize(
        ("path", "body"),
        [
            ("/json/1.3/createMessage", {"auth": DEV_SERVER_TOKEN, "application": APP}),
            ("/json/1.3/createMessage", {"auth": OTHER_TOKEN, "application": APP}),
            ("/api/v2/device-api/setMADID", {"auth": OTHER_TOKEN, "hwid": "h1"}),
            (
                "/json/1.3/createMessage",
                {"request": {"auth": DEV_SERVER_TOKEN}, "auth": OTHER_TOKEN},
            ),
        ],
        ids=["flat-known", "flat-unknown", "flat-operation", "both-levels"],
    )
    def test_flat_auth(
        self, raw: httpx.Client, mock: MockServer, path: str, body: dict[str, Any]
    ) -> None:
        """An ``auth`` member is masked at the top level (a flat body) as in the envelope."""
        answer = raw.post(path, json=body)
        assert_no_token(answer.text)
        assert_no_token(journal_text(raw))
        assert '"auth":"***"' in journal_text(raw)

    @pytest.mark.parametrize(
        "auth",
        [
            {"token": DEV_SERVER_TOKEN},
            {"token": OTHER_TOKEN},
            [OTHER_TOKEN],
            [{"deep": [DEV_SERVER_TOKEN]}],
            424242424242,
            424242424242.5,
        ],
        ids=["object-known", "object-unknown", "list", "nested-list", "integer", "float"],
    )
    @pytest.mark.parametrize(
        "strict",
        [False, pytest.param(True, marks=pytest.mark.pushwoosh(strict=True))],
        ids=["lenient", "strict"],
    )
    def test_auth_of_another_type_is_not_echoed(
        self, raw: httpx.Client, mock: MockServer, auth: Any, strict: bool
    ) -> None:
        """An ``auth`` that is not a string is refused (210, or 400 when strict) without showing
        its value in the message, and the journal shows it masked."""
        body = {
            "request": {
                "auth": auth,
                "application": APP,
                "notifications": [{"send_date": "now", "content": "x"}],
            }
        }
        answer = raw.post("/json/1.3/createMessage", json=body)
        assert answer.status_code == (400 if strict else 200)
        assert answer.json()["status_code"] == (400 if strict else 210)
        assert "request.auth" in answer.json()["status_message"]
        assert_no_token(answer.text)
        assert_no_token(journal_text(raw))

    def test_known_tokens_anywhere(self, raw: httpx.Client, mock: MockServer) -> None:
        """The mock's own tokens are masked wherever they appear: another field, another header,
        an object's key."""
        raw.post(
            "/json/1.3/setTags",
            json={
                "request": {"application": APP, "hwid": DEV_TOKEN, "tags": {DEV_SERVER_TOKEN: 1}}
            },
            headers={"X-Debug": f"token={DEV_TOKEN}"},
        )
        assert_no_token(journal_text(raw))
        (call,) = mock.requests("setTags")
        assert call.fields["hwid"] == "***"
        assert "authorization" not in call.headers

    def test_a_tag_named_auth_is_data(self, raw: httpx.Client, mock: MockServer) -> None:
        """Deeper than the envelope, ``auth`` is the caller's data (a tag), shown as sent."""
        raw.post(
            "/json/1.3/setTags",
            json={"request": {"application": APP, "hwid": "h1", "tags": {"auth": "gold"}}},
        )
        mock.assert_request_made("setTags", tags={"auth": "gold"})

    def test_masked_body_keeps_its_other_fields(self, raw: httpx.Client, mock: MockServer) -> None:
        """Masking leaves the rest of the request as it came, for the test's assertions."""
        raw.post(
            "/json/1.3/createMessage",
            json={
                "request": {
                    "auth": DEV_SERVER_TOKEN,
                    "application": APP,
                    "notifications": [{"send_date": "now", "content": "hello"}],
                }
            },
        )
        mock.assert_request_made(
            "createMessage", auth="***", notifications=[{"send_date": "now", "content": "hello"}]
        )


# ---- Prefer behind authentication ------------------------------------------------------------


class TestPreferNeedsAuthentication:
    """``Prefer: code=NNN`` answers only a call that authenticates."""

    @pytest.mark.parametrize(
        "request_fields",
        [
            {},
            {"auth": OTHER_TOKEN},
            {"auth": {"token": DEV_SERVER_TOKEN}},
        ],
        ids=["no-auth", "wrong-auth", "auth-object"],
    )
    def test_unauthenticated_remote_call(
        self, raw: httpx.Client, mock: MockServer, request_fields: dict[str, Any]
    ) -> None:
        """A Remote API call without the server token gets the refusal it would get without the
        header, never the forced answer, and nothing is applied."""
        body = {
            "request": {
                "application": APP,
                "notifications": [{"send_date": "now", "content": "x"}],
                **request_fields,
            }
        }
        answer = raw.post("/json/1.3/createMessage", json=body, headers={"Prefer": "code=200"})
        assert answer.status_code == 200
        assert answer.json()["status_code"] == 210
        assert mock.messages() == []

    def test_authenticated_remote_call(self, raw: httpx.Client, mock: MockServer) -> None:
        """With the server token the forced answer is the documented example, as before."""
        example = mock.spec.operations["createMessage"].examples[503]
        body = {
            "request": {
                "application": APP,
                "auth": DEV_SERVER_TOKEN,
                "notifications": [{"send_date": "now", "content": "x"}],
            }
        }
        answer = raw.post("/json/1.3/createMessage", json=body, headers={"Prefer": "code=503"})
        assert answer.status_code == 503
        assert answer.json() == example
        assert mock.messages() == []

    def test_device_call_without_a_token(self, mock: MockServer) -> None:
        """A Device API call without its header token is refused (401), Prefer or not."""
        with httpx.Client(
            transport=InProcessTransport(mock), base_url="http://localhost"
        ) as client:
            answer = client.post(
                "/json/1.3/getTags",
                json={"request": {"application": APP, "hwid": "h1"}},
                headers={"Prefer": "code=200"},
            )
        assert answer.status_code == 401


# ---- the plugin's rate limits ----------------------------------------------------------------


class TestPluginRateLimits:
    """The plugin's client and mock limit the same calls: by default, neither does."""

    def test_more_than_600_create_messages(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """640 createMessage calls in one test all succeed, without a wait."""
        for _ in range(640):
            pushwoosh_client.create_message(
                notifications=[{"send_date": "now", "content": "x"}], broadcast=True
            )
        assert len(pushwoosh_mock.requests("createMessage")) == 640
        assert pushwoosh_mock.waits == []

    @pytest.mark.pushwoosh(rate_limits={"createMessage": (3, 60)})
    def test_the_marker_turns_the_mocks_limit_on(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A test that asks for a limit gets the mock's 429 beyond it."""
        for _ in range(3):
            pushwoosh_client.create_message(
                notifications=[{"send_date": "now", "content": "x"}], broadcast=True
            )
        with pytest.raises(errors.RateLimitError):
            pushwoosh_client.create_message(
                notifications=[{"send_date": "now", "content": "x"}], broadcast=True
            )
        assert len(pushwoosh_mock.waits) == 2  # the client's two retries, waited virtually

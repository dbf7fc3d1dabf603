"""The bound on a call's whole time (total_timeout), across attempts and waits, over real HTTP."""

import time

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, errors
from pushwoosh_mock import MockServer


def client(server: MockServer, **options: object) -> PushwooshClient:
    return PushwooshClient(application="APP", **options)  # type: ignore[arg-type]


class TestTotalTimeout:
    """total_timeout: per client, per call, and in with_options."""

    def test_retries_stop_when_the_total_runs_out(self, pushwoosh_server: MockServer) -> None:
        """A 0.5 s timeout per attempt with retries took 2.8 s; with total_timeout=1 the call
        ends at 1 s with an error that says so and how many attempts were made."""
        pushwoosh_server.fail_next("getTags", latency=3, times=5)
        started = time.monotonic()
        with (
            client(pushwoosh_server, timeout=0.5, total_timeout=1.0) as c,
            pytest.raises(errors.APITimeoutError) as caught,
        ):
            c.get_tags(user_id="u")
        elapsed = time.monotonic() - started
        assert caught.value.phase == "total" and caught.value.seconds == 1.0
        assert "did not answer within the total timeout of 1 s (after 2 attempts)" in str(
            caught.value
        )
        assert elapsed < 1.8

    def test_a_retry_after_beyond_the_total_is_not_waited_for(
        self, pushwoosh_server: MockServer
    ) -> None:
        """A 503 asking for 5 s when 1 s is left ends the call at once, the 503 as its cause."""
        pushwoosh_server.fail_next("getTags", status=503, retry_after=5)
        started = time.monotonic()
        with client(pushwoosh_server) as c, pytest.raises(errors.APITimeoutError) as caught:
            c.get_tags(user_id="u", total_timeout=1.0)
        assert time.monotonic() - started < 1.0
        assert isinstance(caught.value.__cause__, errors.ServiceUnavailableError)
        assert len(pushwoosh_server.requests("getTags")) == 1

    def test_with_options_and_a_call_without_a_bound(self, pushwoosh_server: MockServer) -> None:
        """with_options sets it; a call's total_timeout=None lifts it."""
        pushwoosh_server.fail_next("getTags", status=503, retry_after=1)
        with client(pushwoosh_server) as c:
            bounded = c.with_options(total_timeout=0.5)
            with pytest.raises(errors.APITimeoutError):
                bounded.get_tags(user_id="u")
            pushwoosh_server.fail_next("getTags", status=503, retry_after=1)
            assert bounded.get_tags(user_id="u", total_timeout=None) == {}

    def test_bad_values_are_refused(self) -> None:
        for bad in (0, -1, "1", True):
            with pytest.raises(errors.ConfigurationError, match="total_timeout"):
                PushwooshClient("t", total_timeout=bad)  # type: ignore[arg-type]

    async def test_async(self, pushwoosh_server: MockServer) -> None:
        """The async client keeps the same bound."""
        pushwoosh_server.fail_next("getTags", latency=3, times=5)
        started = time.monotonic()
        async with AsyncPushwooshClient(application="APP", timeout=0.5, total_timeout=1.0) as c:
            with pytest.raises(errors.APITimeoutError, match="total timeout of 1 s"):
                await c.get_tags(user_id="u")
        assert time.monotonic() - started < 1.8


class TestAttemptCutByTheTotal:
    """An attempt whose timeout was shortened to what was left of the total, and that timed out,
    ends the call with the total timeout's error even when the clock has not quite reached the
    deadline (a transport's timer may fire a little early)."""

    @staticmethod
    def early_timeout(request: httpx.Request) -> httpx.Response:
        """Time out at once, as a timer firing just before the deadline would."""
        raise httpx.ReadTimeout("timed out", request=request)

    def test_sync(self) -> None:
        http = httpx.Client(transport=httpx.MockTransport(self.early_timeout))
        with (
            PushwooshClient("t", application="APP", http_client=http, max_retries=0) as c,
            pytest.raises(errors.APITimeoutError) as caught,
        ):
            c.get_tags(user_id="u", timeout=5.0, total_timeout=1.0)
        assert caught.value.phase == "total" and caught.value.attempts == 1

    def test_a_retry_the_total_leaves_no_time_for_ends_with_the_total(self) -> None:
        """A read timeout on a safe read wants a retry; when its back-off does not fit in what is
        left of the total, the total is what ended the call."""
        http = httpx.Client(transport=httpx.MockTransport(self.early_timeout))
        with (
            PushwooshClient("t", application="APP", http_client=http) as c,
            pytest.raises(errors.APITimeoutError) as caught,
        ):
            c.get_tags(user_id="u", timeout=0.01, total_timeout=0.02)
        assert caught.value.phase == "total" and caught.value.attempts == 1

    def test_an_attempt_within_the_total_keeps_its_own_phase(self) -> None:
        http = httpx.Client(transport=httpx.MockTransport(self.early_timeout))
        with (
            PushwooshClient("t", application="APP", http_client=http, max_retries=0) as c,
            pytest.raises(errors.APITimeoutError) as caught,
        ):
            c.get_tags(user_id="u", timeout=0.5, total_timeout=10.0)
        assert caught.value.phase == "read"

    async def test_async(self) -> None:
        async def early(request: httpx.Request) -> httpx.Response:
            return self.early_timeout(request)

        http = httpx.AsyncClient(transport=httpx.MockTransport(early))
        async with AsyncPushwooshClient(
            "t", application="APP", http_client=http, max_retries=0
        ) as c:
            with pytest.raises(errors.APITimeoutError) as caught:
                await c.get_tags(user_id="u", timeout=5.0, total_timeout=1.0)
        assert caught.value.phase == "total"

"""client.jobs.wait: the typed answer of a job-starting call, polled with backoff through the
clients' clock until done; failures, timeouts, cancellation and the mock's job rules."""

import pickle
from typing import Any

import anyio
import httpx
import pytest

from pushwoosh_generated import (
    APITimeoutError,
    AsyncPushwooshClient,
    InternalServerError,
    InvalidArgumentError,
    JobFailedError,
    PushwooshClient,
    RequestArgumentError,
    StartedJob,
)
from pushwoosh_generated.lib import jobs
from pushwoosh_generated.results import ScheduledResult
from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.__main__ import build_parser, config_from
from pushwoosh_mock.transport import InProcessTransport

FROM, TO = "2020-01-01 00:00:00", "2099-12-31 23:59:59"
PERIOD = {"datefrom": FROM, "dateto": TO}


class TestWait:
    """What jobs.wait returns and raises."""

    def test_a_start_answers_a_job_and_wait_its_typed_result(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The start returns a StartedJob naming its operation and id; wait polls getResults
        with that id and returns the result typed by the spec's schema."""
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        assert isinstance(started, StartedJob)
        assert started.operation == "getAppStats" and len(started.id) == 32
        assert pushwoosh_mock.server_token not in repr(started)
        result = pushwoosh_client.jobs.wait(started)
        assert result.formatter == "yearly"
        pushwoosh_mock.assert_request_made("getResults", request_id=started.id)

    @pytest.mark.pushwoosh(job_delay=0.2)
    def test_waits_grow_through_the_clock(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Polls wait 1 s, then 1.5 times longer each time up to 30 s (through the clients'
        clock, which the plugin records instead of sleeping)."""
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        assert pushwoosh_client.jobs.wait(started).formatter == "yearly"
        waits = pushwoosh_mock.waits
        assert len(waits) == len(pushwoosh_mock.requests("getResults")) >= 4
        assert waits[:4] == [1.0, 1.5, 2.25, 3.375]
        assert max(waits) <= jobs.LONGEST_POLL

    def test_timeout_bounds_the_whole_wait(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A job that stays pending ends the wait with APITimeoutError at `timeout`."""
        pushwoosh_mock.next_job("getAppStats", outcome="pending")
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        with pytest.raises(
            APITimeoutError, match=r"jobs.wait\(getAppStats\).*job timeout of 0.3 s"
        ):
            pushwoosh_client.jobs.wait(started, timeout=0.3)
        assert max(pushwoosh_mock.waits) <= 0.3

    def test_a_failed_job_raises_with_what_the_api_said(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A job the mock was told to fail raises JobFailedError with the API's message."""
        pushwoosh_mock.next_job("getAppStats", outcome="failed")
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        with pytest.raises(JobFailedError) as caught:
            pushwoosh_client.jobs.wait(started)
        error = caught.value
        assert (error.operation, error.job_id, error.status_message) == (
            "getAppStats",
            started.id,
            "Request failed",
        )
        assert error.body["status_code"] == 210
        assert pushwoosh_mock.server_token not in str(error) + repr(error.body)
        again = pickle.loads(pickle.dumps(error))
        assert str(again) == str(error)
        # the next job of the operation is not shaped any more
        assert (
            pushwoosh_client.jobs.wait(
                pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
            ).rows
            == []
        )

    def test_an_unknown_id_fails_the_wait(self, pushwoosh_client: PushwooshClient) -> None:
        """An id the account never got is `Request not found`: the wait stops at once."""
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        forged = StartedJob("getAppStats", "0" * 32, started.facts, started.parse)
        with pytest.raises(JobFailedError, match="Request not found"):
            pushwoosh_client.jobs.wait(forged)

    def test_only_a_started_job_is_waited_for(self, pushwoosh_client: PushwooshClient) -> None:
        """Anything else is refused before any call, and so is a bad timeout."""
        with pytest.raises(InvalidArgumentError, match="StartedJob"):
            pushwoosh_client.jobs.wait("b3337d8ec78f67280a40a5b89050c0c0")  # type: ignore[arg-type]
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        with pytest.raises(InvalidArgumentError, match="timeout"):
            pushwoosh_client.jobs.wait(started, timeout=0)

    def test_a_start_is_not_repeated_blindly(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A job start is `unsafe`: after a 500 it is not sent again (a repeat would start a
        second job)."""
        pushwoosh_mock.fail_next("getMsgStats", status=500)
        with pytest.raises(InternalServerError):
            pushwoosh_client.get_msg_stats(message="C3F8-C3863ED4-334AD4F1")
        assert len(pushwoosh_mock.requests("getMsgStats")) == 1

    def test_get_results_called_directly(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """get_results answers the result as it came; an unknown id is a RequestArgumentError."""
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        answer = pushwoosh_client.get_results(request_id=started.id)
        assert isinstance(answer, ScheduledResult)
        assert answer.data["formatter"] == "yearly"
        with pytest.raises(RequestArgumentError, match="Request not found"):
            pushwoosh_client.get_results(request_id="nope")

    @pytest.mark.pushwoosh(job_delay=3600)
    def test_pending_until_due(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Before its delay a job is pending: `Result is not ready yet`."""
        started = pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        with pytest.raises(RequestArgumentError, match="Result is not ready yet"):
            pushwoosh_client.get_results(request_id=started.id)
        assert [job["status"] for job in pushwoosh_mock.jobs()] == ["pending"]


class TestAsyncWait:
    """The async client's jobs.wait."""

    async def test_async_wait(
        self, async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The async twin returns the same typed result."""
        started = await async_pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        result = await async_pushwoosh_client.jobs.wait(started)
        assert result.formatter == "yearly"

    async def test_a_cancelled_wait_stops_polling(
        self, async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Cancelling the wait ends it: no poll follows (the one in flight may still reach
        the server, as a cancelled call does)."""
        pushwoosh_mock.next_job("getAppStats", outcome="pending")
        started = await async_pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO)
        with anyio.move_on_after(0.2) as scope:
            await async_pushwoosh_client.jobs.wait(started)
        assert scope.cancelled_caught
        await anyio.sleep(0.05)
        polls = len(pushwoosh_mock.requests("getResults"))
        await anyio.sleep(0.1)
        assert len(pushwoosh_mock.requests("getResults")) == polls


class TestMockJobs:
    """The mock's job rules and controls."""

    def test_another_account_does_not_see_a_job(self) -> None:
        """A job belongs to the account of the token that started it."""
        mock = create_app(server_tokens=frozenset({"first", "second"}), job_delay=0)
        with httpx.Client(transport=InProcessTransport(mock), base_url="http://localhost") as http:
            started = http.post(
                "/json/1.3/getAppStats",
                json={"request": {"auth": "first", "application": "A", **PERIOD}},
            ).json()["response"]["request_id"]
            other = http.post(
                "/json/1.3/getResults", json={"request": {"auth": "second", "request_id": started}}
            ).json()
            mine = http.post(
                "/json/1.3/getResults", json={"request": {"auth": "first", "request_id": started}}
            ).json()
        mock.store.close()
        assert other["status_message"] == "Request not found"
        assert mine["status_code"] == 200

    def test_control_route_shapes_the_next_job(self) -> None:
        """POST /__mock/jobs does what MockServer.next_job does; bad input is a 400."""
        mock = create_app(job_delay=0)
        with httpx.Client(transport=InProcessTransport(mock), base_url="http://localhost") as http:
            made = http.post(
                "/__mock/jobs", json={"operation": "getAppStats", "outcome": "failed", "times": 2}
            )
            assert made.status_code == 201
            for body in (
                {"operation": "getTags"},
                {"operation": "getAppStats", "outcome": "slow"},
                {"operation": "getAppStats", "times": 0},
                {"operation": "getAppStats", "when": 1},
            ):
                refused = http.post("/__mock/jobs", json=body)
                assert refused.status_code == 400, body
            auth = {"auth": mock.server_token, "application": "A", **PERIOD}
            for _ in range(3):
                http.post("/json/1.3/getAppStats", json={"request": auth})
            listed = http.get("/__mock/jobs").json()["jobs"]
        mock.store.close()
        assert [job["status"] for job in listed] == ["failed", "failed", "done"]
        assert all("auth" not in job["request"] for job in listed)

    def test_next_job_checks_its_arguments(self, pushwoosh_mock: MockServer) -> None:
        """An unknown operation, one that starts no job, or a bad outcome is a ValueError."""
        with pytest.raises(ValueError, match="did you mean 'getAppStats'"):
            pushwoosh_mock.next_job("getAppStat")
        with pytest.raises(ValueError, match="starts no job"):
            pushwoosh_mock.next_job("getResults")
        with pytest.raises(ValueError, match="outcome"):
            pushwoosh_mock.next_job("getAppStats", outcome="done")

    def test_job_delay_option(self) -> None:
        """`job_delay` / `--job-delay` take seconds >= 0; the default is small."""
        with pytest.raises(ValueError, match="job_delay"):
            create_app(job_delay=-1)
        config = config_from(build_parser().parse_args(["--job-delay", "2.5"]))
        assert config.job_delay == 2.5
        assert config_from(build_parser().parse_args([])).job_delay == 1.0
        with pytest.raises(SystemExit):
            build_parser().parse_args(["--job-delay", "-1"])
        mock = create_app()
        assert mock.store.job_delay == 1.0
        mock.store.close()


class TestWaitAll:
    """jobs.wait_all: several jobs polled in rounds, one wait between rounds."""

    def test_results_in_order_with_a_failure_kept_in_its_place(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        pushwoosh_mock.next_job("getCampaignStats", outcome="failed")
        started: list[StartedJob[Any]] = [
            pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO),
            pushwoosh_client.get_campaign_stats(campaign="C", datefrom=FROM, dateto=TO),
            pushwoosh_client.get_app_stats(datefrom=FROM, dateto="2099-12-31 23:59:58"),
        ]
        first, failed, third = pushwoosh_client.jobs.wait_all(started)
        assert not isinstance(first, JobFailedError) and first.formatter == "yearly"
        assert isinstance(failed, JobFailedError) and failed.job_id == started[1].id
        assert not isinstance(third, JobFailedError)
        assert pushwoosh_mock.waits == [1.0]  # one round for the three
        asked = [
            call.body["request"]["request_id"] for call in pushwoosh_mock.requests("getResults")
        ]
        assert asked == [job.id for job in started]

    def test_only_the_pending_jobs_are_polled_again_until_the_timeout(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        pushwoosh_mock.next_job("getAppStats", outcome="pending")
        started = [pushwoosh_client.get_app_stats(datefrom=FROM, dateto=TO) for _ in range(3)]
        with pytest.raises(APITimeoutError, match=r"job timeout of 0\.3 s"):
            pushwoosh_client.jobs.wait_all(started, timeout=0.3)
        assert max(pushwoosh_mock.waits) <= 0.3
        calls = [
            call.body["request"]["request_id"] for call in pushwoosh_mock.requests("getResults")
        ]
        assert calls[:3] == [job.id for job in started] and len(calls) > 3
        assert set(calls[3:]) == {started[0].id}  # the others were done in the first round

    def test_async(self, async_pushwoosh_client: AsyncPushwooshClient) -> None:
        async def main() -> list[Any]:
            client = async_pushwoosh_client
            started = [await client.get_app_stats(datefrom=FROM, dateto=TO) for _ in range(2)]
            return await client.jobs.wait_all(started)

        assert [result.formatter for result in anyio.run(main)] == ["yearly", "yearly"]

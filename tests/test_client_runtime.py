"""Tests for the hand-written runtime of `pushwoosh_generated`: typed errors, retries, raw access."""

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AuthenticatedClient, _retries, errors
from pushwoosh_generated.api.device import get_tags, set_badge
from pushwoosh_generated.api.user import post_event
from pushwoosh_generated.models import GetTagsBody, GetTagsRequest, PostEventBody, SetBadgeBody

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Record retry delays instead of sleeping."""
    delays: list[float] = []
    monkeypatch.setattr(time, "sleep", delays.append)
    yield delays


def make_client(handler: Handler, **kwargs: Any) -> AuthenticatedClient:
    """Return a client whose requests go to `handler`."""
    return AuthenticatedClient(
        token="t", httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs
    )


def envelope(status_code: int = 200, message: str = "OK", **extra: Any) -> httpx.Response:
    """Return an HTTP 200 with a Pushwoosh envelope."""
    return httpx.Response(
        200, json={"status_code": status_code, "status_message": message, **extra}
    )


def tags_body() -> GetTagsBody:
    return GetTagsBody(request=GetTagsRequest(application="XXXXX-XXXXX", hwid="h"))


class TestErrors:
    """Tests for `raise_for_response` and the error classes."""

    def test_success_returns_the_typed_model(self) -> None:
        """A 200/200 answer returns the parsed model of the operation."""
        client = make_client(lambda r: envelope(response={"result": {"Language": "fr"}}))
        result = get_tags.sync(client=client, body=tags_body())
        assert result.response is not None
        assert result.response.result["Language"] == "fr"

    def test_status_210_raises_argument_error(self) -> None:
        """HTTP 200 with status_code 210 raises ArgumentError with the server's message."""
        client = make_client(lambda r: envelope(210, "Application not found", response=None))
        with pytest.raises(errors.ArgumentError) as caught:
            get_tags.sync(client=client, body=tags_body())
        assert caught.value.status_code == 210
        assert caught.value.status_message == "Application not found"
        assert "Application not found" in str(caught.value)

    @pytest.mark.parametrize(
        ("status", "error"),
        [
            (400, errors.BadRequestError),
            (401, errors.AuthenticationError),
            (403, errors.PermissionDeniedError),
            (404, errors.NotFoundError),
            (413, errors.PayloadTooLargeError),
            (500, errors.InternalServerError),
            (502, errors.InternalServerError),
            (418, errors.UnexpectedStatus),
        ],
    )
    def test_http_errors_map_to_one_class_each(self, status: int, error: type[Exception]) -> None:
        """Each HTTP error status raises its own class, carrying the status_message."""
        body = {"status_code": status, "status_message": "nope", "response": None}
        client = make_client(lambda r: httpx.Response(status, json=body), max_retries=0)
        with pytest.raises(error) as caught:
            set_badge.sync(client=client, body=SetBadgeBody.from_dict(_badge()))
        assert isinstance(caught.value, errors.APIStatusError)
        assert caught.value.status_code == status
        assert caught.value.status_message == "nope"

    def test_non_json_error_body(self) -> None:
        """An HTTP error whose body is not JSON still raises its class with the raw text."""
        client = make_client(lambda r: httpx.Response(500, text="<html>boom</html>"))
        with pytest.raises(errors.InternalServerError, match="boom"):
            set_badge.sync(client=client, body=SetBadgeBody.from_dict(_badge()))

    def test_detailed_gives_the_raw_response(self) -> None:
        """sync_detailed never raises for a status and gives status, headers and content."""
        client = make_client(lambda r: envelope(210, "Application not found", response=None))
        raw = get_tags.sync_detailed(client=client, body=tags_body())
        assert raw.status_code == 200
        assert json.loads(raw.content)["status_code"] == 210

    def test_timeout_and_connection_errors_are_mapped(self) -> None:
        """httpx transport errors come out as APITimeoutError and APIConnectionError."""

        def timeout(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("slow", request=request)

        def broken(request: httpx.Request) -> httpx.Response:
            raise httpx.RemoteProtocolError("dropped", request=request)

        with pytest.raises(errors.APITimeoutError):
            get_tags.sync(client=make_client(timeout), body=tags_body())
        with pytest.raises(errors.APIConnectionError):
            get_tags.sync(client=make_client(broken), body=tags_body())


def _badge() -> dict[str, Any]:
    return {"request": {"application": "XXXXX-XXXXX", "hwid": "h", "badge": 1}}


def counting(responses: list[httpx.Response | Exception]) -> tuple[Handler, list[httpx.Request]]:
    """Return a handler that answers from the list in order, and the requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = responses[min(len(seen), len(responses)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


class TestRetries:
    """Tests for `RetryTransport`."""

    @pytest.mark.parametrize("status", [408, 429, 503])
    def test_retries_what_the_server_did_not_handle(
        self, status: int, no_sleep: list[float]
    ) -> None:
        """408, 429 and 503 are retried and the call then succeeds."""
        handler, seen = counting([httpx.Response(status), envelope(response=None)])
        set_badge.sync(client=make_client(handler), body=SetBadgeBody.from_dict(_badge()))
        assert len(seen) == 2
        assert len(no_sleep) == 1

    @pytest.mark.parametrize("status", [500, 502, 504])
    def test_never_retries_what_may_have_been_applied(self, status: int) -> None:
        """A 5xx other than 503 may have been applied: it is raised at once."""
        handler, seen = counting([httpx.Response(status), envelope(response=None)])
        with pytest.raises(errors.InternalServerError):
            post_event.sync(client=make_client(handler), body=PostEventBody.from_dict(_event()))
        assert len(seen) == 1

    def test_210_is_not_retried(self) -> None:
        """An argument error is final."""
        handler, seen = counting([envelope(210, "Application not found", response=None)])
        with pytest.raises(errors.ArgumentError):
            post_event.sync(client=make_client(handler), body=PostEventBody.from_dict(_event()))
        assert len(seen) == 1

    def test_gives_up_after_max_retries(self, no_sleep: list[float]) -> None:
        """After max_retries the last answer is raised as its error."""
        handler, seen = counting([httpx.Response(503)])
        with pytest.raises(errors.ServiceUnavailableError):
            get_tags.sync(client=make_client(handler, max_retries=3), body=tags_body())
        assert len(seen) == 4
        assert len(no_sleep) == 3

    def test_zero_retries(self) -> None:
        """with_max_retries(0) turns retries off."""
        handler, seen = counting([httpx.Response(429)])
        client = make_client(handler).with_max_retries(0)
        with pytest.raises(errors.RateLimitError):
            get_tags.sync(client=client, body=tags_body())
        assert len(seen) == 1

    def test_connect_errors_are_retried(self) -> None:
        """A refused connection never reached the server and is retried."""
        refused = httpx.ConnectError("refused")
        handler, seen = counting([refused, refused, envelope(response={"result": {}})])
        get_tags.sync(client=make_client(handler), body=tags_body())
        assert len(seen) == 3

    def test_connect_errors_exhausted(self) -> None:
        """When every attempt is refused the error is APIConnectionError."""
        handler, seen = counting([httpx.ConnectError("refused")])
        with pytest.raises(errors.APIConnectionError):
            get_tags.sync(client=make_client(handler), body=tags_body())
        assert len(seen) == 3

    @pytest.mark.parametrize(
        ("headers", "retries_done", "expected"),
        [
            ({"Retry-After": "3"}, 0, (3.0, 3.0)),
            ({"Retry-After": "0.5"}, 4, (0.5, 0.5)),
            ({"Retry-After": "-2"}, 0, (0.0, 0.0)),
            ({}, 0, (0.375, 0.5)),
            ({}, 2, (1.5, 2.0)),
            ({}, 10, (6.0, 8.0)),
            ({"Retry-After": "soon"}, 1, (0.75, 1.0)),
            ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0, (0.0, 0.0)),
        ],
    )
    def test_delay(
        self, headers: dict[str, str], retries_done: int, expected: tuple[float, float]
    ) -> None:
        """Retry-After wins; otherwise capped exponential backoff with up to 25% jitter."""
        delay = _retries.retry_delay(retries_done, httpx.Response(503, headers=headers))
        assert expected[0] <= delay <= expected[1]

    def test_too_long_retry_after_is_not_honoured(self) -> None:
        """A Retry-After past the cap raises at once instead of stalling the caller."""
        handler, seen = counting([httpx.Response(429, headers={"Retry-After": "3600"})])
        with pytest.raises(errors.RateLimitError):
            get_tags.sync(client=make_client(handler), body=tags_body())
        assert len(seen) == 1


def _event() -> dict[str, Any]:
    return {
        "request": {
            "application": "XXXXX-XXXXX",
            "hwid": "h",
            "event": "e",
            "attributes": {},
        }
    }


class TestMalformedAnswers:
    """Tests for answers that do not match the spec."""

    @pytest.mark.parametrize(
        "answer",
        [
            httpx.Response(200, text="not json"),
            httpx.Response(200, json=["a list"]),
            httpx.Response(200, json={"status_message": "no status_code"}),
        ],
        ids=["not-json", "not-an-object", "missing-status_code"],
    )
    def test_success_status_with_a_bad_body(self, answer: httpx.Response) -> None:
        """A 200 whose body is not an envelope raises MalformedResponseError, not a crash."""
        client = make_client(lambda r: answer)
        with pytest.raises(errors.MalformedResponseError, match="unexpected body"):
            get_tags.sync(client=client, body=tags_body())
        assert get_tags.sync_detailed(client=client, body=tags_body()).parsed is None

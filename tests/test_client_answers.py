"""How the client reads answers a mock server does not give: canned over httpx.MockTransport."""

import email.utils
import time
from collections.abc import Callable

import httpx
import pytest

from pushwoosh_generated import PushwooshClient, errors
from pushwoosh_generated._retries import MAX_RETRY_AFTER, parse_retry_after, repeat_allows
from pushwoosh_spec.facts import Repeat

Handler = Callable[[httpx.Request], httpx.Response]


def client_with(handler: Handler, **options: object) -> PushwooshClient:
    """A client whose every call is answered by `handler`."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return PushwooshClient("device-token", application="XXXXX-XXXXX", http_client=http, **options)  # type: ignore[arg-type]


def test_400_without_status_code_is_mapped() -> None:
    """The vendor's 400 body has no status_code: the HTTP status alone picks the class."""
    client = client_with(
        lambda r: httpx.Response(400, json={"status_message": "Malformed request string"})
    )
    with pytest.raises(errors.BadRequestError) as caught:
        client.get_tags(hwid="h")
    assert caught.value.status_message == "Malformed request string"
    assert str(caught.value) == "getTags: HTTP 400: Malformed request string"


def test_error_status_with_an_empty_body_still_says_something() -> None:
    client = client_with(lambda r: httpx.Response(404, content=b""))
    with pytest.raises(errors.NotFoundError, match="getTags: HTTP 404: Not Found"):
        client.get_tags(hwid="h")


@pytest.mark.parametrize(
    "content",
    [
        b"<html>oops</html>",
        b"[]",
        b'{"status_message":"OK"}',
        b'{"status_code":200,"status_message":"OK","response":{"no":"result"}}',
    ],
)
def test_success_status_with_an_undocumented_body(content: bytes) -> None:
    client = client_with(lambda r: httpx.Response(200, content=content))
    with pytest.raises(errors.MalformedResponseError, match="getTags: HTTP 200"):
        client.get_tags(hwid="h")


def test_retry_after_longer_than_the_cap_is_not_waited_for() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, headers={"Retry-After": str(int(MAX_RETRY_AFTER) + 1)}, json={})

    started = time.monotonic()
    with pytest.raises(errors.ServiceUnavailableError):
        client_with(handler).get_tags(hwid="h")
    assert len(calls) == 1 and time.monotonic() - started < 1


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    seconds = parse_retry_after(httpx.Headers({"Retry-After": when}))
    assert seconds is not None and 25 < seconds <= 30
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert parse_retry_after(httpx.Headers({"Retry-After": "-5"})) == 0


def test_the_request_carries_the_envelope_and_the_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"status_code": 200, "status_message": "OK", "response": None}
        )

    client_with(handler).set_badge(hwid="h", badge=2, extra_headers={"X-Request-Id": "r1"})
    (request,) = seen
    assert request.url == "https://api.pushwoosh.com/json/1.3/setBadge"
    assert request.read() == b'{"request":{"application":"XXXXX-XXXXX","hwid":"h","badge":2}}'
    assert request.headers["authorization"] == "Token device-token"
    assert request.headers["x-request-id"] == "r1"


@pytest.mark.parametrize(
    ("repeat", "tags", "safe"),
    [
        (Repeat.SAFE, None, True),
        (Repeat.UNSAFE, None, False),
        (Repeat.UNLESS_INCREMENT, {"Plan": "gold"}, True),
        (Repeat.UNLESS_INCREMENT, {"List": {"operation": "append", "value": ["a"]}}, True),
        (
            Repeat.UNLESS_INCREMENT,
            {"Plan": "gold", "Level": {"operation": "increment", "value": 1}},
            False,
        ),
    ],
)
def test_repeat_policy(repeat: Repeat, tags: dict[str, object] | None, safe: bool) -> None:
    """x-pushwoosh-repeat, read with the call's own tags."""
    assert repeat_allows(repeat, {"tags": tags} if tags is not None else {}) is safe


def test_skipped_tags_warn_and_are_typed() -> None:
    """setTags' `response.skipped` returns normally, with a typed result and a PushwooshWarning."""
    from pushwoosh_generated import PushwooshWarning

    answer = {
        "status_code": 200,
        "status_message": "OK",
        "response": {"skipped": [{"tag": "Gone", "reason": "Not found"}]},
    }
    client = client_with(lambda r: httpx.Response(200, json=answer))
    with pytest.warns(
        PushwooshWarning, match="setTags: not applied: 'Gone' \\(Not found\\)"
    ) as caught:
        result = client.set_tags(hwid="h", tags={"Gone": 1})
    assert caught[0].filename == __file__  # the warning points at the caller
    assert result is not None and isinstance(result.skipped, list)
    assert [(s.tag, s.reason) for s in result.skipped] == [("Gone", "Not found")]


def test_a_null_set_tags_answer_is_none() -> None:
    client = client_with(
        lambda r: httpx.Response(
            200, json={"status_code": 200, "status_message": "OK", "response": None}
        )
    )
    assert client.set_tags(hwid="h", tags={"A": 1}) is None


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        (
            "https://api.pushwoosh.com",
            "https://tracking.svc-nue.pushwoosh.com/api/v2/device-api/setMADID",
        ),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v2/device-api/setMADID"),
    ],
)
def test_set_madid_goes_to_its_own_server_without_envelope(base_url: str, expected: str) -> None:
    """setMADID has its own host and no envelope; a mock or proxy base URL takes it too."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"status_code": 200, "status_message": "OK", "response": None}
        )

    client_with(handler, base_url=base_url).set_madid(hwid="h", madid=None)
    assert str(seen[0].url) == expected
    assert seen[0].read() == b'{"application":"XXXXX-XXXXX","hwid":"h","madid":null}'

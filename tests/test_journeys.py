"""The Customer Journey API of the mock, through the generated client (the spec's
``mock-journeys``): the lifecycle and its refusals, start by API entering users, hwids or a
filter's devices once, drop-users, the statistics that count them, the tokens (``Api``, and
``Bearer`` on drop-users), and the host the calls go to (``journey_base_url``)."""

from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, errors
from pushwoosh_generated.models import JourneyStatistics
from pushwoosh_generated.types import Unset
from pushwoosh_mock import DEV_SERVER_TOKEN, MockServer
from pushwoosh_mock.transport import InProcessTransport

SEEDED = "11111111-2222-3333-4444-555555555555"
"""The seeded journey's Journey ID: the examples'."""
JOURNEY = "22222222-0000-0000-0000-000000000002"
OTHER_SERVER_TOKEN = "other-account-server-token"
DROP_PATH = "/api/journey/drop-users/external"
T = TypeVar("T")


def _given(value: T | Unset) -> T:
    """A field of an answer, which must be present."""
    assert not isinstance(value, Unset)
    return value


def _sent(statistics: JourneyStatistics) -> list[int]:
    """Each point's ``sent``."""
    return [_given(_given(point.point_stat).sent) for point in _given(statistics.points)]


def _client(mock: MockServer, server_token: str) -> PushwooshClient:
    """A client of the in-process mock with another server token."""
    return PushwooshClient(
        http_client=httpx.Client(transport=InProcessTransport(mock)),
        token=mock.token,
        server_token=server_token,
        application=mock.application,
        base_url="http://localhost",
        journey_base_url="http://localhost",
        max_retries=0,
    )


def _raw(
    mock: MockServer, path: str, body: Any, scheme: str = "Api", token: str = DEV_SERVER_TOKEN
) -> httpx.Response:
    """A call the client would not send as it is, straight to the in-process mock."""
    with httpx.Client(transport=InProcessTransport(mock), base_url="http://localhost") as http:
        return http.post(path, json=body, headers={"Authorization": f"{scheme} {token}"})


@pytest.fixture
def devices(pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer) -> None:
    """Three devices of the client's application: ``h-ann`` (user ann, London), ``h-bob`` (bob,
    London) and ``h-cy`` (cy, Paris); and a journey of that application with two points."""
    for user, city in (("ann", "London"), ("bob", "London"), ("cy", "Paris")):
        pushwoosh_client.register_device(
            hwid=f"h-{user}", push_token=f"t-{user}", device_type=3, user_id=user
        )
        pushwoosh_client.set_tags(hwid=f"h-{user}", tags={"City": city})
    pushwoosh_mock.add_journey(JOURNEY, title="Onboarding", points=["Welcome", "Reminder"])


class TestLifecycle:
    """startJourney, pauseJourney, finishJourney, draftJourney and archiveJourney."""

    def test_the_seeded_journey_goes_through_every_state(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        """The seeded journey runs; pause, start, finish, draft and archive move it, each
        answering the journey in its new state."""
        steps: list[tuple[Callable[..., Any], str]] = [
            (pushwoosh_client.pause_journey, "STATUS_PAUSED"),
            (pushwoosh_client.start_journey, "STATUS_RUNNING"),
            (pushwoosh_client.finish_journey, "STATUS_FINISHED"),
            (pushwoosh_client.draft_journey, "STATUS_DRAFT"),
            (pushwoosh_client.archive_journey, "STATUS_ARCHIVED"),
        ]
        for action, status in steps:
            journey = action(uuid=SEEDED)
            assert (journey.info.uuid, journey.info.status) == (SEEDED, status)
            assert journey.info.title == "Welcome series"
        points = [point.additional_properties for point in _given(journey.points)]
        assert points == [{"title": "First Point Title"}]

    def test_a_transition_the_state_does_not_allow_is_refused(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        """Starting a running journey (a repeat), drafting or archiving it: 400, gRPC code 9,
        and the journey stays as it was."""
        for action, name in (
            (pushwoosh_client.start_journey, "start"),
            (pushwoosh_client.draft_journey, "draft"),
            (pushwoosh_client.archive_journey, "archive"),
        ):
            with pytest.raises(errors.BadRequestError) as refused:
                action(uuid=SEEDED)
            assert refused.value.code == 9
            message = refused.value.response.json()["message"]
            assert message == f"cannot {name} a journey in STATUS_RUNNING"
        assert pushwoosh_client.pause_journey(uuid=SEEDED).info.status == "STATUS_PAUSED"
        with pytest.raises(errors.BadRequestError) as again:
            pushwoosh_client.pause_journey(uuid=SEEDED)
        assert again.value.code == 9

    def test_an_archived_journey_moves_no_more(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        pushwoosh_mock.add_journey(JOURNEY, status="STATUS_ARCHIVED")
        for action in (
            pushwoosh_client.start_journey,
            pushwoosh_client.pause_journey,
            pushwoosh_client.finish_journey,
            pushwoosh_client.draft_journey,
            pushwoosh_client.archive_journey,
        ):
            with pytest.raises(errors.BadRequestError) as refused:
                action(uuid=JOURNEY)
            assert refused.value.code == 9


@pytest.mark.usefixtures("devices")
class TestStartByApi:
    """startJourneyForUsers, counted by getJourneyStatistics' first point."""

    def test_users_then_hwids_then_a_filter_each_enter_once(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Users by ID, then hwids, then the devices a filter selects: each entry is made once
        while it is in the journey, and the first point's `sent` counts them."""
        stats = pushwoosh_client.get_journey_statistics
        assert _sent(stats(id=JOURNEY)) == [0, 0]
        first = pushwoosh_client.start_journey_for_users(
            id=JOURNEY, payload={"users": ["ann", "bob"], "attribute_values": {"tier": "gold"}}
        )
        assert _sent(stats(id=JOURNEY)) == [2, 0]
        again = pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"users": ["ann"]})
        assert again != first and _sent(stats(id=JOURNEY)) == [2, 0]
        pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"hwids": ["h-cy"]})
        assert _sent(stats(id=JOURNEY)) == [3, 0]
        london = f'A("{pushwoosh_mock.application}").tags("City").eq("London")'
        pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"filter": london})
        assert _sent(stats(id=JOURNEY)) == [5, 0]  # h-ann and h-bob: hwids, new entries
        pushwoosh_client.start_journey_for_users(
            id=JOURNEY, payload={"filter": 'T("City", EQ, "Paris")'}
        )
        assert _sent(stats(id=JOURNEY)) == [5, 0]  # h-cy is in already
        statistics = stats(id=JOURNEY)
        assert statistics.title == "Onboarding"
        assert [p.point_title for p in _given(statistics.points)] == ["Welcome", "Reminder"]
        journeys = pushwoosh_mock.store.snapshot()["journeys"]
        (journey,) = [j for j in journeys if j["info"]["uuid"] == JOURNEY]
        assert [e["attributes"] for e in journey["entries"][:2]] == [{"tier": "gold"}] * 2
        assert {e["request_uuid"] for e in journey["entries"][:2]} == {first}
        names = [(e["kind"], e["name"]) for e in journey["entries"] if not e["dropped"]]
        assert sorted(names) == [
            ("hwid", "h-ann"),
            ("hwid", "h-bob"),
            ("hwid", "h-cy"),
            ("user", "ann"),
            ("user", "bob"),
        ]

    def test_a_journey_that_is_not_running_takes_nobody(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        pushwoosh_client.pause_journey(uuid=JOURNEY)
        with pytest.raises(errors.BadRequestError) as refused:
            pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"users": ["ann"]})
        assert refused.value.code == 9
        assert refused.value.response.json()["message"] == "journey is not running"
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [0, 0]

    @pytest.mark.parametrize(
        "payload", [{}, {"users": ["ann"], "hwids": ["h-ann"]}], ids=["none", "two"]
    )
    def test_exactly_one_of_users_hwids_or_filter(
        self,
        pushwoosh_client: PushwooshClient,
        pushwoosh_mock: MockServer,
        payload: dict[str, Any],
    ) -> None:
        """None or two of them: the client refuses before sending; sent anyway, the mock
        answers 400 with gRPC code 3, and nobody enters."""
        with pytest.raises(errors.InvalidArgumentError, match="exactly one of users, hwids"):
            pushwoosh_client.start_journey_for_users(id=JOURNEY, payload=payload)
        answer = _raw(
            pushwoosh_mock, f"/api/journey/{JOURNEY}/start/external", {"payload": payload}
        )
        assert answer.status_code == 400
        assert answer.json()["code"] == 3
        assert answer.json()["message"].startswith(
            "payload: expected exactly one of users, hwids or filter"
        )
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [0, 0]

    def test_a_filter_that_does_not_parse(self, pushwoosh_client: PushwooshClient) -> None:
        with pytest.raises(errors.BadRequestError) as refused:
            pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"filter": "A("})
        assert refused.value.code == 3


@pytest.mark.usefixtures("devices")
class TestDropUsers:
    """dropJourneyUsers."""

    def test_a_dropped_user_no_longer_counts(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """ann entered by user ID and by her device, bob by ID: dropping ann removes both of
        her entries from that journey only; she may enter again."""
        start = pushwoosh_client.start_journey_for_users
        start(id=JOURNEY, payload={"users": ["ann", "bob"]})
        start(id=JOURNEY, payload={"hwids": ["h-ann"]})
        start(id=SEEDED, payload={"users": ["ann"]})
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [3, 0]
        pushwoosh_client.drop_journey_users(
            user_ids=["ann"], journey_uuids=[JOURNEY, "33333333-0000-0000-0000-000000000003"]
        )
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [1, 0]
        assert _sent(pushwoosh_client.get_journey_statistics(id=SEEDED)) == [1]
        start(id=JOURNEY, payload={"users": ["ann"]})
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [2, 0]

    def test_all_journeys(self, pushwoosh_client: PushwooshClient) -> None:
        for journey in (JOURNEY, SEEDED):
            pushwoosh_client.start_journey_for_users(id=journey, payload={"users": ["bob"]})
        pushwoosh_client.drop_journey_users(user_ids=["bob"], all_journeys=True)
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [0, 0]
        assert _sent(pushwoosh_client.get_journey_statistics(id=SEEDED)) == [0]

    def test_bearer_is_accepted_here_alone(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """drop-users takes `Bearer <token>` as well as `Api <token>` (a security alternative
        of the spec); the other methods take `Api` alone."""
        pushwoosh_client.start_journey_for_users(id=JOURNEY, payload={"users": ["cy"]})
        body = {"user_ids": ["cy"], "all_journeys": True}
        dropped = _raw(pushwoosh_mock, DROP_PATH, body, scheme="Bearer")
        assert (dropped.status_code, dropped.json()) == (200, {})
        assert _sent(pushwoosh_client.get_journey_statistics(id=JOURNEY)) == [0, 0]
        refused = _raw(pushwoosh_mock, "/api/v3/journeygateway/pause", {"uuid": JOURNEY}, "Bearer")
        assert (refused.status_code, refused.json()["code"]) == (401, 16)
        unknown = _raw(pushwoosh_mock, DROP_PATH, body, scheme="Bearer", token="nope")
        assert (unknown.status_code, unknown.json()["code"]) == (401, 16)


class TestRefusals:
    """Unknown journeys, other accounts' journeys and unknown tokens."""

    def test_an_unknown_journey_is_not_found(self, pushwoosh_client: PushwooshClient) -> None:
        unknown = "99999999-0000-0000-0000-000000000009"
        calls: list[Callable[[], object]] = [
            lambda: pushwoosh_client.get_journey_statistics(id=unknown),
            lambda: pushwoosh_client.start_journey_for_users(id=unknown, payload={"users": ["a"]}),
            lambda: pushwoosh_client.pause_journey(uuid=unknown),
        ]
        for call in calls:
            with pytest.raises(errors.NotFoundError) as caught:
                call()
            assert caught.value.code == 5
            assert caught.value.response.json()["message"] == "journey not found"

    @pytest.mark.pushwoosh(server_tokens=frozenset({DEV_SERVER_TOKEN, OTHER_SERVER_TOKEN}))
    def test_another_accounts_journey_is_not_found(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Each account has its own seeded journey; one added to another account is not found,
        and the other account's changes leave this one's alone."""
        pushwoosh_mock.add_journey(JOURNEY, server_token=OTHER_SERVER_TOKEN)
        with pytest.raises(errors.NotFoundError) as caught:
            pushwoosh_client.get_journey_statistics(id=JOURNEY)
        assert caught.value.code == 5
        with _client(pushwoosh_mock, OTHER_SERVER_TOKEN) as other:
            assert other.pause_journey(uuid=JOURNEY).info.status == "STATUS_PAUSED"
            assert other.pause_journey(uuid=SEEDED).info.status == "STATUS_PAUSED"
        assert pushwoosh_client.pause_journey(uuid=SEEDED).info.status == "STATUS_PAUSED"

    def test_a_wrong_server_token_is_refused(self, pushwoosh_mock: MockServer) -> None:
        with _client(pushwoosh_mock, "not-a-server-token") as client:
            with pytest.raises(errors.AuthenticationError) as caught:
                client.get_journey_statistics(id=SEEDED)
            assert caught.value.code == 16
            with pytest.raises(errors.AuthenticationError):
                client.pause_journey(uuid=SEEDED)
            with pytest.raises(errors.AuthenticationError):
                client.drop_journey_users(user_ids=["a"], all_journeys=True)
        with _client(pushwoosh_mock, DEV_SERVER_TOKEN) as client:
            assert client.get_journey_statistics(id=SEEDED).title == "Welcome series"


class TestHost:
    """The Customer Journey API's calls go to `journey_base_url`, the others to `base_url`."""

    def test_journey_calls_go_to_the_journey_base_url(self, pushwoosh_mock: MockServer) -> None:
        http = httpx.Client(transport=InProcessTransport(pushwoosh_mock))
        with PushwooshClient(
            base_url="https://api.pushwoosh.com",
            journey_base_url="https://journeys.mock.test",
            http_client=http,
            token=pushwoosh_mock.token,
            server_token=pushwoosh_mock.server_token,
            application=pushwoosh_mock.application,
        ) as client:
            client.get_journey_statistics(id=SEEDED)
            client.pause_journey(uuid=SEEDED)
            client.register_device(hwid="h1", push_token="t1", device_type=3)
        hosts = {call.operation: call.headers["host"] for call in pushwoosh_mock.requests()}
        assert hosts == {
            "getJourneyStatistics": "journeys.mock.test",
            "pauseJourney": "journeys.mock.test",
            "registerDevice": "api.pushwoosh.com",
        }
        (statistics,) = pushwoosh_mock.requests("getJourneyStatistics")
        assert statistics.path == f"/api/journey/{SEEDED}/statistics/external"

    def test_without_it_they_go_to_the_journey_host(self, pushwoosh_mock: MockServer) -> None:
        http = httpx.Client(transport=InProcessTransport(pushwoosh_mock))
        with PushwooshClient(
            base_url="https://api.pushwoosh.com",
            http_client=http,
            token=pushwoosh_mock.token,
            server_token=pushwoosh_mock.server_token,
        ) as client:
            client.get_journey_statistics(id=SEEDED)
        (call,) = pushwoosh_mock.requests("getJourneyStatistics")
        assert call.headers["host"] == "journey.pushwoosh.com"

    async def test_the_async_client(
        self, async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        async with async_pushwoosh_client as client:
            paused = await client.pause_journey(uuid=SEEDED)
            assert paused.info.status == "STATUS_PAUSED"
            statistics = await client.get_journey_statistics(id=SEEDED)
        assert statistics.title == "Welcome series"
        assert [call.operation for call in pushwoosh_mock.requests()] == [
            "pauseJourney",
            "getJourneyStatistics",
        ]


class TestControl:
    """`PUT /__mock/journeys/{uuid}` and the seeded journey across a reset."""

    def test_put_adds_or_replaces_a_journey(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        with httpx.Client(
            transport=InProcessTransport(pushwoosh_mock), base_url="http://localhost"
        ) as http:
            added = http.put(f"/__mock/journeys/{JOURNEY}", json={"status": "STATUS_DRAFT"})
            assert added.status_code == 200
            assert added.json()["info"]["status"] == "STATUS_DRAFT"
            assert added.json()["info"]["params"] == {
                "application_code": pushwoosh_mock.application
            }
            bad = http.put(f"/__mock/journeys/{JOURNEY}", json={"status": "RUNNING"})
            assert bad.status_code == 400 and "status: expected one of" in bad.text
            odd = http.put(f"/__mock/journeys/{JOURNEY}", json={"colour": "red"})
            assert odd.status_code == 400 and "unknown fields ['colour']" in odd.text
        assert pushwoosh_client.start_journey(uuid=JOURNEY).info.status == "STATUS_RUNNING"

    def test_a_reset_seeds_the_journey_again(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        pushwoosh_client.finish_journey(uuid=SEEDED)
        pushwoosh_mock.reset()
        assert pushwoosh_client.pause_journey(uuid=SEEDED).info.status == "STATUS_PAUSED"

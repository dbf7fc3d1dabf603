"""Tests for the request journal, /__mock/state, /__mock/reset and /__mock/health."""

import pytest

from pushwoosh_mock import Journal, MockServer, create_app
from pushwoosh_mock.backend.seeds import SEEDED

from .conftest import APP, Api


class TestJournal:
    """Tests for the request journal."""

    async def test_records_calls(self, api: Api, mock: MockServer) -> None:
        """Each answered call is kept with its body, status and answer, token left out."""
        await api.register("h1")
        await api.post("getTags", {"request": {"application": APP}})
        first, second = mock.journal.calls()
        assert (first.operation, first.status, first.body["request"]["hwid"]) == (
            "registerDevice",
            200,
            "h1",
        )
        assert second.response["status_code"] == 210
        assert "authorization" not in first.headers
        mock.journal.assert_request_made(
            "registerDevice", lambda c: c.body["request"]["hwid"] == "h1"
        )

    async def test_assert_request_made_lists_similar_calls(
        self, api: Api, mock: MockServer
    ) -> None:
        """A failed assertion names what was expected and lists the calls it did see."""
        await api.register("h1")
        with pytest.raises(
            AssertionError,
            match=r"expected 1 matching registerDevice call\(s\), found 0(?s:.*)'hwid': 'h1'",
        ):
            mock.journal.assert_request_made(
                "registerDevice", lambda c: c.body["request"]["hwid"] == "h2"
            )

    async def test_bounded(self) -> None:
        """The journal keeps the last N calls; the total still counts all of them."""
        server = create_app(journal_size=5)
        import httpx

        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=server),
            base_url="http://localhost",
            headers={"Authorization": "Token dev-token"},
        ) as client:
            for n in range(12):
                await client.post(
                    "/json/1.3/getTags", json={"request": {"application": APP, "userId": f"u{n}"}}
                )
            listing = (await client.get("/__mock/requests")).json()
        assert (listing["total"], listing["kept"]) == (12, 5)
        assert [c["body"]["request"]["userId"] for c in listing["calls"]] == [
            "u7",
            "u8",
            "u9",
            "u10",
            "u11",
        ]

    def test_size_must_be_positive(self) -> None:
        """A journal of size 0 is refused with a clear message."""
        with pytest.raises(ValueError, match="journal size: expected at least 1, got 0"):
            Journal(0)

    async def test_filter_by_operation(self, api: Api) -> None:
        """/__mock/requests?operation= keeps one operation; an unknown one is a 400."""
        await api.register("h1")
        await api.post("getTags", {"request": {"application": APP, "hwid": "h1"}})
        only = (await api.client.get("/__mock/requests", params={"operation": "getTags"})).json()
        assert [c["operation"] for c in only["calls"]] == ["getTags"]
        assert (
            await api.client.get("/__mock/requests", params={"operation": "nope"})
        ).status_code == 400


class TestStateAndReset:
    """Tests for /__mock/state, /__mock/reset and /__mock/health."""

    async def test_state_and_reset(self, api: Api) -> None:
        """The state lists devices, users and events; reset empties state, journal and faults,
        seeds aside."""
        await api.register("h1", userId="alex", tags={"Level": 2})
        await api.ok("postEvent", {"hwid": "h1", "event": "Open", "attributes": {}})
        await api.client.post("/__mock/faults", json={"operation": "setTags", "status": 500})
        state = (await api.client.get("/__mock/state")).json()
        assert state["applications"] == [APP]
        assert [(d["hwid"], d["tags"]) for d in state["devices"]] == [("h1", {"Level": 2})]
        assert state["users"] == [{"application": APP, "hwid": "h1", "user_id": "alex"}]
        assert [e["name"] for e in state["events"]] == ["Open"]
        assert (await api.client.post("/__mock/reset")).json() == {"status": "reset"}
        state = (await api.client.get("/__mock/state")).json()
        assert state == {
            "applications": [],
            "devices": [],
            "users": [],
            "user_tags": [],
            "events": [],
            "seeds": state["seeds"],
            "messages": [],
            "filters": [],
            "tags": [],
            "jobs": [],
            "created_applications": [],
            "presets": [],
            "campaigns": [],
            "live_activities": [],
            "geozones": {"zones": [], "clusters": []},
            "event_definitions": [],
            "journeys": state["journeys"],
        }
        assert set(state["seeds"]) == SEEDED  # reset restores each seeded read's documented example
        # and the seeded journey, running and entered by nobody, in the server token's account
        assert [
            (j["info"]["uuid"], j["info"]["status"], j["entries"]) for j in state["journeys"]
        ] == [("11111111-2222-3333-4444-555555555555", "STATUS_RUNNING", [])]
        assert (await api.client.get("/__mock/faults")).json() == {"faults": []}
        assert (await api.client.get("/__mock/requests")).json()["total"] == 0

    async def test_health(self, api: Api, mock: MockServer) -> None:
        """The health route reports the spec version."""
        assert (await api.client.get("/__mock/health")).json() == {
            "status": "ok",
            "spec_version": mock.spec.version,
        }

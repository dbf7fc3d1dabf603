"""Tests for the mock's answers to the methods the official SDKs call beyond the vendor's pages."""

from typing import Any

import pytest

from pushwoosh_mock import MockServer

from .conftest import APP, Api


class TestDevices:
    """deleteDevice, checkDevice and the fields the SDKs store on a device."""

    async def test_delete_removes_the_device_and_its_tags(self, api: Api, mock: MockServer) -> None:
        await api.register("h1", push_token="t", tags={"A": 1})
        assert (await api.ok("checkDevice", {"hwid": "h1"}))["response"] == {
            "exist": True,
            "push_token_exist": True,
        }
        await api.ok("deleteDevice", {"hwid": "h1"})
        assert (await api.ok("checkDevice", {"hwid": "h1"}))["response"] == {
            "exist": False,
            "push_token_exist": False,
        }
        answer = await api.call("getTags", {"hwid": "h1"})
        assert answer["status_code"] == 210 and "Device not found" in answer["status_message"]
        await api.register("h1")
        assert await api.tags(hwid="h1") == {}  # a new registration starts without the old tags

    async def test_delete_unknown_device_is_210(self, api: Api) -> None:
        answer = await api.call("deleteDevice", {"hwid": "never"})
        assert answer["status_code"] == 210

    async def test_fields_stored_and_cleared(self, api: Api, mock: MockServer) -> None:
        await api.register("h1")
        await api.ok(
            "setActivityToken", {"hwid": "h1", "activity_token": "at", "activity_id": "a1"}
        )
        await api.ok("createTestDevice", {"hwid": "h1", "name": "QA phone", "description": "lab"})
        response = await api.client.post(
            "/api/v2/device-api/setMADID", json={"application": APP, "hwid": "h1", "madid": "m1"}
        )
        assert response.json()["status_code"] == 200
        fields = mock.store.device(APP, "h1")["fields"]
        assert (fields["activity_token"], fields["test_name"], fields["madid"]) == (
            "at",
            "QA phone",
            "m1",
        )
        await api.client.post(
            "/api/v2/device-api/setMADID", json={"application": APP, "hwid": "h1", "madid": None}
        )
        assert "madid" not in mock.store.device(APP, "h1")["fields"]


class TestUsers:
    """mergeUser, registerEmailUser and setEmailTags."""

    async def test_merge_moves_devices_tags_and_events(self, api: Api, mock: MockServer) -> None:
        await api.register("h1", userId="old")
        await api.ok("setTags", {"userId": "old", "tags": {"Plan": "gold", "Level": 1}})
        await api.ok("setTags", {"userId": "new", "tags": {"Level": 5}})
        await api.ok("postEvent", {"userId": "old", "event": "Buy", "attributes": {}})
        await api.ok("mergeUser", {"oldUserId": "old", "newUserId": "new", "merge": True})
        assert mock.store.devices_of_user(APP, "new") == ["h1"]
        assert mock.store.devices_of_user(APP, "old") == []
        assert await api.tags(userId="new") == {
            "Plan": "gold",
            "Level": 5,
        }  # the new user's tags win
        assert await api.tags(userId="old") == {}
        assert [e["user_id"] for e in mock.store.events("postEvent")] == ["new"]

    async def test_merge_without_events_drops_them(self, api: Api, mock: MockServer) -> None:
        await api.ok("postEvent", {"userId": "old", "event": "Buy", "attributes": {}})
        await api.ok("mergeUser", {"oldUserId": "old", "newUserId": "new", "merge": False})
        assert mock.store.events("postEvent") == []

    async def test_email_user_and_email_tags(self, api: Api, mock: MockServer) -> None:
        await api.ok("registerEmailUser", {"userId": "ann", "email": "ann@example.com"})
        await api.ok("setEmailTags", {"email": "ann@example.com", "tags": {"News": True}})
        device = mock.store.device(APP, "ann@example.com")
        assert (device["device_type"], device["user_id"], device["tags"]) == (
            14,
            "ann",
            {"News": True},
        )


class TestMultiRegisterDevice:
    """multiRegisterDevice registers every channel and device of a user in one transaction."""

    async def test_registers_channels_and_devices_with_tags(
        self, api: Api, mock: MockServer
    ) -> None:
        await api.ok(
            "multiRegisterDevice",
            {
                "user_id": "u1",
                "email": "u1@example.com",
                "sms_phone_number": "+15555550123",
                "push_devices": [{"hwid": "w1", "platform": 11, "push_token": "tok"}],
                "tags": {
                    "Plan": {"operation": 0, "value": "pro"},
                    "Visits": {"operation": 3, "value": "2"},
                },
            },
        )
        assert mock.store.devices_of_user(APP, "u1") == ["+15555550123", "u1@example.com", "w1"]
        assert mock.store.device(APP, "+15555550123")["device_type"] == 18
        assert await api.tags(hwid="w1") == {"Plan": "pro", "Visits": 2}
        assert await api.tags(userId="u1") == {"Plan": "pro", "Visits": 2}

    async def test_one_bad_change_registers_nothing(self, api: Api, mock: MockServer) -> None:
        await api.register("w2", tags={"List": "not a list"})
        answer = await api.call(
            "multiRegisterDevice",
            {
                "user_id": "u2",
                "push_devices": [
                    {"hwid": "w1", "platform": 11},
                    {"hwid": "w2", "platform": 11},
                ],
                "tags": {"List": {"operation": 1, "values": ["a"]}},
            },
        )
        assert (
            answer["status_code"] == 210 and "append needs a list tag" in answer["status_message"]
        )
        assert mock.store.devices_of_user(APP, "u2") == []
        assert mock.store.check_device(APP, "w1") == (False, False)

    async def test_increment_needs_an_integer(self, api: Api) -> None:
        answer = await api.call(
            "multiRegisterDevice",
            {
                "user_id": "u3",
                "push_devices": [{"hwid": "w3", "platform": 11}],
                "tags": {"N": {"operation": 3, "value": "x"}},
            },
        )
        assert answer["status_code"] == 210 and "integer" in answer["status_message"]


class TestRecordedAndSeeded:
    """Statistics are recorded; reads answer seeded data, settable from Python and over HTTP."""

    @pytest.mark.parametrize(
        ("method", "request_fields"),
        [
            (
                "setPurchase",
                {"productIdentifier": "p", "quantity": 1, "price": 1.5, "currency": "USD"},
            ),
            ("pageVisit", {"title": "Home", "url_path": "/", "url": "https://example.com/"}),
            ("applicationEvent", {"goal": "level"}),
            ("triggerInAppAction", {"action": "open", "code": "c1"}),
            ("richMediaAction", {"action_type": 1}),
            ("recordPopupFormEvent", {"code": "f1", "event": 1}),
            ("inboxStatus", {"inbox_code": "i1", "status": 2}),
        ],
    )
    async def test_statistics_are_recorded(
        self, api: Api, mock: MockServer, method: str, request_fields: dict[str, Any]
    ) -> None:
        await api.register("h1")
        await api.ok(method, {"hwid": "h1", **request_fields})
        (event,) = mock.store.events(method)
        assert event["hwid"] == "h1"

    async def test_seed_from_python(self, api: Api, mock: MockServer) -> None:
        await api.register("h1")
        documented = (await api.ok("getInApps", {"hwid": "h1"}))["response"]
        assert documented == mock.spec.operations["getInApps"].examples[200]["response"]
        mock.seed("getInApps", {"inApps": []})
        assert (await api.ok("getInApps", {"hwid": "h1"}))["response"] == {"inApps": []}
        with pytest.raises(ValueError, match="response: not a documented getInApps answer"):
            mock.seed("getInApps", {"inApps": "none"})
        with pytest.raises(ValueError, match="operation: expected one of"):
            mock.seed("setTags", {})
        mock.reset()
        assert mock.store.seed("getInApps") == documented

    async def test_seed_over_http(self, api: Api, mock: MockServer) -> None:
        await api.register("h1", tags={})
        zone = {
            "geozones": [{"name": "Office", "lat": 52.5, "lng": 13.4, "range": 100, "distance": 12}]
        }
        answer = await api.client.put("/__mock/seeds/getNearestZone", json=zone)
        assert answer.status_code == 200
        got = await api.ok("getNearestZone", {"hwid": "h1", "lat": 52.5, "lng": 13.4})
        assert got["response"] == zone
        assert mock.store.device(APP, "h1")["fields"]["lat"] == 52.5
        bad = await api.client.put("/__mock/seeds/getNearestZone", json={"geozones": "x"})
        assert bad.status_code == 400 and "Invalid seed" in bad.json()["status_message"]
        listed = (await api.client.get("/__mock/seeds")).json()["seeds"]
        assert listed["getNearestZone"] == zone


def test_seeds_survive_a_restart_with_a_state_file(tmp_path: Any) -> None:
    """A seed is state: kept in the state file like devices."""
    from pushwoosh_mock import create_app

    path = tmp_path / "state.sqlite3"
    first = create_app(state_file=path)
    first.seed("getPopupForms", {"popups": []})
    first.store.close()
    second = create_app(state_file=path)
    assert second.store.seed("getPopupForms") == {"popups": []}
    second.store.close()

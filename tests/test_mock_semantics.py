"""Tests for what each operation does to the mock's state."""

from typing import Any

import pytest

from pushwoosh_mock import MockServer

from .conftest import APP, Api


class TestRegisterDevice:
    """Tests for registerDevice."""

    async def test_creates_then_updates(self, api: Api, mock: MockServer) -> None:
        """A second registration updates the device instead of adding one."""
        await api.register("h1", push_token="t1", language="en", timezone=3600)
        await api.register("h1", push_token="t2", timezone="7200")
        device = mock.store.device(APP, "h1")
        assert (device["push_token"], device["language"], device["timezone"]) == (
            "t2",
            "en",
            "7200",
        )
        assert len(mock.store.snapshot()["devices"]) == 1

    async def test_tags_and_user_on_registration(self, api: Api, mock: MockServer) -> None:
        """Tags sent with the registration are stored; userId links the device to the user."""
        await api.register("h1", userId="alex", tags={"Level": 1, "List": ["a"]})
        assert await api.tags(hwid="h1") == {"Level": 1, "List": ["a"]}
        assert mock.store.devices_of_user(APP, "alex") == ["h1"]

    async def test_email_registration(self, api: Api, mock: MockServer) -> None:
        """registerDevice with only an email creates an email device keyed by the address."""
        await api.ok("registerDevice", {"email": "a@example.com"})
        device = mock.store.device(APP, "a@example.com")
        assert device["device_type"] == 14 and device["email"] == "a@example.com"


class TestUnregisterDevice:
    """Tests for unregisterDevice."""

    async def test_removes_token_keeps_device_and_tags(self, api: Api, mock: MockServer) -> None:
        """The push token goes; the device, its registration record and its tags stay."""
        await api.register("h1", push_token="t1", tags={"Level": 3})
        await api.ok("unregisterDevice", {"hwid": "h1"})
        device = mock.store.device(APP, "h1")
        assert device["push_token"] is None and device["registered"] is False
        assert await api.tags(hwid="h1") == {"Level": 3}

    async def test_unknown_device(self, api: Api) -> None:
        """An hwid never registered is an argument error."""
        body = await api.call("unregisterDevice", {"hwid": "nope"})
        assert body == {
            "status_code": 210,
            "status_message": "Device not found: nope",
            "response": None,
        }


class TestSetTags:
    """Tests for setTags."""

    @pytest.mark.parametrize(
        ("before", "change", "after"),
        [
            (None, "v", "v"),
            ("v", 42, 42),
            (None, True, True),
            (None, ["a", "b"], ["a", "b"]),
            ("x", None, None),
            (None, None, None),
            (None, {"operation": "increment", "value": 5}, 5),
            (10, {"operation": "increment", "value": 1}, 11),
            (10, {"operation": "increment", "value": -3}, 7),
            (None, {"operation": "append", "value": ["a"]}, ["a"]),
            (["a"], {"operation": "append", "value": ["b", "a", "c"]}, ["a", "b", "c"]),
            (["a", "b", "c"], {"operation": "remove", "value": "b"}, ["a", "c"]),
            (["a", "b", "c"], {"operation": "remove", "value": ["a", "c", "zz"]}, ["b"]),
            (None, {"operation": "remove", "value": "a"}, None),
        ],
    )
    async def test_value_forms(self, api: Api, before: Any, change: Any, after: Any) -> None:
        """Each tag value form changes the stored value as documented (None: no such tag)."""
        await api.register("h1", tags={} if before is None else {"T": before})
        await api.ok("setTags", {"hwid": "h1", "tags": {"T": change}})
        assert (await api.tags(hwid="h1")).get("T") == after

    @pytest.mark.parametrize(
        ("before", "change", "message"),
        [
            (
                "text",
                {"operation": "increment", "value": 1},
                "increment needs an integer tag, it holds a string",
            ),
            (
                True,
                {"operation": "increment", "value": 1},
                "increment needs an integer tag, it holds a boolean",
            ),
            (
                ["a"],
                {"operation": "increment", "value": 1},
                "increment needs an integer tag, it holds a list",
            ),
            (
                "text",
                {"operation": "append", "value": ["a"]},
                "append needs a list tag, it holds a string",
            ),
            (
                5,
                {"operation": "remove", "value": "a"},
                "remove needs a list tag, it holds an integer",
            ),
        ],
    )
    async def test_type_clash_is_210_and_changes_nothing(
        self, api: Api, before: Any, change: Any, message: str
    ) -> None:
        """An operation that does not fit the tag is a 210 naming the tag, and no tag changes."""
        await api.register("h1", tags={"T": before, "Other": 1})
        body = await api.call("setTags", {"hwid": "h1", "tags": {"Other": 2, "T": change}})
        assert body["status_code"] == 210
        assert body["status_message"] == f"tag 'T': {message}"
        assert await api.tags(hwid="h1") == {"T": before, "Other": 1}

    async def test_by_user_id_reaches_every_device(self, api: Api) -> None:
        """setTags by userId changes every device of the user, and only theirs."""
        await api.register("h1", userId="alex", tags={"Level": 1})
        await api.register("h2", userId="alex", tags={"Level": 10})
        await api.register("h3", userId="someone-else", tags={"Level": 100})
        await api.ok(
            "setTags", {"userId": "alex", "tags": {"Level": {"operation": "increment", "value": 1}}}
        )
        assert [(await api.tags(hwid=h))["Level"] for h in ("h1", "h2", "h3")] == [2, 11, 100]
        assert await api.tags(userId="alex") == {"Level": 1}

    async def test_unknown_device(self, api: Api) -> None:
        """Tags of a device never registered are an argument error."""
        body = await api.call("setTags", {"hwid": "nope", "tags": {"a": 1}})
        assert (body["status_code"], body["status_message"]) == (210, "Device not found: nope")

    async def test_non_ascii_names_and_values(self, api: Api) -> None:
        """Tag names and values in any script are stored and read back unchanged."""
        tags = {"Язык": "русский", "言語": ["日本語", "हिन्दी"], "emoji 🎉": "✓"}
        await api.register("устройство-1", tags=tags)
        assert await api.tags(hwid="устройство-1") == tags


class TestGetTags:
    """Tests for getTags."""

    async def test_hwid_wins_over_user_id(self, api: Api) -> None:
        """With both hwid and userId, the device's tags are returned."""
        await api.register("h1", userId="alex", tags={"Device": 1})
        await api.ok("setTags", {"userId": "alex", "tags": {"User": 2}})
        assert await api.tags(hwid="h1", userId="alex") == {"Device": 1, "User": 2}
        await api.register("h2", tags={"Other": 3})
        assert await api.tags(hwid="h2", userId="alex") == {"Other": 3}

    async def test_by_user_id(self, api: Api) -> None:
        """By userId alone, the tags set by userId are returned, devices or not."""
        await api.ok("setTags", {"userId": "nobody-yet", "tags": {"Plan": "gold"}})
        assert await api.tags(userId="nobody-yet") == {"Plan": "gold"}
        assert await api.tags(userId="never-seen") == {}

    async def test_unknown_device(self, api: Api) -> None:
        """getTags on an hwid never registered is an argument error."""
        body = await api.call("getTags", {"hwid": "nope"})
        assert body == {
            "status_code": 210,
            "status_message": "Device not found: nope",
            "response": None,
        }


class TestOtherOperations:
    """Tests for setBadge, the recorded events, registerUser, postEvent and registerEmail."""

    async def test_set_badge(self, api: Api, mock: MockServer) -> None:
        """The badge is stored and the answer has no response key."""
        await api.register("h1")
        body = await api.ok("setBadge", {"hwid": "h1", "badge": 7})
        assert body == {"status_code": 200, "status_message": "OK"}
        assert mock.store.device(APP, "h1")["badge"] == 7

    async def test_application_open_is_recorded(self, api: Api, mock: MockServer) -> None:
        """applicationOpen records an event for the registered device."""
        await api.register("h1")
        assert await api.ok("applicationOpen", {"hwid": "h1"}) == {
            "status_code": 200,
            "status_message": "OK",
        }
        assert [(e["kind"], e["hwid"]) for e in mock.store.events()] == [("applicationOpen", "h1")]
        assert (await api.call("applicationOpen", {"hwid": "nope"}))["status_code"] == 210

    @pytest.mark.parametrize("method", ["pushStat", "messageDeliveryEvent"])
    async def test_push_statistics_are_recorded(
        self, api: Api, mock: MockServer, method: str
    ) -> None:
        """pushStat and messageDeliveryEvent record the hash, registered device or not."""
        await api.ok(method, {"hwid": "h9", "hash": "HASH_TAG", "metaData": {"k": "v"}})
        [event] = mock.store.events(method)
        assert (event["hwid"], event["hash"]) == ("h9", "HASH_TAG")

    async def test_register_user_before_register_device(self, api: Api, mock: MockServer) -> None:
        """registerUser links a device not yet registered; the link holds after registration."""
        await api.ok("registerUser", {"hwid": "h1", "userId": "alex", "tz_offset": -3600})
        await api.register("h1")
        await api.ok("setTags", {"userId": "alex", "tags": {"Plan": "gold"}})
        assert await api.tags(hwid="h1") == {"Plan": "gold"}

    async def test_register_user_empty_user_id_uses_hwid(self, api: Api, mock: MockServer) -> None:
        """An empty userId links the device to a user named after its hwid."""
        await api.ok("registerUser", {"hwid": "h1", "userId": ""})
        assert mock.store.snapshot()["users"] == [
            {"application": APP, "hwid": "h1", "user_id": "h1"}
        ]
        await api.register("h1")
        assert mock.store.devices_of_user(APP, "h1") == ["h1"]

    async def test_post_event(self, api: Api, mock: MockServer) -> None:
        """postEvent records the event and returns its code."""
        body = await api.ok(
            "postEvent", {"userId": "alex", "event": "Purchase", "attributes": {"sum": 9}}
        )
        [event] = mock.store.events("postEvent")
        assert body["response"] == {"code": event["code"]}
        assert (event["name"], event["user_id"], event["attributes"]) == (
            "Purchase",
            "alex",
            {"sum": 9},
        )

    async def test_register_email(self, api: Api, mock: MockServer) -> None:
        """registerEmail creates an email device with its tags."""
        await api.ok("registerEmail", {"email": "b@example.com", "tags": {"Plan": "free"}})
        device = mock.store.device(APP, "b@example.com")
        assert (device["device_type"], device["tags"]) == (14, {"Plan": "free"})

"""Tests for the mock's Remote API: whom a push reaches, when, with which code; segments and tags."""

from pathlib import Path
from typing import Any

import httpx
import pytest

from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.config import DEV_SERVER_TOKEN

from .conftest import APP, Api

LATER = "2099-01-01 00:00"


async def remote(api: Api, method: str, **fields: Any) -> dict[str, Any]:
    """Call a Remote API method with the server token in the body; return the envelope."""
    response = await api.post(method, {"request": {"auth": DEV_SERVER_TOKEN, **fields}})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def send(api: Api, *notifications: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """createMessage for APP; assert it succeeded; return the `response` member."""
    answer = await remote(
        api, "createMessage", application=APP, notifications=list(notifications), **fields
    )
    assert answer["status_code"] == 200, answer
    result: dict[str, Any] = answer["response"]
    return result


async def devices(api: Api, count: int, **fields: Any) -> list[str]:
    """Register `count` Android devices with push tokens; return their hwids."""
    hwids = [f"d{n}" for n in range(count)]
    for n, hwid in enumerate(hwids):
        await api.register(hwid, push_token=f"token-{hwid}", tags={"N": n}, **fields)
    return hwids


def reached(mock: MockServer) -> list[list[str]]:
    """The hwids each message reached, oldest first."""
    return [message.hwids for message in mock.messages()]


class TestTargeting:
    """Whom a notification reaches."""

    async def test_no_targeting_reaches_every_device_with_a_push_token(
        self, api: Api, mock: MockServer
    ) -> None:
        """Every device of the application with a push token; not one without, nor one that
        unregistered, nor another application's."""
        await devices(api, 3)
        await api.register("no-token")
        await api.register("gone", push_token="t")
        await api.ok("unregisterDevice", {"hwid": "gone"})
        await api.ok(
            "registerDevice",
            {"application": "OTHER-APP00", "hwid": "other", "device_type": 3, "push_token": "t"},
        )
        await send(api, {"content": "hello"})
        assert reached(mock) == [["d0", "d1", "d2"]]

    async def test_users_win_over_devices(self, api: Api, mock: MockServer) -> None:
        """`users` reaches the devices linked to those users; `devices` given too is ignored."""
        await devices(api, 4)
        await api.ok("registerUser", {"hwid": "d1", "userId": "alice"})
        await api.register("d9", push_token="t9", userId="alice")
        await send(api, {"content": "hi", "users": ["alice", "nobody"], "devices": ["d0"]})
        assert reached(mock) == [["d1", "d9"]]

    async def test_devices_by_hwid_or_push_token_and_the_unknown_ones(
        self, api: Api, mock: MockServer
    ) -> None:
        """`devices` names hwids or push tokens; those nobody has come back as UnknownDevices,
        under the message's code (scheduled: it has one) or "" (no code)."""
        await devices(api, 3)
        later = await send(
            api, {"content": "x", "devices": ["d0", "token-d2", "ghost"], "send_date": LATER}
        )
        code = later["Messages"][0]
        assert later["UnknownDevices"] == {code: ["ghost"]}
        now = await send(api, {"content": "x", "devices": ["ghost", "d1"]})
        assert now == {"Messages": ["CODE_NOT_AVAILABLE"], "UnknownDevices": {"": ["ghost"]}}
        assert reached(mock) == [["d0", "d2"], ["d1"]]

    async def test_platforms(self, api: Api, mock: MockServer) -> None:
        """`platforms` keeps those device types, but is ignored for fewer than 10 `devices`."""
        await devices(api, 2)
        await api.ok("registerDevice", {"hwid": "ios", "device_type": 1, "push_token": "tok-ios"})
        await send(api, {"content": "x", "platforms": [1]})
        await send(api, {"content": "x", "platforms": [1], "devices": ["d0", "ios"]})
        assert reached(mock) == [["ios"], ["d0", "ios"]]

    @pytest.mark.parametrize(
        ("conditions", "operator", "expected"),
        [
            ([["N", "EQ", 2]], None, ["d2"]),
            ([["N", "IN", [0, 3]]], None, ["d0", "d3"]),
            ([["N", "GTE", 3]], None, ["d3", "d4"]),
            ([["N", "BETWEEN", [1, 2]]], None, ["d1", "d2"]),
            ([["N", "NOTEQ", 0], ["N", "LTE", 1]], "AND", ["d1"]),
            ([["N", "EQ", 0], ["N", "EQ", 4]], "OR", ["d0", "d4"]),
            ([["Missing", "NOTIN", [1]]], None, ["d0", "d1", "d2", "d3", "d4"]),
        ],
    )
    async def test_conditions(
        self,
        api: Api,
        mock: MockServer,
        conditions: list[Any],
        operator: str | None,
        expected: list[str],
    ) -> None:
        """Tag conditions narrow the devices, joined by conditions_operator (AND by default)."""
        await devices(api, 5)
        notification: dict[str, Any] = {"content": "x", "conditions": conditions}
        if operator:
            notification["conditions_operator"] = operator
        await send(api, notification)
        assert reached(mock) == [expected]

    async def test_filter_by_segment(self, api: Api, mock: MockServer) -> None:
        """A segment made with createFilter, by expression or by conditions, selects devices."""
        await devices(api, 4)
        made = await remote(api, "createFilter", name="high", filter_expression='T("N", GTE, 2)')
        assert made["response"] == {"name": "high"}
        await remote(api, "createFilter", name="low", conditions=[["N", "LTE", 0]], operator="AND")
        await send(api, {"content": "x", "filter": "high"}, {"content": "y", "filter": "low"})
        assert reached(mock) == [["d2", "d3"], ["d0"]]
        unknown = await remote(
            api, "createMessage", application=APP, notifications=[{"content": "z", "filter": "no"}]
        )
        assert (unknown["status_code"], unknown["status_message"]) == (
            210,
            "notifications[0].filter: Filter not found: 'no'",
        )

    async def test_targeted_message_by_expression(self, api: Api, mock: MockServer) -> None:
        """createTargetedMessage's devices_filter selects across applications; A() narrows."""
        await devices(api, 3)
        await api.ok(
            "registerDevice",
            {"application": "OTHER-APP00", "hwid": "other", "device_type": 1, "push_token": "t"},
        )
        anywhere = await remote(
            api, "createTargetedMessage", devices_filter='T("N", EQ, 1) + A("OTHER-APP00")',
            content="x",
        )  # fmt: skip
        assert anywhere["response"] == {"messageCode": "CODE_NOT_AVAILABLE"}
        await remote(
            api, "createTargetedMessage", content="y",
            devices_filter=f'A("{APP}", ["Android"]) \\ T("N", EQ, 0)',
        )  # fmt: skip
        assert reached(mock) == [["d1", "other"], ["d1", "d2"]]
        bad = await remote(api, "createTargetedMessage", devices_filter="A(", content="z")
        assert bad["status_code"] == 210
        assert bad["status_message"].startswith("Invalid devices_filter:")


class TestSchedulingAndCodes:
    """When a message goes out, and the code it gets."""

    async def test_now_to_few_devices_has_no_code(self, api: Api, mock: MockServer) -> None:
        """An immediate send to fewer than 10 devices answers CODE_NOT_AVAILABLE; to 10, a code."""
        await devices(api, 10)
        few = await send(api, {"content": "x", "devices": ["d0"]})
        many = await send(api, {"content": "x"})
        assert few["Messages"] == ["CODE_NOT_AVAILABLE"]
        assert many["Messages"][0] != "CODE_NOT_AVAILABLE"
        assert [m.code for m in mock.messages()] == [None, many["Messages"][0]]
        assert [m.status for m in mock.messages()] == ["sent", "sent"]

    async def test_scheduled_message_is_deleted_not_sent(self, api: Api, mock: MockServer) -> None:
        """A future send_date is scheduled; deleteMessage deletes it; a sent one cannot be."""
        await devices(api, 1)
        code = (await send(api, {"content": "x", "send_date": LATER}))["Messages"][0]
        details = await remote(api, "getMessageDetails", message=code)
        assert details["response"]["message"]["status"] == "scheduled"
        deleted = await remote(api, "deleteMessage", message=code)
        assert deleted == {"status_code": 200, "status_message": "OK"}
        assert [m.status for m in mock.messages()] == ["deleted"]
        await devices(api, 10)
        sent = (await send(api, {"content": "x"}))["Messages"][0]
        refused = await remote(api, "deleteMessage", message=sent)
        assert refused["status_code"] == 210
        missing = await remote(api, "deleteMessage", message="NOPE-00000000-00000000")
        assert (missing["status_code"], missing["status_message"]) == (210, "Message not found")

    async def test_send_date_in_a_time_zone(self, api: Api, mock: MockServer) -> None:
        """send_date is read in `timezone`: 09:00 in Berlin is 08:00 UTC in winter."""
        await devices(api, 1)
        notification = {
            "content": "x",
            "send_date": "2099-01-01 09:00",
            "timezone": "Europe/Berlin",
        }
        code = (await send(api, notification))["Messages"][0]
        details = await remote(api, "getMessageDetails", message=code)
        assert details["response"]["message"]["send_date"] == "2099-01-01 08:00"

    @pytest.mark.parametrize(
        ("notification", "message"),
        [
            (
                {"content": "x", "send_date": "tomorrow"},
                "notifications[0].send_date: Cannot parse date 'tomorrow':"
                " expected YYYY-MM-DD HH:mm or now",
            ),
            (
                {"content": "x", "send_date": "2099-13-01 00:00"},
                "notifications[0].send_date: Cannot parse date '2099-13-01 00:00':"
                " expected YYYY-MM-DD HH:mm or now",
            ),
            (
                {"content": "x", "send_date": LATER, "timezone": "Mars/Olympus"},
                "notifications[0].timezone: Unknown timezone 'Mars/Olympus'",
            ),
        ],
    )
    async def test_unparsable_dates(
        self, api: Api, mock: MockServer, notification: dict[str, Any], message: str
    ) -> None:
        """A date that does not parse is the recorded 210 naming the notification, and nothing
        is sent."""
        answer = await remote(api, "createMessage", application=APP, notifications=[notification])
        assert (answer["status_code"], answer["status_message"]) == (210, message)
        assert mock.messages() == []

    async def test_repeated_transaction_id(self, api: Api, mock: MockServer) -> None:
        """The same transactionId answers the first message's code and creates nothing new, within
        one call as across calls."""
        await devices(api, 1)
        notification = {"content": "x", "send_date": LATER, "transactionId": "order-1"}
        first = await send(api, notification)
        again = await send(api, notification, notification)
        assert again["Messages"] == first["Messages"] * 2
        assert len(mock.messages()) == 1

    async def test_a_call_is_all_or_nothing(self, api: Api, mock: MockServer) -> None:
        """A notification that fails refuses the whole call: the valid ones are not sent."""
        answer = await remote(
            api,
            "createMessage",
            application=APP,
            notifications=[{"content": "ok"}, {"content": "bad", "send_date": "soon"}],
        )
        assert answer["status_code"] == 210
        assert mock.messages() == []


class TestRefusals:
    """The recorded answers and the documented limits."""

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"application": APP}, "No notifications"),
            ({"notifications": []}, "No application or group code given"),
        ],
    )
    async def test_missing_fields_get_the_recorded_answers(
        self, api: Api, fields: dict[str, Any], message: str
    ) -> None:
        """A missing notifications list, application or token is answered as recorded."""
        answer = await remote(api, "createMessage", **fields)
        assert (answer["status_code"], answer["status_message"]) == (210, message)
        no_token = await api.post(
            "createMessage", {"request": {"application": APP, "notifications": []}}
        )
        assert no_token.json()["status_message"] == "API token or application is not set"

    async def test_server_token(self, api: Api) -> None:
        """An unknown server token is `Account not found`; the device token in the header does not
        authorise createMessage; an empty list of notifications is accepted."""
        bad = await api.post(
            "createMessage",
            {"request": {"application": APP, "auth": "dev-token", "notifications": []}},
        )
        assert (bad.json()["status_code"], bad.json()["status_message"]) == (
            210,
            "Account not found",
        )
        fine = await send(api)
        assert fine == {"Messages": []}

    @pytest.mark.parametrize(
        ("notifications", "where"),
        [
            ([{"content": "x"}] * 1001, "request.notifications"),
            (
                [{"content": "x", "users": [f"u{n}" for n in range(1001)]}],
                "request.notifications[0].users",
            ),
            (
                [{"content": "x", "devices": [f"d{n}" for n in range(1001)]}],
                "request.notifications[0].devices",
            ),
        ],
        ids=["notifications", "users", "devices"],
    )
    async def test_limits_are_refused_naming_them(
        self, api: Api, mock: MockServer, notifications: list[Any], where: str
    ) -> None:
        """1,001 notifications, users or devices: a 210 naming the limit, nothing sent."""
        answer = await remote(api, "createMessage", application=APP, notifications=notifications)
        assert answer["status_code"] == 210
        assert answer["status_message"] == f"{where}: got 1,001 items, at most 1,000 allowed"
        assert mock.messages() == []

    async def test_body_limit_is_ten_megabytes(self, api: Api) -> None:
        """createMessage takes bodies up to 10 MB (the Device API's methods 1 MiB)."""
        content = "x" * 2_000_000
        answer = await send(api, {"content": content})
        assert answer == {"Messages": ["CODE_NOT_AVAILABLE"]}
        too_big = await api.post(
            "createMessage", {"request": {"auth": DEV_SERVER_TOKEN, "x": "y" * 10_000_001}}
        )
        assert too_big.status_code == 413

    async def test_rate_limit_answers_429_with_retry_after(self) -> None:
        """Past the rate limit the mock answers 429 with Retry-After (the mock's choice)."""
        server = create_app(rate_limits={"createMessage": (2, 60.0)})
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=server), base_url="http://localhost"
        ) as client:
            body = {"request": {"auth": DEV_SERVER_TOKEN, "application": APP, "notifications": []}}
            statuses = [
                (await client.post("/json/1.3/createMessage", json=body)).status_code
                for _ in range(3)
            ]
            refused = await client.post("/json/1.3/createMessage", json=body)
        assert statuses == [200, 200, 429]
        assert 55 <= int(refused.headers["retry-after"]) <= 60
        assert "2 createMessage calls per 60 s" in refused.json()["status_message"]

    async def test_the_spec_s_rate_limit_is_the_default(self) -> None:
        """Unless configured, createMessage's limit is the spec's: 600 calls per 60 s (the
        pytest plugin's mock has none unless asked, as its clients have none)."""
        assert create_app().rate_limits.limits == {"createMessage": (600, 60.0)}

    async def test_journal_masks_the_server_token(self, api: Api, mock: MockServer) -> None:
        """The journal shows `request.auth` as *** (as it leaves out the Authorization header)."""
        await send(api, {"content": "x"})
        assert mock.journal.last.body["request"]["auth"] == "***"
        listing = (await api.client.get("/__mock/requests")).text
        assert DEV_SERVER_TOKEN not in listing


class TestSegmentsAndTags:
    """createFilter, listFilters, deleteFilter, addTag, listTags, deleteTag."""

    async def test_filters(self, api: Api) -> None:
        """A segment is listed until deleted; a name is taken once; a bad expression is a 210."""
        await remote(
            api, "createFilter", name="s", filter_expression=f'A("{APP}")', application=APP
        )
        again = await remote(api, "createFilter", name="s", filter_expression=f'A("{APP}")')
        assert (again["status_code"], again["status_message"]) == (210, "Filter already exists: s")
        listed = await remote(api, "listFilters")
        assert [f["name"] for f in listed["response"]["filters"]] == ["s"]
        assert (await remote(api, "deleteFilter", name="s"))["status_code"] == 200
        assert (await remote(api, "listFilters"))["response"]["filters"] == []
        bad = await remote(api, "createFilter", name="t", filter_expression='T("x", LIKE, 1)')
        assert bad["status_code"] == 210

    async def test_tags(self, api: Api) -> None:
        """A defined tag is listed; deleteTag removes it and its value on every device and user."""
        await api.register("h1", tags={"Balance": 1.5, "Keep": 1})
        await api.ok("setTags", {"userId": "u1", "tags": {"Balance": 2.5}})
        added = await remote(
            api, "addTag", tag={"name": "Balance", "type": 6, "user_specific": True}
        )
        assert added["response"] == {"result": True}
        duplicate = await remote(api, "addTag", tag={"name": "Balance", "type": 6})
        assert duplicate["status_message"] == "Tag already exists: Balance"
        tags = (await remote(api, "listTags"))["response"]["tags"]
        assert tags == [
            {"name": "Balance", "type": 6, "user_specific": True, "application_specific": False}
        ]
        assert (await remote(api, "deleteTag", tag={"name": "Balance"}))["response"] == {
            "result": True
        }
        assert await api.tags(hwid="h1") == {"Keep": 1}
        assert await api.tags(userId="u1") == {}


class TestInspection:
    """What the tests see of the pushes."""

    async def test_messages_route(self, api: Api, mock: MockServer) -> None:
        """GET /__mock/messages lists id, code, status, sorted hwids, the notification and the
        channel (``push``)."""
        await devices(api, 2)
        await send(api, {"content": "x", "send_date": LATER})
        listing = (await api.client.get("/__mock/messages")).json()
        assert listing == [push.to_json() for push in mock.messages()]
        (message,) = listing
        assert set(message) == {"id", "code", "status", "hwids", "notification", "hash", "channel"}
        assert (message["status"], message["hwids"]) == ("scheduled", ["d0", "d1"])
        assert message["channel"] == "push"
        assert message["notification"]["content"] == "x"

    def test_messages_persist_with_a_state_file(self, tmp_path: Path) -> None:
        """Messages survive a restart with a state file, as devices do."""
        state = tmp_path / "state.sqlite3"
        first = create_app(state_file=state)
        first.store.add_messages(
            [
                {
                    "method": "createMessage",
                    "application": APP,
                    "code": "AAAA-BBBBBBBB-CCCCCCCC",
                    "status": "scheduled",
                    "send_at": 4_000_000_000.0,
                    "hwids": ["h1"],
                    "notification": {"content": "x"},
                    "transaction_id": None,
                    "created": 1.0,
                }
            ]
        )
        first.store.close()
        second = create_app(state_file=state)
        assert [m.code for m in second.messages()] == ["AAAA-BBBBBBBB-CCCCCCCC"]
        second.store.close()

"""The Remote API's state stays whole whatever a caller sends: one message per transactionId,
messages and segments per server token, deleteTag for any tag name, no call that stalls the
others, a segment language without a reachable recursion limit, dates in range, errors that name
the notification, and bounded storage.

Each test is the regression test of one finding of a probe of release 1.0.0.
"""

import asyncio
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

import lark
import pytest

from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.backend import account_of, conditions
from pushwoosh_mock.config import DEV_SERVER_TOKEN

from .conftest import APP, Api

LATER = "2099-01-01 00:00"
BIG = "x" * 70_000
"""Content that makes a body larger than the 64 KiB the mock decodes in a worker thread."""
OTHER_APP = "OTHER-APP00"


async def remote(
    api: Api, method: str, auth: str = DEV_SERVER_TOKEN, **fields: Any
) -> dict[str, Any]:
    """Call a Remote API method with a server token in the body; return the envelope."""
    response = await api.post(method, {"request": {"auth": auth, **fields}})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def push(api: Api, *notifications: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """createMessage for APP (unless given); return the envelope."""
    fields.setdefault("application", APP)
    return await remote(api, "createMessage", notifications=list(notifications), **fields)


async def register(api: Api, count: int, prefix: str = "d") -> list[str]:
    """Register `count` Android devices with push tokens and a tag N; return their hwids."""
    hwids = [f"{prefix}{n}" for n in range(count)]
    for n, hwid in enumerate(hwids):
        await api.register(hwid, push_token=f"token-{hwid}", tags={"N": n})
    return hwids


def refused(answer: dict[str, Any]) -> str:
    """The message of a 210."""
    assert answer["status_code"] == 210, answer
    message: str = answer["status_message"]
    return message


def code(answer: dict[str, Any]) -> str:
    """The one message code of a successful createMessage or createTargetedMessage."""
    assert answer["status_code"] == 200, answer
    response = answer["response"]
    found: str = response["messageCode"] if "messageCode" in response else response["Messages"][0]
    return found


class TestTransactionIds:
    """A transactionId sends once, however many calls carry it at once, big or small."""

    @pytest.mark.parametrize("method", ["createMessage", "createTargetedMessage"])
    async def test_concurrent_calls_store_one_message(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch, method: str
    ) -> None:
        """8 calls over 64 KiB (decoded in worker threads) held together in their audience, then
        8 small ones, all with one transactionId: one message, and every answer carries its code
        (8 were stored)."""
        await register(api, 2)
        together = threading.Barrier(9, timeout=30)
        tickets = iter(range(8))
        real = conditions.matches

        def matches(*args: Any) -> bool:
            if next(tickets, None) is not None:
                together.wait()
            return real(*args)

        monkeypatch.setattr(conditions, "matches", matches)

        async def call(content: str) -> dict[str, Any]:
            fields = {"content": content, "send_date": LATER, "transactionId": "order-1"}
            if method == "createMessage":
                return await push(api, {**fields, "conditions": [["N", "GTE", 0]]})
            return await remote(api, method, devices_filter='T("N", GTE, 0)', **fields)

        big = [asyncio.ensure_future(call(BIG)) for _ in range(8)]
        await asyncio.to_thread(together.wait)
        answers = await asyncio.gather(*big, *(call("x") for _ in range(8)))
        assert len({code(answer) for answer in answers}) == 1
        assert len(mock.messages()) == 1

    async def test_retries_store_one_message(self, api: Api, mock: MockServer) -> None:
        """Retried calls of several notifications with the same transactionIds, small and big,
        answer the first codes and store nothing new."""
        await register(api, 2)
        notifications = [
            {"content": content, "send_date": LATER, "transactionId": f"t{n}"}
            for n, content in enumerate(["x", BIG, "y"])
        ]
        first = await push(api, *notifications)
        for again in (notifications, notifications[::-1]):
            answer = await push(api, *again)
            assert sorted(answer["response"]["Messages"]) == sorted(first["response"]["Messages"])
        assert len(mock.messages()) == 3


@pytest.mark.pushwoosh(server_tokens=frozenset({"server-one", "server-two"}))
class TestScopes:
    """transactionIds per application and server token; messages and segments per server token."""

    async def test_transaction_id_is_per_application(self, api: Api, mock: MockServer) -> None:
        """Application B's push with application A's transactionId is a push of its own (it
        answered A's code and created nothing)."""
        await api.ok("registerDevice", {"hwid": "a", "device_type": 3, "push_token": "ta"})
        await api.ok(
            "registerDevice",
            {"application": OTHER_APP, "hwid": "b", "device_type": 3, "push_token": "tb"},
        )
        notification = {"content": "x", "send_date": LATER, "transactionId": "order-1"}
        first = code(await push(api, notification, auth="server-one"))
        other = code(await push(api, notification, auth="server-one", application=OTHER_APP))
        again = code(await push(api, notification, auth="server-one"))
        assert other != first == again
        assert [m.hwids for m in mock.messages()] == [["a"], ["b"]]

    async def test_transaction_id_is_per_server_token(self, api: Api, mock: MockServer) -> None:
        """Another server token's push with the same transactionId is a push of its own."""
        await register(api, 1)
        notification = {"content": "x", "send_date": LATER, "transactionId": "order-1"}
        one = code(await push(api, notification, auth="server-one"))
        two = code(await push(api, notification, auth="server-two"))
        assert one != two
        assert len(mock.messages()) == 2

    async def test_messages_are_per_server_token(self, api: Api, mock: MockServer) -> None:
        """Another server token can neither read nor delete a message: it is not found."""
        await register(api, 1)
        mine = code(await push(api, {"content": "x", "send_date": LATER}, auth="server-one"))
        for method in ("getMessageDetails", "deleteMessage"):
            answer = await remote(api, method, auth="server-two", message=mine)
            assert refused(answer) == "Message not found"
        details = await remote(api, "getMessageDetails", auth="server-one", message=mine)
        assert details["response"]["message"]["status"] == "scheduled"

    async def test_segments_are_per_server_token(self, api: Api) -> None:
        """Another server token does not see a segment, cannot send to it or delete it, and may
        make one of the same name."""
        await register(api, 1)
        made = await remote(
            api, "createFilter", auth="server-one", name="s", filter_expression=f'A("{APP}")'
        )
        assert made["status_code"] == 200
        listed = await remote(api, "listFilters", auth="server-two")
        assert listed["response"]["filters"] == []
        answer = await push(api, {"content": "x", "filter": "s"}, auth="server-two")
        assert refused(answer) == "notifications[0].filter: Filter not found: 's'"
        assert refused(await remote(api, "deleteFilter", auth="server-two", name="s")).startswith(
            "Filter not found"
        )
        same_name = await remote(
            api, "createFilter", auth="server-two", name="s", filter_expression='T("N", EQ, 0)'
        )
        assert same_name["status_code"] == 200
        mine = await remote(api, "listFilters", auth="server-one")
        assert [f["filter_expression"] for f in mine["response"]["filters"]] == [f'A("{APP}")']


class TestDeleteTag:
    """deleteTag removes the tag whatever its name."""

    @pytest.mark.parametrize(
        "name",
        [
            "Städte",
            'say "hi"',
            "back\\slash",
            "tab\there",
            "a.b",
            "a[0]",
            "$",
            "😀 emoji",
            "\u2028",
            "plain",
        ],
    )
    async def test_any_name(self, api: Api, name: str) -> None:
        """The value goes from every device and user (non-ASCII names and quotes stayed)."""
        await api.register("h1", tags={name: 1, "Keep": 2})
        await api.ok("setTags", {"userId": "u1", "tags": {name: 3}})
        answer = await remote(api, "deleteTag", tag={"name": name})
        assert answer["response"] == {"result": True}
        assert await api.tags(hwid="h1") == {"Keep": 2}
        assert await api.tags(userId="u1") == {}
        again = await remote(api, "deleteTag", tag={"name": name})
        assert refused(again).startswith("Tag not found")


def blocking_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event, list[bool]]:
    """Make the first tag check of a push wait until released (or 30 s); return the event set
    when it starts waiting, the event that releases it, and (once the push is over) whether the
    release, not the timeout, ended the wait."""
    real = conditions.matches
    started, release = threading.Event(), threading.Event()
    released: list[bool] = []

    def matches(*args: Any) -> bool:
        if not started.is_set():
            started.set()
            released.append(release.wait(30))
        return real(*args)

    monkeypatch.setattr(conditions, "matches", matches)
    return started, release, released


class TestNoStall:
    """A Remote API call never holds up the other clients, and its work is bounded."""

    @pytest.mark.parametrize("method", ["createMessage", "createTargetedMessage"])
    async def test_other_calls_answer_while_a_push_is_computed(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch, method: str
    ) -> None:
        """While a small push is held in the middle of its audience, other clients register
        devices and read tags (a push under 64 KiB ran on the event loop and held them all)."""
        await register(api, 3)
        started, release, released = blocking_matches(monkeypatch)
        if method == "createMessage":
            call = push(api, {"content": "x", "conditions": [["N", "GTE", 0]]})
        else:
            call = remote(api, method, content="x", devices_filter='T("N", GTE, 0)')
        held = asyncio.ensure_future(call)
        try:
            assert await asyncio.to_thread(started.wait, 30)
            await api.register("newcomer", push_token="t")
            assert await api.tags(hwid="d1") == {"N": 1}
            assert not held.done()
        finally:
            release.set()
            answer = await held
        assert released == [True], "the other calls waited for the push"
        assert answer["status_code"] == 200

    async def test_identical_targeting_is_computed_once(
        self, api: Api, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """200 notifications with the same conditions to 20 devices check each device once (a
        1,000-notification body of 18 KB took 4.2 s against 1,000 devices)."""
        await register(api, 20)
        checks = 0
        real = conditions.matches

        def counting(*args: Any) -> bool:
            nonlocal checks
            checks += 1
            return real(*args)

        monkeypatch.setattr(conditions, "matches", counting)
        notification = {"content": "x", "conditions": [["N", "GTE", 5]]}
        answer = await push(api, *[notification] * 200)
        assert len(answer["response"]["Messages"]) == 200
        assert checks == 20

    async def test_a_segment_is_parsed_once(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """createFilter parses a segment; sends naming it reuse the result (five notifications
        naming a 1 MB segment took 11.6 s)."""
        await register(api, 3)
        parses = 0
        real = lark.Lark.parse

        def counting(self: lark.Lark, *args: Any, **kwargs: Any) -> Any:
            nonlocal parses
            parses += 1
            return real(self, *args, **kwargs)

        monkeypatch.setattr(lark.Lark, "parse", counting)
        expression = f'T("N", GTE, 1) \\ T("never-{uuid.uuid4()}", EQ, 1)'
        made = await remote(api, "createFilter", name="s", filter_expression=expression)
        assert made["status_code"] == 200
        answer = await push(api, *[{"content": "x", "filter": "s"}] * 5)
        assert answer["status_code"] == 200
        assert parses == 1
        assert [m.hwids for m in mock.messages()] == [["d1", "d2"]] * 5


class TestSegmentLanguage:
    """No recursion limit a caller can reach; the nesting limit is a 210 naming it."""

    async def test_ten_thousand_conditions(self, api: Api, mock: MockServer) -> None:
        """10,000 ANDed or ORed conditions are a segment (487 ANDed answered 500)."""
        await register(api, 3)
        made = await remote(
            api, "createFilter", name="and", conditions=[["N", "GTE", 1]] * 10_000, operator="AND"
        )
        assert made["status_code"] == 200
        anded = " * ".join(['T("N", GTE, 1)'] * 10_000)
        ored = " + ".join(['T("N", EQ, 2)'] * 10_000)
        minus = f'A("{APP}")' + "".join(f' \\ T("N", EQ, {n})' for n in range(2, 10_000))
        assert code(await push(api, {"content": "x", "filter": "and"}))
        for expression in (anded, ored, minus):
            answer = await remote(
                api, "createTargetedMessage", content="x", devices_filter=expression
            )
            assert code(answer)
        assert [m.hwids for m in mock.messages()] == [
            ["d1", "d2"],
            ["d1", "d2"],
            ["d2"],
            ["d0", "d1"],
        ]

    async def test_nesting_at_the_limit(self, api: Api, mock: MockServer) -> None:
        """64 levels of parentheses and brackets are accepted, and mean what they say."""
        await register(api, 3)
        nested = 'T("N", EQ, 0)'
        for n in range(1, 64):
            nested = f'(T("N", EQ, {n % 3}) + {nested})' if n % 2 else f'({nested} * A("{APP}"))'
        answer = await remote(api, "createTargetedMessage", content="x", devices_filter=nested)
        assert code(answer)
        listed = "[" * 62 + "1" + "]" * 62
        made = await remote(
            api, "createFilter", name="deep", filter_expression=f'T("N", IN, [1, {listed}])'
        )
        assert made["status_code"] == 200
        assert [m.hwids for m in mock.messages()] == [["d0", "d1", "d2"]]

    @pytest.mark.parametrize(
        "expression",
        [
            "(" * 1000 + f'A("{APP}")' + ")" * 1000,
            f'A("{APP}") + ' * 1 + '(A("X") + ' * 500 + 'A("Y")' + ")" * 500,
            'T("N", IN, ' + "[" * 500 + "1" + "]" * 500 + ")",
        ],
        ids=["parentheses", "right-nested", "lists"],
    )
    @pytest.mark.parametrize("method", ["createFilter", "createTargetedMessage"])
    async def test_deeper_nesting_is_a_210_naming_the_limit(
        self, api: Api, mock: MockServer, expression: str, method: str
    ) -> None:
        """Nesting deeper than 64 levels is refused naming the limit (it answered 500, or the
        interpreter's recursion error)."""
        if method == "createFilter":
            answer = await remote(api, method, name="deep", filter_expression=expression)
            field = "filter_expression"
        else:
            answer = await remote(api, method, content="x", devices_filter=expression)
            field = "devices_filter"
        message = refused(answer)
        assert message.startswith(f"Invalid {field}: nested deeper than 64 levels"), message
        assert "recursion" not in message
        assert mock.messages() == []


class TestDates:
    """send_date: exactly `YYYY-MM-DD HH:mm` or `now`, in range, DST resolved by a stated rule."""

    @pytest.mark.parametrize(
        ("send_date", "timezone"),
        [("9999-12-31 23:59", "America/Los_Angeles"), ("9999-12-31 20:00", "Etc/GMT+5")],
    )
    async def test_beyond_year_9999_in_utc_is_refused(
        self, api: Api, mock: MockServer, send_date: str, timezone: str
    ) -> None:
        """A date whose instant is past 9999 in UTC is refused when created (getMessageDetails
        answered 500 for it)."""
        await register(api, 1)
        late = {"content": "x", "send_date": send_date, "timezone": timezone}
        answer = await push(api, {"content": "ok"}, late)
        assert refused(answer).startswith("notifications[1].send_date: ")
        assert "9999" in refused(answer)
        targeted = await remote(api, "createTargetedMessage", devices_filter=f'A("{APP}")', **late)
        assert refused(targeted).startswith("send_date: ")
        assert mock.messages() == []

    async def test_the_last_minute_of_9999_in_utc(self, api: Api) -> None:
        """9999-12-31 23:59 UTC is the latest date, and getMessageDetails shows it."""
        await register(api, 1)
        made = code(await push(api, {"content": "x", "send_date": "9999-12-31 23:59"}))
        details = await remote(api, "getMessageDetails", message=made)
        assert details["response"]["message"]["send_date"] == "9999-12-31 23:59"

    @pytest.mark.parametrize(
        "send_date",
        [
            "2030-1-1 1:0",
            "\uff12\uff10\uff13\uff10-01-01 00:00",
            "2030-01-01 0\u0660:00",
            "2030-01-01 00:00:00",
            "2030-01-01T00:00",
            " 2030-01-01 00:00",
            "2030-01-01 00:00\n",
            "NOW",
        ],
    )
    async def test_only_the_documented_form(
        self, api: Api, mock: MockServer, send_date: str
    ) -> None:
        """Anything but `YYYY-MM-DD HH:mm` with ASCII digits, or `now`, is a 210 (`2030-1-1 1:0`
        and other digits were accepted)."""
        answer = await push(api, {"content": "x", "send_date": send_date})
        assert refused(answer).startswith("notifications[0].send_date: Cannot parse date ")
        assert mock.messages() == []

    async def test_daylight_saving_rule(self, api: Api) -> None:
        """An ambiguous local time is its earlier instant; a skipped one moves forward by the
        gap (02:30 on a spring-forward night is 03:30 local)."""
        await register(api, 1)
        zone = "America/New_York"
        for local, utc in (
            ("2030-11-03 01:30", "2030-11-03 05:30"),
            ("2030-03-10 02:30", "2030-03-10 07:30"),
        ):
            made = code(await push(api, {"content": "x", "send_date": local, "timezone": zone}))
            details = await remote(api, "getMessageDetails", message=made)
            assert details["response"]["message"]["send_date"] == utc


class TestErrorsNameTheNotification:
    """Every 210 about one notification names its index and field."""

    @pytest.mark.parametrize(
        ("fields", "start"),
        [
            ({"send_date": "soon"}, "notifications[2].send_date: Cannot parse date 'soon'"),
            (
                {"timezone": "Mars/Olympus"},
                "notifications[2].timezone: Unknown timezone 'Mars/Olympus'",
            ),
            ({"filter": "nope"}, "notifications[2].filter: Filter not found: 'nope'"),
            (
                {"conditions": [["N", "EQ", 1], ["N", "BETWEEN", [1]]]},
                "notifications[2].conditions[1]: Condition BETWEEN needs [low, high]",
            ),
            (
                {"conditions": [["N", "IN", 1]]},
                "notifications[2].conditions[0]: Condition IN needs",
            ),
        ],
    )
    async def test_index_and_field(
        self, api: Api, mock: MockServer, fields: dict[str, Any], start: str
    ) -> None:
        """The third notification is wrong: the message says which and where."""
        notification = {"content": "x", "send_date": LATER, **fields}
        answer = await push(api, {"content": "a"}, {"content": "b"}, notification)
        assert refused(answer).startswith(start), refused(answer)
        assert mock.messages() == []

    async def test_long_values_are_shown_cut(self, api: Api) -> None:
        """A 10,000-character time zone, date or filter name is shown as a bounded prefix."""
        for fields in (
            {"timezone": "Z" * 10_000},
            {"send_date": "9" * 10_000},
            {"filter": "f" * 10_000},
        ):
            answer = await push(api, {"content": "x", "send_date": LATER, **fields})
            assert len(refused(answer)) < 200, refused(answer)


class TestStorage:
    """The messages table is bounded whatever is sent."""

    async def test_the_same_audience_is_stored_once(self, api: Api, mock: MockServer) -> None:
        """100 broad pushes to 1,000 devices grow the state by much less than 100 copies of the
        audience (200 broad pushes to 20,000 devices grew it by 46 MB)."""
        for n in range(1_000):
            hwid = f"{uuid.UUID(int=n)}-device"
            await api.register(hwid, push_token=f"token-{n}")
        await push(api, {"content": "x"})
        before = mock.store.size_bytes()
        for _ in range(100):
            await push(api, {"content": "x"})
        grown = mock.store.size_bytes() - before
        assert grown < 400_000, grown
        assert len(mock.messages()) == 101
        assert all(len(m.hwids) == 1_000 for m in mock.messages())

    async def test_history_is_capped(self, api: Api, mock: MockServer) -> None:
        """Past the kept count the oldest messages go: listed no more, not found by code."""
        mock.store.messages_kept = 20
        hwids = await register(api, 30)
        codes = [
            code(await push(api, {"content": "x", "send_date": LATER, "devices": [hwid]}))
            for hwid in hwids
        ]
        assert [m.code for m in mock.messages()] == codes[-20:]
        gone = await remote(api, "getMessageDetails", message=codes[0])
        assert refused(gone) == "Message not found"
        kept = await remote(api, "getMessageDetails", message=codes[-1])
        assert kept["response"]["message"]["devices"] == 1

    async def test_recipients_are_capped(self, api: Api, mock: MockServer) -> None:
        """Past the kept recipients the oldest messages go; the newest stays whatever its size."""
        mock.store.recipients_kept = 25
        hwids = await register(api, 30)
        for start in range(0, 30, 10):
            await push(api, {"content": "x", "devices": hwids[start : start + 10]})
        assert [m.hwids for m in mock.messages()] == [hwids[10:20], hwids[20:30]]
        await push(api, {"content": "x"})
        assert [len(m.hwids) for m in mock.messages()] == [30]

    def test_a_state_file_of_release_1_0_0_is_upgraded(self, tmp_path: Path) -> None:
        """A state file whose messages hold their hwids (1.0.0) opens: its messages keep their
        recipients, and belong, as its segments, to no server token."""
        state = tmp_path / "state.sqlite3"
        db = sqlite3.connect(state)
        db.executescript(
            """
            CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, method TEXT NOT NULL,
                application TEXT, code TEXT, status TEXT NOT NULL, send_at REAL NOT NULL,
                hwids TEXT NOT NULL, notification TEXT NOT NULL, transaction_id TEXT,
                created REAL NOT NULL);
            CREATE INDEX messages_by_code ON messages (code);
            CREATE INDEX messages_by_transaction ON messages (transaction_id);
            CREATE TABLE filters (name TEXT PRIMARY KEY, application TEXT,
                expression TEXT NOT NULL, expiration_date TEXT, created REAL NOT NULL);
            INSERT INTO messages VALUES (7, 'createMessage', 'APP', 'AAAA-BBBBBBBB-CCCCCCCC',
                'scheduled', 4000000000.0, '["h1","h2"]', '{"content":"x"}', 't', 1.0);
            INSERT INTO filters VALUES ('s', NULL, 'A("APP")', NULL, 1.0);
            """
        )
        db.close()
        server = create_app(state_file=state)
        try:
            (message,) = server.messages()
            assert (message.id, message.code, message.hwids) == (
                7,
                "AAAA-BBBBBBBB-CCCCCCCC",
                ["h1", "h2"],
            )
            assert [f["name"] for f in server.store.filters()] == ["s"]
            assert server.store.filters(account_of(DEV_SERVER_TOKEN)) == []
        finally:
            server.store.close()

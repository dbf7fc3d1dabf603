"""Messages: the messages and recipient_sets tables, and what a push reaches and when
(createMessage, createTargetedMessage, Messaging v2's notify, deleteMessage, cancelMessage and
cancelNotification, getMessageDetails), and what another channel's message reaches.

The rules (each marked in the spec as the vendor's, a recorded answer's, or the mock's choice):

- Who: only devices with a push token (an unregistered device is not reached). ``users`` (the
  registerUser / userId links) wins over ``devices`` when both are given, as the push reference
  says; ``devices`` names hwids or push tokens, and those the application does not know come back
  as ``UnknownDevices``. ``platforms`` keeps those device types (ignored when ``devices`` lists
  fewer than 10, as documented). ``conditions`` (joined by ``conditions_operator``, AND by
  default) and ``filter`` (a segment of the caller's account, made with createFilter) narrow
  further. Nothing to target means every device of the application. createTargetedMessage's
  ``devices_filter`` is the segment language (``segments``); without ``A(…)`` it reaches any
  device of the account.
- When: ``send_date`` ``now`` (or absent, or in the past) is sent at once; a later
  ``YYYY-MM-DD HH:mm`` (ASCII digits, in ``timezone``, UTC by default) is scheduled, and
  deleteMessage deletes it; anything else is the recorded 210 ``Cannot parse date``, and an
  instant after 9999-12-31 23:59 UTC is refused. A local time that occurs twice (clocks going
  back) is its earlier instant; one that does not occur (clocks going forward) moves forward by
  the gap, as a wall clock shows it (02:30 on a spring-forward night is 03:30).
- Codes: an immediate send to fewer than 10 devices has no code (``CODE_NOT_AVAILABLE``), as
  Pushwoosh staff describe; a repeated ``transactionId`` (per server token and application)
  within a day answers the first message's code and sends nothing new. A notify message always
  has a code (its answer requires one, and cancel takes it).
- What: a createMessage notification naming a ``preset`` (a code createPreset made, of the
  caller's account) takes the preset's content and segmentation beneath its own fields, which
  win, as the vendor says; the message keeps the merged notification. An unknown code is the
  recorded 210 ``Preset code is wrong``.
- Errors about one notification name it and the field: ``notifications[3].send_date: …``.
- Cost: every notification is checked before any audience is read; each application's devices
  are read once per call, and notifications with the same targeting share one result. A
  repeated transactionId is found when the messages are stored (``Messages.add``), in the
  transaction that stores them: a retry costs what the first call did, and never sends twice.
- Channels: a message is carried by a ``Channel``: a push (createMessage, createTargetedMessage,
  notify), or an email, SMS, WhatsApp, Kakao or LINE message (``channels``), which reaches its
  channel's devices alone, by the same targeting; ``/__mock/messages`` lists each one's.
- Storage: a message belongs to an account (``account_of`` a server token): another token finds
  none of them, as it finds an unknown code. It points at its recipients, a sorted hwid list stored
  once however many messages reach it (zlib-compressed JSON, found by digest). The newest
  ``MESSAGES_KEPT`` are kept, within ``RECIPIENTS_KEPT`` hwids.
"""

import hashlib
import json
import re
import secrets
import sqlite3
import time
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ApiError, argument_error, quoted
from ..jsonio import dumps_text
from . import conditions, database
from .database import Database
from .devices import Devices
from .segments import Device, Predicate, Segments

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    method TEXT NOT NULL,
    application TEXT,
    code TEXT,
    status TEXT NOT NULL,
    send_at REAL NOT NULL,
    recipients INTEGER NOT NULL,
    notification TEXT NOT NULL,
    transaction_id TEXT,
    transaction_key TEXT,
    created REAL NOT NULL,
    channel TEXT NOT NULL DEFAULT 'push'
);
CREATE INDEX IF NOT EXISTS messages_by_code ON messages (account, code);
CREATE UNIQUE INDEX IF NOT EXISTS messages_by_transaction ON messages (transaction_key);
CREATE INDEX IF NOT EXISTS messages_by_recipients ON messages (recipients);
CREATE TABLE IF NOT EXISTS recipient_sets (
    id INTEGER PRIMARY KEY,
    digest BLOB NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    hwids BLOB NOT NULL
);
"""
"""A transactionId is remembered by its ``transaction_key`` (server token, method, application
and id), unique: one message per key. ``channel``: what carried it (``channels``)."""
TABLES = ("messages", "recipient_sets")
TRANSACTION_DAYS = 1
"""How long a transactionId is remembered: the vendor says Pushwoosh keeps it for one day."""
MESSAGES_KEPT = 10_000
"""The newest messages kept; older ones are forgotten (with their transactionIds)."""
RECIPIENTS_KEPT = 1_000_000
"""The hwids the kept messages' distinct recipient lists hold together at most; past it the
oldest messages are forgotten, but never the newest."""
SENT, SCHEDULED, DELETED, CANCELLED = "sent", "scheduled", "deleted", "cancelled"
HISTORY_PAGE = 1000
"""getPushHistory's rows a page (the mock's choice)."""
CODE_NOT_AVAILABLE = "CODE_NOT_AVAILABLE"
"""The code answered for a message sent at once to fewer than ``CODE_THRESHOLD`` devices."""
CODE_THRESHOLD = 10
PLATFORMS_IGNORED_BELOW = 10
"""``platforms`` is ignored when ``devices`` lists fewer devices than this (vendor reference)."""
DATE_FORMAT = "%Y-%m-%d %H:%M"
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})", re.ASCII)
"""``send_date``: exactly ``YYYY-MM-DD HH:mm`` in ASCII digits (or ``now``)."""
SECONDS_FORMAT = "%Y-%m-%d %H:%M:%S"
SECONDS_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})", re.ASCII)
"""A Kakao ``send_date``: ``YYYY-MM-DD HH:MM:SS``."""
EPOCH = datetime(1970, 1, 1)
LATEST = (datetime(9999, 12, 31, 23, 59) - EPOCH).total_seconds()
"""The latest instant (UTC, epoch seconds) a message may be sent at: the last minute a date
can show."""
TARGETING = ("users", "devices", "platforms", "conditions", "conditions_operator", "filter")
"""The fields that decide whom a notification reaches."""


@dataclass(frozen=True)
class Channel:
    """What carries a message, and the rules its audience follows (``Messages.create``)."""

    name: str
    """``push``, ``email``, ``sms``, ``whatsapp``, ``kakao`` or ``line``: as messages list it."""
    method: str
    """The operation whose messages it carries (stored with each message)."""
    reaches: Callable[[Device], bool]
    """Whether a targeted device gets the message."""
    devices_win: bool = False
    """``devices`` wins over ``users`` when both are given (push: ``users`` wins)."""
    coded: bool = False
    """Every message has a code, however few devices it reaches."""
    seconds: bool = False
    """``send_date`` is ``YYYY-MM-DD HH:MM:SS``."""


def _has_push_token(device: Device) -> bool:
    return bool(device["push_token"]) and bool(device["registered"])


PUSH = Channel("push", "createMessage", _has_push_token)
"""A push: devices with a push token (unregistered ones are not reached)."""


def _transaction_key(message: Mapping[str, Any]) -> str | None:
    """The unique key of a message's transactionId: per server token, method and application."""
    if message.get("transaction_id") is None:
        return None
    return dumps_text(
        [
            message.get("account", ""),
            message["method"],
            message["application"],
            message["transaction_id"],
        ]
    )


def _recipients(hwids: Sequence[str]) -> tuple[bytes, int, bytes]:
    """A recipient list as stored: its digest, its size, and the compressed sorted hwids."""
    encoded = dumps_text(sorted(hwids)).encode()
    return hashlib.sha256(encoded).digest(), len(hwids), zlib.compress(encoded, 6)


def _save_recipients(db: sqlite3.Connection, digest: bytes, size: int, hwids: bytes) -> None:
    """Store a recipient list unless it is stored already (found by digest)."""
    db.execute(
        "INSERT INTO recipient_sets (digest, size, hwids) VALUES (?, ?, ?)"
        " ON CONFLICT (digest) DO NOTHING",
        (digest, size, hwids),
    )


def create(db: sqlite3.Connection) -> None:
    """Create the tables; a state file of release 1.0.0 keeps its messages, which keep their
    recipients and belong to no server token (1.0.0 kept none)."""
    found = database.columns(db, "messages")
    if found and "account" in found and "channel" not in found:  # a state file of 1.x: pushes
        db.execute("ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'push'")
    if not found or "account" in found:
        db.executescript(SCHEMA)
        return
    db.executescript(
        "DROP INDEX IF EXISTS messages_by_code; DROP INDEX IF EXISTS messages_by_transaction;"
        " ALTER TABLE messages RENAME TO messages_1;" + SCHEMA
    )
    for row in db.execute("SELECT * FROM messages_1 ORDER BY id").fetchall():
        digest, size, hwids = _recipients(json.loads(row["hwids"]))
        _save_recipients(db, digest, size, hwids)
        db.execute(
            "INSERT INTO messages (id, account, method, application, code, status, send_at,"
            " recipients, notification, transaction_id, created) VALUES (?, '', ?, ?, ?, ?, ?,"
            " (SELECT id FROM recipient_sets WHERE digest = ?), ?, ?, ?)",
            (
                row["id"],
                row["method"],
                row["application"],
                row["code"],
                row["status"],
                row["send_at"],
                digest,
                row["notification"],
                row["transaction_id"],
                row["created"],
            ),
        )
    db.execute("DROP TABLE messages_1")


def new_code() -> str:
    """A message code shaped as the vendor's (``C3F8-C3863ED4-334AD4F1``)."""
    digits = secrets.token_hex(10).upper()
    return f"{digits[:4]}-{digits[4:12]}-{digits[12:20]}"


def send_at(
    notification: Mapping[str, Any], now: float, where: str = "", *, seconds: bool = False
) -> float:
    """When a notification goes out (epoch seconds), or a 210 naming ``where`` and the field:
    the recorded ``Cannot parse date``, an unknown time zone, or an instant past year 9999.
    ``seconds``: the date is ``YYYY-MM-DD HH:MM:SS`` (Kakao's)."""
    value = notification.get("send_date", "now")
    if value == "now":
        return now
    zone_name = notification.get("timezone") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise argument_error(f"{where}timezone: Unknown timezone {quoted(zone_name)}") from None
    try:
        pattern, layout = (SECONDS_DATE, SECONDS_FORMAT) if seconds else (DATE, DATE_FORMAT)
        if not (isinstance(value, str) and pattern.fullmatch(value)):
            raise ValueError(value)  # strptime alone takes 2030-1-1 1:0 and other digits
        local = datetime.strptime(value, layout)
    except ValueError:
        shape = "YYYY-MM-DD HH:MM:SS" if seconds else "YYYY-MM-DD HH:mm"
        raise argument_error(
            f"{where}send_date: Cannot parse date {quoted(value)}: expected {shape} or now"
        ) from None
    offset = zone.utcoffset(local.replace(fold=0)) or timedelta()  # fold=0: the earlier instant
    moment = (local - EPOCH - offset).total_seconds()  # in seconds: no date range to leave
    if moment > LATEST:
        raise argument_error(
            f"{where}send_date: {value} in {quoted(zone_name)} is after 9999-12-31 23:59 UTC,"
            " the latest date"
        )
    return max(now, moment)


def _reached(devices: Sequence[Device], channel: Channel = PUSH) -> list[Device]:
    if channel.reaches is _has_push_token:  # a push to 100,000 devices: no call per device
        return [d for d in devices if d["push_token"] and d["registered"]]
    return [d for d in devices if channel.reaches(d)]


def _conditions(notification: Mapping[str, Any], where: str) -> Predicate | None:
    """Compile ``conditions`` into a predicate on devices (None when there are none)."""
    found = notification.get("conditions")
    if not found:
        return None
    compiled = []
    for index, condition in enumerate(found):
        field = f"{where}conditions[{index}]: "
        if not isinstance(condition, list) or len(condition) < 2:
            raise argument_error(f"{field}A condition is [tag, operator, operand]")
        tag, op, *rest = condition
        operand = rest[0] if rest else None
        try:
            canonical = conditions.operator(op)
            conditions.check_operand(canonical, operand)
        except ApiError as error:
            raise argument_error(field + error.message) from None
        compiled.append((tag, canonical, operand))
    joiner = all if str(notification.get("conditions_operator", "AND")).upper() == "AND" else any
    return lambda d: joiner(conditions.matches(d["tags"], t, o, v) for t, o, v in compiled)


class _Plan:
    """One notification checked: when it goes out, and the predicates that narrow whom it
    reaches; built for every notification of a call before any audience is read.

    Messaging v2's notify gives its moment (``when``) and segment (``expression``, with the
    field it came from) itself, wants its unknown users too (``unknown_users``), and keeps
    ``platforms`` however few devices it names (``few_ignore_platforms`` False). A message of
    another ``channel`` reaches that channel's devices alone, by its rules (``channels``)."""

    def __init__(
        self,
        segments: Segments,
        account: str,
        notification: Mapping[str, Any],
        now: float,
        where: str,
        *,
        when: float | None = None,
        expression: tuple[str, str] | None = None,
        unknown_users: bool = False,
        few_ignore_platforms: bool = True,
        channel: Channel = PUSH,
    ) -> None:
        self.notification = notification
        self.channel = channel
        if when is None:
            when = send_at(notification, now, where, seconds=channel.seconds)
        self.when = when
        self.condition = _conditions(notification, where)
        self.segment: Predicate | None = None
        self.unknown_users = unknown_users
        self.few_ignore_platforms = few_ignore_platforms
        name = notification.get("filter")
        if name:
            found = segments.expression(account, name)
            if found is None:
                raise argument_error(f"{where}filter: Filter not found: {quoted(name)}")
            self.segment = segments.compile(found, f"{where}filter")
        elif expression is not None:
            self.segment = segments.compile(*expression)
        self.targeting = dumps_text(
            [notification.get(field) for field in TARGETING]
            + [expression, unknown_users, few_ignore_platforms, channel.name]
        )


class _Audiences:
    """What the notifications of one call reach: each application's devices read once, and one
    result per distinct targeting."""

    def __init__(self, devices: Devices, application: str | None) -> None:
        self.devices = devices
        self.application = application
        self._everyone: Sequence[Device] | None = None
        self._results: dict[str, tuple[list[str], list[str]]] = {}

    def everyone(self) -> Sequence[Device]:
        if self._everyone is None:
            self._everyone = self.devices.audience(self.application)
        return self._everyone

    def recipients(self, plan: _Plan) -> tuple[list[str], list[str]]:
        """The hwids a notification reaches and the ``devices`` entries nobody has."""
        if plan.targeting not in self._results:
            self._results[plan.targeting] = self._compute(plan)
        return self._results[plan.targeting]

    def _compute(self, plan: _Plan) -> tuple[list[str], list[str]]:
        notification = plan.notification
        users, ids = notification.get("users"), notification.get("devices")
        unknown: list[str] = []
        candidates: Sequence[Device]
        if users is not None and (ids is None or not plan.channel.devices_win):
            candidates = self.devices.audience(self.application, users=list(users))
            if plan.unknown_users:
                linked = {d["user_id"] for d in candidates}
                unknown = [user for user in dict.fromkeys(users) if user not in linked]
        elif ids is not None:
            candidates = self.devices.audience(self.application, ids=list(ids))
            known = {d["hwid"] for d in candidates} | {d["push_token"] for d in candidates}
            unknown = [entry for entry in dict.fromkeys(ids) if entry not in known]
        else:
            candidates = self.everyone()
        reached = _reached(candidates, plan.channel)
        platforms = notification.get("platforms")
        few = ids is not None and users is None and len(ids) < PLATFORMS_IGNORED_BELOW
        if platforms and not (few and plan.few_ignore_platforms):
            reached = [d for d in reached if d["device_type"] in platforms]
        for narrows in (plan.condition, plan.segment):
            if narrows is not None:
                reached = [d for d in reached if narrows(d)]
        return sorted(dict.fromkeys(d["hwid"] for d in reached)), unknown  # sorted already: O(n)


def _record(
    method: str,
    account: str,
    application: str | None,
    notification: Mapping[str, Any],
    hwids: list[str],
    when: float,
    now: float,
    *,
    coded: bool = False,
    channel: str = PUSH.name,
) -> dict[str, Any]:
    """A message to store; ``coded``: it has a code however it is sent (notify's)."""
    immediate = when <= now
    return {
        "account": account,
        "method": method,
        "application": application,
        "code": None if immediate and len(hwids) < CODE_THRESHOLD and not coded else new_code(),
        "status": SENT if immediate else SCHEDULED,
        "send_at": when,
        "hwids": hwids,
        "notification": dict(notification),
        "transaction_id": notification.get("transactionId"),
        "created": now,
        "channel": channel,
    }


class Messages:
    """The messages of every account, and the rules of sending them; a push reads its audience
    from ``devices`` and its segment from ``segments``."""

    messages_kept = MESSAGES_KEPT
    recipients_kept = RECIPIENTS_KEPT
    presets: Callable[[str, str], Mapping[str, Any] | None] | None = None
    """The fields an account's preset gives a notification, by account and preset code (None
    for a code the account has no preset with); set by the backend."""

    def __init__(self, db: Database, devices: Devices, segments: Segments) -> None:
        self._db = db
        self._devices = devices
        self._segments = segments

    # ---- the sends ----------------------------------------------------------------------

    def create(
        self,
        account: str,
        application: str | None,
        notifications: Sequence[Mapping[str, Any]],
        now: float | None = None,
        *,
        channel: Channel = PUSH,
        stored_as: Sequence[Mapping[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """createMessage: one message per notification, all stored or none; return the answer.
        Another ``channel`` (an email, an SMS …) sends by its rules, whom ``notifications``
        target, keeping ``stored_as`` (what each call gave, when the targeting was rewritten)."""
        when = time.time() if now is None else now
        merged = [  # a push with its preset's content beneath its own fields (another
            # channel's `preset` is that channel's template, which the mock does not hold)
            self._with_preset(account, notification, f"notifications[{index}].")
            if channel is PUSH
            else notification
            for index, notification in enumerate(notifications)
        ]
        plans = [
            _Plan(
                self._segments,
                account,
                notification,
                when,
                f"notifications[{index}].",
                channel=channel,
            )
            for index, notification in enumerate(merged)
        ]  # every notification checked before any audience is read
        audiences = _Audiences(self._devices, application)
        records: list[dict[str, Any]] = []
        unknown: list[list[str]] = []
        kept = merged if stored_as is None else stored_as
        for plan, notification in zip(plans, kept, strict=True):
            hwids, missing = audiences.recipients(plan)
            records.append(
                _record(
                    channel.method,
                    account,
                    application,
                    notification,
                    hwids,
                    plan.when,
                    when,
                    coded=channel.coded,
                    channel=channel.name,
                )
            )
            unknown.append(missing)
        codes: list[str] = []
        unknown_devices: dict[str, list[str]] = {}
        for (code, stored), missing in zip(self.add(records), unknown, strict=True):
            codes.append(code or CODE_NOT_AVAILABLE)
            if stored and missing:
                unknown_devices.setdefault(code or "", []).extend(missing)
        answer: dict[str, Any] = {"Messages": codes}
        if unknown_devices:
            answer["UnknownDevices"] = unknown_devices
        return answer

    def _with_preset(
        self, account: str, notification: Mapping[str, Any], where: str
    ) -> Mapping[str, Any]:
        """The notification with the content of the preset it names (``preset``) beneath its
        own fields, which win, as the vendor says; a code the account has no preset with is the
        recorded 210 ``Preset code is wrong``."""
        code = notification.get("preset")
        if not code or self.presets is None:
            return notification
        given = self.presets(account, code)
        if given is None:
            raise argument_error(f"{where}preset: Preset code is wrong")
        return {**given, **notification}

    def create_targeted(
        self, account: str, request: Mapping[str, Any], now: float | None = None
    ) -> dict[str, Any]:
        """createTargetedMessage: one message to the devices ``devices_filter`` selects."""
        when = time.time() if now is None else now
        notification = {k: v for k, v in request.items() if k != "auth"}
        moment = send_at(notification, when)
        selects = self._segments.compile(request["devices_filter"], "devices_filter")
        everyone = self._devices.audience(None)
        hwids = sorted(dict.fromkeys(d["hwid"] for d in _reached(everyone) if selects(d)))
        message = _record("createTargetedMessage", account, None, notification, hwids, moment, when)
        ((code, _),) = self.add([message])
        return {"messageCode": code or CODE_NOT_AVAILABLE}

    def notify(
        self,
        account: str,
        application: str | None,
        targeting: Mapping[str, Any],
        stored: Mapping[str, Any],
        *,
        when: float,
        expression: tuple[str, str] | None,
        now: float | None = None,
    ) -> tuple[str, list[str]]:
        """Messaging v2's notify: one message reaching whom ``targeting`` (createMessage's
        fields: ``users``, ``devices``, ``platforms`` as device types) and the segment
        ``expression`` select, by createMessage's rules, except that ``platforms`` holds however
        few devices are named and unknown users are reported too; sent at ``when`` (at once when
        it is not later than now). ``stored`` is what the message keeps as its notification.
        Return its code (always one: notify answers it, cancel takes it) and the identifiers
        that matched no device."""
        moment = time.time() if now is None else now
        plan = _Plan(
            self._segments,
            account,
            targeting,
            moment,
            "",
            when=max(moment, when),
            expression=expression,
            unknown_users=True,
            few_ignore_platforms=False,
        )
        hwids, unknown = _Audiences(self._devices, application).recipients(plan)
        message = _record(
            "notify", account, application, stored, hwids, plan.when, moment, coded=True
        )
        ((code, _),) = self.add([message])
        assert code is not None  # coded
        return code, unknown

    def details(self, account: str, code: str, now: float | None = None) -> dict[str, Any]:
        """getMessageDetails: what the mock knows of a message (the shape is the mock's)."""
        message = self.message(account, code, time.time() if now is None else now)
        notification = message["notification"]
        return {
            "message": {
                "id": message["id"],
                "code": message["code"],
                "status": message["status"],
                "send_date": datetime.fromtimestamp(message["send_at"], UTC).strftime(DATE_FORMAT),
                "created": datetime.fromtimestamp(message["created"], UTC).strftime(DATE_FORMAT),
                "content": notification.get("content"),
                "devices": message["devices"],
            }
        }

    # ---- the tables -----------------------------------------------------------------------

    def add(self, messages: Sequence[Mapping[str, Any]]) -> list[tuple[str | None, bool]]:
        """Store the messages of one call together; return each one's code and whether it was
        stored. A message whose transactionId (per account, method and application) created one
        within the last day is not stored: the earlier message's code is returned. The check
        and the insert are one transaction on one unique key, whatever runs at the same time."""
        rows = [(m, _transaction_key(m), _recipients(m["hwids"])) for m in messages]
        results: list[tuple[str | None, bool]] = []
        with self._db.transaction() as db:
            for message, key, (digest, size, hwids) in rows:
                if key is not None:
                    earlier = db.execute(
                        "SELECT id, code, created FROM messages WHERE transaction_key = ?", (key,)
                    ).fetchone()
                    if earlier is not None:
                        if earlier["created"] > message["created"] - TRANSACTION_DAYS * 86400:
                            results.append((earlier["code"], False))
                            continue
                        db.execute(
                            "UPDATE messages SET transaction_key = NULL WHERE id = ?",
                            (earlier["id"],),
                        )
                _save_recipients(db, digest, size, hwids)
                db.execute(
                    "INSERT INTO messages (account, method, application, code, status, send_at,"
                    " recipients, notification, transaction_id, transaction_key, created, channel)"
                    " VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM recipient_sets WHERE digest = ?),"
                    " ?, ?, ?, ?, ?)",
                    (
                        message.get("account", ""),
                        message["method"],
                        message["application"],
                        message["code"],
                        message["status"],
                        message["send_at"],
                        digest,
                        dumps_text(message["notification"]),
                        message["transaction_id"],
                        key,
                        message["created"],
                        message.get("channel", PUSH.name),
                    ),
                )
                results.append((message["code"], True))
            self._forget_oldest(db)
        return results

    def _forget_oldest(self, db: sqlite3.Connection) -> None:
        """Keep the newest ``messages_kept`` messages, and only as many of them as keep the
        distinct recipient lists within ``recipients_kept`` hwids (the newest always stays)."""
        (count,) = db.execute("SELECT COUNT(*) FROM messages").fetchone()
        if count > self.messages_kept:
            db.execute(
                "DELETE FROM messages WHERE id <= (SELECT id FROM messages ORDER BY id DESC"
                " LIMIT 1 OFFSET ?)",
                (self.messages_kept,),
            )
        (held,) = db.execute("SELECT COALESCE(SUM(size), 0) FROM recipient_sets").fetchone()
        if held > self.recipients_kept:
            # Each list counts once, at the newest message that reaches it; the first list,
            # newest first, that takes the sum past the bound is where the history ends.
            row = db.execute(
                "SELECT newest FROM (SELECT newest, SUM(size) OVER (ORDER BY newest DESC) AS held"
                " FROM (SELECT MAX(m.id) AS newest, r.size FROM messages m"
                " JOIN recipient_sets r ON r.id = m.recipients GROUP BY m.recipients))"
                " WHERE held > ? AND newest < (SELECT MAX(id) FROM messages)"
                " ORDER BY newest DESC LIMIT 1",
                (self.recipients_kept,),
            ).fetchone()
            if row is not None:
                db.execute("DELETE FROM messages WHERE id <= ?", (row["newest"],))
        if count > self.messages_kept or held > self.recipients_kept:
            db.execute(
                "DELETE FROM recipient_sets WHERE id NOT IN (SELECT recipients FROM messages)"
            )

    @staticmethod
    def _row(db: sqlite3.Connection, account: str, code: str) -> sqlite3.Row:
        """The message of an account with this code, or the recorded 210 ``Message not found``."""
        row: sqlite3.Row | None = db.execute(
            "SELECT m.*, r.size FROM messages m JOIN recipient_sets r ON r.id = m.recipients"
            " WHERE m.account = ? AND m.code = ? ORDER BY m.id LIMIT 1",
            (account, code),
        ).fetchone()
        if row is None:
            raise argument_error("Message not found")
        return row

    def message(self, account: str, code: str, now: float) -> dict[str, Any]:
        """The message of an account with this code (``devices``: how many it reaches), or the
        recorded 210 ``Message not found``."""
        with self._db.locked() as db:
            row = self._row(db, account, code)
        return {**_message(row, now, None), "devices": row["size"]}

    def delete(self, account: str, code: str, now: float) -> None:
        """deleteMessage: a scheduled message of an account is deleted, so that it is never sent."""
        with self._db.transaction() as db:
            row = self._row(db, account, code)
            if _message(row, now, None)["status"] == SENT:
                raise argument_error(
                    f"Message {code} was sent already: only a scheduled one can be deleted"
                )
            db.execute("UPDATE messages SET status = ? WHERE id = ?", (DELETED, row["id"]))

    def cancel(self, account: str, code: str, now: float) -> str:
        """cancelMessage and cancelNotification: a scheduled message of an account is
        cancelled, so that it is never sent; one already sent, cancelled or deleted is left as
        it was. Return the status it had, which each caller answers its way; an unknown code
        is the recorded 210 ``Message not found``."""
        with self._db.transaction() as db:
            row = self._row(db, account, code)
            status: str = _message(row, now, None)["status"]
            if status == SCHEDULED:
                db.execute("UPDATE messages SET status = ? WHERE id = ?", (CANCELLED, row["id"]))
            return status

    def owners(self, code: str) -> set[str]:
        """The accounts that have a message with this code (codes are random: one at most)."""
        with self._db.locked() as db:
            rows = db.execute("SELECT account FROM messages WHERE code = ?", (code,)).fetchall()
        return {row["account"] for row in rows}

    def find(self, account: str, code: str, now: float) -> dict[str, Any] | None:
        """The message of an account with this code, with its recipients, or None."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT m.*, r.hwids FROM messages m JOIN recipient_sets r ON r.id = m.recipients"
                " WHERE m.account = ? AND m.code = ? ORDER BY m.id LIMIT 1",
                (account, code),
            ).fetchone()
        if row is None:
            return None
        return _message(row, now, json.loads(zlib.decompress(row["hwids"])))

    def history(
        self, account: str, last_id: int, search_by: str | None, value: str | None, now: float
    ) -> list[dict[str, Any]]:
        """getPushHistory: a page of the account's messages, newest first, below ``last_id``
        (0: from the newest), narrowed by ``search_by`` / ``value``."""
        query = (
            "SELECT m.*, r.size FROM messages m JOIN recipient_sets r ON r.id = m.recipients"
            " WHERE m.account = ?"
        )
        args: list[Any] = [account]
        if last_id > 0:
            query, args = query + " AND m.id < ?", [*args, last_id]
        column = {"notificationCode": "m.code", "applicationCode": "m.application"}.get(
            search_by or ""
        )
        if search_by == "notificationID":
            query, args = query + " AND m.id = ?", [*args, _integer(value)]
        elif column is not None:
            query, args = query + f" AND {column} = ?", [*args, value]
        elif search_by == "campaignCode":
            query = query + " AND json_extract(m.notification, '$.campaign') = ?"
            args = [*args, value]
        with self._db.locked() as db:
            rows = db.execute(query + " ORDER BY m.id DESC LIMIT ?", [*args, HISTORY_PAGE])
            found = rows.fetchall()
        return [_history_row(row, now) for row in found]

    def sent(self, account: str | None, now: float) -> list[dict[str, Any]]:
        """The messages counted by statistics (sent, not deleted or cancelled), of an account
        (of every one, for None), each with its recipients, oldest first."""
        return [message for message in self.list(now, account) if message["status"] == SENT]

    def list(self, now: float | None = None, account: str | None = None) -> list[dict[str, Any]]:
        """Every message kept, oldest first, as ``/__mock/messages`` lists them."""
        when = time.time() if now is None else now
        with self._db.locked() as db:
            if account is None:
                rows = db.execute("SELECT * FROM messages ORDER BY id").fetchall()
            else:
                rows = db.execute(
                    "SELECT * FROM messages WHERE account = ? ORDER BY id", (account,)
                ).fetchall()
            lists = {
                row["id"]: row["hwids"]
                for row in db.execute("SELECT id, hwids FROM recipient_sets")
            }
        decoded: dict[int, list[str]] = {}
        for row in rows:
            if row["recipients"] not in decoded:
                decoded[row["recipients"]] = json.loads(zlib.decompress(lists[row["recipients"]]))
        return [_message(row, when, decoded[row["recipients"]]) for row in rows]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every message and recipient list."""
        database.clear(db, TABLES)


def _message(row: sqlite3.Row, now: float, hwids: list[str] | None) -> dict[str, Any]:
    """A message as listed: a scheduled one whose time has come is sent."""
    status = row["status"]
    if status == SCHEDULED and row["send_at"] <= now:
        status = SENT
    return {
        "id": row["id"],
        "method": row["method"],
        "application": row["application"],
        "code": row["code"],
        "hash": message_hash(row["id"], row["code"]),
        "status": status,
        "send_at": row["send_at"],
        "hwids": hwids,
        "notification": json.loads(row["notification"]),
        "transaction_id": row["transaction_id"],
        "created": row["created"],
        "channel": row["channel"],
    }


def message_hash(number: int, code: str | None) -> str:
    """The hash a message's devices receive and report back in pushStat and
    messageDeliveryEvent: its code, or ``m<id>`` for a message without one (the mock's)."""
    return code if code and code != CODE_NOT_AVAILABLE else f"m{number}"


def _integer(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _history_row(row: sqlite3.Row, now: float) -> dict[str, Any]:
    """A getPushHistory row (only ``id`` is a source's; the other fields are the mock's)."""
    message = _message(row, now, None)
    notification = message["notification"]
    return {
        "id": message["id"],
        "code": message["code"],
        "application": message["application"],
        "campaign": notification.get("campaign"),
        "source": "API",
        "send_date": datetime.fromtimestamp(message["send_at"], UTC).strftime(DATE_FORMAT),
        "created": datetime.fromtimestamp(message["created"], UTC).strftime(DATE_FORMAT),
        "status": message["status"],
        "content": notification.get("content"),
        "recipients": row["size"],
    }

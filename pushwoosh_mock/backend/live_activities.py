"""iOS Live Activities: the live_activities table (startLiveActivity, updateLiveActivity), one row
per start, update or end, each sent as a push (``Messages.create``).

The rules (the spec's ``mock-live-activities`` note):

- A start reaches whom createMessage's targeting selects (``filter_code`` names a segment as
  ``filter`` does: the mock's segments are known by name) and starts ``live_activity_id`` in the
  caller's account and application; a second start of an active id is a 210 ``Live activity
  already started``. An end (``event`` ``end``) ends it; then the id may start again.
- An update by id (the newer body) reaches the devices its start reached and those whose
  activity id (setActivityToken) is the id; an unknown or ended id is a 210 ``Live activity not
  found``. An update by the activities' push tokens (the older body) reaches the devices whose
  activity token is listed, and names no activity.
- Every notification of a call is checked, in order, before anything is sent; each message has a
  code (the answer lists them).
"""

import json
import sqlite3
import time
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import argument_error, quoted
from ..jsonio import dumps_text
from . import database
from .database import Database
from .devices import Devices
from .messages import PUSH, Channel, Messages

SCHEMA = """
CREATE TABLE IF NOT EXISTS live_activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    application TEXT NOT NULL,
    activity_id TEXT,
    event TEXT NOT NULL,
    code TEXT NOT NULL,
    hwids TEXT NOT NULL,
    notification TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS live_activities_by_id
    ON live_activities (account, application, activity_id, id);
"""
"""``activity_id`` is NULL for an update by push tokens; ``code`` is the message's."""
TABLES = ("live_activities",)
START = Channel("push", "startLiveActivity", PUSH.reaches, coded=True)
UPDATE = Channel("push", "updateLiveActivity", lambda d: bool(d["registered"]), coded=True)
"""An update reaches the devices found for it, push token or not (it has its own)."""
ACTIVITY_ID, ACTIVITY_TOKEN = "activity_id", "activity_token"
"""The device fields setActivityToken stores."""


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class LiveActivities:
    """The Live Activities of every account, sent through ``messages`` to ``devices``."""

    def __init__(self, db: Database, devices: Devices, messages: Messages) -> None:
        self._db = db
        self._devices = devices
        self._messages = messages

    def start(
        self, account: str, application: str, notifications: Sequence[Mapping[str, Any]]
    ) -> list[str]:
        """startLiveActivity: start each notification's activity; return the messages' codes."""
        with self._db.lock:  # no other start of the same id between the check and the record
            started: set[str] = set()
            for index, notification in enumerate(notifications):
                activity = notification["live_activity_id"]
                if activity in started or self._active(account, application, activity):
                    raise argument_error(
                        f"notifications[{index}].live_activity_id: Live activity already"
                        f" started: {quoted(activity)}"
                    )
                started.add(activity)
            views = [
                {**n, "filter": n["filter_code"]} if "filter_code" in n and "filter" not in n else n
                for n in notifications
            ]
            codes = self._send(account, application, views, notifications, START)
            self._record(account, application, notifications, codes, "start")
        return codes

    def update(
        self, account: str, application: str, notifications: Sequence[Mapping[str, Any]]
    ) -> list[str]:
        """updateLiveActivity: send each update or end; return the messages' codes."""
        with self._db.lock:
            ended: set[str] = set()
            views: list[dict[str, Any]] = []
            for index, notification in enumerate(notifications):
                if "live_activity_id" in notification and "live_activity" in notification:
                    activity = notification["live_activity_id"]
                    start = (
                        None if activity in ended else self._active(account, application, activity)
                    )
                    if start is None:
                        raise argument_error(
                            f"notifications[{index}].live_activity_id: Live activity not found:"
                            f" {quoted(activity)}"
                        )
                    if notification["live_activity"]["event"] == "end":
                        ended.add(activity)
                    on = self._devices.with_field(application, ACTIVITY_ID, [activity])
                    hwids = sorted({*start, *on})
                else:
                    tokens = list(notification["live_activity_push_tokens"])
                    hwids = self._devices.with_field(application, ACTIVITY_TOKEN, tokens)
                views.append({"devices": hwids})
            codes = self._send(account, application, views, notifications, UPDATE)
            self._record(account, application, notifications, codes, None)
        return codes

    def _send(
        self,
        account: str,
        application: str,
        views: Sequence[Mapping[str, Any]],
        notifications: Sequence[Mapping[str, Any]],
        channel: Channel,
    ) -> list[str]:
        answer = self._messages.create(
            account, application, views, channel=channel, stored_as=notifications
        )
        codes: list[str] = answer["Messages"]
        return codes

    def _active(self, account: str, application: str, activity: str) -> list[str] | None:
        """The devices an active activity started on; None when it never started or ended."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT event, hwids FROM live_activities WHERE account = ? AND application = ?"
                " AND activity_id = ? AND (event = 'start' OR event = 'end')"
                " ORDER BY id DESC LIMIT 1",
                (account, application, activity),
            ).fetchall()
        if not rows or rows[0]["event"] != "start":
            return None
        hwids: list[str] = json.loads(rows[0]["hwids"])
        return hwids

    def _record(
        self,
        account: str,
        application: str,
        notifications: Sequence[Mapping[str, Any]],
        codes: Sequence[str],
        event: str | None,
    ) -> None:
        """Record each notification's start, update or end with the devices its message reached."""
        now = time.time()
        rows = []
        for notification, code in zip(notifications, codes, strict=True):
            message = self._messages.find(account, code, now)
            hwids = [] if message is None else message["hwids"]
            change = notification.get("live_activity") or notification.get("ios_live_activity")
            rows.append(
                (
                    account,
                    application,
                    notification.get("live_activity_id"),
                    event or str((change or {}).get("event", "update")),
                    code,
                    dumps_text(hwids),
                    dumps_text(notification),
                    now,
                )
            )
        with self._db.transaction() as db:
            db.executemany(
                "INSERT INTO live_activities (account, application, activity_id, event, code,"
                " hwids, notification, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def list(self) -> list[dict[str, Any]]:
        """Every start, update and end, oldest first, as ``/__mock/live-activities`` lists them."""
        with self._db.locked() as db:
            rows = db.execute("SELECT * FROM live_activities ORDER BY id").fetchall()
        return [
            {
                "id": row["id"],
                "application": row["application"],
                "live_activity_id": row["activity_id"],
                "event": row["event"],
                "code": row["code"],
                "hwids": json.loads(row["hwids"]),
                "notification": json.loads(row["notification"]),
                "created": row["created"],
            }
            for row in rows
        ]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every record."""
        database.clear(db, TABLES)

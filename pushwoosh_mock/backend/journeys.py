"""The Customer Journey API's journeys: the journeys and journey_entries tables.

The rules (the spec's ``mock-journeys``):

- A journey belongs to the account of a server token; it exists only when seeded (``add``:
  ``MockServer.add_journey``, ``PUT /__mock/journeys/{uuid}``, and ``SEEDED_JOURNEY`` in every
  accepted token's account). Another account's journey is not found (404, gRPC code 5).
- Lifecycle: ``TRANSITIONS`` says from which states each action moves a journey, and to which;
  any other (a repeat included) is refused with 400, gRPC code 9, and changes nothing.
- Start by API enters users or hwids into a running journey, each once while it is in the
  journey: an entry not dropped is not made again; a dropped one may enter anew.
- Drop-users marks entries dropped; the statistics count the entries not dropped, on the first
  point (the points do not run).
"""

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from uuid import uuid4

from ..errors import ApiError
from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS journeys (
    account TEXT NOT NULL,
    uuid TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    application TEXT NOT NULL,
    points TEXT NOT NULL,
    PRIMARY KEY (account, uuid)
);
CREATE TABLE IF NOT EXISTS journey_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    journey TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    attributes TEXT NOT NULL,
    request_uuid TEXT NOT NULL,
    dropped INTEGER NOT NULL DEFAULT 0,
    entered REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS journey_entries_by_journey
    ON journey_entries (account, journey, kind, name);
"""
TABLES = ("journeys", "journey_entries")

DRAFT, RUNNING, PAUSED = "STATUS_DRAFT", "STATUS_RUNNING", "STATUS_PAUSED"
FINISHED, ARCHIVED = "STATUS_FINISHED", "STATUS_ARCHIVED"
STATUSES = (DRAFT, RUNNING, PAUSED, FINISHED, ARCHIVED)
TRANSITIONS: Mapping[str, tuple[frozenset[str], str]] = {
    "start": (frozenset({DRAFT, PAUSED}), RUNNING),
    "pause": (frozenset({RUNNING}), PAUSED),
    "finish": (frozenset({RUNNING, PAUSED}), FINISHED),
    "draft": (frozenset({PAUSED, FINISHED}), DRAFT),
    "archive": (frozenset({DRAFT, FINISHED}), ARCHIVED),
}
"""Each lifecycle action: the states it leaves, and the state it brings the journey to."""
USER, HWID = "user", "hwid"
"""What an entry names: a user ID, or a device's hwid."""
SEEDED_JOURNEY: Mapping[str, Any] = {
    "uuid": "11111111-2222-3333-4444-555555555555",
    "title": "Welcome series",
    "status": RUNNING,
    "application": "XXXXX-XXXXX",
    "points": ("First Point Title",),
}
"""The journey every accepted server token's account starts with: the examples' Journey ID,
title and application."""
NOT_FOUND = "journey not found"


def create(db: sqlite3.Connection) -> None:
    """Create the tables."""
    db.executescript(SCHEMA)


def point_codes(journey: str, index: int) -> tuple[str, str]:
    """A point's campaign code (``AAAAA-00000``) and preset code (``12345-67890``), made up from
    the Journey ID: the same every time."""
    digest = hashlib.sha256(f"{journey}/{index}".encode()).hexdigest().upper()
    digits = str(int(digest[:16], 16)).zfill(10)[-10:]
    return f"{digest[:5]}-{digest[5:10]}", f"{digits[:5]}-{digits[5:]}"


class Journeys:
    """The journeys of every account, who entered them, and their lifecycle."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        account: str,
        uuid: str,
        *,
        title: str,
        status: str,
        application: str,
        points: Sequence[str],
        replace: bool = True,
    ) -> None:
        """Store a journey of an account; with replace, one of that uuid is replaced and its
        entries forgotten, otherwise one already there is kept as it is (a seed)."""
        if status not in STATUSES:
            raise ValueError(f"status: expected one of {', '.join(STATUSES)}, got {status!r}")
        row = (account, uuid, title, status, application, dumps_text(list(points)))
        with self._db.transaction() as db:
            if not replace:
                db.execute("INSERT OR IGNORE INTO journeys VALUES (?, ?, ?, ?, ?, ?)", row)
                return
            db.execute(
                "DELETE FROM journey_entries WHERE account = ? AND journey = ?", (account, uuid)
            )
            db.execute("INSERT OR REPLACE INTO journeys VALUES (?, ?, ?, ?, ?, ?)", row)

    def journey(self, account: str, uuid: str) -> dict[str, Any]:
        """A journey of the account as the lifecycle methods answer it; 404 (gRPC code 5) when
        the account has none of that uuid."""
        with self._db.locked() as db:
            return _answer(self._row(db, account, uuid))

    def application(self, account: str, uuid: str) -> str:
        """The application of a journey of the account (404 as ``journey``)."""
        with self._db.locked() as db:
            return str(self._row(db, account, uuid)["application"])

    def transition(self, account: str, uuid: str, action: str) -> dict[str, Any]:
        """Move a journey by a lifecycle action (``TRANSITIONS``) and answer it; a state the
        action does not leave is refused with 400, gRPC code 9, and nothing changes."""
        sources, target = TRANSITIONS[action]
        with self._db.transaction() as db:
            row = self._row(db, account, uuid)
            if row["status"] not in sources:
                raise ApiError(400, f"cannot {action} a journey in {row['status']}", code=9)
            db.execute(
                "UPDATE journeys SET status = ? WHERE account = ? AND uuid = ?",
                (target, account, uuid),
            )
            return _answer(self._row(db, account, uuid))

    def enter(
        self,
        account: str,
        uuid: str,
        kind: str,
        names: Iterable[str],
        attributes: Mapping[str, Any],
    ) -> str:
        """Enter users or hwids into a running journey, each once while it is in it (an entry
        not dropped is not made again); return the request's new UUID4. A journey not running
        is refused with 400, gRPC code 9."""
        request_uuid = str(uuid4())
        now = time.time()
        with self._db.transaction() as db:
            if self._row(db, account, uuid)["status"] != RUNNING:
                raise ApiError(400, "journey is not running", code=9)
            inside = {
                row["name"]
                for row in db.execute(
                    "SELECT name FROM journey_entries"
                    " WHERE account = ? AND journey = ? AND kind = ? AND dropped = 0",
                    (account, uuid, kind),
                )
            }
            new = [name for name in dict.fromkeys(names) if name not in inside]
            kept = dumps_text(dict(attributes))
            db.executemany(
                "INSERT INTO journey_entries"
                " (account, journey, kind, name, attributes, request_uuid, entered)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(account, uuid, kind, name, kept, request_uuid, now) for name in new],
            )
        return request_uuid

    def of_account(self, account: str, wanted: Iterable[str] | None) -> dict[str, str]:
        """The account's journeys among these uuids (all of them, for None; unknown ones left
        out), each with its application."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT uuid, application FROM journeys WHERE account = ? ORDER BY uuid",
                (account,),
            ).fetchall()
        chosen = None if wanted is None else set(wanted)
        return {
            row["uuid"]: row["application"]
            for row in rows
            if chosen is None or row["uuid"] in chosen
        }

    def drop(self, account: str, dropped: Mapping[str, tuple[list[str], list[str]]]) -> None:
        """Mark dropped, in each journey of the account, the entries of these user IDs and of
        these hwids (``{journey: (users, hwids)}``), in one transaction."""
        with self._db.transaction() as db:
            for journey, (users, hwids) in dropped.items():
                for kind, names in ((USER, users), (HWID, hwids)):
                    if names:
                        marks = ", ".join("?" * len(names))
                        db.execute(
                            "UPDATE journey_entries SET dropped = 1"
                            " WHERE account = ? AND journey = ? AND kind = ? AND dropped = 0"
                            f" AND name IN ({marks})",
                            (account, journey, kind, *names),
                        )

    def statistics(self, account: str, uuid: str) -> dict[str, Any]:
        """A journey's statistics: the first point counts one message sent to each entry not
        dropped, the later ones nothing."""
        with self._db.locked() as db:
            row = self._row(db, account, uuid)
            (inside,) = db.execute(  # distinct users and hwids: ``enter`` makes each once
                "SELECT COUNT(*) FROM journey_entries"
                " WHERE account = ? AND journey = ? AND dropped = 0",
                (account, uuid),
            ).fetchone()
        points = []
        for index, title in enumerate(json.loads(row["points"])):
            campaign, preset = point_codes(uuid, index)
            sent = int(inside) if index == 0 else 0
            points.append(
                {
                    "pointTitle": title,
                    "campaignCode": campaign,
                    "presetCode": preset,
                    "pointStat": {"sent": sent, "opened": 0, "conversion": 0},
                }
            )
        return {"title": row["title"], "points": points}

    def all(self, db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every journey with its entries, as ``/__mock/state`` shows them."""
        entries: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for entry in db.execute("SELECT * FROM journey_entries ORDER BY id"):
            entries.setdefault((entry["account"], entry["journey"]), []).append(
                {
                    "kind": entry["kind"],
                    "name": entry["name"],
                    "attributes": json.loads(entry["attributes"]),
                    "request_uuid": entry["request_uuid"],
                    "dropped": bool(entry["dropped"]),
                }
            )
        return [
            {
                "account": row["account"],
                **_answer(row),
                "entries": entries.get((row["account"], row["uuid"]), []),
            }
            for row in db.execute("SELECT * FROM journeys ORDER BY account, uuid")
        ]

    @staticmethod
    def _row(db: sqlite3.Connection, account: str, uuid: str) -> sqlite3.Row:
        row: sqlite3.Row | None = db.execute(
            "SELECT * FROM journeys WHERE account = ? AND uuid = ?", (account, uuid)
        ).fetchone()
        if row is None:
            raise ApiError(404, NOT_FOUND)
        return row

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Forget every journey and entry."""
        database.clear(db, TABLES)


def _answer(row: sqlite3.Row) -> dict[str, Any]:
    """The journey object the lifecycle methods answer."""
    return {
        "info": {
            "uuid": row["uuid"],
            "title": row["title"],
            "status": row["status"],
            "params": {"application_code": row["application"]},
        },
        "points": [{"title": title} for title in json.loads(row["points"])],
        "comments": [],
    }

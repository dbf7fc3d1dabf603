"""The event_definitions table: the events createEvent defined for an application, which postEvent
records (and, with ``--strict-events``, the only ones it takes).

The rules (the spec's ``mock-events`` note): a name is defined once per application (210 ``Event
already exists: NAME``); an application holds ``EVENTS_LIMIT`` events, and one more is refused
with status_code 403 (in HTTP 200, as the vendor documents) ``Permissions error: events limit
exceeded``. Ids count up across applications, never reused.
"""

import json
import sqlite3
import time
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ApiError, argument_error
from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_definitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    attributes TEXT NOT NULL,
    track_revenue INTEGER NOT NULL,
    created REAL NOT NULL,
    UNIQUE (application, name)
);
"""
TABLES = ("event_definitions",)
EVENTS_LIMIT = 500
"""The events an application may define (the vendor does not say its limit; the mock's)."""
LIMIT_MESSAGE = "Permissions error: events limit exceeded"


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class EventDefinitions:
    """The events defined, by application and name."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        application: str,
        name: str,
        *,
        description: str | None,
        attributes: Sequence[Mapping[str, Any]],
        track_revenue: bool,
    ) -> int:
        """createEvent: define an event; return its id."""
        with self._db.transaction() as db:
            (count,) = db.execute(
                "SELECT COUNT(*) FROM event_definitions WHERE application = ?", (application,)
            ).fetchone()
            taken = db.execute(
                "SELECT 1 FROM event_definitions WHERE application = ? AND name = ?",
                (application, name),
            ).fetchone()
            if taken is not None:
                raise argument_error(f"Event already exists: {name}")
            if count >= EVENTS_LIMIT:
                raise ApiError(403, LIMIT_MESSAGE, http_status=200)
            added = db.execute(
                "INSERT INTO event_definitions (application, name, description, attributes,"
                " track_revenue, created) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    application,
                    name,
                    description,
                    dumps_text(list(attributes)),
                    track_revenue,
                    time.time(),
                ),
            )
        return int(added.lastrowid or 0)

    def defined(self, application: str, name: str) -> bool:
        """Whether the application has defined this event."""
        with self._db.locked() as db:
            found = db.execute(
                "SELECT 1 FROM event_definitions WHERE application = ? AND name = ?",
                (application, name),
            ).fetchone()
        return found is not None

    def list(self) -> list[dict[str, Any]]:
        """Every event defined, oldest first."""
        with self._db.locked() as db:
            rows = db.execute("SELECT * FROM event_definitions ORDER BY id").fetchall()
        return [
            {
                **dict(row),
                "attributes": json.loads(row["attributes"]),
                "track_revenue": bool(row["track_revenue"]),
            }
            for row in rows
        ]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every definition."""
        database.clear(db, TABLES)

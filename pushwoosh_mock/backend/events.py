"""The events table: app opens, push statistics, posted events and the other calls the SDKs
record, each with a code shaped as the vendor's (``ABCDE-12345``)."""

import json
import sqlite3
import time
import uuid
from collections.abc import Mapping
from typing import Any

from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application TEXT NOT NULL,
    kind TEXT NOT NULL,
    hwid TEXT,
    user_id TEXT,
    name TEXT,
    hash TEXT,
    attributes TEXT,
    code TEXT,
    at REAL NOT NULL
);
"""
TABLES = ("events",)


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class Events:
    """The events recorded, oldest first."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        application: str,
        kind: str,
        *,
        hwid: str | None = None,
        user: str | None = None,
        name: str | None = None,
        hash_: str | None = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> str:
        """Record an app open, push open, delivery or posted event; return its code."""
        code = uuid.uuid4().hex[:10].upper()
        code = f"{code[:5]}-{code[5:]}"
        with self._db.locked() as db:
            db.execute(
                "INSERT INTO events (application, kind, hwid, user_id, name, hash, attributes,"
                " code, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    application,
                    kind,
                    hwid,
                    user,
                    name,
                    hash_,
                    None if attributes is None else dumps_text(attributes),
                    code,
                    time.time(),
                ),
            )
        return code

    def list(self, kind: str | None = None) -> list[dict[str, Any]]:
        """The recorded events, oldest first, optionally of one kind."""
        with self._db.locked() as db:
            query, args = "SELECT * FROM events", tuple[str, ...]()
            if kind is not None:
                query, args = query + " WHERE kind = ?", (kind,)
            rows = db.execute(query + " ORDER BY id", args).fetchall()
        return [
            {
                **dict(row),
                "attributes": json.loads(row["attributes"]) if row["attributes"] else None,
            }
            for row in rows
        ]

    @staticmethod
    def merge(db: sqlite3.Connection, application: str, old: str, new: str, *, keep: bool) -> None:
        """Give the old user's events to the new user (``keep``), or drop them."""
        if keep:
            db.execute(
                "UPDATE events SET user_id = ? WHERE application = ? AND user_id = ?",
                (new, application, old),
            )
        else:
            db.execute(
                "DELETE FROM events WHERE application = ? AND user_id = ?", (application, old)
            )

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every event."""
        database.clear(db, TABLES)

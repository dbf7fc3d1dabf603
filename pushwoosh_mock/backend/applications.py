"""The applications table: every application code a call has named, and when it was first seen."""

import sqlite3
import time

from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    code TEXT PRIMARY KEY,
    first_seen REAL NOT NULL
);
"""
TABLES = ("applications",)


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class Applications:
    """The application codes used; the known ones are kept in memory, so using one costs no query."""

    def __init__(self, db: Database) -> None:
        self._db = db
        with db.locked() as connection:
            self._known = {row[0] for row in connection.execute("SELECT code FROM applications")}

    def touch(self, code: str) -> None:
        """Record that an application code was used (known codes cost no query)."""
        if code in self._known:
            return
        with self._db.locked() as db:
            db.execute(
                "INSERT OR IGNORE INTO applications (code, first_seen) VALUES (?, ?)",
                (code, time.time()),
            )
        self._known.add(code)

    def codes(self, db: sqlite3.Connection) -> list[str]:
        """Every code recorded, sorted."""
        return [row["code"] for row in db.execute("SELECT code FROM applications ORDER BY code")]

    def clear(self, db: sqlite3.Connection) -> None:
        """Forget every code."""
        database.clear(db, TABLES)
        self._known.clear()

"""The seeds table: what the seeded reads (getInApps, getConfig, …) answer, by operation."""

import json
import sqlite3
from typing import Any

from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS seeds (
    operation TEXT PRIMARY KEY,
    response TEXT NOT NULL
);
"""
TABLES = ("seeds",)
SEEDED = frozenset(
    {
        "getInApps",
        "getInboxMessages",
        "getConfig",
        "getNearestZone",
        "getPopupForms",
        "getPopupFormContent",
    }
)
"""Reads that answer seeded data: the documented example until a test seeds its own."""


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class Seeds:
    """The seeded answers (their ``response`` member), by operation."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, operation: str) -> Any:
        """The seeded `response` of a read such as getInApps (None when not seeded)."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT response FROM seeds WHERE operation = ?", (operation,)
            ).fetchone()
        return None if row is None else json.loads(row["response"])

    def set(self, operation: str, response: Any, *, replace: bool = True) -> None:
        """Seed what a read answers; with replace=False, keep a seed already there."""
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        with self._db.locked() as db:
            db.execute(
                f"{verb} INTO seeds (operation, response) VALUES (?, ?)",
                (operation, dumps_text(response)),
            )

    def all(self) -> dict[str, Any]:
        """Every seeded answer by operation."""
        with self._db.locked() as db:
            rows = db.execute("SELECT * FROM seeds ORDER BY operation").fetchall()
        return {row["operation"]: json.loads(row["response"]) for row in rows}

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every seed."""
        database.clear(db, TABLES)

"""The tag_definitions table: the tags addTag defined, with their type (1 integer … 7 version)."""

import sqlite3
import time
from typing import Any

from ..errors import argument_error
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS tag_definitions (
    name TEXT PRIMARY KEY,
    type INTEGER NOT NULL,
    user_specific INTEGER NOT NULL,
    application_specific INTEGER NOT NULL,
    created REAL NOT NULL
);
"""
TABLES = ("tag_definitions",)


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


class TagDefinitions:
    """The defined tags; a name is defined once."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, kind: int, *, user_specific: bool, application_specific: bool) -> None:
        """Define a tag; a name already defined is a 210."""
        with self._db.locked() as db:
            added = db.execute(
                "INSERT INTO tag_definitions (name, type, user_specific, application_specific,"
                " created) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
                (name, kind, user_specific, application_specific, time.time()),
            )
        if not added.rowcount:
            raise argument_error(f"Tag already exists: {name}")

    def list(self) -> list[dict[str, Any]]:
        """The defined tags, by name."""
        with self._db.locked() as db:
            rows = db.execute("SELECT * FROM tag_definitions ORDER BY name").fetchall()
        return [
            {
                "name": row["name"],
                "type": row["type"],
                "user_specific": bool(row["user_specific"]),
                "application_specific": bool(row["application_specific"]),
            }
            for row in rows
        ]

    @staticmethod
    def delete(db: sqlite3.Connection, name: str) -> int:
        """Remove a tag's definition; return 1 if there was one (its values are the Backend's
        to remove, in the same transaction)."""
        deleted: int = db.execute("DELETE FROM tag_definitions WHERE name = ?", (name,)).rowcount
        return deleted

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every definition."""
        database.clear(db, TABLES)

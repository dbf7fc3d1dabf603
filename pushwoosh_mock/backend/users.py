"""The users' tables: tags set by userId (``user_tags``) and registerUser links that wait for a
device not registered yet (``pending_users``); a registered device holds its own link."""

import json
import sqlite3
from typing import Any

from ..jsonio import dumps_text
from . import database
from .database import Database
from .tags import Tags

SCHEMA = """
CREATE TABLE IF NOT EXISTS pending_users (
    application TEXT NOT NULL,
    hwid TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (application, hwid)
);
CREATE TABLE IF NOT EXISTS user_tags (
    application TEXT NOT NULL,
    user_id TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (application, user_id)
);
"""
TABLES = ("pending_users", "user_tags")


def create(db: sqlite3.Connection) -> None:
    """Create the tables."""
    db.executescript(SCHEMA)


class Users:
    """Users' tags and waiting links; a change that also moves devices is the Backend's."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def user_tags(self, application: str, user: str) -> Tags:
        """The tags set by userId for a user; empty for a user never tagged."""
        with self._db.locked() as db:
            return self.tags(db, application, user)

    @staticmethod
    def tags(db: sqlite3.Connection, application: str, user: str) -> Tags:
        """The tags set by userId for a user (empty for one never tagged): their one read."""
        row = db.execute(
            "SELECT tags FROM user_tags WHERE application = ? AND user_id = ?", (application, user)
        ).fetchone()
        tags: Tags = json.loads(row["tags"]) if row else {}
        return tags

    @staticmethod
    def save_tags(db: sqlite3.Connection, application: str, user: str, tags: Tags) -> None:
        """Store a user's tags: their one write."""
        db.execute(
            "INSERT INTO user_tags (application, user_id, tags) VALUES (?, ?, ?)"
            " ON CONFLICT (application, user_id) DO UPDATE SET tags = excluded.tags",
            (application, user, dumps_text(tags)),
        )

    @staticmethod
    def wait_for_device(db: sqlite3.Connection, application: str, hwid: str, user: str) -> None:
        """Keep a registerUser link for a device not registered yet (the registration reads it)."""
        db.execute(
            "INSERT INTO pending_users (application, hwid, user_id) VALUES (?, ?, ?)"
            " ON CONFLICT (application, hwid) DO UPDATE SET user_id = excluded.user_id",
            (application, hwid, user),
        )

    @staticmethod
    def forget_device(db: sqlite3.Connection, application: str, hwid: str) -> None:
        """Drop the link waiting for a device."""
        db.execute(
            "DELETE FROM pending_users WHERE application = ? AND hwid = ?", (application, hwid)
        )

    @staticmethod
    def merge(db: sqlite3.Connection, application: str, old: str, new: str) -> None:
        """Move the old user's waiting links and tags to the new user (the new user's tags win)."""
        merged = {**Users.tags(db, application, old), **Users.tags(db, application, new)}
        db.execute(
            "UPDATE pending_users SET user_id = ? WHERE application = ? AND user_id = ?",
            (new, application, old),
        )
        db.execute(
            "DELETE FROM user_tags WHERE application = ? AND user_id = ?", (application, old)
        )
        if merged:
            Users.save_tags(db, application, new, merged)

    @staticmethod
    def remove_tag(db: sqlite3.Connection, name: str) -> int:
        """Remove a tag from every user; return how many had it."""
        return database.remove_tag(db, "user_tags", name)

    @staticmethod
    def links(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every user link: of registered devices, and those still waiting for their device."""
        rows = db.execute(
            "SELECT application, hwid, user_id FROM devices WHERE user_id IS NOT NULL"
            " UNION SELECT application, hwid, user_id FROM pending_users"
            " WHERE (application, hwid) NOT IN (SELECT application, hwid FROM devices)"
            " ORDER BY application, hwid"
        )
        return [dict(row) for row in rows]

    @staticmethod
    def all_tags(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every user's tags, decoded."""
        rows = db.execute("SELECT * FROM user_tags ORDER BY application, user_id")
        return [{**dict(row), "tags": json.loads(row["tags"])} for row in rows]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every link and every user's tags."""
        database.clear(db, TABLES)

"""The presets table: saved message content (createPreset, getPreset, listPresets, deletePreset),
and what a preset gives a createMessage notification that names it (``notification_fields``).

The rules (the spec's ``mock-presets`` note): a preset belongs to the account of the server token
that created it (another token finds none of them) and gets a code shaped ``XXXXX-XXXXX``; it is
answered with that code and the fields it was created with; an unknown code is 210 ``Preset not
found``. A name may be used twice.
"""

import json
import sqlite3
import time
from collections.abc import Mapping
from typing import Any

from ..errors import argument_error
from ..jsonio import dumps_text
from . import database
from .created_applications import new_code
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS presets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    account TEXT NOT NULL,
    application TEXT,
    preset TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS presets_by_application ON presets (account, application);
"""
TABLES = ("presets",)
NOT_FOUND = "Preset not found"


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


def notification_fields(preset: Mapping[str, Any]) -> dict[str, Any]:
    """The createMessage fields a preset gives a notification that names it: its message as
    ``content``, its ``title`` and ``subtitle``, a URL action as ``link``, its segmentation's
    ``platforms`` and ``filter``, its ``campaignCode`` as ``campaign`` and its send rate."""
    content = preset.get("content") or {}
    action = content.get("action") or {}
    segmentation = preset.get("segmentation") or {}
    fields = {
        "content": content.get("message"),
        "title": content.get("title"),
        "subtitle": content.get("subtitle"),
        "link": (action.get("options") or {}).get("url") if action.get("type") == "url" else None,
        "platforms": segmentation.get("platforms"),
        "filter": segmentation.get("filter"),
        "campaign": preset.get("campaignCode"),
        "send_rate": (preset.get("scheduling") or {}).get("sendRate"),
    }
    return {name: value for name, value in fields.items() if value is not None}


class Presets:
    """The presets of every account."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, account: str, request: Mapping[str, Any]) -> str:
        """createPreset: store the preset's fields (not the token); return its code."""
        code = new_code()
        fields = {k: v for k, v in request.items() if k != "auth"}
        with self._db.locked() as db:
            db.execute(
                "INSERT INTO presets (code, account, application, preset, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (code, account, fields.get("applicationCode"), dumps_text(fields), time.time()),
            )
        return code

    def find(self, account: str, code: str) -> dict[str, Any] | None:
        """The account's preset with this code (its code and fields), or None."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT code, preset FROM presets WHERE account = ? AND code = ?", (account, code)
            ).fetchone()
        return None if row is None else {"code": row["code"], **json.loads(row["preset"])}

    def get(self, account: str, code: str) -> dict[str, Any]:
        """getPreset: the account's preset, or 210 ``Preset not found``."""
        found = self.find(account, code)
        if found is None:
            raise argument_error(NOT_FOUND)
        return found

    def of_application(self, account: str, application: str) -> list[dict[str, Any]]:
        """listPresets: the account's presets of the application, oldest first."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT code, preset FROM presets WHERE account = ? AND application = ?"
                " ORDER BY id",
                (account, application),
            ).fetchall()
        return [{"code": row["code"], **json.loads(row["preset"])} for row in rows]

    def delete(self, account: str, code: str) -> None:
        """deletePreset: forget the account's preset, or 210 ``Preset not found``."""
        with self._db.locked() as db:
            deleted = db.execute(
                "DELETE FROM presets WHERE account = ? AND code = ?", (account, code)
            )
        if deleted.rowcount == 0:
            raise argument_error(NOT_FOUND)

    @staticmethod
    def forget_application(db: sqlite3.Connection, application: str) -> None:
        """Delete a deleted application's presets (in the caller's transaction)."""
        db.execute("DELETE FROM presets WHERE application = ?", (application,))

    @staticmethod
    def all(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every preset, oldest first, with its account, for the snapshot."""
        return [
            {"account": row["account"], "code": row["code"], **json.loads(row["preset"])}
            for row in db.execute("SELECT * FROM presets ORDER BY id")
        ]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Forget every preset."""
        database.clear(db, TABLES)

"""The campaigns table: createCampaign, getCampaigns (paged by cursor) and deleteCampaign.

A campaign belongs to the account of the server token that created it and to an application,
and gets a code shaped ``XXXXX-XXXXX``, which createMessage's ``campaign`` takes (the messages
carrying it are what getCampaignStats counts). The rules (the spec's ``mock-campaigns`` note):
getCampaigns lists the application's campaigns by code, ``limit`` a page (all of them without
it); the cursor is the last code answered, URL-safe base64, and absent on the last page. An
unknown code is 210 ``Campaign not found``.
"""

import base64
import binascii
import sqlite3
import time
from typing import Any

from ..errors import argument_error
from . import database
from .created_applications import new_code
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    code TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    application TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS campaigns_by_application ON campaigns (account, application, code);
"""
TABLES = ("campaigns",)
NOT_FOUND = "Campaign not found"


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


def _cursor(code: str) -> str:
    return base64.urlsafe_b64encode(code.encode()).decode()


def _after(cursor: str | None) -> str:
    """The code a cursor stands for ("" for the first page), or a 210 for a cursor the mock
    never answered."""
    if not cursor:
        return ""
    try:
        return base64.urlsafe_b64decode(cursor.encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError):
        raise argument_error(f"cursor: not a cursor getCampaigns answered: {cursor!r}") from None


class Campaigns:
    """The campaigns of every account."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, account: str, application: str, name: str, description: str | None) -> str:
        """createCampaign: a new campaign of the application; return its code."""
        code = new_code()
        with self._db.locked() as db:
            db.execute(
                "INSERT INTO campaigns (code, account, application, name, description, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (code, account, application, name, description, time.time()),
            )
        return code

    def page(
        self, account: str, application: str, cursor: str | None, limit: int | None
    ) -> dict[str, Any]:
        """getCampaigns: the campaigns after the cursor, ``limit`` of them (all without it), and
        the next page's cursor unless this page is the last."""
        if limit is not None and limit < 1:
            raise argument_error(f"limit: expected 1 or more, got {limit}")
        after = _after(cursor)
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT code, name, description FROM campaigns"
                " WHERE account = ? AND application = ? AND code > ? ORDER BY code LIMIT ?",
                (account, application, after, -1 if limit is None else limit + 1),
            ).fetchall()
        more = limit is not None and len(rows) > limit
        shown = rows[:limit] if more else rows
        campaigns = [
            {
                "code": row["code"],
                "name": row["name"],
                **({} if row["description"] is None else {"description": row["description"]}),
            }
            for row in shown
        ]
        answer: dict[str, Any] = {"campaigns": campaigns}
        if limit is not None:
            answer["limit"] = limit
        if more:
            answer["cursor"] = _cursor(shown[-1]["code"])
        return answer

    def delete(self, account: str, code: str) -> None:
        """deleteCampaign: forget the account's campaign, or 210 ``Campaign not found``."""
        with self._db.locked() as db:
            deleted = db.execute(
                "DELETE FROM campaigns WHERE account = ? AND code = ?", (account, code)
            )
        if deleted.rowcount == 0:
            raise argument_error(NOT_FOUND)

    @staticmethod
    def forget_application(db: sqlite3.Connection, application: str) -> None:
        """Delete a deleted application's campaigns (in the caller's transaction)."""
        db.execute("DELETE FROM campaigns WHERE application = ?", (application,))

    @staticmethod
    def all(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every campaign, by code, for the snapshot."""
        return [dict(row) for row in db.execute("SELECT * FROM campaigns ORDER BY code")]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Forget every campaign."""
        database.clear(db, TABLES)

"""The Remote API's tables: messages, segments (filters) and tag definitions, in the store's SQLite.

A mixin of ``Store``: the same connection, lock and transactions, so a message is committed before
the server answers, and survives a restart with ``--state-file`` like the rest of the state.
"""

import json
import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from .errors import argument_error
from .jsonio import dumps_text

RECORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    method TEXT NOT NULL,
    application TEXT,
    code TEXT,
    status TEXT NOT NULL,
    send_at REAL NOT NULL,
    hwids TEXT NOT NULL,
    notification TEXT NOT NULL,
    transaction_id TEXT,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_code ON messages (code);
CREATE INDEX IF NOT EXISTS messages_by_transaction ON messages (transaction_id);
CREATE TABLE IF NOT EXISTS filters (
    name TEXT PRIMARY KEY,
    application TEXT,
    expression TEXT NOT NULL,
    expiration_date TEXT,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tag_definitions (
    name TEXT PRIMARY KEY,
    type INTEGER NOT NULL,
    user_specific INTEGER NOT NULL,
    application_specific INTEGER NOT NULL,
    created REAL NOT NULL
);
"""
RECORDS_TABLES = ("messages", "filters", "tag_definitions")
TRANSACTION_DAYS = 1
"""How long a transactionId is remembered: the vendor says Pushwoosh keeps it for one day."""
SENT, SCHEDULED, DELETED = "sent", "scheduled", "deleted"


class Records:
    """Messages, segments and tag definitions (mixed into Store, which opens the database)."""

    _db: sqlite3.Connection
    _lock: threading.RLock

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # ---- messages -------------------------------------------------------------------------

    def message_for_transaction(self, transaction_id: str, now: float) -> dict[str, Any] | None:
        """The message a transactionId created within the last day, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM messages WHERE transaction_id = ? AND created > ?"
                " ORDER BY id LIMIT 1",
                (transaction_id, now - TRANSACTION_DAYS * 86400),
            ).fetchone()
        return None if row is None else _message(row, now)

    def add_messages(self, messages: Sequence[Mapping[str, Any]]) -> None:
        """Store the messages of one call together (all of them, or none)."""
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO messages (method, application, code, status, send_at, hwids,"
                " notification, transaction_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        m["method"],
                        m["application"],
                        m["code"],
                        m["status"],
                        m["send_at"],
                        dumps_text(sorted(m["hwids"])),
                        dumps_text(m["notification"]),
                        m["transaction_id"],
                        m["created"],
                    )
                    for m in messages
                ],
            )

    def message(self, code: str, now: float) -> dict[str, Any]:
        """The message with this code, or the recorded 210 ``Message not found``."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM messages WHERE code = ? ORDER BY id LIMIT 1", (code,)
            ).fetchone()
        if row is None:
            raise argument_error("Message not found")
        return _message(row, now)

    def delete_message(self, code: str, now: float) -> None:
        """Delete a scheduled message, so that it is never sent."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT * FROM messages WHERE code = ? ORDER BY id LIMIT 1", (code,)
            ).fetchone()
            if row is None:
                raise argument_error("Message not found")
            status = _message(row, now)["status"]
            if status == SENT:
                raise argument_error(
                    f"Message {code} was sent already: only a scheduled one can be deleted"
                )
            db.execute("UPDATE messages SET status = ? WHERE id = ?", (DELETED, row["id"]))

    def messages(self, now: float | None = None) -> list[dict[str, Any]]:
        """Every message, oldest first, as ``/__mock/messages`` lists them."""
        when = time.time() if now is None else now
        with self._lock:
            rows = self._db.execute("SELECT * FROM messages ORDER BY id").fetchall()
        return [_message(row, when) for row in rows]

    # ---- segments ---------------------------------------------------------------------------

    def add_filter(
        self, name: str, expression: str, application: str | None, expiration_date: str | None
    ) -> None:
        """Create a segment; a name already taken is a 210."""
        with self._lock:
            added = self._db.execute(
                "INSERT INTO filters (name, application, expression, expiration_date, created)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
                (name, application, expression, expiration_date, time.time()),
            )
        if not added.rowcount:
            raise argument_error(f"Filter already exists: {name}")

    def filter_expression(self, name: str) -> str:
        """The expression of a segment, or a 210 naming it."""
        with self._lock:
            row = self._db.execute(
                "SELECT expression FROM filters WHERE name = ?", (name,)
            ).fetchone()
        if row is None:
            raise argument_error(f"Filter not found: {name}")
        expression: str = row["expression"]
        return expression

    def filters(self, application: str | None = None) -> list[dict[str, Any]]:
        """The segments, by name; of one application (and those of none) when given."""
        with self._lock:
            rows = self._db.execute(
                "SELECT name, application, expression, expiration_date FROM filters"
                " WHERE ?1 IS NULL OR application IS NULL OR application = ?1 ORDER BY name",
                (application,),
            ).fetchall()
        return [
            {
                "name": row["name"],
                "filter_expression": row["expression"],
                "application": row["application"],
                "expiration_date": row["expiration_date"],
            }
            for row in rows
        ]

    def delete_filter(self, name: str) -> None:
        """Delete a segment; an unknown name is a 210."""
        with self._lock:
            deleted = self._db.execute("DELETE FROM filters WHERE name = ?", (name,))
        if not deleted.rowcount:
            raise argument_error(f"Filter not found: {name}")

    # ---- tag definitions ----------------------------------------------------------------------

    def add_tag(
        self, name: str, kind: int, *, user_specific: bool, application_specific: bool
    ) -> None:
        """Define a tag; a name already defined is a 210."""
        with self._lock:
            added = self._db.execute(
                "INSERT INTO tag_definitions (name, type, user_specific, application_specific,"
                " created) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
                (name, kind, user_specific, application_specific, time.time()),
            )
        if not added.rowcount:
            raise argument_error(f"Tag already exists: {name}")

    def tag_definitions(self) -> list[dict[str, Any]]:
        """The defined tags, by name."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM tag_definitions ORDER BY name").fetchall()
        return [
            {
                "name": row["name"],
                "type": row["type"],
                "user_specific": bool(row["user_specific"]),
                "application_specific": bool(row["application_specific"]),
            }
            for row in rows
        ]

    def delete_tag(self, name: str) -> None:
        """Remove a tag's definition and its value from every device and user, in one go."""
        with self._transaction() as db:
            deleted = db.execute("DELETE FROM tag_definitions WHERE name = ?", (name,))
            path = "$." + json.dumps(name)
            touched = db.execute(
                "UPDATE devices SET tags = json_remove(tags, ?) WHERE json_type(tags, ?) IS NOT NULL",
                (path, path),
            ).rowcount
            touched += db.execute(
                "UPDATE user_tags SET tags = json_remove(tags, ?) WHERE json_type(tags, ?) IS NOT NULL",
                (path, path),
            ).rowcount
            if not deleted.rowcount and not touched:
                raise argument_error(f"Tag not found: {name}")


def _message(row: sqlite3.Row, now: float) -> dict[str, Any]:
    """A message as listed: a scheduled one whose time has come is sent."""
    status = row["status"]
    if status == SCHEDULED and row["send_at"] <= now:
        status = SENT
    return {
        "id": row["id"],
        "method": row["method"],
        "application": row["application"],
        "code": row["code"],
        "status": status,
        "send_at": row["send_at"],
        "hwids": json.loads(row["hwids"]),
        "notification": json.loads(row["notification"]),
        "transaction_id": row["transaction_id"],
        "created": row["created"],
    }

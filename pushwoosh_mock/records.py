"""The Remote API's tables: messages, segments (filters) and tag definitions, in the store's SQLite.

A mixin of ``Store``: the same connection, lock and transactions, so a message is committed before
the server answers, and survives a restart with ``--state-file`` like the rest of the state.
"""

import hashlib
import json
import sqlite3
import threading
import time
import zlib
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from .errors import argument_error
from .jsonio import dumps_text

RECORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    method TEXT NOT NULL,
    application TEXT,
    code TEXT,
    status TEXT NOT NULL,
    send_at REAL NOT NULL,
    recipients INTEGER NOT NULL,
    notification TEXT NOT NULL,
    transaction_id TEXT,
    transaction_key TEXT,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_code ON messages (account, code);
CREATE UNIQUE INDEX IF NOT EXISTS messages_by_transaction ON messages (transaction_key);
CREATE INDEX IF NOT EXISTS messages_by_recipients ON messages (recipients);
CREATE TABLE IF NOT EXISTS recipient_sets (
    id INTEGER PRIMARY KEY,
    digest BLOB NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    hwids BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS filters (
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    application TEXT,
    expression TEXT NOT NULL,
    expiration_date TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (account, name)
);
CREATE TABLE IF NOT EXISTS tag_definitions (
    name TEXT PRIMARY KEY,
    type INTEGER NOT NULL,
    user_specific INTEGER NOT NULL,
    application_specific INTEGER NOT NULL,
    created REAL NOT NULL
);
"""
"""Messages point at their recipients: a sorted hwid list stored once however many messages
reach it (zlib-compressed JSON, found by digest). A transactionId is remembered by its
``transaction_key`` (server token, method, application and id), unique: one message per key."""
RECORDS_TABLES = ("messages", "recipient_sets", "filters", "tag_definitions")
TRANSACTION_DAYS = 1
"""How long a transactionId is remembered: the vendor says Pushwoosh keeps it for one day."""
MESSAGES_KEPT = 10_000
"""The newest messages kept; older ones are forgotten (with their transactionIds)."""
RECIPIENTS_KEPT = 1_000_000
"""The hwids the kept messages' distinct recipient lists hold together at most; past it the
oldest messages are forgotten, but never the newest."""
SENT, SCHEDULED, DELETED = "sent", "scheduled", "deleted"
SHOWN_CHARACTERS = 40
"""How much of a value an error message quotes."""


def quoted(value: object) -> str:
    """A value as an error message shows it: quoted, and cut after ``SHOWN_CHARACTERS``."""
    text = value if isinstance(value, str) else json.dumps(value)
    if len(text) > SHOWN_CHARACTERS:
        return repr(text[:SHOWN_CHARACTERS]) + "…"
    return repr(text)


def account_of(server_token: str) -> str:
    """The account a server token stands for, as the state keeps it (a digest, not the token)."""
    return hashlib.sha256(server_token.encode()).hexdigest()[:16]


def _transaction_key(message: Mapping[str, Any]) -> str | None:
    """The unique key of a message's transactionId: per server token, method and application."""
    if message.get("transaction_id") is None:
        return None
    return dumps_text(
        [
            message.get("account", ""),
            message["method"],
            message["application"],
            message["transaction_id"],
        ]
    )


def _recipients(hwids: Sequence[str]) -> tuple[bytes, int, bytes]:
    """A recipient list as stored: its digest, its size, and the compressed sorted hwids."""
    encoded = dumps_text(sorted(hwids)).encode()
    return hashlib.sha256(encoded).digest(), len(hwids), zlib.compress(encoded, 6)


def upgrade(db: sqlite3.Connection) -> None:
    """Bring the Remote API's tables of a state file of release 1.0.0 to this schema: messages
    keep their recipients; they and the segments belong to no server token (1.0.0 kept none)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
    if not columns or "account" in columns:
        return
    db.executescript(
        "DROP INDEX IF EXISTS messages_by_code; DROP INDEX IF EXISTS messages_by_transaction;"
        " ALTER TABLE messages RENAME TO messages_1; ALTER TABLE filters RENAME TO filters_1;"
        + RECORDS_SCHEMA
    )
    for row in db.execute("SELECT * FROM messages_1 ORDER BY id").fetchall():
        digest, size, hwids = _recipients(json.loads(row["hwids"]))
        db.execute(
            "INSERT INTO recipient_sets (digest, size, hwids) VALUES (?, ?, ?)"
            " ON CONFLICT (digest) DO NOTHING",
            (digest, size, hwids),
        )
        db.execute(
            "INSERT INTO messages (id, account, method, application, code, status, send_at,"
            " recipients, notification, transaction_id, created) VALUES (?, '', ?, ?, ?, ?, ?,"
            " (SELECT id FROM recipient_sets WHERE digest = ?), ?, ?, ?)",
            (
                row["id"],
                row["method"],
                row["application"],
                row["code"],
                row["status"],
                row["send_at"],
                digest,
                row["notification"],
                row["transaction_id"],
                row["created"],
            ),
        )
    db.execute(
        "INSERT INTO filters (account, name, application, expression, expiration_date, created)"
        " SELECT '', name, application, expression, expiration_date, created FROM filters_1"
    )
    db.executescript("DROP TABLE messages_1; DROP TABLE filters_1;")


class Records:
    """Messages, segments and tag definitions (mixed into Store, which opens the database).

    Messages and segments belong to an account (``account_of`` a server token): another token
    finds none of them, as it finds an unknown code or name.
    """

    _db: sqlite3.Connection
    _lock: threading.RLock
    messages_kept = MESSAGES_KEPT
    recipients_kept = RECIPIENTS_KEPT

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # ---- messages -------------------------------------------------------------------------

    def add_messages(self, messages: Sequence[Mapping[str, Any]]) -> list[tuple[str | None, bool]]:
        """Store the messages of one call together; return each one's code and whether it was
        stored. A message whose transactionId (per account, method and application) created one
        within the last day is not stored: the earlier message's code is returned. The check
        and the insert are one transaction on one unique key, whatever runs at the same time."""
        rows = [(m, _transaction_key(m), _recipients(m["hwids"])) for m in messages]
        results: list[tuple[str | None, bool]] = []
        with self._transaction() as db:
            for message, key, (digest, size, hwids) in rows:
                if key is not None:
                    earlier = db.execute(
                        "SELECT id, code, created FROM messages WHERE transaction_key = ?", (key,)
                    ).fetchone()
                    if earlier is not None:
                        if earlier["created"] > message["created"] - TRANSACTION_DAYS * 86400:
                            results.append((earlier["code"], False))
                            continue
                        db.execute(
                            "UPDATE messages SET transaction_key = NULL WHERE id = ?",
                            (earlier["id"],),
                        )
                db.execute(
                    "INSERT INTO recipient_sets (digest, size, hwids) VALUES (?, ?, ?)"
                    " ON CONFLICT (digest) DO NOTHING",
                    (digest, size, hwids),
                )
                db.execute(
                    "INSERT INTO messages (account, method, application, code, status, send_at,"
                    " recipients, notification, transaction_id, transaction_key, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM recipient_sets WHERE digest = ?),"
                    " ?, ?, ?, ?)",
                    (
                        message.get("account", ""),
                        message["method"],
                        message["application"],
                        message["code"],
                        message["status"],
                        message["send_at"],
                        digest,
                        dumps_text(message["notification"]),
                        message["transaction_id"],
                        key,
                        message["created"],
                    ),
                )
                results.append((message["code"], True))
            self._forget_oldest(db)
        return results

    def _forget_oldest(self, db: sqlite3.Connection) -> None:
        """Keep the newest ``messages_kept`` messages, and only as many of them as keep the
        distinct recipient lists within ``recipients_kept`` hwids (the newest always stays)."""
        (count,) = db.execute("SELECT COUNT(*) FROM messages").fetchone()
        if count > self.messages_kept:
            db.execute(
                "DELETE FROM messages WHERE id <= (SELECT id FROM messages ORDER BY id DESC"
                " LIMIT 1 OFFSET ?)",
                (self.messages_kept,),
            )
        (held,) = db.execute("SELECT COALESCE(SUM(size), 0) FROM recipient_sets").fetchone()
        if held > self.recipients_kept:
            # Each list counts once, at the newest message that reaches it; the first list,
            # newest first, that takes the sum past the bound is where the history ends.
            row = db.execute(
                "SELECT newest FROM (SELECT newest, SUM(size) OVER (ORDER BY newest DESC) AS held"
                " FROM (SELECT MAX(m.id) AS newest, r.size FROM messages m"
                " JOIN recipient_sets r ON r.id = m.recipients GROUP BY m.recipients))"
                " WHERE held > ? AND newest < (SELECT MAX(id) FROM messages)"
                " ORDER BY newest DESC LIMIT 1",
                (self.recipients_kept,),
            ).fetchone()
            if row is not None:
                db.execute("DELETE FROM messages WHERE id <= ?", (row["newest"],))
        if count > self.messages_kept or held > self.recipients_kept:
            db.execute(
                "DELETE FROM recipient_sets WHERE id NOT IN (SELECT recipients FROM messages)"
            )

    def _message_row(self, account: str, code: str) -> sqlite3.Row:
        """The message of an account with this code, or the recorded 210 ``Message not found``."""
        row: sqlite3.Row | None = self._db.execute(
            "SELECT m.*, r.size FROM messages m JOIN recipient_sets r ON r.id = m.recipients"
            " WHERE m.account = ? AND m.code = ? ORDER BY m.id LIMIT 1",
            (account, code),
        ).fetchone()
        if row is None:
            raise argument_error("Message not found")
        return row

    def message(self, account: str, code: str, now: float) -> dict[str, Any]:
        """The message of an account with this code (``devices``: how many it reaches), or the
        recorded 210 ``Message not found``."""
        with self._lock:
            row = self._message_row(account, code)
        return {**_message(row, now, None), "devices": row["size"]}

    def delete_message(self, account: str, code: str, now: float) -> None:
        """Delete a scheduled message of an account, so that it is never sent."""
        with self._transaction() as db:
            row = self._message_row(account, code)
            if _message(row, now, None)["status"] == SENT:
                raise argument_error(
                    f"Message {code} was sent already: only a scheduled one can be deleted"
                )
            db.execute("UPDATE messages SET status = ? WHERE id = ?", (DELETED, row["id"]))

    def messages(self, now: float | None = None) -> list[dict[str, Any]]:
        """Every message kept, oldest first, as ``/__mock/messages`` lists them."""
        when = time.time() if now is None else now
        with self._lock:
            rows = self._db.execute("SELECT * FROM messages ORDER BY id").fetchall()
            lists = {
                row["id"]: row["hwids"]
                for row in self._db.execute("SELECT id, hwids FROM recipient_sets")
            }
        decoded: dict[int, list[str]] = {}
        for row in rows:
            if row["recipients"] not in decoded:
                decoded[row["recipients"]] = json.loads(zlib.decompress(lists[row["recipients"]]))
        return [_message(row, when, decoded[row["recipients"]]) for row in rows]

    # ---- segments ---------------------------------------------------------------------------

    def add_filter(
        self,
        account: str,
        name: str,
        expression: str,
        application: str | None,
        expiration_date: str | None,
    ) -> None:
        """Create a segment of an account; a name the account has taken is a 210."""
        with self._lock:
            added = self._db.execute(
                "INSERT INTO filters (account, name, application, expression, expiration_date,"
                " created) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account, name) DO NOTHING",
                (account, name, application, expression, expiration_date, time.time()),
            )
        if not added.rowcount:
            raise argument_error(f"Filter already exists: {name}")

    def filter_expression(self, account: str, name: str) -> str | None:
        """The expression of an account's segment, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT expression FROM filters WHERE account = ? AND name = ?", (account, name)
            ).fetchone()
        return None if row is None else str(row["expression"])

    def filters(
        self, account: str | None = None, application: str | None = None
    ) -> list[dict[str, Any]]:
        """The segments by name: of an account (of every one, for None); of one application
        (and those of none) when given."""
        query = "SELECT name, application, expression, expiration_date FROM filters"
        where, args = [], []
        if account is not None:
            where.append("account = ?")
            args.append(account)
        if application is not None:
            where.append("(application IS NULL OR application = ?)")
            args.append(application)
        if where:
            query += " WHERE " + " AND ".join(where)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY name, account", args).fetchall()
        return [
            {
                "name": row["name"],
                "filter_expression": row["expression"],
                "application": row["application"],
                "expiration_date": row["expiration_date"],
            }
            for row in rows
        ]

    def delete_filter(self, account: str, name: str) -> None:
        """Delete an account's segment; an unknown name is a 210."""
        with self._lock:
            deleted = self._db.execute(
                "DELETE FROM filters WHERE account = ? AND name = ?", (account, name)
            )
        if not deleted.rowcount:
            raise argument_error(f"Filter not found: {quoted(name)}")

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
        """Remove a tag's definition and its value from every device and user, in one go.

        SQLite's ``json_remove`` does it in C when a JSON path can name the key: a quoted label
        of the raw text (``$."Städte"``), for a name that JSON stores unescaped (SQLite does not
        read escapes in a label). A name with a quote, a backslash or a control character is
        found by key (``json_each``) and removed in Python.
        """
        with self._transaction() as db:
            deleted = db.execute("DELETE FROM tag_definitions WHERE name = ?", (name,)).rowcount
            for table in ("devices", "user_tags"):
                deleted += _remove_key(db, table, name)
            if not deleted:
                raise argument_error(f"Tag not found: {name}")


def _remove_key(db: sqlite3.Connection, table: str, name: str) -> int:
    """Remove one key from the ``tags`` of every row of a table that has it; return how many."""
    if dumps_text(name)[1:-1] == name:  # stored as is: a label can name it
        path = f'$."{name}"'
        removed: int = db.execute(
            f"UPDATE {table} SET tags = json_remove(tags, ?) WHERE json_type(tags, ?) IS NOT NULL",
            (path, path),
        ).rowcount
        return removed
    rows = [
        (dumps_text({k: v for k, v in json.loads(tags).items() if k != name}), rowid)
        for rowid, tags in db.execute(
            f"SELECT rowid, tags FROM {table}"
            " WHERE EXISTS (SELECT 1 FROM json_each(tags) WHERE key = ?)",
            (name,),
        )
    ]
    db.executemany(f"UPDATE {table} SET tags = ? WHERE rowid = ?", rows)
    return len(rows)


def _message(row: sqlite3.Row, now: float, hwids: list[str] | None) -> dict[str, Any]:
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
        "hwids": hwids,
        "notification": json.loads(row["notification"]),
        "transaction_id": row["transaction_id"],
        "created": row["created"],
    }

"""The mock's state in SQLite: one code path for ``:memory:`` and for a file that survives restarts.

Every change runs in one ``BEGIN IMMEDIATE`` transaction under a lock and is committed before the
server answers, so an acknowledged change is never lost (WAL journal on files) and concurrent
changes of one tag never interleave.
"""

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .tags import Tags, apply_changes

EMAIL_DEVICE_TYPE = 14

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    code TEXT PRIMARY KEY,
    first_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    application TEXT NOT NULL,
    hwid TEXT NOT NULL,
    push_token TEXT,
    device_type INTEGER,
    language TEXT,
    timezone TEXT,
    email TEXT,
    badge INTEGER,
    tags TEXT NOT NULL DEFAULT '{}',
    registered INTEGER NOT NULL DEFAULT 1,
    fields TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (application, hwid)
);
CREATE TABLE IF NOT EXISTS user_links (
    application TEXT NOT NULL,
    hwid TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (application, hwid)
);
CREATE INDEX IF NOT EXISTS user_links_by_user ON user_links (application, user_id);
CREATE TABLE IF NOT EXISTS user_tags (
    application TEXT NOT NULL,
    user_id TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (application, user_id)
);
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
TABLES = ("applications", "devices", "user_links", "user_tags", "events")


class DeviceNotFound(LookupError):
    """The call names a device that was never registered."""

    def __init__(self, hwid: str) -> None:
        super().__init__(f"Device not found: {hwid}")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store:
    """Devices, users, tags and events of every application, in one SQLite database."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            str(path) if path else ":memory:", isolation_level=None, check_same_thread=False
        )
        self._db.row_factory = sqlite3.Row
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one immediate transaction: all of it is committed, or none."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # ---- applications ---------------------------------------------------------------------

    def touch_application(self, code: str) -> None:
        """Record that an application code was used."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO applications (code, first_seen) VALUES (?, ?)",
                (code, time.time()),
            )

    # ---- devices --------------------------------------------------------------------------

    def _device(self, db: sqlite3.Connection, application: str, hwid: str) -> sqlite3.Row:
        row: sqlite3.Row | None = db.execute(
            "SELECT * FROM devices WHERE application = ? AND hwid = ?", (application, hwid)
        ).fetchone()
        if row is None:
            raise DeviceNotFound(hwid)
        return row

    def _link_user(self, db: sqlite3.Connection, application: str, hwid: str, user: str) -> None:
        db.execute(
            "INSERT INTO user_links (application, hwid, user_id) VALUES (?, ?, ?) "
            "ON CONFLICT (application, hwid) DO UPDATE SET user_id = excluded.user_id",
            (application, hwid, user),
        )

    def register_device(self, request: Mapping[str, Any]) -> None:
        """Create the device or update it; an email subscriber's hwid is its address."""
        application = request["application"]
        hwid = request.get("hwid") or request["email"]
        device_type = request.get("device_type")
        if device_type is None and "hwid" not in request:
            device_type = EMAIL_DEVICE_TYPE
        now = time.time()
        with self._transaction() as db:
            try:
                row = self._device(db, application, hwid)
                tags, fields = json.loads(row["tags"]), json.loads(row["fields"])
            except DeviceNotFound:
                row, tags, fields = None, {}, {}
            tags = apply_changes(tags, request.get("tags") or {})
            fields.update({k: v for k, v in request.items() if k != "tags"})
            values = {
                "push_token": request.get("push_token", row["push_token"] if row else None),
                "device_type": device_type
                if device_type is not None
                else row and row["device_type"],
                "language": request.get("language", row["language"] if row else None),
                "timezone": _dumps(request["timezone"])
                if "timezone" in request
                else (row["timezone"] if row else None),
                "email": request.get("email", row["email"] if row else None),
            }
            db.execute(
                "INSERT INTO devices (application, hwid, push_token, device_type, language,"
                " timezone, email, tags, registered, fields, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"
                " ON CONFLICT (application, hwid) DO UPDATE SET push_token = excluded.push_token,"
                " device_type = excluded.device_type, language = excluded.language,"
                " timezone = excluded.timezone, email = excluded.email, tags = excluded.tags,"
                " registered = 1, fields = excluded.fields, updated = excluded.updated",
                (
                    application,
                    hwid,
                    values["push_token"],
                    values["device_type"],
                    values["language"],
                    values["timezone"],
                    values["email"],
                    _dumps(tags),
                    _dumps(fields),
                    now,
                    now,
                ),
            )
            if request.get("userId"):
                self._link_user(db, application, hwid, request["userId"])

    def unregister_device(self, application: str, hwid: str) -> None:
        """Remove the device's push token; the device and its tags stay."""
        with self._transaction() as db:
            self._device(db, application, hwid)
            db.execute(
                "UPDATE devices SET push_token = NULL, registered = 0, updated = ?"
                " WHERE application = ? AND hwid = ?",
                (time.time(), application, hwid),
            )

    def set_badge(self, application: str, hwid: str, badge: int) -> None:
        """Store the device's badge."""
        with self._transaction() as db:
            self._device(db, application, hwid)
            db.execute(
                "UPDATE devices SET badge = ?, updated = ? WHERE application = ? AND hwid = ?",
                (badge, time.time(), application, hwid),
            )

    def device(self, application: str, hwid: str) -> dict[str, Any]:
        """Return one device as a plain dict (tags decoded)."""
        with self._lock:
            return _device_dict(self._device(self._db, application, hwid))

    # ---- tags -----------------------------------------------------------------------------

    def set_device_tags(self, application: str, hwid: str, changes: Mapping[str, Any]) -> None:
        """Apply tag changes to one device."""
        with self._transaction() as db:
            row = self._device(db, application, hwid)
            tags = apply_changes(json.loads(row["tags"]), changes)
            db.execute(
                "UPDATE devices SET tags = ?, updated = ? WHERE application = ? AND hwid = ?",
                (_dumps(tags), time.time(), application, hwid),
            )

    def set_user_tags(self, application: str, user: str, changes: Mapping[str, Any]) -> int:
        """Apply tag changes to the user and every device of the user; return the device count."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT tags FROM user_tags WHERE application = ? AND user_id = ?",
                (application, user),
            ).fetchone()
            user_tags = apply_changes(json.loads(row["tags"]) if row else {}, changes)
            db.execute(
                "INSERT INTO user_tags (application, user_id, tags) VALUES (?, ?, ?)"
                " ON CONFLICT (application, user_id) DO UPDATE SET tags = excluded.tags",
                (application, user, _dumps(user_tags)),
            )
            devices = db.execute(
                "SELECT d.hwid, d.tags FROM devices d JOIN user_links u"
                " ON u.application = d.application AND u.hwid = d.hwid"
                " WHERE u.application = ? AND u.user_id = ?",
                (application, user),
            ).fetchall()
            now = time.time()
            for device in devices:
                tags = apply_changes(json.loads(device["tags"]), changes)
                db.execute(
                    "UPDATE devices SET tags = ?, updated = ? WHERE application = ? AND hwid = ?",
                    (_dumps(tags), now, application, device["hwid"]),
                )
            return len(devices)

    def device_tags(self, application: str, hwid: str) -> Tags:
        """Return the tags of one device."""
        with self._lock:
            tags: Tags = json.loads(self._device(self._db, application, hwid)["tags"])
            return tags

    def user_tags(self, application: str, user: str) -> Tags:
        """Return the tags set by userId for a user; empty for a user never tagged."""
        with self._lock:
            row = self._db.execute(
                "SELECT tags FROM user_tags WHERE application = ? AND user_id = ?",
                (application, user),
            ).fetchone()
            tags: Tags = json.loads(row["tags"]) if row else {}
            return tags

    # ---- users and events -----------------------------------------------------------------

    def register_user(self, application: str, hwid: str, user: str) -> None:
        """Link a user to a device, registered or not yet."""
        with self._transaction() as db:
            self._link_user(db, application, hwid, user)

    def devices_of_user(self, application: str, user: str) -> list[str]:
        """Return the hwids linked to a user."""
        with self._lock:
            rows = self._db.execute(
                "SELECT hwid FROM user_links WHERE application = ? AND user_id = ? ORDER BY hwid",
                (application, user),
            ).fetchall()
            return [row["hwid"] for row in rows]

    def require_device(self, application: str, hwid: str) -> None:
        """Raise DeviceNotFound unless the device was registered."""
        with self._lock:
            self._device(self._db, application, hwid)

    def record_event(
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
        with self._transaction() as db:
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
                    None if attributes is None else _dumps(attributes),
                    code,
                    time.time(),
                ),
            )
        return code

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Return the recorded events, oldest first, optionally of one kind."""
        with self._lock:
            query, args = "SELECT * FROM events", tuple[str, ...]()
            if kind is not None:
                query, args = query + " WHERE kind = ?", (kind,)
            rows = self._db.execute(query + " ORDER BY id", args).fetchall()
        return [
            {
                **dict(row),
                "attributes": json.loads(row["attributes"]) if row["attributes"] else None,
            }
            for row in rows
        ]

    # ---- whole state ----------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Return the whole state as JSON-ready data."""
        with self._lock:
            devices = [_device_dict(r) for r in self._db.execute("SELECT * FROM devices")]
            links = self._db.execute("SELECT * FROM user_links ORDER BY application, hwid")
            user_tags = self._db.execute("SELECT * FROM user_tags ORDER BY application, user_id")
            apps = self._db.execute("SELECT code FROM applications ORDER BY code")
            return {
                "applications": [row["code"] for row in apps],
                "devices": devices,
                "users": [dict(row) for row in links],
                "user_tags": [{**dict(r), "tags": json.loads(r["tags"])} for r in user_tags],
                "events": self.events(),
            }

    def reset(self) -> None:
        """Delete everything."""
        with self._transaction() as db:
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")


def _device_dict(row: sqlite3.Row) -> dict[str, Any]:
    device = dict(row)
    device["tags"] = json.loads(row["tags"])
    device["fields"] = json.loads(row["fields"])
    device["timezone"] = json.loads(row["timezone"]) if row["timezone"] is not None else None
    device["registered"] = bool(row["registered"])
    return device

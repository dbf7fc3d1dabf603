"""The mock's state in SQLite: one code path for ``:memory:`` and for a file that survives restarts.

Every change is committed before the server answers, so an acknowledged change is never lost (WAL
journal on files). All access goes through one connection under one lock, so a read-compute-write
(tags are computed by ``tags.apply_changes``, the one home of tag semantics) never interleaves
with another change; a change of several rows runs in one ``BEGIN IMMEDIATE`` transaction.
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

from .errors import device_not_found
from .jsonio import dumps_text
from .records import RECORDS_SCHEMA, RECORDS_TABLES, Records, upgrade
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
    user_id TEXT,
    badge TEXT,
    tags TEXT NOT NULL DEFAULT '{}',
    registered INTEGER NOT NULL DEFAULT 1,
    fields TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (application, hwid)
);
CREATE INDEX IF NOT EXISTS devices_by_user ON devices (application, user_id);
CREATE INDEX IF NOT EXISTS devices_by_push_token ON devices (application, push_token);
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
CREATE TABLE IF NOT EXISTS seeds (
    operation TEXT PRIMARY KEY,
    response TEXT NOT NULL
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
MEMORY_PAGE_SIZE = 32768
"""SQLite page size of an in-memory state (a file keeps SQLite's default, for small WAL writes)."""
STATE_VERSION = 2
"""Written into the state file's header (``PRAGMA user_version``); the write also takes the lock.
2: messages and segments per server token, recipient lists stored once (``records.upgrade``)."""
AUDIENCE_CHUNK = 1000
"""Devices read under the lock at a time when a push reads a whole application: other clients
wait for one such read at most, however many devices there are."""
AUDIENCE_COLUMNS = "application, hwid, push_token, device_type, user_id, registered, tags"
TABLES = (
    "applications",
    "devices",
    "pending_users",
    "user_tags",
    "seeds",
    "events",
    *RECORDS_TABLES,
)


class StateFileError(Exception):
    """The state file cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"state file {path}: {reason}")
        self.path = path
        self.reason = reason


def _state_file_problem(path: Path, error: sqlite3.Error) -> str:
    """Say in a few words why SQLite could not use a state file."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return "in use by another process (one mock per state file)"
    if "not a database" in text or "malformed" in text:
        return "not a SQLite database, or corrupt"
    if "readonly" in text or "read-only" in text:
        return "read-only: the mock must write its state"
    if "unable to open" in text:
        parent = path.parent
        if not parent.is_dir():
            return f"its directory {parent} does not exist"
        return "cannot be opened (permissions?)"
    return text


INSERT_DEVICE = (
    "INSERT INTO devices (push_token, device_type, language, timezone, email,"
    " user_id, fields, created, updated, application, hwid, tags)"
    " VALUES (?1, ?2, ?3, ?4, ?5, COALESCE(?6, (SELECT user_id FROM pending_users"
    " WHERE application = ?9 AND hwid = ?10)), ?7, ?8, ?8, ?9, ?10, ?11)"
)
"""A registration's row (values from ``Store._registration``); a waiting registerUser link
gives the user when the call names none."""
INSERT_NEW_DEVICE = f"{INSERT_DEVICE} ON CONFLICT (application, hwid) DO NOTHING"
"""A registration of a device not stored yet; changes nothing (rowcount 0) for one that is."""


class Store(Records):
    """Devices, users, tags, events and (from Records) messages, segments and tag definitions of
    every application, in one SQLite database."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            self._db = self._open(path)
        except sqlite3.Error as exc:
            assert path is not None  # an in-memory database has no file to fail
            raise StateFileError(path, _state_file_problem(path, exc)) from None
        self._applications = {row[0] for row in self._db.execute("SELECT code FROM applications")}

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        """Open the database; a file is locked for this process alone until it closes."""
        db = sqlite3.connect(
            str(path) if path else ":memory:",
            isolation_level=None,
            check_same_thread=False,
            timeout=0,
        )
        db.row_factory = sqlite3.Row
        try:
            if path:
                # One process per file: a second mock on it would interleave its writes with
                # ours and lose acknowledged changes. EXCLUSIVE holds SQLite's own lock until
                # close; the write below takes it at start, so a second process fails at once.
                db.execute("PRAGMA locking_mode=EXCLUSIVE")
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(f"PRAGMA user_version={STATE_VERSION}")
            else:
                # Nothing to recover after a crash, so no rollback journal (writes copy no pages);
                # big pages: inserting at random keys splits pages half as often (measured: a new
                # device costs 4.5 µs instead of 10 µs at 150,000 devices; bench/RESULTS.md).
                db.execute(f"PRAGMA page_size={MEMORY_PAGE_SIZE}")
                db.execute("PRAGMA journal_mode=OFF")
            db.executescript(SCHEMA)
            upgrade(db)
            db.executescript(RECORDS_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one immediate transaction: all of it is committed together.

        A block computes every change before its first write, so an argument error leaves the
        state untouched even in memory, where there is no rollback journal. A block that writes
        one statement needs only the lock: SQLite makes a statement atomic and durable on its own.
        """
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
        """Record that an application code was used (known codes cost no query)."""
        if code in self._applications:
            return
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO applications (code, first_seen) VALUES (?, ?)",
                (code, time.time()),
            )
        self._applications.add(code)

    # ---- devices --------------------------------------------------------------------------

    def _device(self, db: sqlite3.Connection, application: str, hwid: str) -> sqlite3.Row:
        row: sqlite3.Row | None = db.execute(
            "SELECT * FROM devices WHERE application = ? AND hwid = ?", (application, hwid)
        ).fetchone()
        if row is None:
            raise device_not_found(hwid)
        return row

    def register_device(self, request: Mapping[str, Any]) -> None:
        """Create the device or update it; an email subscriber's hwid is its address.

        Fields absent from the request keep their stored values; tags are applied as changes.
        """
        hwid = request.get("hwid") or request["email"]
        device_type = request.get("device_type")
        if device_type is None and "hwid" not in request:
            device_type = EMAIL_DEVICE_TYPE
        device = {**request, "hwid": hwid, "device_type": device_type}
        with self._lock:
            self._upsert_device(
                self._db,
                request["application"],
                device,
                request.get("tags") or {},
                request.get("userId") or None,
            )

    def _upsert_device(
        self,
        db: sqlite3.Connection,
        application: str,
        device: Mapping[str, Any],
        changes: Mapping[str, Any],
        user: str | None,
    ) -> None:
        """Create or update one device (see ``_plan_device``): a new device costs one INSERT
        (its tags are the changes applied to none); only an existing one is read and updated."""
        try:
            fresh = self._registration(application, device, apply_changes({}, changes), user)
        except Exception:  # a clash on no tags: the full path raises it (or, on stored tags, not)
            fresh = None
        if fresh is None or not db.execute(INSERT_NEW_DEVICE, fresh).rowcount:
            self._write_device(db, self._plan_device(db, application, device, changes, user))

    def _plan_device(
        self,
        db: sqlite3.Connection,
        application: str,
        device: Mapping[str, Any],
        changes: Mapping[str, Any],
        user: str | None,
    ) -> tuple[Any, ...]:
        """Compute one registration, the one home of what a registration does (registerDevice,
        registerEmail, multiRegisterDevice), without writing: a clash raises here, before any
        write of the call (an in-memory state has no rollback journal).

        Absent fields keep their stored values, the tags get the changes, the user is the given
        one, else the stored one, else a registerUser link waiting for this hwid.
        """
        row = db.execute(
            "SELECT tags FROM devices WHERE application = ? AND hwid = ?",
            (application, device["hwid"]),
        ).fetchone()
        tags = apply_changes(json.loads(row["tags"]) if row else {}, changes)
        return self._registration(application, device, tags, user)

    @staticmethod
    def _registration(
        application: str, device: Mapping[str, Any], tags: Tags, user: str | None
    ) -> tuple[Any, ...]:
        """The values ``_write_device`` (and ``INSERT_NEW_DEVICE``) write for a registration."""
        timezone = device.get("timezone")
        return (
            device.get("push_token"),
            device.get("device_type"),
            device.get("language"),
            None if timezone is None else dumps_text(timezone),
            device.get("email"),
            user,
            dumps_text({k: v for k, v in device.items() if k != "tags"}),
            time.time(),
            application,
            device["hwid"],
            dumps_text(tags),
        )

    @staticmethod
    def _write_device(db: sqlite3.Connection, planned: tuple[Any, ...]) -> None:
        """Write a registration that ``_plan_device`` computed."""
        db.execute(
            f"{INSERT_DEVICE} ON CONFLICT (application, hwid) DO UPDATE SET"
            " push_token = COALESCE(excluded.push_token, push_token),"
            " device_type = COALESCE(excluded.device_type, device_type),"
            " language = COALESCE(excluded.language, language),"
            " timezone = COALESCE(excluded.timezone, timezone),"
            " email = COALESCE(excluded.email, email),"
            " user_id = COALESCE(?6, user_id), fields = json_patch(fields, excluded.fields),"
            " updated = excluded.updated, registered = 1, tags = excluded.tags",
            planned,
        )

    def _update_device(self, application: str, hwid: str, assignments: str, *values: Any) -> None:
        """Run one ``UPDATE devices SET <assignments>`` on a device; Device not found if none."""
        with self._lock:
            updated = self._db.execute(
                f"UPDATE devices SET {assignments}, updated = ? WHERE application = ? AND hwid = ?",
                (*values, time.time(), application, hwid),
            )
        if updated.rowcount == 0:
            raise device_not_found(hwid)

    def unregister_device(self, application: str, hwid: str) -> None:
        """Remove the device's push token; the device and its tags stay."""
        self._update_device(application, hwid, "push_token = NULL, registered = 0")

    def set_badge(self, application: str, hwid: str, badge: int) -> None:
        """Store the device's badge (as text: JSON integers may exceed SQLite's 64 bits)."""
        self._update_device(application, hwid, "badge = ?", str(badge))

    def device(self, application: str, hwid: str) -> dict[str, Any]:
        """Return one device as a plain dict (tags decoded)."""
        with self._lock:
            return _device_dict(self._device(self._db, application, hwid))

    # ---- tags -----------------------------------------------------------------------------

    def set_device_tags(self, application: str, hwid: str, changes: Mapping[str, Any]) -> None:
        """Apply tag changes to one device."""
        with self._lock:
            tags = apply_changes(
                json.loads(self._device(self._db, application, hwid)["tags"]), changes
            )
            self._update_device(application, hwid, "tags = ?", dumps_text(tags))

    @staticmethod
    def _user_tags(db: sqlite3.Connection, application: str, user: str) -> Tags:
        """The tags set by userId for a user (empty for one never tagged): their one read."""
        row = db.execute(
            "SELECT tags FROM user_tags WHERE application = ? AND user_id = ?", (application, user)
        ).fetchone()
        tags: Tags = json.loads(row["tags"]) if row else {}
        return tags

    @staticmethod
    def _save_user_tags(db: sqlite3.Connection, application: str, user: str, tags: Tags) -> None:
        """Store a user's tags: their one write."""
        db.execute(
            "INSERT INTO user_tags (application, user_id, tags) VALUES (?, ?, ?)"
            " ON CONFLICT (application, user_id) DO UPDATE SET tags = excluded.tags",
            (application, user, dumps_text(tags)),
        )

    def set_user_tags(self, application: str, user: str, changes: Mapping[str, Any]) -> int:
        """Apply tag changes to the user and every device of the user; return the device count."""
        with self._transaction() as db:
            user_tags = apply_changes(self._user_tags(db, application, user), changes)
            devices = [
                (dumps_text(apply_changes(json.loads(device["tags"]), changes)), device["hwid"])
                for device in db.execute(
                    "SELECT hwid, tags FROM devices WHERE application = ? AND user_id = ?",
                    (application, user),
                )
            ]  # every change computed (and any clash raised) before the first write
            self._save_user_tags(db, application, user, user_tags)
            now = time.time()
            db.executemany(
                "UPDATE devices SET tags = ?, updated = ? WHERE application = ? AND hwid = ?",
                [(tags, now, application, hwid) for tags, hwid in devices],
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
            return self._user_tags(self._db, application, user)

    # ---- users and events -----------------------------------------------------------------

    def register_user(self, application: str, hwid: str, user: str) -> None:
        """Link a user to a device; a device not registered yet gets the user when it registers."""
        with self._transaction() as db:
            updated = db.execute(
                "UPDATE devices SET user_id = ?, updated = ? WHERE application = ? AND hwid = ?",
                (user, time.time(), application, hwid),
            )
            if updated.rowcount == 0:  # one transaction: a registration cannot slip in between
                db.execute(
                    "INSERT INTO pending_users (application, hwid, user_id) VALUES (?, ?, ?)"
                    " ON CONFLICT (application, hwid) DO UPDATE SET user_id = excluded.user_id",
                    (application, hwid, user),
                )

    def devices_of_user(self, application: str, user: str) -> list[str]:
        """Return the hwids of the registered devices linked to a user."""
        with self._lock:
            rows = self._db.execute(
                "SELECT hwid FROM devices WHERE application = ? AND user_id = ? ORDER BY hwid",
                (application, user),
            ).fetchall()
            return [row["hwid"] for row in rows]

    def audience(
        self,
        application: str | None,
        *,
        users: list[str] | None = None,
        ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The devices a push could be addressed to: of one application (or of all, for None),
        only of these users, or only those whose hwid or push token is in ``ids``; registered
        or not (the caller decides who is reached), each with its decoded tags, by application
        and hwid. Every query is indexed; a whole application is read ``AUDIENCE_CHUNK``
        devices at a time (a device changed meanwhile is seen before or after the change)."""
        if users is None and ids is None:
            return self._devices_of(application)
        # No ORDER BY and no OR: either would make SQLite walk the whole application.
        select = f"SELECT {AUDIENCE_COLUMNS} FROM devices WHERE application = ?"
        if users is not None:
            query = f"{select} AND user_id IN ({', '.join('?' * len(users))})"
            found = [users]
        else:
            assert ids is not None
            marks = ", ".join("?" * len(ids))
            query = f"{select} AND hwid IN ({marks}) UNION {select} AND push_token IN ({marks})"
            found = [ids, ids]
        rows: list[sqlite3.Row] = []
        apps = [application] if application is not None else self._device_applications()
        for app in apps:
            args = [value for values in found for value in (app, *values)]
            with self._lock:
                rows += self._db.execute(query, args).fetchall()
        rows.sort(key=lambda row: (row["application"], row["hwid"]))
        return [{**dict(row), "tags": json.loads(row["tags"])} for row in rows]

    def _devices_of(self, application: str | None) -> list[dict[str, Any]]:
        """Every device of an application (of all, for None), read in chunks along the key."""
        devices: list[dict[str, Any]] = []
        where, args = ("application = ?", [application]) if application is not None else ("1", [])
        while True:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {AUDIENCE_COLUMNS} FROM devices WHERE {where}"
                    " ORDER BY application, hwid LIMIT ?",
                    [*args, AUDIENCE_CHUNK],
                ).fetchall()
            devices += [{**dict(row), "tags": json.loads(row["tags"])} for row in rows]
            if len(rows) < AUDIENCE_CHUNK:
                return devices
            last = rows[-1]
            if application is not None:
                where, args = "application = ? AND hwid > ?", [application, last["hwid"]]
            else:
                where, args = "(application, hwid) > (?, ?)", [last["application"], last["hwid"]]

    def _device_applications(self) -> list[str]:
        """The applications that have devices, each found by one step along the key."""
        found: list[str] = []
        while True:
            with self._lock:
                after = "WHERE application > ?" if found else ""
                (code,) = self._db.execute(
                    f"SELECT MIN(application) FROM devices {after}", found[-1:]
                ).fetchone()
            if code is None:
                return found
            found.append(code)

    def size_bytes(self) -> int:
        """How many bytes the database takes (pages in use or free)."""
        with self._lock:
            (pages,) = self._db.execute("PRAGMA page_count").fetchone()
            (size,) = self._db.execute("PRAGMA page_size").fetchone()
        return int(pages) * int(size)

    def require_device(self, application: str, hwid: str) -> None:
        """Raise the "Device not found" argument error unless the device was registered."""
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
        with self._lock:
            self._db.execute(
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

    # ---- the other methods the SDKs call ----------------------------------------------------

    def delete_device(self, application: str, hwid: str) -> None:
        """Delete the device, its tags and any user link waiting for it."""
        with self._transaction() as db:
            deleted = db.execute(
                "DELETE FROM devices WHERE application = ? AND hwid = ?", (application, hwid)
            )
            if deleted.rowcount == 0:
                raise device_not_found(hwid)
            db.execute(
                "DELETE FROM pending_users WHERE application = ? AND hwid = ?", (application, hwid)
            )

    def check_device(self, application: str, hwid: str) -> tuple[bool, bool]:
        """Return whether the device exists, and whether it has a push token."""
        with self._lock:
            row = self._db.execute(
                "SELECT push_token FROM devices WHERE application = ? AND hwid = ?",
                (application, hwid),
            ).fetchone()
        return row is not None, row is not None and bool(row["push_token"])

    def set_device_fields(self, application: str, hwid: str, fields: Mapping[str, Any]) -> None:
        """Merge fields into the device's stored fields (JSON merge patch: null removes one)."""
        self._update_device(application, hwid, "fields = json_patch(fields, ?)", dumps_text(fields))

    def merge_user(self, application: str, old: str, new: str, *, move_events: bool) -> None:
        """Move the old user's devices and tags to the new user (the new user's tags win), and
        the old user's events too, or drop them."""
        with self._transaction() as db:
            merged = {
                **self._user_tags(db, application, old),
                **self._user_tags(db, application, new),
            }
            now = time.time()
            db.execute(
                "UPDATE devices SET user_id = ?, updated = ? WHERE application = ? AND user_id = ?",
                (new, now, application, old),
            )
            db.execute(
                "UPDATE pending_users SET user_id = ? WHERE application = ? AND user_id = ?",
                (new, application, old),
            )
            db.execute(
                "DELETE FROM user_tags WHERE application = ? AND user_id = ?", (application, old)
            )
            if move_events:
                db.execute(
                    "UPDATE events SET user_id = ? WHERE application = ? AND user_id = ?",
                    (new, application, old),
                )
            else:
                db.execute(
                    "DELETE FROM events WHERE application = ? AND user_id = ?", (application, old)
                )
            if merged:
                self._save_user_tags(db, application, new, merged)

    def register_devices(
        self, application: str, user: str | None, devices: list[Mapping[str, Any]], changes: Tags
    ) -> None:
        """Register several devices of one user in one transaction, applying the tag changes to
        the user and to each device: all of them, or none when one change does not fit."""
        with self._transaction() as db:
            planned = [self._plan_device(db, application, d, changes, user) for d in devices]
            user_tags = None
            if user is not None and changes:
                user_tags = apply_changes(self._user_tags(db, application, user), changes)
            for registration in planned:  # every change computed before the first write
                self._write_device(db, registration)
            if user is not None and user_tags is not None:
                self._save_user_tags(db, application, user, user_tags)

    # ---- seeded answers --------------------------------------------------------------------

    def seed(self, operation: str) -> Any:
        """Return the seeded `response` of a read such as getInApps (None when not seeded)."""
        with self._lock:
            row = self._db.execute(
                "SELECT response FROM seeds WHERE operation = ?", (operation,)
            ).fetchone()
        return None if row is None else json.loads(row["response"])

    def set_seed(self, operation: str, response: Any, *, replace: bool = True) -> None:
        """Seed what a read answers; with replace=False, keep a seed already there."""
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        with self._lock:
            self._db.execute(
                f"{verb} INTO seeds (operation, response) VALUES (?, ?)",
                (operation, dumps_text(response)),
            )

    def seeds(self) -> dict[str, Any]:
        """Return every seeded answer by operation."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM seeds ORDER BY operation").fetchall()
        return {row["operation"]: json.loads(row["response"]) for row in rows}

    # ---- whole state ----------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Return the whole state as JSON-ready data."""
        with self._lock:
            devices = [_device_dict(r) for r in self._db.execute("SELECT * FROM devices")]
            links = self._db.execute(
                "SELECT application, hwid, user_id FROM devices WHERE user_id IS NOT NULL"
                " UNION SELECT application, hwid, user_id FROM pending_users"
                " WHERE (application, hwid) NOT IN (SELECT application, hwid FROM devices)"
                " ORDER BY application, hwid"
            )
            user_tags = self._db.execute("SELECT * FROM user_tags ORDER BY application, user_id")
            apps = self._db.execute("SELECT code FROM applications ORDER BY code")
            return {
                "applications": [row["code"] for row in apps],
                "devices": devices,
                "users": [dict(row) for row in links],
                "user_tags": [{**dict(r), "tags": json.loads(r["tags"])} for r in user_tags],
                "events": self.events(),
                "seeds": self.seeds(),
                "messages": self.messages(),
                "filters": self.filters(),
                "tags": self.tag_definitions(),
            }

    def reset(self) -> None:
        """Delete everything."""
        with self._transaction() as db:
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")
            self._applications.clear()


def _device_dict(row: sqlite3.Row) -> dict[str, Any]:
    device = dict(row)
    device["tags"] = json.loads(row["tags"])
    device["fields"] = json.loads(row["fields"])
    device["timezone"] = json.loads(row["timezone"]) if row["timezone"] is not None else None
    device["registered"] = bool(row["registered"])
    device["badge"] = None if row["badge"] is None else int(row["badge"])
    return device

"""The devices table: registration, tokens, badges, fields, device tags, and the audiences of pushes.

The one home of what a registration does (registerDevice, registerEmail, registerEmailUser,
multiRegisterDevice): absent fields keep their stored values, tags are applied as changes
(``tags.apply_changes``), the user is the given one, else the stored one, else a registerUser link
waiting for the hwid. An email subscriber's hwid is its address. Device types are the spec's
(``DeviceType``). Rows are decoded in one place (``_decoded``).
"""

import json
import sqlite3
import time
from collections.abc import Mapping
from typing import Any

from ..errors import device_not_found
from ..jsonio import dumps_text
from . import database
from .database import Database
from .tags import Tags, apply_changes

SCHEMA = """
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
"""
TABLES = ("devices",)
AUDIENCE_CHUNK = 1000
"""Devices read under the lock at a time when a push reads a whole application: other clients
wait for one such read at most, however many devices there are."""
AUDIENCE_COLUMNS = "application, hwid, push_token, device_type, user_id, registered, tags"
"""What targeting reads of a device."""
INSERT_DEVICE = (
    "INSERT INTO devices (push_token, device_type, language, timezone, email,"
    " user_id, fields, created, updated, application, hwid, tags)"
    " VALUES (?1, ?2, ?3, ?4, ?5, COALESCE(?6, (SELECT user_id FROM pending_users"
    " WHERE application = ?9 AND hwid = ?10)), ?7, ?8, ?8, ?9, ?10, ?11)"
)
"""A registration's row (values from ``Devices._registration``); a waiting registerUser link
gives the user when the call names none."""
INSERT_NEW_DEVICE = f"{INSERT_DEVICE} ON CONFLICT (application, hwid) DO NOTHING"
"""A registration of a device not stored yet; changes nothing (rowcount 0) for one that is."""
Planned = tuple[Any, ...]
"""A registration computed by ``Devices.plan``, written by ``Devices.write``."""


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


def _decoded(row: sqlite3.Row) -> dict[str, Any]:
    """A device row as a plain dict: tags decoded, ``registered`` a bool; for a whole row also
    its fields and timezone decoded and its badge an int (an audience row has none of them)."""
    device = dict(row)
    device["tags"] = json.loads(device["tags"])
    device["registered"] = bool(device["registered"])
    if "fields" in device:
        device["fields"] = json.loads(device["fields"])
        timezone, badge = device["timezone"], device["badge"]
        device["timezone"] = None if timezone is None else json.loads(timezone)
        device["badge"] = None if badge is None else int(badge)
    return device


class Devices:
    """Every application's devices; ``types`` are the spec's device types by name (``EMAIL``)."""

    def __init__(self, db: Database, types: Mapping[str, int]) -> None:
        self._db = db
        self.email_type = types["EMAIL"]
        self.sms_type = types["SMS"]
        self.whatsapp_type = types["WHATSAPP"]

    # ---- registration ---------------------------------------------------------------------

    def register(self, request: Mapping[str, Any]) -> None:
        """Create the device or update it (registerDevice, registerEmail): a request without an
        hwid registers an email subscriber, whose hwid is its address."""
        hwid = request.get("hwid") or request["email"]
        device_type = request.get("device_type")
        if device_type is None and "hwid" not in request:
            device_type = self.email_type
        device = {**request, "hwid": hwid, "device_type": device_type}
        changes = request.get("tags") or {}
        user = request.get("userId") or None
        application = request["application"]
        with self._db.lock:  # Database.locked() without its two frames: every call comes here
            db = self._db.connection
            # A new device costs one INSERT (its tags are the changes applied to none); only an
            # existing one is read and updated.
            try:
                fresh = self._registration(application, device, apply_changes({}, changes), user)
            except (
                Exception
            ):  # a clash on no tags: the full path raises it (or, on stored tags, not)
                fresh = None
            if fresh is None or not db.execute(INSERT_NEW_DEVICE, fresh).rowcount:
                self.write(db, self.plan(db, application, device, changes, user))

    def channels(self, request: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The devices a multiRegisterDevice call registers: its email, SMS, WhatsApp, Kakao and
        LINE channels (hwid: the address, the number, ``whatsapp:`` + the number, ``kakao:`` +
        the number, ``line:`` + the token) and its push devices, each with the call's language
        and timezone."""
        devices: list[dict[str, Any]] = []
        common = {k: request[k] for k in ("language", "timezone") if k in request}
        if "email" in request:
            email = request["email"]
            devices.append({"hwid": email, "device_type": self.email_type, "email": email})
        if "sms_phone_number" in request:
            devices.append({"hwid": request["sms_phone_number"], "device_type": self.sms_type})
        if "whatsapp_phone_number" in request:
            number = request["whatsapp_phone_number"]
            devices.append({"hwid": f"whatsapp:{number}", "device_type": self.whatsapp_type})
        if "kakao_phone_number" in request:  # no device type: a Kakao message finds its prefix
            devices.append({"hwid": f"kakao:{request['kakao_phone_number']}"})
        if "line_token" in request:
            devices.append({"hwid": f"line:{request['line_token']}"})
        for device in request.get("push_devices", []):
            devices.append({**device, "device_type": device["platform"]})
        return [{**common, **device} for device in devices]

    def plan(
        self,
        db: sqlite3.Connection,
        application: str,
        device: Mapping[str, Any],
        changes: Mapping[str, Any],
        user: str | None,
    ) -> Planned:
        """Compute one registration without writing: a tag clash raises here, before any write
        of the call (an in-memory state has no rollback journal)."""
        row = db.execute(
            "SELECT tags FROM devices WHERE application = ? AND hwid = ?",
            (application, device["hwid"]),
        ).fetchone()
        tags = apply_changes(json.loads(row["tags"]) if row else {}, changes)
        return self._registration(application, device, tags, user)

    @staticmethod
    def _registration(
        application: str, device: Mapping[str, Any], tags: Tags, user: str | None
    ) -> Planned:
        """The values ``write`` (and ``INSERT_NEW_DEVICE``) write for a registration."""
        timezone = device.get("timezone")
        fields = dict(device)  # the device less its tags, in its order (a copy in C, no loop)
        fields.pop("tags", None)
        return (
            device.get("push_token"),
            device.get("device_type"),
            device.get("language"),
            None if timezone is None else dumps_text(timezone),
            device.get("email"),
            user,
            dumps_text(fields),
            time.time(),
            application,
            device["hwid"],
            dumps_text(tags),
        )

    @staticmethod
    def write(db: sqlite3.Connection, planned: Planned) -> None:
        """Write a registration that ``plan`` computed."""
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

    # ---- one device -----------------------------------------------------------------------

    @staticmethod
    def _row(db: sqlite3.Connection, application: str, hwid: str) -> sqlite3.Row:
        """The device's whole row, or the "Device not found" argument error."""
        row: sqlite3.Row | None = db.execute(
            "SELECT * FROM devices WHERE application = ? AND hwid = ?", (application, hwid)
        ).fetchone()
        if row is None:
            raise device_not_found(hwid)
        return row

    def _update(self, application: str, hwid: str, assignments: str, *values: Any) -> None:
        """Run one ``UPDATE devices SET <assignments>`` on a device; Device not found if none."""
        with self._db.locked() as db:
            updated = db.execute(
                f"UPDATE devices SET {assignments}, updated = ? WHERE application = ? AND hwid = ?",
                (*values, time.time(), application, hwid),
            )
        if updated.rowcount == 0:
            raise device_not_found(hwid)

    def unregister(self, application: str, hwid: str) -> None:
        """Remove the device's push token; the device and its tags stay."""
        self._update(application, hwid, "push_token = NULL, registered = 0")

    def set_badge(self, application: str, hwid: str, badge: int) -> None:
        """Store the device's badge (as text: JSON integers may exceed SQLite's 64 bits)."""
        self._update(application, hwid, "badge = ?", str(badge))

    def set_fields(self, application: str, hwid: str, fields: Mapping[str, Any]) -> None:
        """Merge fields into the device's stored fields (JSON merge patch: null removes one)."""
        self._update(application, hwid, "fields = json_patch(fields, ?)", dumps_text(fields))

    def set_tags(self, application: str, hwid: str, changes: Mapping[str, Any]) -> None:
        """Apply tag changes to one device."""
        with self._db.locked() as db:
            tags = apply_changes(self._decoded(db, application, hwid)["tags"], changes)
            self._update(application, hwid, "tags = ?", dumps_text(tags))

    def _decoded(self, db: sqlite3.Connection, application: str, hwid: str) -> dict[str, Any]:
        return _decoded(self._row(db, application, hwid))

    def device(self, application: str, hwid: str) -> dict[str, Any]:
        """One device as a plain dict (tags, fields and timezone decoded)."""
        with self._db.locked() as db:
            return self._decoded(db, application, hwid)

    def tags(self, application: str, hwid: str) -> Tags:
        """The tags of one device."""
        tags: Tags = self.device(application, hwid)["tags"]
        return tags

    def require(self, application: str, hwid: str) -> None:
        """Raise the "Device not found" argument error unless the device was registered."""
        with self._db.locked() as db:
            self._row(db, application, hwid)

    def check(self, application: str, hwid: str) -> tuple[bool, bool]:
        """Whether the device exists, and whether it has a push token."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT push_token FROM devices WHERE application = ? AND hwid = ?",
                (application, hwid),
            ).fetchone()
        return row is not None, row is not None and bool(row["push_token"])

    def with_field(self, application: str, name: str, values: list[str]) -> list[str]:
        """The hwids of the application's registered devices whose stored field ``name`` (the
        ``activity_id`` or ``activity_token`` of setActivityToken) is one of ``values``."""
        marks = ", ".join("?" * len(values))
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT hwid FROM devices WHERE application = ? AND registered = 1"
                f" AND json_extract(fields, ?) IN ({marks}) ORDER BY hwid",
                (application, f'$."{name}"', *values),
            ).fetchall()
        return [row["hwid"] for row in rows]

    # ---- within a transaction of several tables -------------------------------------------

    @staticmethod
    def link_user(db: sqlite3.Connection, application: str, hwid: str, user: str) -> bool:
        """Link a user to a stored device; False when there is no such device."""
        updated = db.execute(
            "UPDATE devices SET user_id = ?, updated = ? WHERE application = ? AND hwid = ?",
            (user, time.time(), application, hwid),
        )
        return bool(updated.rowcount)

    @staticmethod
    def move_user(db: sqlite3.Connection, application: str, old: str, new: str) -> None:
        """Give the old user's devices to the new user."""
        db.execute(
            "UPDATE devices SET user_id = ?, updated = ? WHERE application = ? AND user_id = ?",
            (new, time.time(), application, old),
        )

    @staticmethod
    def tags_of_user(db: sqlite3.Connection, application: str, user: str) -> list[tuple[str, Tags]]:
        """The hwid and tags of each device of a user."""
        return [
            (row["hwid"], json.loads(row["tags"]))
            for row in db.execute(
                "SELECT hwid, tags FROM devices WHERE application = ? AND user_id = ?",
                (application, user),
            )
        ]

    @staticmethod
    def save_tags(db: sqlite3.Connection, application: str, tags: list[tuple[str, Tags]]) -> None:
        """Store the tags of several devices (hwid, tags), computed beforehand."""
        now = time.time()
        db.executemany(
            "UPDATE devices SET tags = ?, updated = ? WHERE application = ? AND hwid = ?",
            [(dumps_text(device_tags), now, application, hwid) for hwid, device_tags in tags],
        )

    @staticmethod
    def delete(db: sqlite3.Connection, application: str, hwid: str) -> None:
        """Delete the device and its tags, or raise "Device not found"."""
        deleted = db.execute(
            "DELETE FROM devices WHERE application = ? AND hwid = ?", (application, hwid)
        )
        if deleted.rowcount == 0:
            raise device_not_found(hwid)

    @staticmethod
    def forget_application(db: sqlite3.Connection, application: str) -> None:
        """Delete every device of a deleted application, with its tags."""
        db.execute("DELETE FROM devices WHERE application = ?", (application,))

    @staticmethod
    def remove_tag(db: sqlite3.Connection, name: str) -> int:
        """Remove a tag from every device; return how many had it."""
        return database.remove_tag(db, "devices", name)

    def lifecycle(self, application: str | None) -> list[dict[str, Any]]:
        """What statistics read of the devices of one application (of all, for None): type,
        push token, whether registered, when created and last changed."""
        query = (
            "SELECT application, hwid, device_type, push_token, registered, created, updated"
            " FROM devices"
        )
        with self._db.locked() as db:
            if application is None:
                rows = db.execute(query).fetchall()
            else:
                rows = db.execute(query + " WHERE application = ?", (application,)).fetchall()
        return [{**dict(row), "registered": bool(row["registered"])} for row in rows]

    @staticmethod
    def all(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every device, decoded."""
        return [_decoded(row) for row in db.execute("SELECT * FROM devices")]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every device."""
        database.clear(db, TABLES)

    # ---- the audiences of pushes ----------------------------------------------------------

    def of_user(self, application: str, user: str) -> list[str]:
        """The hwids of the registered devices linked to a user."""
        with self._db.locked() as db:
            rows = db.execute(
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
            return self._everyone(application)
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
        apps = [application] if application is not None else self._applications()
        for app in apps:
            args = [value for values in found for value in (app, *values)]
            with self._db.locked() as db:
                rows += db.execute(query, args).fetchall()
        rows.sort(key=lambda row: (row["application"], row["hwid"]))
        return [_decoded(row) for row in rows]

    def _everyone(self, application: str | None) -> list[dict[str, Any]]:
        """Every device of an application (of all, for None), read in chunks along the key."""
        devices: list[dict[str, Any]] = []
        where, args = ("application = ?", [application]) if application is not None else ("1", [])
        while True:
            with self._db.locked() as db:
                rows = db.execute(
                    f"SELECT {AUDIENCE_COLUMNS} FROM devices WHERE {where}"
                    " ORDER BY application, hwid LIMIT ?",
                    [*args, AUDIENCE_CHUNK],
                ).fetchall()
            devices += [_decoded(row) for row in rows]
            if len(rows) < AUDIENCE_CHUNK:
                return devices
            last = rows[-1]
            if application is not None:
                where, args = "application = ? AND hwid > ?", [application, last["hwid"]]
            else:
                where, args = "(application, hwid) > (?, ?)", [last["application"], last["hwid"]]

    def _applications(self) -> list[str]:
        """The applications that have devices, each found by one step along the key."""
        found: list[str] = []
        while True:
            with self._db.locked() as db:
                after = "WHERE application > ?" if found else ""
                (code,) = db.execute(
                    f"SELECT MIN(application) FROM devices {after}", found[-1:]
                ).fetchone()
            if code is None:
                return found
            found.append(code)

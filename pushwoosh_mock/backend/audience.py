"""The Audience API's work: the tag changes of a bulkSetTags device, and segment exports as files
(the export_files table).

The rules (the spec's ``mock-bulk-set-tags-status`` and ``mock-export-file``):

- A bulkSetTags device's ``tags`` are absolute values; ``list_operator`` ``append`` or
  ``remove`` turns each list value into that tag operation (``set``, or none, replaces it).
- An export is a ZIP holding one file, ``export_segment_<APPCODE>_<unixtime>.csv`` (the columns
  Pushwoosh's tool reads: ``Hwid``, ``User ID``, ``Push Token``, ``Type``, ``Type (humanized)``,
  then one per tag) or ``.json`` (one object a line: ``hwid``, ``device_tags`` and the rest);
  ``exportData`` narrows the columns to what it names. Files are kept a day.
"""

import csv
import io
import json
import re
import secrets
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Mapping
from typing import Any

from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS export_files (
    name TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    content BLOB NOT NULL,
    created REAL NOT NULL
);
"""
TABLES = ("export_files",)
KEPT_SECONDS = 86400.0
"""How long an export's file is served (the mock's choice)."""
LIST_OPERATIONS = {"append": "append", "remove": "remove"}
"""The list operators that are tag operations; ``set`` (or none) replaces the value."""
DEVICE_COLUMNS = ("Hwid", "User ID", "Push Token", "Type", "Type (humanized)")
EXPORT_DATA_COLUMNS = {"hwids": "Hwid", "users": "User ID", "push_tokens": "Push Token"}
"""What each ``exportData`` value adds; ``tags`` adds the tag columns."""
APPLICATION = re.compile(r'\bA\(\s*"([^"]+)"')


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


def tag_changes(update: Mapping[str, Any]) -> dict[str, Any]:
    """A bulkSetTags device's tags as the changes setTags applies."""
    operation = LIST_OPERATIONS.get(update.get("list_operator") or "set")
    changes: dict[str, Any] = {}
    for name, value in update["tags"].items():
        if operation is not None and isinstance(value, list):
            changes[name] = {"operation": operation, "value": value}
        else:
            changes[name] = value
    return changes


def device_ref(update: Mapping[str, Any]) -> dict[str, str]:
    """How a bulkSetTags device names itself (hwid, else user_id, else push_token)."""
    for key in ("hwid", "user_id", "push_token"):
        if key in update:
            return {key: update[key]}
    return {}


def file_name(expression: str, fmt: str, now: float) -> str:
    """``export_segment_<APPCODE>_<unixtime>.<csv|json>``, the application the expression names
    first (``ALL`` when it names none)."""
    found = APPLICATION.search(expression)
    return f"export_segment_{found.group(1) if found else 'ALL'}_{int(now)}.{fmt}"


def export_content(
    devices: Iterable[Mapping[str, Any]],
    export_data: list[str] | None,
    fmt: str,
    member: str,
    type_names: Mapping[int, str],
) -> bytes:
    """A ZIP holding the export's one file."""
    chosen = list(devices)
    wanted = set(export_data or ())
    if fmt == "json":
        text = "".join(json.dumps(_json_line(d, wanted)) + "\n" for d in chosen)
    else:
        text = _csv(chosen, wanted, type_names)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text)
    return buffer.getvalue()


def _csv(devices: list[Mapping[str, Any]], wanted: set[str], types: Mapping[int, str]) -> str:
    if wanted:
        columns = [EXPORT_DATA_COLUMNS[key] for key in EXPORT_DATA_COLUMNS if key in wanted]
    else:
        columns = list(DEVICE_COLUMNS)
    with_tags = not wanted or "tags" in wanted
    tags = sorted({name for d in devices for name in d["tags"]}) if with_tags else []
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns + tags)
    for device in devices:
        kind = device.get("device_type")
        values = {
            "Hwid": device["hwid"],
            "User ID": device.get("user_id") or "",
            "Push Token": device.get("push_token") or "",
            "Type": "" if kind is None else str(kind),
            "Type (humanized)": "" if kind is None else types.get(int(kind), ""),
        }
        writer.writerow(
            [values[column] for column in columns] + [_cell(device["tags"].get(t)) for t in tags]
        )
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def _json_line(device: Mapping[str, Any], wanted: set[str]) -> dict[str, Any]:
    line: dict[str, Any] = {"hwid": device["hwid"]}
    if not wanted or "users" in wanted:
        line["user_id"] = device.get("user_id")
    if not wanted or "push_tokens" in wanted:
        line["push_token"] = device.get("push_token")
    if not wanted:
        line["type"] = device.get("device_type")
    if not wanted or "tags" in wanted:
        line["device_tags"] = [
            {"name": name, _json_type(value): value} for name, value in device["tags"].items()
        ]
    return line


def _json_type(value: Any) -> str:
    """The key a JSON export gives a tag's value by its type."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "integer"
    if isinstance(value, list):
        return "list"
    return "string"


class Exports:
    """The files of finished exports, by name."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def store(self, account: str, content: bytes, name: str) -> str:
        """Keep an export's file; return the name it is served under (unguessable)."""
        served = f"{secrets.token_hex(8)}/{name}.zip"
        now = time.time()
        with self._db.transaction() as db:
            db.execute("DELETE FROM export_files WHERE created < ?", (now - KEPT_SECONDS,))
            db.execute(
                "INSERT INTO export_files (name, account, content, created) VALUES (?, ?, ?, ?)",
                (served, account, content, now),
            )
        return served

    def read(self, name: str) -> bytes | None:
        """A kept file's bytes, or None."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT content FROM export_files WHERE name = ? AND created >= ?",
                (name, time.time() - KEPT_SECONDS),
            ).fetchone()
        return None if row is None else bytes(row["content"])

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Forget every file."""
        database.clear(db, TABLES)

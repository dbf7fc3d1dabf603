"""The created_applications table: the applications an account made with createApplication, their
settings (getApplication, updateApplication, configureApplication), and the deleted ones.

The rules (the spec's ``mock-applications`` note): a created application has a code shaped
``XXXXX-XXXXX`` and belongs to the account of the server token that created it; getApplications
lists an account's applications ``PAGE_SIZE`` a page, pages counted from 0, ``total`` the number
of pages. A created application is accepted wherever an application is named, even outside the
``--application`` allow list; a deleted one is refused everywhere, as an unknown application is
(210 ``Application not found``), a second deleteApplication included. Which codes are created or
deleted is kept in memory too, so the check every call makes costs no query.
"""

import json
import secrets
import sqlite3
import time
from collections.abc import Mapping
from typing import Any

from ..errors import argument_error
from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS created_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    account TEXT NOT NULL,
    settings TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS created_applications_by_account ON created_applications (account);
"""
TABLES = ("created_applications",)
PAGE_SIZE = 100
"""getApplications' applications a page (the mock's choice)."""
NOT_FOUND = "Application not found"
"""What a deleted (or unknown) application answers: the pipeline's text for a code outside the
allow list."""
PROVIDERS = {
    1: "ios",
    2: "blackberry",
    3: "android",
    5: "wp7",
    7: "macos",
    8: "wns",
    9: "adm",
    10: "safari",
}
"""The provider flag configureApplication sets, by device type."""
VENDOR_KEYS = (
    "adm_cid",
    "adm_secret",
    "android_api_type",
    "android_gcm_api_key",
    "ios_apple_appid",
)
"""The keys of the vendor's getApplication example the mock has no value for: empty strings."""
TEAMS = {"TEAM123456": {"name": "Mock team", "memberid": "1"}}
"""The one Apple team the automatic iOS set-up's first step offers."""


def create(db: sqlite3.Connection) -> None:
    """Create the table."""
    db.executescript(SCHEMA)


def new_code() -> str:
    """A code shaped as the vendor's application codes (``1DC69-73EDB``); presets and campaigns
    have the same shape."""
    digits = secrets.token_hex(5).upper()
    return f"{digits[:5]}-{digits[5:]}"


def _details(settings: Mapping[str, Any]) -> dict[str, Any]:
    """An application as getApplication and getApplications answer it."""
    icon = settings.get("icon")
    return {
        **dict.fromkeys(VENDOR_KEYS, ""),
        "title": settings.get("title"),
        "icon_url": None if icon is None else f"data:image/png;base64,{icon}",
        "android_sdk": settings.get("sdk_android", ""),
        "ios_sdk": settings.get("sdk_ios", ""),
        "authorize_all_tokens": bool(settings.get("authorize_all_tokens", False)),
        "providers": {name: name in settings.get("providers", []) for name in PROVIDERS.values()},
    }


class CreatedApplications:
    """The applications created by each account; the created and the deleted codes are kept in
    memory as well."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._live: set[str] = set()
        self._deleted: set[str] = set()
        with db.locked() as connection:
            for row in connection.execute("SELECT code, deleted FROM created_applications"):
                (self._deleted if row["deleted"] else self._live).add(row["code"])

    def usable(self, code: str, allowed: frozenset[str] | None) -> bool:
        """Whether a call may name this application: not deleted, and created or allowed
        (``allowed`` None: any code)."""
        if code in self._deleted:
            return False
        return allowed is None or code in allowed or code in self._live

    def create(self, account: str, settings: Mapping[str, Any]) -> str:
        """createApplication: a new application of the account; return its code."""
        code = new_code()
        with self._db.locked() as db:
            db.execute(
                "INSERT INTO created_applications (code, account, settings, created)"
                " VALUES (?, ?, ?, ?)",
                (code, account, dumps_text({**settings, "providers": []}), time.time()),
            )
        self._live.add(code)
        return code

    @staticmethod
    def _settings(db: sqlite3.Connection, account: str, code: str) -> dict[str, Any]:
        """The settings of an application the account created and did not delete, or 210
        ``Application not found``."""
        row = db.execute(
            "SELECT settings FROM created_applications"
            " WHERE code = ? AND account = ? AND deleted = 0",
            (code, account),
        ).fetchone()
        if row is None:
            raise argument_error(NOT_FOUND)
        settings: dict[str, Any] = json.loads(row["settings"])
        return settings

    @staticmethod
    def _save(db: sqlite3.Connection, code: str, settings: Mapping[str, Any]) -> None:
        db.execute(
            "UPDATE created_applications SET settings = ? WHERE code = ?",
            (dumps_text(settings), code),
        )

    def details(self, account: str, code: str) -> dict[str, Any]:
        """getApplication: the application's settings."""
        with self._db.locked() as db:
            return _details(self._settings(db, account, code))

    def update(self, account: str, code: str, changes: Mapping[str, Any]) -> None:
        """updateApplication: set the fields given (absolute values)."""
        with self._db.transaction() as db:
            self._save(db, code, {**self._settings(db, account, code), **changes})

    def configure(self, account: str, code: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """configureApplication: the platform's provider flag set (the iOS automatic set-up at
        its first step answers its team instead); return the answer."""
        device_type = request["device_type"]
        if device_type not in PROVIDERS:
            known = ", ".join(map(str, sorted(PROVIDERS)))
            raise argument_error(f"device_type: expected one of {known}, got {device_type}")
        with self._db.transaction() as db:
            settings = self._settings(db, account, code)
            first_step = (
                device_type == 1
                and request.get("ios_key_management_type") == "auto"
                and request.get("step") == "1"
            )
            if first_step:
                answer = _details(settings)["providers"]
                return {"providers": answer, "step_data": {"teams": TEAMS, "step": 2}}
            providers = sorted({*settings["providers"], PROVIDERS[device_type]})
            self._save(db, code, {**settings, "providers": providers})
            return {"providers": _details({**settings, "providers": providers})["providers"]}

    def delete(self, db: sqlite3.Connection, account: str, code: str) -> None:
        """deleteApplication (in the caller's transaction): the application is refused from now
        on; one the account did not create, or deleted already, is 210 ``Application not found``."""
        self._settings(db, account, code)
        db.execute("UPDATE created_applications SET deleted = 1 WHERE code = ?", (code,))
        self._live.discard(code)
        self._deleted.add(code)

    def page(self, account: str, number: int) -> dict[str, Any]:
        """getApplications: a page of the account's applications, oldest first."""
        if number < 0:
            raise argument_error(f"page: expected 0 or more, got {number}")
        with self._db.locked() as db:
            (count,) = db.execute(
                "SELECT COUNT(*) FROM created_applications WHERE account = ? AND deleted = 0",
                (account,),
            ).fetchone()
            rows = db.execute(
                "SELECT code, settings FROM created_applications WHERE account = ? AND deleted = 0"
                " ORDER BY id LIMIT ? OFFSET ?",
                (account, PAGE_SIZE, number * PAGE_SIZE),
            ).fetchall()
        return {
            "total": -(-count // PAGE_SIZE),
            "page": number,
            "applications": {row["code"]: _details(json.loads(row["settings"])) for row in rows},
        }

    @staticmethod
    def all(db: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every application created (deleted ones too), oldest first, for the snapshot."""
        return [
            {
                "code": row["code"],
                "account": row["account"],
                "settings": json.loads(row["settings"]),
                "deleted": bool(row["deleted"]),
            }
            for row in db.execute("SELECT * FROM created_applications ORDER BY id")
        ]

    def clear(self, db: sqlite3.Connection) -> None:
        """Forget every application created."""
        database.clear(db, TABLES)
        self._live.clear()
        self._deleted.clear()

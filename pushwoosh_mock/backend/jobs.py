"""Jobs: the jobs and job_outcomes tables (the scheduled statistics requests whose result
getResults answers).

The rules (the spec's ``mock-jobs`` and ``mock-results-pending``):

- A start stores a pending job of the caller's account, due ``job_delay`` seconds later, and
  answers its id (32 hex digits; ``DC1_`` and 32 hex digits for getEventStatistics, as its page
  shows). No source says how long a job takes.
- A job is settled when it is read after it is due: its result is computed then, from the state
  at that moment, and kept; it is then done (or failed, when a test asked for it), and never
  goes back. Reading a job changes nothing else.
- ``shape(operation, outcome, times)`` makes the next ``times`` jobs of an operation fail, or stay
  pending for ever (``POST /__mock/jobs``, ``MockServer.next_job``).
- Reading: an id this account never got (or one forgotten a day after it finished) is the 210
  ``Request not found``; a pending job ``Result is not ready yet``; a failed one ``Request
  failed``.
"""

import json
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import argument_error
from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    operation TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    request TEXT NOT NULL,
    result TEXT,
    created REAL NOT NULL,
    due REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS job_outcomes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operation TEXT NOT NULL,
    outcome TEXT NOT NULL,
    times INTEGER NOT NULL
);
"""
TABLES = ("jobs", "job_outcomes")
PENDING, DONE, FAILED = "pending", "done", "failed"
OUTCOMES = ("failed", "pending")
"""What a test may make the next job of an operation do."""
KEPT_SECONDS = 86400.0
"""How long a finished job's result is kept (the mock's choice)."""
NOT_READY = "Result is not ready yet"
NOT_FOUND = "Request not found"
JOB_FAILED = "Request failed"

Compute = Callable[[str, str, Mapping[str, Any]], Any]
"""Computes a job's result when it settles: ``(account, operation, request) -> result``."""


def create(db: sqlite3.Connection) -> None:
    """Create the tables."""
    db.executescript(SCHEMA)


def new_id(operation: str) -> str:
    """A job id shaped as the vendor's examples show them (an export's, as Pushwoosh's tool
    reads it: a number)."""
    if operation == "exportSegment":
        return str(secrets.randbelow(9 * 10**9) + 10**9)
    number = secrets.token_hex(16)
    return f"DC1_{number}" if operation == "getEventStatistics" else number


class Jobs:
    """The jobs started, and the outcomes tests asked for."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def start(
        self, account: str, operation: str, request: Mapping[str, Any], now: float, delay: float
    ) -> str:
        """Store a pending job due ``delay`` seconds from now; return its id. The next outcome a
        test asked for this operation is taken."""
        job = new_id(operation)
        with self._db.transaction() as db:
            shaped = db.execute(
                "SELECT id, outcome, times FROM job_outcomes WHERE operation = ? ORDER BY id"
                " LIMIT 1",
                (operation,),
            ).fetchone()
            outcome = None
            if shaped is not None:
                outcome = shaped["outcome"]
                if shaped["times"] <= 1:
                    db.execute("DELETE FROM job_outcomes WHERE id = ?", (shaped["id"],))
                else:
                    db.execute(
                        "UPDATE job_outcomes SET times = times - 1 WHERE id = ?", (shaped["id"],)
                    )
            db.execute(
                "INSERT INTO jobs (id, account, operation, status, outcome, request, created, due)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (job, account, operation, PENDING, outcome, dumps_text(request), now, now + delay),
            )
        return job

    def shape(self, operation: str, outcome: str, times: int) -> None:
        """Make the next ``times`` jobs of ``operation`` end so (``failed``) or never end
        (``pending``)."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome: expected one of {', '.join(OUTCOMES)}, got {outcome!r}")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times: expected a whole number of at least 1, got {times!r}")
        with self._db.transaction() as db:
            db.execute(
                "INSERT INTO job_outcomes (operation, outcome, times) VALUES (?, ?, ?)",
                (operation, outcome, times),
            )

    def settle(self, now: float, compute: Compute) -> None:
        """Finish every job that is due (its result computed now), oldest first; forget those
        finished more than a day ago."""
        with self._db.locked() as db:
            due = db.execute(
                "SELECT * FROM jobs WHERE status = ? AND due <= ? ORDER BY created",
                (PENDING, now),
            ).fetchall()
        for row in due:
            if row["outcome"] == "pending":
                continue
            if row["outcome"] == "failed":
                status, result = FAILED, None
            else:
                status = DONE
                result = compute(row["account"], row["operation"], json.loads(row["request"]))
            with self._db.transaction() as db:
                db.execute(
                    "UPDATE jobs SET status = ?, result = ? WHERE id = ? AND status = ?",
                    (status, dumps_text(result), row["id"], PENDING),
                )
        with self._db.transaction() as db:
            db.execute(
                "DELETE FROM jobs WHERE status != ? AND due < ?", (PENDING, now - KEPT_SECONDS)
            )

    def result(self, account: str, job: str) -> Any:
        """A done job's result; the 210s of a job unknown to the account, pending or failed."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT status, result FROM jobs WHERE id = ? AND account = ?", (job, account)
            ).fetchone()
        if row is None:
            raise argument_error(NOT_FOUND)
        if row["status"] == PENDING:
            raise argument_error(NOT_READY)
        if row["status"] == FAILED:
            raise argument_error(JOB_FAILED)
        return json.loads(row["result"])

    def read(self, account: str, job: str) -> dict[str, Any] | None:
        """A job of the account: its status, request and result; None when it has none."""
        with self._db.locked() as db:
            row = db.execute(
                "SELECT status, request, result FROM jobs WHERE id = ? AND account = ?",
                (job, account),
            ).fetchone()
        if row is None:
            return None
        return {
            "status": row["status"],
            "request": json.loads(row["request"]),
            "result": None if row["result"] is None else json.loads(row["result"]),
        }

    def list(self) -> list[dict[str, Any]]:
        """Every job kept, oldest first, as ``/__mock/jobs`` lists them (no account shown)."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT id, operation, status, request, result, created, due FROM jobs"
                " ORDER BY created"
            ).fetchall()
        return [
            {
                "id": row["id"],
                "operation": row["operation"],
                "status": row["status"],
                "request": {k: v for k, v in json.loads(row["request"]).items() if k != "auth"},
                "result": None if row["result"] is None else json.loads(row["result"]),
                "created": row["created"],
                "due": row["due"],
            }
            for row in rows
        ]

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Forget every job and outcome."""
        database.clear(db, TABLES)

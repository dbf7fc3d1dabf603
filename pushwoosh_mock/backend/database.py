"""The mock's SQLite database: one code path for ``:memory:`` and for a file that survives restarts.

Every change is committed before the server answers, so an acknowledged change is never lost (WAL
journal on files). All access goes through one connection under one lock, so a read-compute-write
never interleaves with another change; a change of several rows runs in one ``BEGIN IMMEDIATE``
transaction. The tables are the table modules' (each creates its own and is the only one to write
it); this module holds none.
"""

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..jsonio import dumps_text

MEMORY_PAGE_SIZE = 32768
"""SQLite page size of an in-memory state (a file keeps SQLite's default, for small WAL writes)."""
STATE_VERSION = 2
"""Written into the state file's header (``PRAGMA user_version``); the write also takes the lock.
2: messages and segments per server token, recipient lists stored once (a file of release 1.0.0
is brought to it by ``messages.create`` and ``segments.create``)."""

Create = Callable[[sqlite3.Connection], None]
"""A table module's ``create``: make its tables (upgrading those of an older state file)."""


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


class _Locked:
    """The connection under the lock, as a context (a class: cheaper than a generator on the
    hot path, and reusable since the lock is re-entrant)."""

    __slots__ = ("_connection", "_lock")

    def __init__(self, lock: threading.RLock, connection: sqlite3.Connection) -> None:
        self._lock = lock
        self._connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        return self._connection

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class Database:
    """One SQLite connection and its lock; ``path`` None keeps the state in memory."""

    def __init__(self, path: Path | None, tables: Sequence[Create]) -> None:
        self.path = path
        self.lock = threading.RLock()
        """Held by every read and write: one statement, or one transaction, at a time."""
        try:
            self.connection = self._open(path, tables)
        except sqlite3.Error as exc:
            assert path is not None  # an in-memory database has no file to fail
            raise StateFileError(path, _state_file_problem(path, exc)) from None
        self._locked = _Locked(self.lock, self.connection)

    @staticmethod
    def _open(path: Path | None, tables: Sequence[Create]) -> sqlite3.Connection:
        """Open the database and create the tables; a file is locked for this process alone
        until it closes."""
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
            for create in tables:
                create(db)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the database."""
        with self.lock:
            self.connection.close()

    def locked(self) -> _Locked:
        """The connection under the lock: SQLite makes one statement atomic and durable alone."""
        return self._locked

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one immediate transaction: all of it is committed together.

        A block computes every change before its first write, so an argument error leaves the
        state untouched even in memory, where there is no rollback journal.
        """
        with self.lock:
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    def size_bytes(self) -> int:
        """How many bytes the database takes (pages in use or free)."""
        with self.lock:
            (pages,) = self.connection.execute("PRAGMA page_count").fetchone()
            (size,) = self.connection.execute("PRAGMA page_size").fetchone()
        return int(pages) * int(size)


def columns(db: sqlite3.Connection, table: str) -> set[str]:
    """The columns a table has now (none when it does not exist), to see a table's version."""
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def clear(db: sqlite3.Connection, tables: Sequence[str]) -> None:
    """Delete every row of these tables (for the module that owns them)."""
    for table in tables:
        db.execute(f"DELETE FROM {table}")


def remove_tag(db: sqlite3.Connection, table: str, name: str) -> int:
    """Remove one key from the ``tags`` of every row of a table that has it; return how many.
    For the module that owns the table.

    SQLite's ``json_remove`` does it in C when a JSON path can name the key: a quoted label of the
    raw text (``$."Städte"``), for a name that JSON stores unescaped (SQLite does not read escapes
    in a label). A name with a quote, a backslash or a control character is found by key
    (``json_each``) and removed in Python.
    """
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

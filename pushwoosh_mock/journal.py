"""The request journal: the last N calls the server answered, for tests to inspect."""

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

Matcher = Callable[["Call"], bool]


@dataclass(frozen=True)
class Call:
    """One answered request."""

    method: str
    path: str
    operation: str | None
    body: Any
    status: int
    response: Any
    at: float
    raw_headers: list[tuple[bytes, bytes]] = field(default_factory=list, repr=False)

    @property
    def headers(self) -> dict[str, str]:
        """The request headers, the Authorization header left out."""
        return {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in self.raw_headers
            if k.lower() != b"authorization"
        }

    def to_json(self) -> dict[str, Any]:
        """Return the call as JSON-ready data."""
        data = asdict(self)
        del data["raw_headers"]
        data["headers"] = self.headers
        return data


Entry = tuple[str, str, str | None, Any, int, Any, float, list[tuple[bytes, bytes]]]
"""A call as recorded: Call's fields in order (a Call is built only when someone reads it)."""


class Journal:
    """A bounded, thread-safe list of calls: memory stays flat however long the server runs."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"journal size: expected at least 1, got {size}")
        self._calls: deque[Entry] = deque(maxlen=size)
        self._lock = threading.Lock()
        self.total = 0
        """Calls answered since the last reset, including those no longer kept."""

    def record(self, *entry: Any) -> None:
        """Append a call given as Call's fields in order, dropping the oldest when full."""
        with self._lock:
            self._calls.append(entry)
            self.total += 1

    def calls(self, operation: str | None = None) -> list[Call]:
        """Return the kept calls, oldest first, optionally of one operation."""
        with self._lock:
            entries = list(self._calls)
        return [Call(*e) for e in entries if operation is None or e[2] == operation]

    @property
    def last(self) -> Call:
        """The most recent call."""
        with self._lock:
            if not self._calls:
                raise LookupError("the journal is empty")
            return Call(*self._calls[-1])

    def clear(self) -> None:
        """Forget every call."""
        with self._lock:
            self._calls.clear()
            self.total = 0

    def __len__(self) -> int:
        return len(self._calls)

    def assert_request_made(
        self, operation: str, matcher: Matcher | None = None, count: int = 1
    ) -> None:
        """Fail unless exactly ``count`` kept calls of the operation match, listing the similar ones."""
        similar = self.calls(operation)
        matching = [c for c in similar if matcher is None or matcher(c)]
        if len(matching) != count:
            seen = "\n".join(f"  {c.status} {c.body!r}" for c in similar[-10:]) or "  (none)"
            raise AssertionError(
                f"expected {count} matching {operation} call(s), found {len(matching)};"
                f" {operation} calls seen:\n{seen}"
            )

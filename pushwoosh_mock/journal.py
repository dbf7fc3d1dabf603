"""The request journal: the last calls the server answered, for tests to inspect.

A call is kept as the bytes that came and went (the body, the answer), so the journal's memory is
what it says it is: bounded by a count and by bytes, the oldest calls dropped first. A body longer
than the per-call limit keeps its first bytes and is marked ``truncated``. Bodies are decoded only
when someone reads the journal, with the same decoder as the API, and tokens never leave it
(``redact``): the Authorization header is left out, and every ``auth`` member and every token the
mock knows are masked, in bodies that decode and in those that do not, in headers and in answers.

Each call has an ``id`` (1, 2, … since the last reset), an ``attempt`` and, for a retry, the id
of the first attempt it repeats (``retry_of``). A call is a retry when the previous call of the
same operation with the same body bytes from the same sender failed; the sender is the peer's
address (not its port: a retry may come on a new connection), the Authorization header and the
User-Agent; a call failed when its connection was dropped (status 0), or it was answered with an
HTTP status other than 200 or an API ``status_code`` other than 200 (an injected fault's, a 210).
A retry's attempt is one more than the call it follows; a success ends the chain, so the same
call after it is a first attempt again. A call answered late (a ``latency`` fault the client gave
up on) is journaled when answered, after its retry: that retry is a first attempt.
"""

import hashlib
import threading
from collections import Counter, OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from typing import Any, NamedTuple

from . import jsonio
from .redact import Redactor

Matcher = Callable[["Call"], bool]

DEFAULT_JOURNAL_BYTES = 64 * 1024 * 1024
"""The most bytes the journal holds unless configured otherwise."""
DEFAULT_BODY_BYTES = 1024 * 1024
"""The longest body the journal keeps whole unless configured otherwise."""
ENTRY_OVERHEAD = 256
"""Bytes counted for an entry beside its body, answer and headers (the tuple and its objects)."""
TEXT_BYTES = 2048
"""How much of a truncated or undecodable body the journal shows (and keeps, when truncated)."""


@dataclass(frozen=True)
class Call:
    """One answered request, as the journal gives it out."""

    method: str
    path: str
    operation: str | None
    body: Any
    """The decoded request body (tokens masked); None when it was not read, is not JSON or was
    truncated."""
    status: int
    """The HTTP status answered; 0 when the connection was dropped."""
    response: Any
    """The decoded answer; None when there was none."""
    at: float
    headers: dict[str, str]
    """The request headers, the Authorization header left out (tokens masked)."""
    size: int = 0
    """The request body's length in bytes."""
    truncated: bool = False
    """Only the first bytes of the body were kept (``body_text``)."""
    body_text: str | None = None
    """The body as text when it could not be decoded or was truncated (tokens masked)."""
    enveloped: bool = True
    """The operation's body wraps its fields in ``request`` (the spec's facts say so: every
    json 1.3 method but setMADID)."""
    id: int = 0
    """The call's number since the last reset (1 for the first)."""
    attempt: int = 1
    """1 for a first attempt, n + 1 for the retry of attempt n (see the module's rule)."""
    retry_of: int | None = None
    """For a retry, the ``id`` of the first attempt it repeats (which may have left the
    journal); None for a first attempt."""

    @property
    def fields(self) -> Any:
        """The request fields: the ``request`` member of an enveloped body, or the body itself."""
        body = self.body
        if self.enveloped and isinstance(body, dict) and isinstance(body.get("request"), dict):
            return body["request"]
        return body

    def to_json(self) -> dict[str, Any]:
        """Return the call as JSON-ready data."""
        return {
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "body": self.body,
            "status": self.status,
            "response": self.response,
            "at": self.at,
            "headers": self.headers,
            "size": self.size,
            "truncated": self.truncated,
            "body_text": self.body_text,
            "id": self.id,
            "attempt": self.attempt,
            "retry_of": self.retry_of,
        }


class _Entry(NamedTuple):
    """A call as recorded: bytes, decoded only when read (a tuple: cheap to build per call)."""

    method: str
    path: str
    operation: str | None
    raw: bytes | None
    size: int
    status: int
    answer: bytes
    at: float
    raw_headers: tuple[tuple[bytes, bytes], ...]
    cost: int
    enveloped: bool
    id: int
    attempt: int
    retry_of: int | None

    def call(self, redactor: Redactor) -> Call:
        body: Any = None
        text: str | None = None
        truncated = self.raw is not None and len(self.raw) < self.size
        if self.raw:
            if truncated:
                text = redactor.text(self.raw.decode("utf-8", errors="replace"))
            else:
                try:
                    body = redactor.value(jsonio.loads(self.raw), self.raw)
                except jsonio.JsonError:
                    text = redactor.text(self.raw.decode("utf-8", errors="replace"))
        response = jsonio.loads(self.answer) if self.answer else None
        return Call(
            method=self.method,
            path=self.path,
            operation=self.operation,
            body=body,
            status=self.status,
            response=redactor.answer(response, self.raw) or response,
            at=self.at,
            headers=redactor.headers(self.raw_headers),
            size=self.size,
            truncated=truncated,
            body_text=text if text is None or len(text) <= TEXT_BYTES else text[:TEXT_BYTES] + "…",
            enveloped=self.enveloped,
            id=self.id,
            attempt=self.attempt,
            retry_of=self.retry_of,
        )


_new_entry = tuple.__new__
"""Builds an _Entry from a tuple of its fields without the Python-level ``__new__`` a NamedTuple
has (one frame less on every call)."""


class _Chain(NamedTuple):
    """The last failed attempt of a call, which its next identical call retries."""

    first: int
    """The id of the first attempt."""
    attempt: int
    size: int
    """The body's size in bytes."""


class Journal:
    """A thread-safe list of calls bounded by count and bytes: memory stays flat however long
    the server runs."""

    def __init__(
        self,
        size: int,
        max_bytes: int = DEFAULT_JOURNAL_BYTES,
        body_bytes: int = DEFAULT_BODY_BYTES,
        redactor: Redactor | None = None,
    ) -> None:
        if size < 1:
            raise ValueError(f"journal size: expected at least 1, got {size}")
        self._entries: deque[_Entry] = deque()
        self._lock = threading.Lock()
        self.size = size
        """The most calls kept."""
        self.max_bytes = max_bytes
        """The most bytes kept (bodies, answers and headers)."""
        self.body_bytes = body_bytes
        """The longest body kept whole; a longer one keeps its first TEXT_BYTES, as text."""
        self.bytes = 0
        """Bytes held now."""
        self.total = 0
        """Calls answered since the last reset, including those no longer kept."""
        self.redactor = redactor or Redactor(())
        """What masks the tokens of every call given out (by default, ``auth`` members only)."""
        self._failed: OrderedDict[bytes, _Chain] = OrderedDict()
        self._failed_sizes: Counter[int] = Counter()
        """The body sizes of the calls in ``_failed``: a call of another size retries none of
        them, so its body need not be hashed (a success, most of all, costs no digest)."""
        """The calls whose last attempt failed, by digest of operation, sender and body: at
        most ``size``, the oldest forgotten first."""

    def record(
        self,
        method: str,
        path: str,
        operation: str | None,
        raw: bytes | None,
        status: int,
        answer: bytes,
        at: float,
        raw_headers: list[tuple[bytes, bytes]],
        *,
        enveloped: bool = True,
        sender: bytes | Callable[[], bytes] = b"",
        api_status: int | None = None,
    ) -> None:
        """Keep a call (its body as received, its answer as sent), dropping the oldest as needed;
        ``enveloped``: the operation's fields are in the body's ``request`` member; ``sender``
        (who sent it, or a function that says it, asked only when a retry is possible) and
        ``api_status`` (the answer's status_code, if any) say whether it
        retries a failed call (see the module's rule)."""
        failed = status != 200 or (api_status is not None and api_status != 200)
        size = 0 if raw is None else len(raw)
        key = None
        if failed or size in self._failed_sizes:  # else it retries no failed call
            digest = hashlib.blake2b(sender() if callable(sender) else sender, digest_size=16)
            digest.update(b"\0%s\0" % (operation or "").encode())
            digest.update(raw or b"")
            key = digest.digest()
        if raw is not None and size > self.body_bytes:
            raw = raw[:TEXT_BYTES]
        headers = tuple(raw_headers)
        cost = (
            ENTRY_OVERHEAD
            + (0 if raw is None else len(raw))
            + len(answer)
            + sum(map(len, chain.from_iterable(headers)))
        )
        with self._lock:
            self.total += 1
            number = self.total
            attempt, retry_of = 1, None
            if key is not None:
                previous = self._failed.pop(key, None)
                first = number
                if previous is not None:
                    self._forget_size(previous.size)
                    attempt, first = previous.attempt + 1, previous.first
                    retry_of = first
                if failed:
                    self._failed[key] = _Chain(first, attempt, size)
                    self._failed_sizes[size] += 1
                    if len(self._failed) > self.size:
                        self._forget_size(self._failed.popitem(last=False)[1].size)
            entries = self._entries
            entries.append(
                _new_entry(
                    _Entry, (
                        method, path, operation, raw, size, status, answer, at, headers, cost,
                        enveloped, number, attempt, retry_of,
                    ),
                )
            )  # fmt: skip
            self.bytes += cost
            while len(entries) > self.size or (self.bytes > self.max_bytes and len(entries) > 1):
                self.bytes -= entries.popleft().cost

    def _forget_size(self, size: int) -> None:
        """Count one failed call of this body size less (the lock held)."""
        self._failed_sizes[size] -= 1
        if not self._failed_sizes[size]:
            del self._failed_sizes[size]

    def calls(self, operation: str | None = None, limit: int | None = None) -> list[Call]:
        """Return the kept calls, oldest first, optionally of one operation and only the last
        ``limit`` of them."""
        with self._lock:
            entries = [e for e in self._entries if operation is None or e.operation == operation]
        if limit is not None:
            entries = entries[len(entries) - limit :] if limit else []
        return [entry.call(self.redactor) for entry in entries]

    @property
    def last(self) -> Call:
        """The most recent call."""
        with self._lock:
            if not self._entries:
                raise LookupError("the journal is empty")
            entry = self._entries[-1]
        return entry.call(self.redactor)

    def clear(self) -> None:
        """Forget every call."""
        with self._lock:
            self._entries.clear()
            self._failed.clear()
            self._failed_sizes.clear()
            self.bytes = 0
            self.total = 0

    def __len__(self) -> int:
        return len(self._entries)

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

"""Keeping the API's rate limits on the client side: a call over the limit waits, it does not fail.

The spec states each limit (`x-pushwoosh-rate-limit`: createMessage, 600 calls a minute). A
limiter counts calls in a moving window (the `limits` library), so no period ever holds more
calls than the limit; a call that finds the window full waits until a slot frees. One limiter is
shared by a client's threads, tasks and `with_options` copies; workers in several processes that
send for one account share one through Redis (`RedisRateLimiter`, the `redis` extra), or
through any object with the `RateLimiter` protocol's `acquire`.
"""

import hashlib
import math
import time
from typing import Protocol, runtime_checkable

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from .errors import _is_seconds

MARGIN = 0.01
JITTER = 0.05
"""A limiter's window is the period plus 1% and 50 ms, rounded up to whole seconds (the
precision of `limits`' stores), so that calls spaced by the network's jitter cannot make the
server count more than the limit in its own window (600 a minute: a 61-second window)."""


@runtime_checkable
class RateLimiter(Protocol):
    """What a client needs of a rate limiter."""

    blocking: bool
    """Whether `acquire` does I/O (the async client then calls it from a worker thread)."""

    def acquire(self, key: str, limit: int, period: float) -> float:
        """Take a slot for one call under `key` now and return 0, or take none and return the
        seconds to wait before asking again; at most `limit` slots per `period` seconds."""
        ...


class _LimitsRateLimiter:
    """A moving-window limiter over a `limits` storage."""

    blocking = False

    def __init__(self, storage: Storage) -> None:
        self._strategy = MovingWindowRateLimiter(storage)
        self._items: dict[tuple[int, float], RateLimitItem] = {}

    def acquire(self, key: str, limit: int, period: float) -> float:
        """Take a slot now (0), or return the seconds until the oldest call leaves the window."""
        item = self._items.get((limit, period))
        if item is None:
            window = math.ceil(period * (1 + MARGIN) + JITTER)
            item = self._items[(limit, period)] = RateLimitItemPerSecond(limit, window)
        if self._strategy.hit(item, key):
            return 0.0
        reset_at = self._strategy.get_window_stats(item, key).reset_time
        return max(0.01, reset_at - time.time())


class LocalRateLimiter(_LimitsRateLimiter):
    """A limiter in this process's memory, safe across threads and tasks (the default)."""

    def __init__(self) -> None:
        super().__init__(MemoryStorage())


DEFAULT_REDIS_TIMEOUT = 5.0
"""Seconds a Redis limiter waits to connect, and for each answer, before the call fails."""


class RedisRateLimiter(_LimitsRateLimiter):
    """A limiter shared through Redis by every process that uses the same URL (`redis://…`).

    Needs the `redis` extra (`pip install "pushwoosh-generated[redis]"`). `timeout` bounds
    connecting and each command (Redis's socket_connect_timeout and socket_timeout; the URL's
    own `?socket_timeout=` wins), so that a Redis that hangs fails the call rather than
    blocking it; a call's total timeout bounds it too.
    """

    blocking = True

    def __init__(self, url: str, *, timeout: float = DEFAULT_REDIS_TIMEOUT) -> None:
        if not url.startswith(("redis://", "rediss://", "redis+unix://")):
            raise ValueError(
                f"a Redis URL starts with redis://, rediss:// or redis+unix://, not {url[:12]!r}"
            )
        if not _is_seconds(timeout):
            raise ValueError(f"timeout must be seconds > 0, not {timeout!r}")
        super().__init__(RedisStorage(url, socket_timeout=timeout, socket_connect_timeout=timeout))


def limit_key(operation: str, token: str) -> str:
    """The limiter key of an operation for one account: the token only as a short digest, since
    a shared limiter's keys are visible to whoever reads the store."""
    digest = hashlib.sha256(token.encode()).hexdigest()[:16]
    return f"pushwoosh:{operation}:{digest}"

"""Keeping the API's rate limits on the client side: a call over the limit waits, it does not fail.

The spec states each limit (`x-pushwoosh-rate-limit`: createMessage, 600 calls a minute). A
limiter counts calls in a moving window (the `limits` library), so no period ever holds more
calls than the limit; a call that finds the window full waits until a slot frees. One limiter is
shared by a client's threads, tasks and `with_options` copies; workers in several processes that
send for one account share one through Redis (`RedisRateLimiter`, the `redis` extra), or
through any object with the `RateLimiter` protocol's `acquire`.
"""

import concurrent.futures
import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import httpx
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from . import errors
from ._config import is_seconds

if TYPE_CHECKING:
    from ._operation import Operation

log = logging.getLogger("pushwoosh_generated")

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
        if not is_seconds(timeout):
            raise ValueError(f"timeout must be seconds > 0, not {timeout!r}")
        super().__init__(RedisStorage(url, socket_timeout=timeout, socket_connect_timeout=timeout))


def limit_key(operation: str, token: str) -> str:
    """The limiter key of an operation for one account: the token only as a short digest, since
    a shared limiter's keys are visible to whoever reads the store."""
    digest = hashlib.sha256(token.encode()).hexdigest()[:16]
    return f"pushwoosh:{operation}:{digest}"


def in_daemon_thread(function: Callable[[], float], seconds: float) -> float | None:
    """Run a blocking function in a daemon thread and return its result, or None when it has
    none within `seconds`: a hung store then neither holds a call past its deadline nor keeps
    the process from exiting. The function's exception is raised here."""
    future: concurrent.futures.Future[float] = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="pushwoosh-rate-limiter", daemon=True).start()
    done, _ = concurrent.futures.wait([future], timeout=max(seconds, 0.0))
    return future.result() if done else None


class ClientRateLimits:
    """A client's rate limits: the spec's per operation, its overrides, and the limiter that
    counts the calls (shared by the client's threads, tasks and `with_options` copies)."""

    __slots__ = ("_keys", "limiter", "overrides")

    def __init__(
        self,
        overrides: dict[str, tuple[int, float] | None],
        limiter: RateLimiter | None,
    ) -> None:
        self.overrides = overrides
        self.limiter: RateLimiter = LocalRateLimiter() if limiter is None else limiter
        if not isinstance(self.limiter, RateLimiter):
            raise errors.ConfigurationError(
                f"rate_limiter must have acquire(key, limit, period) and blocking, not"
                f" {type(self.limiter).__name__}"
            )
        self._keys: dict[str, str] = {}

    def limit_of(self, operation: "Operation[Any]") -> tuple[int, float] | None:
        """The limit a call of the operation keeps: the client's override, or the spec's."""
        return self.overrides.get(operation.name, operation.rate_limit)

    def blocking_for(self, operation: "Operation[Any]") -> bool:
        """Whether taking a slot for this operation may block on I/O (a Redis limiter)."""
        return self.limiter.blocking and self.limit_of(operation) is not None

    def key(self, operation: "Operation[Any]", token: str) -> str:
        """Where an operation's calls are counted, computed once per client."""
        key = self._keys.get(operation.name)
        if key is None:
            key = self._keys[operation.name] = limit_key(operation.name, token)
        return key

    def delay(
        self,
        operation: "Operation[Any]",
        key: str,
        url: httpx.URL,
        total_timeout: float | None,
        deadline: float | None,
        attempt: int,
    ) -> float:
        """Take a slot of the operation's rate limit now (0), or say how long to wait first;
        a wait that would end past the call's deadline is refused before it starts."""
        limit = self.limit_of(operation)
        if limit is None:
            return 0.0
        delay = self._acquire(operation, key, limit, total_timeout, deadline, attempt)
        if delay > 0:
            if deadline is not None and time.monotonic() + delay >= deadline:
                assert total_timeout is not None
                raise errors.APITimeoutError.rate_limited(
                    operation.name,
                    url.netloc.decode("ascii"),
                    total_timeout,
                    wait=delay,
                    limit=limit,
                    attempts=attempt - 1,
                )
            log.info(
                "%s: rate limit of %d calls per %g s reached, waiting %.2f s",
                operation.name,
                limit[0],
                limit[1],
                delay,
            )
        return delay

    def _acquire(
        self,
        operation: "Operation[Any]",
        key: str,
        limit: tuple[int, float],
        total_timeout: float | None,
        deadline: float | None,
        attempt: int,
    ) -> float:
        """Ask the limiter for a slot; a limiter that does I/O (Redis) is given no more than
        what is left of the call's total timeout, and its failures become RateLimiterError."""
        limiter = self.limiter
        try:
            if not (limiter.blocking and deadline is not None):
                return limiter.acquire(key, *limit)
            answer = in_daemon_thread(
                lambda: limiter.acquire(key, *limit), deadline - time.monotonic()
            )
        except Exception as exc:
            raise errors.RateLimiterError(
                operation.name,
                f"({type(limiter).__name__}) failed: {type(exc).__name__}:"
                f" {errors._cut(str(exc), 200)}",
                attempts=attempt - 1,
            ) from exc
        if answer is None:
            raise errors.RateLimiterError(
                operation.name,
                f"({type(limiter).__name__}) did not answer within the total timeout of"
                f" {total_timeout:g} s",
                attempts=attempt - 1,
            )
        return answer

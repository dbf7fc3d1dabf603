"""Calls per period, per operation and account, answered HTTP 429 with ``Retry-After`` beyond.

The limits come from the spec (``x-pushwoosh-rate-limit``: createMessage, 600 a minute) unless the
server is configured otherwise. What the vendor answers past the limit is not documented: 429 with
``Retry-After`` is the mock's choice. A moving window (``limits``), so no 60 seconds ever hold more
calls than the limit.
"""

import math
import time
from collections.abc import Mapping

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from .errors import ApiError


class RateLimits:
    """The rate limits of one mock server."""

    def __init__(self, limits: Mapping[str, tuple[int, float]]) -> None:
        self._items: dict[str, tuple[RateLimitItem, int, float]] = {
            operation: (RateLimitItemPerSecond(calls, math.ceil(seconds)), calls, seconds)
            for operation, (calls, seconds) in limits.items()
        }
        self._storage = MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self._storage)

    @property
    def limits(self) -> dict[str, tuple[int, float]]:
        """Calls and seconds by operation."""
        return {
            operation: (calls, seconds) for operation, (_, calls, seconds) in self._items.items()
        }

    def take(self, operation: str, account: str) -> None:
        """Count one call, or raise ApiError (429) with the seconds until the next is allowed."""
        entry = self._items.get(operation)
        if entry is None:
            return
        item, calls, seconds = entry
        if self._limiter.hit(item, operation, account):
            return
        reset_at = self._limiter.get_window_stats(item, operation, account).reset_time
        wait = max(1, math.ceil(reset_at - time.time()))
        raise ApiError(
            429,
            f"Too many requests: {calls} {operation} calls per {seconds:g} s (the mock's limit)",
            {"Retry-After": str(wait)},
        )

    def clear(self) -> None:
        """Forget every call counted."""
        self._storage.reset()

"""How the clients wait: between retries and for a slot of a rate limit.

Every wait of the clients goes through `sleep` or `async_sleep` here. A test harness (the
mock's pytest plugin) replaces them for a while with `waits_replaced`, so that a test of retry
behaviour runs in no time and can still see which waits were asked for; nothing else needs to
patch the client's modules.
"""

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Iterator

import anyio

SyncWait = Callable[[float], None]
AsyncWait = Callable[[float], Awaitable[None]]


async def _anyio_sleep(seconds: float) -> None:
    await anyio.sleep(seconds)


_lock = threading.Lock()
_sync_wait: SyncWait = time.sleep
_async_wait: AsyncWait = _anyio_sleep


def sleep(seconds: float) -> None:
    """Wait before a retry or a rate-limit slot (the blocking clients)."""
    _sync_wait(seconds)


async def async_sleep(seconds: float) -> None:
    """Wait before a retry or a rate-limit slot, in the event loop (the async clients)."""
    await _async_wait(seconds)


@contextlib.contextmanager
def waits_replaced(sleep: SyncWait, async_sleep: AsyncWait) -> Iterator[None]:
    """Make every client of the process wait with these functions until the block ends (the
    previous ones come back then, also when it raises)."""
    global _sync_wait, _async_wait
    with _lock:
        previous = _sync_wait, _async_wait
        _sync_wait, _async_wait = sleep, async_sleep
    try:
        yield
    finally:
        with _lock:
            _sync_wait, _async_wait = previous

"""Dropping a client's connection with no answer: the one place that reaches into the server.

ASGI has no message for "close the socket without a response", so the mock asks the server's
connection object for its transport. That is uvicorn's private ``RequestResponseCycle.transport``
(h11 and httptools alike); if a uvicorn release renames it, ``drop_connection`` raises a
RuntimeError naming this module instead of answering quietly. In process (``httpx.ASGITransport``)
there is no socket: the caller gets ConnectionDropped.
"""

import anyio
from starlette.types import Send


class ConnectionDropped(Exception):
    """The mock dropped the connection of an in-process call (no socket to close)."""


async def drop_connection(send: Send) -> None:
    """Abort the connection ``send`` writes to, or raise ConnectionDropped in process."""
    cycle = getattr(send, "__self__", None)
    if cycle is None:
        raise ConnectionDropped("the mock dropped the connection without an answer")
    abort = getattr(getattr(cycle, "transport", None), "abort", None)
    if not callable(abort):
        kind = f"{type(cycle).__module__}.{type(cycle).__qualname__}"
        raise RuntimeError(
            f"cannot drop the connection: {kind} has no transport with abort();"
            " the server's internals changed, update pushwoosh_mock/connection.py"
        )
    abort()
    await anyio.sleep(0)  # let the server see the connection lost before the app returns

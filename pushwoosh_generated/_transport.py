"""The async client's default transport: aiohttp under asyncio, httpx's own under trio.

httpx's async connection pool (httpcore 1.0) is slow at concurrency (a third of the sync client's
calls per second against the same server) and leaks a connection slot whenever a call is
cancelled at the wrong moment (encode/httpcore#1093: after a few thousand ``asyncio.wait_for``
cancellations every call waits for the pool). aiohttp's pool has neither problem; httpx-aiohttp
puts it behind httpx's transport interface, as openai-python's ``DefaultAioHttpClient`` does.

httpx-aiohttp maps aiohttp's errors coarsely: a server that drops the connection after reading
the request becomes ``httpx.ConnectTimeout``, which says "never sent" and would let the client
repeat a call that was applied. The retry policy depends on telling "never sent" from "maybe
applied", so the errors are mapped again here, from the aiohttp error itself.

aiohttp runs only on asyncio; under trio the transport is httpx's own (httpcore supports trio).
The choice is made at the first call, inside the event loop.

A connection pool belongs to the event loop it was opened in, so a client used under several
loops (``asyncio.run`` called twice, a loop per test, a Celery task each running its own) keeps
one pool per loop. Each pool is closed in its loop when the loop finishes its async generators
(``asyncio.run`` and trio do at their end), or closed without I/O when a later call finds its
loop already closed: no "Unclosed client session" is ever reported for it.
"""

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport


def _mapped(error: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """Return the httpx error an aiohttp error stands for, or None for one that is not aiohttp's."""
    message = str(error) or type(error).__name__
    kind: type[httpx.TransportError]
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting, or waiting for the pool: nothing was sent
    elif isinstance(error, aiohttp.ServerTimeoutError | TimeoutError):
        kind = httpx.ReadTimeout  # sent, no answer in time: it may have been applied
    elif isinstance(error, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(error, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # refused, unreachable, DNS: nothing was sent
    elif isinstance(error, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError  # closed or garbled after the request went out
    elif isinstance(error, aiohttp.ClientPayloadError | aiohttp.ClientOSError):
        kind = httpx.ReadError
    elif isinstance(error, aiohttp.InvalidURL):
        kind = httpx.UnsupportedProtocol
    elif isinstance(error, aiohttp.ClientError):
        kind = httpx.NetworkError
    else:
        return None
    return kind(message, request=request)


def _origin(error: BaseException) -> BaseException:
    """The aiohttp error behind one that httpx-aiohttp mapped (or the error itself)."""
    cause = error.__cause__
    return cause if isinstance(cause, aiohttp.ClientError | TimeoutError) else error


class _RemappedStream(httpx.AsyncByteStream):
    """A response body whose read errors are mapped as the request's are."""

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError, TimeoutError) as exc:
            mapped = _mapped(_origin(exc), self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        await self._stream.aclose()


class AiohttpTransportWithErrors(AiohttpTransport):
    """httpx-aiohttp's transport, with errors that say whether the request may have been sent."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError, TimeoutError) as exc:
            mapped = _mapped(_origin(exc), request)
            if mapped is None:
                raise
            raise mapped from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _RemappedStream(response.stream, request)
        return response


def _running_loop() -> object:
    """What identifies the running event loop: asyncio's loop, or trio's run token."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    try:
        import trio

        return trio.lowlevel.current_trio_token()
    except (ImportError, RuntimeError):
        return None


async def _closed_with_its_loop(pool: httpx.AsyncBaseTransport) -> AsyncGenerator[None, None]:
    """An async generator started in a pool's loop: the loop closes it when it finishes its
    async generators (at the end of ``asyncio.run`` and of a trio run), which closes the pool
    there, while the loop still runs."""
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            await pool.aclose()


def _close_without_io(pool: httpx.AsyncBaseTransport) -> None:
    """Mark an aiohttp pool whose loop is gone closed (its sockets went with the loop), so that
    it reports nothing when it is collected."""
    session = getattr(pool, "client", None)
    connector = getattr(session, "connector", None)
    if isinstance(connector, aiohttp.BaseConnector):
        connector._close()


class _LoopPool:
    """One event loop's pool, and the generator that closes it with the loop."""

    __slots__ = ("closer", "loop", "pool")

    def __init__(
        self, loop: object, pool: httpx.AsyncBaseTransport, closer: AsyncGenerator[None, None]
    ) -> None:
        self.loop = loop
        self.pool = pool
        self.closer = closer

    @property
    def finished(self) -> bool:
        """Whether the pool's loop is gone: closed, or done with its async generators."""
        if isinstance(self.loop, asyncio.AbstractEventLoop) and self.loop.is_closed():
            return True
        return getattr(self.closer, "ag_frame", None) is None


class DefaultAsyncTransport(httpx.AsyncBaseTransport):
    """aiohttp's pool under asyncio, httpx's own under trio; one per event loop, chosen at the
    loop's first call."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._pools: dict[int, _LoopPool] = {}
        """The pool of each loop, by the loop's id (the entry holds the loop: the id stays its)."""
        self._inner: httpx.AsyncBaseTransport | None = None

    @property
    def inner(self) -> httpx.AsyncBaseTransport | None:
        """The transport the last call chose (its loop's pool)."""
        return self._inner

    async def _pool(self) -> httpx.AsyncBaseTransport:
        loop = _running_loop()
        entry = self._pools.get(id(loop))
        if entry is None or entry.loop is not loop or entry.finished:
            self._forget_finished()
            pool: httpx.AsyncBaseTransport
            if isinstance(loop, asyncio.AbstractEventLoop):
                pool = AiohttpTransportWithErrors(limits=self._limits)
            else:
                pool = httpx.AsyncHTTPTransport(limits=self._limits)
            closer = _closed_with_its_loop(pool)
            await closer.asend(None)  # started here: the running loop now finalises it
            entry = self._pools[id(loop)] = _LoopPool(loop, pool, closer)
        self._inner = entry.pool
        return entry.pool

    def _forget_finished(self) -> None:
        """Drop the pools of loops that are gone, closing those their loop did not close."""
        for key, entry in list(self._pools.items()):
            if entry.finished:
                if getattr(entry.closer, "ag_frame", None) is not None:
                    _close_without_io(entry.pool)
                del self._pools[key]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = await self._pool()
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the running loop's pool; those of loops already gone are closed without I/O,
        those of other running loops by their loop when it ends."""
        entry = self._pools.pop(id(_running_loop()), None)
        if entry is not None:
            await entry.pool.aclose()
        self._forget_finished()

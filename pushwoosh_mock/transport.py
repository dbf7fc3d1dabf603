"""httpx transports that call a mock in process, without a socket: one sync, one async.

    client = PushwooshClient(http_client=httpx.Client(transport=InProcessTransport(app)), ...)

A connection the mock drops (a ``drop`` fault) reaches the client as it would over a socket: the
server closed the connection without an answer (``httpx.RemoteProtocolError``), so the client's
error and retry policy are the same in process and over HTTP. The sync transport runs the ASGI
app in an asyncio event loop of its own, on a daemon thread (so an unclosed transport never
keeps a program from exiting).
"""

import asyncio
import threading
from typing import Any

import httpx

from .connection import ConnectionDropped

CLIENT = ("127.0.0.1", 50000)
"""The address an in-process request comes from (loopback, as the control routes expect)."""


def _dropped(request: httpx.Request, exc: ConnectionDropped) -> httpx.RemoteProtocolError:
    error = httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )
    error.__cause__ = exc
    return error


class AsyncInProcessTransport(httpx.ASGITransport):
    """httpx's ASGI transport, with the mock's dropped connections seen as closed connections."""

    def __init__(self, app: Any) -> None:
        super().__init__(app=app, client=CLIENT)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDropped as exc:
            raise _dropped(request, exc) from exc


class InProcessTransport(httpx.BaseTransport):
    """A sync transport for the mock's ASGI app: for PushwooshClient and sync code under test."""

    def __init__(self, app: Any) -> None:
        self._transport = AsyncInProcessTransport(app)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="pushwoosh-mock-in-process", daemon=True
                ).start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            inner = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._transport.handle_async_request(inner)
            body = await response.aread()
            return response.status_code, response.headers.raw, body

        future = asyncio.run_coroutine_threadsafe(send(), self._running_loop())
        status, headers, body = future.result()
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)

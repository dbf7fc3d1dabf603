"""httpx transports that call a mock in process, without a socket: one sync, one async.

    client = PushwooshClient(http_client=httpx.Client(transport=InProcessTransport(app)), ...)

A connection the mock drops (a ``drop`` fault) reaches the client as it would over a socket: the
server closed the connection without an answer (``httpx.RemoteProtocolError``), so the client's
error and retry policy are the same in process and over HTTP. The sync transport runs the ASGI
app in an event loop of its own (an anyio blocking portal, as Starlette's TestClient does).
"""

import threading
from contextlib import AbstractContextManager
from typing import Any

import anyio.from_thread
import httpx
from anyio.from_thread import BlockingPortal

from .connection import ConnectionDropped

CLIENT = ("127.0.0.1", 50000)
"""The address an in-process request comes from (loopback, as the control routes expect)."""


def _dropped(request: httpx.Request, exc: ConnectionDropped) -> httpx.RemoteProtocolError:
    error = httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
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
        self._portal: BlockingPortal | None = None
        self._portal_context: AbstractContextManager[BlockingPortal] | None = None

    def _running_portal(self) -> BlockingPortal:
        with self._lock:
            if self._portal is None:
                self._portal_context = anyio.from_thread.start_blocking_portal()
                self._portal = self._portal_context.__enter__()
            return self._portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            inner = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._transport.handle_async_request(inner)
            body = await response.aread()
            return response.status_code, response.headers.raw, body

        status, headers, body = self._running_portal().call(send)
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        with self._lock:
            context, self._portal_context, self._portal = self._portal_context, None, None
        if context is not None:
            context.__exit__(None, None, None)

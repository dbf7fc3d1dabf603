"""httpx transports that call a mock in process, without a socket: one sync, one async.

    client = PushwooshClient(http_client=httpx.Client(transport=InProcessTransport(app)), ...)

What reaches the client is what it would meet over a socket, so that its error, timeout and retry
policy are the same in process and over HTTP:

- a connection the mock drops (a ``drop`` fault): the server closed the connection without an
  answer (``httpx.RemoteProtocolError``);
- an answer slower than the request's read timeout (httpx's ``timeout`` extension, which
  ``timeout=`` sets): ``httpx.ReadTimeout``, while the mock goes on with the call, as a server goes
  on with a call whose client gave up (in process there is no connection to open, no pool to wait
  for, and nothing left to write once the call starts, so the read timeout is the one that
  applies);
- a call in flight when the sync transport is closed: ``httpx.ReadError``, at once; a closed
  transport refuses new calls with ``httpx.ConnectError``.

The sync transport runs the ASGI app in an asyncio event loop of its own, on a daemon thread (so
an unclosed transport never keeps a program from exiting).
"""

import asyncio
import concurrent.futures
import threading
from typing import Any

import anyio
import httpx

from .connection import ConnectionDropped

CLIENT = ("127.0.0.1", 50000)
"""The address an in-process request comes from (loopback, as the control routes expect)."""
CLOSE_TIMEOUT = 10.0
"""The longest ``close`` waits for the calls still in the mock to stop (a call cancelled while a
worker thread handles its big body stops when that thread is done)."""


def _dropped(request: httpx.Request, exc: ConnectionDropped) -> httpx.RemoteProtocolError:
    error = httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )
    error.__cause__ = exc
    return error


def _read_timeout(request: httpx.Request) -> float | None:
    """The seconds the request may wait for its answer (None: no limit)."""
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return timeout.get("read")


def _timed_out(request: httpx.Request, seconds: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"no answer within the read timeout ({seconds:g} s)", request=request)


def _forget(task: "asyncio.Task[Any]") -> None:
    """Retrieve the outcome of a call nobody waits for any more (no 'never retrieved' log)."""
    if not task.cancelled():
        task.exception()


class AsyncInProcessTransport(httpx.ASGITransport):
    """httpx's ASGI transport, with the mock's dropped connections seen as closed connections and
    the request's read timeout honoured."""

    def __init__(self, app: Any) -> None:
        super().__init__(app=app, client=CLIENT)
        self._abandoned: set[asyncio.Task[Any]] = set()
        """Calls whose client stopped waiting, still running in the mock (referenced, so that
        the event loop does not collect them)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            timeout = _read_timeout(request)
            if timeout is None:
                return await super().handle_async_request(request)
            return await self._within(request, timeout)
        except ConnectionDropped as exc:
            raise _dropped(request, exc) from exc

    async def _within(self, request: httpx.Request, timeout: float) -> httpx.Response:
        """Answer within ``timeout`` or raise ReadTimeout, leaving the call to run on in the
        mock. Under an event loop other than asyncio (trio), the call is cancelled instead."""
        exchange = super().handle_async_request(request)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            with anyio.move_on_after(timeout):
                return await exchange
            raise _timed_out(request, timeout) from None
        task = asyncio.ensure_future(exchange)
        try:
            await asyncio.wait({task}, timeout=timeout)
        finally:
            if not task.done():  # timed out, or the caller was cancelled: the mock goes on
                self._abandoned.add(task)
                task.add_done_callback(self._abandoned.discard)
                task.add_done_callback(_forget)
        if not task.done():
            raise _timed_out(request, timeout)
        return task.result()


class InProcessTransport(httpx.BaseTransport):
    """A sync transport for the mock's ASGI app: for PushwooshClient and sync code under test."""

    def __init__(self, app: Any) -> None:
        self._transport = AsyncInProcessTransport(app)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._waiting: set[concurrent.futures.Future[Any]] = set()
        """The calls whose callers wait for their answer (failed at once by ``close``)."""

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        """The event loop the app runs in, started on first use (with the lock held)."""
        if self._loop is None:
            loop = asyncio.new_event_loop()
            threading.Thread(
                target=_run, args=(loop,), name="pushwoosh-mock-in-process", daemon=True
            ).start()
            self._loop = loop
        return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        timeout = _read_timeout(request)

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            inner = httpx.Request(
                request.method, request.url, headers=request.headers, content=content
            )
            response = await self._transport.handle_async_request(inner)
            body = await response.aread()
            return response.status_code, response.headers.raw, body

        with self._lock:
            if self._closed:
                raise httpx.ConnectError("the in-process transport is closed", request=request)
            future = asyncio.run_coroutine_threadsafe(send(), self._running_loop())
            self._waiting.add(future)
        try:
            status, headers, body = future.result(timeout)
        except concurrent.futures.TimeoutError:
            raise _timed_out(request, timeout or 0) from None
        except concurrent.futures.CancelledError:
            raise httpx.ReadError(
                "the transport was closed while the call was in flight", request=request
            ) from None
        finally:
            with self._lock:
                self._waiting.discard(future)
        return httpx.Response(status, headers=headers, content=body, request=request)

    def close(self) -> None:
        """Fail the calls in flight (their callers see the connection closed), stop the calls
        still running in the mock, and stop the event loop; later calls are refused."""
        with self._lock:
            self._closed = True
            loop, self._loop = self._loop, None
            waiting, self._waiting = self._waiting, set()
        for future in waiting:
            future.cancel()
        if loop is None:
            return
        stopped = asyncio.run_coroutine_threadsafe(_cancel_all(), loop)
        try:
            stopped.result(CLOSE_TIMEOUT)
        except (concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            pass  # a call that will not stop: the daemon thread is left to it
        finally:
            loop.call_soon_threadsafe(loop.stop)


def _run(loop: asyncio.AbstractEventLoop) -> None:
    """Run an event loop until it is stopped, then close it."""
    try:
        loop.run_forever()
    finally:
        loop.close()


async def _cancel_all() -> None:
    """Cancel every other task of the running loop and wait until they have stopped."""
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

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
"""

import asyncio
from collections.abc import AsyncIterator

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


def _on_asyncio() -> bool:
    """Say whether the caller runs in an asyncio event loop (trio has none)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class DefaultAsyncTransport(httpx.AsyncBaseTransport):
    """aiohttp's pool under asyncio, httpx's own under trio; chosen at the first call."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._inner: httpx.AsyncBaseTransport | None = None

    @property
    def inner(self) -> httpx.AsyncBaseTransport | None:
        """The transport in use, once a call has chosen it."""
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner
        if inner is None:
            if _on_asyncio():
                inner = AiohttpTransportWithErrors(limits=self._limits)
            else:
                inner = httpx.AsyncHTTPTransport(limits=self._limits)
            self._inner = inner
        return await inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()

# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""Retries as httpx transports that wrap the real one.

Only failures where the server cannot have applied the call are retried, so that no
non-idempotent call (postEvent, pushStat, an increment in setTags) is ever applied twice:

- the connection could not be opened (connect error, connect or pool timeout);
- HTTP 408, 429 or 503: the server refused the request before handling it.

A 500, 502 or 504, a read timeout and a 200 with status_code 210 are never retried.
The delay honours ``Retry-After`` first and otherwise backs off exponentially with jitter.
"""

import email.utils
import logging
import random
import time

import anyio
import httpx

log = logging.getLogger("pushwoosh_generated")

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, unless the client says otherwise."""
INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry when the server gives no Retry-After."""
MAX_RETRY_DELAY = 8.0
"""Longest backoff delay, in seconds."""
MAX_RETRY_AFTER = 60.0
"""A longer Retry-After is not honoured: the error is raised instead."""
RETRYABLE_STATUSES = frozenset({408, 429, 503})
"""Statuses that say the request was not handled."""
RETRYABLE_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport errors raised before the request reached the server."""


def parse_retry_after(response: httpx.Response) -> float | None:
    """Return the delay the server asks for, in seconds, or None when it asks for none."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def should_retry(response: httpx.Response) -> bool:
    """Say whether this answer means the request was not handled and may be sent again."""
    if response.status_code not in RETRYABLE_STATUSES:
        return False
    retry_after = parse_retry_after(response)
    if retry_after is not None and retry_after > MAX_RETRY_AFTER:
        log.debug("Not retrying: Retry-After %.1f s is too long", retry_after)
        return False
    log.debug("Retrying due to status code %i", response.status_code)
    return True


def retry_delay(retries_done: int, response: httpx.Response | None) -> float:
    """Return the seconds to wait before the next attempt."""
    if response is not None:
        retry_after = parse_retry_after(response)
        if retry_after is not None:
            return retry_after
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return backoff * (1.0 - 0.25 * random.random())


class RetryTransport(httpx.BaseTransport):
    """A synchronous transport that retries calls the server did not handle."""

    def __init__(
        self, wrapped: httpx.BaseTransport, max_retries: int = DEFAULT_MAX_RETRIES
    ) -> None:
        self.wrapped = wrapped
        self.max_retries = max_retries

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request, retrying as the module docstring says."""
        retries_done = 0
        while True:
            try:
                response = self.wrapped.handle_request(request)
            except RETRYABLE_ERRORS as exc:
                if retries_done >= self.max_retries:
                    raise
                log.debug("Retrying after %r", exc)
                time.sleep(retry_delay(retries_done, None))
                retries_done += 1
                continue
            if retries_done >= self.max_retries or not should_retry(response):
                return response
            response.close()
            time.sleep(retry_delay(retries_done, response))
            retries_done += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """An asynchronous transport that retries calls the server did not handle."""

    def __init__(
        self, wrapped: httpx.AsyncBaseTransport, max_retries: int = DEFAULT_MAX_RETRIES
    ) -> None:
        self.wrapped = wrapped
        self.max_retries = max_retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request, retrying as the module docstring says."""
        retries_done = 0
        while True:
            try:
                response = await self.wrapped.handle_async_request(request)
            except RETRYABLE_ERRORS as exc:
                if retries_done >= self.max_retries:
                    raise
                log.debug("Retrying after %r", exc)
                await anyio.sleep(retry_delay(retries_done, None))
                retries_done += 1
                continue
            if retries_done >= self.max_retries or not should_retry(response):
                return response
            await response.aclose()
            await anyio.sleep(retry_delay(retries_done, response))
            retries_done += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.wrapped.aclose()

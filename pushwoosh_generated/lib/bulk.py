"""Many calls of one method for a backend: a feature built on the client, not part of its runtime.

``client.bulk.map(client.set_tags, items)`` calls ``client.set_tags(**item)`` for every item, at
most ``concurrency`` at a time, each with the operation's own retry policy, and returns one
``ItemResult`` per item in input order: the method's result (typed by the method given) or the
error it raised. One failure never stops or hides the others. ``stream`` does the same for any
iterable, a generator over a million rows included, yielding results in input order as they
complete, with at most ``concurrency`` items held at a time: memory follows the concurrency, not
the input. The sync client runs calls on worker threads; the async one as tasks (anyio, so asyncio
and trio alike). A tqdm progress bar shows on a terminal (``progress=`` forces it on or off).
"""

import collections
import concurrent.futures
import difflib
import inspect
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import anyio
import attrs
from tqdm import tqdm

from .._config import is_whole_number
from .._operation import ABSENT, Absent
from ..errors import InvalidArgumentError
from .audience import DEVICES_PER_CALL, SetTagsJobReport, async_set_tags_job, set_tags_job
from .planning import Job, plan_messages, plan_registrations

if TYPE_CHECKING:
    from ..api.device import register_device, set_tags
    from ..client import AsyncPushwooshClient, PushwooshClient
    from ..results import CreateMessageResult

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CONCURRENCY = 16
"""Calls in flight at once unless the caller says otherwise (within the client's pool)."""


@attrs.frozen
class ItemResult(Generic[T]):
    """What one item of a bulk call came to: its result, or the error it raised."""

    index: int
    """The item's position in the input."""
    arguments: Mapping[str, Any]
    """The keyword arguments the method was called with."""
    result: T | None = None
    """The method's result when the call succeeded."""
    error: Exception | None = None
    """The error when the call failed: a PushwooshError, or whatever else the call raised (one
    item's unexpected failure never costs the other items their results)."""

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.error is None


def _concurrency(concurrency: int | None, client: Any) -> int:
    """The calls to run at once: as asked, or DEFAULT_CONCURRENCY within the client's pool;
    refused when it sends nothing or more than the pool's connections allow."""
    limit = getattr(client, "max_connections", None)
    if concurrency is None:
        return min(DEFAULT_CONCURRENCY, limit) if isinstance(limit, int) else DEFAULT_CONCURRENCY
    if not is_whole_number(concurrency, 1):
        raise ValueError(f"concurrency must be an integer >= 1, not {concurrency!r}")
    if isinstance(limit, int) and concurrency > limit:
        raise ValueError(
            f"concurrency {concurrency} is above the client's max_connections={limit}: the calls"
            " would wait for connections; build the client with max_connections >= concurrency"
        )
    return concurrency


def _bar(total: int | None, title: str, progress: bool | None) -> "tqdm[Any]":
    """A progress bar: on a terminal when progress is None, always when True, never when False."""
    return tqdm(
        total=total, desc=title, unit="call", disable=None if progress is None else not progress
    )


def _name(method: Callable[..., Any]) -> str:
    return getattr(method, "__name__", "call")


def _checker(method: Callable[..., Any]) -> Callable[[int, Any], Mapping[str, Any]]:
    """A check of one item's arguments against what the method takes (read once)."""
    accepted = frozenset(inspect.signature(method).parameters)
    name = _name(method)

    def checked(index: int, arguments: Any) -> Mapping[str, Any]:
        if not isinstance(arguments, Mapping):
            raise InvalidArgumentError(
                name, f"items[{index}]", "expected a mapping of keyword arguments"
            )
        if not accepted.issuperset(arguments):
            unknown = sorted(set(arguments) - accepted)
            close = difflib.get_close_matches(str(unknown[0]), sorted(accepted), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise InvalidArgumentError(
                name, f"items[{index}]", f"unknown arguments {unknown}{hint}"
            )
        return arguments

    return checked


def _all_checked(method: Callable[..., Any], items: Iterable[Any]) -> list[Mapping[str, Any]]:
    """Every item checked before anything is sent (the list forms)."""
    checked = _checker(method)
    return [checked(index, arguments) for index, arguments in enumerate(items)]


def _settle(method: Callable[..., R], index: int, arguments: Mapping[str, Any]) -> ItemResult[R]:
    """Call the method with one item's arguments and keep its result or its error."""
    try:
        return ItemResult(index, arguments, result=method(**arguments))
    except Exception as exc:
        return ItemResult(index, arguments, error=exc)


async def _settle_async(
    method: Callable[..., Awaitable[R]], index: int, arguments: Mapping[str, Any]
) -> ItemResult[R]:
    """Await one item's call; its result or its exception, as its ItemResult."""
    try:
        return ItemResult(index, arguments, result=await method(**arguments))
    except Exception as exc:
        return ItemResult(index, arguments, error=exc)


class Bulk:
    """Bulk calls of a PushwooshClient, from worker threads sharing its connection pool."""

    def __init__(self, client: "PushwooshClient") -> None:
        self._client = client

    def stream(
        self,
        method: Callable[..., R],
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> Iterator[ItemResult[R]]:
        """Call `method(**item)` for every item of any iterable, at most `concurrency` at a time;
        yield one result per item, in input order, as they complete. At most `concurrency`
        items are held at once. An item the method cannot take raises InvalidArgumentError
        when its turn comes."""
        concurrency = _concurrency(concurrency, self._client)
        checked = _checker(method)
        window: collections.deque[concurrent.futures.Future[ItemResult[R]]] = collections.deque()
        total = len(items) if isinstance(items, list | tuple) else None
        with (
            _bar(total, _name(method), progress) as bar,
            concurrent.futures.ThreadPoolExecutor(
                concurrency, thread_name_prefix="pushwoosh-bulk"
            ) as pool,
        ):
            try:
                for index, arguments in enumerate(items):
                    item = checked(index, arguments)
                    if len(window) >= concurrency:
                        yield window.popleft().result()
                        bar.update(1)
                    window.append(pool.submit(_settle, method, index, item))
                while window:
                    yield window.popleft().result()
                    bar.update(1)
            finally:
                for future in window:  # the caller stopped early: do not start the rest
                    future.cancel()

    def map(
        self,
        method: Callable[..., R],
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> list[ItemResult[R]]:
        """As `stream`, as a list; every item is checked before anything is sent."""
        work = _all_checked(method, items)
        return list(self.stream(method, work, concurrency=concurrency, progress=progress))

    def set_tags(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> "list[ItemResult[set_tags.Result]]":
        """Set tags on many devices or users: each item holds `set_tags` keyword arguments."""
        return self.map(self._client.set_tags, items, concurrency=concurrency, progress=progress)

    def set_tags_job(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        create_missing_tags: bool | Absent = ABSENT,
        devices_per_call: int = DEVICES_PER_CALL,
        timeout: float | None = None,
        progress: bool | None = None,
    ) -> SetTagsJobReport:
        """Set tags on any number of devices through the Audience API's bulkSetTags jobs.

        Each item is one device's update: `hwid` (or `user_id`, or `push_token`), `tags`, and
        optionally `list_operator` (`set`, `append`, `remove`). Items are read one call's worth
        at a time (from any iterable, however long), `devices_per_call` a call (at least 50, the
        API's minimum, in every call); each job is waited for (`timeout` bounds each wait) and
        the report says per device what was not applied. An item the spec refuses raises
        InvalidArgumentError naming it (the calls before it were started).
        """
        return set_tags_job(
            self._client,
            items,
            create_missing_tags=create_missing_tags,
            devices_per_call=devices_per_call,
            timeout=timeout,
            progress=progress,
        )

    def register_devices(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> "list[ItemResult[register_device.Result]]":
        """Register many devices: each item holds `register_device` keyword arguments.

        Items that only link a push device to a user (`user_id`, `hwid`, `device_type`, and
        `push_token`, `app_version`, `os_version`) go in one multiRegisterDevice per user;
        each of them gets that call's outcome (None, as register_device answers).
        """
        work = _all_checked(self._client.register_device, items)
        jobs = plan_registrations(work)
        done = self.map(
            self._call_job, [{"job": job} for job in jobs], concurrency=concurrency,
            progress=progress,
        )  # fmt: skip
        return _per_item(work, jobs, done)

    def _call_job(self, job: Job) -> Any:
        result = getattr(self._client, job.method)(**job.arguments)
        return None if job.method == "multi_register_device" else result

    def create_message(
        self,
        notification: Any,
        *,
        users: Iterable[str] | None = None,
        devices: Iterable[str] | None = None,
        concurrency: int | None = None,
        progress: bool | None = None,
        **arguments: Any,
    ) -> list[ItemResult[str | None]]:
        """Send one notification to a large audience: `users` or `devices`, split into
        notifications of at most 1,000 recipients, packed into as few createMessage requests as
        the limits allow (1,000 notifications, under 10 MB), sent at most `concurrency` at a time
        within the rate limit. One result per notification, in order: its message code (None
        without one) or the request's error. `arguments` go to every call (`application=`).
        The recipients come in a fixed order: a set is refused, since its order changes
        between processes and a repeated call must give each chunk the same recipients."""
        requests = plan_messages(notification, users, devices)
        done = self.map(
            self._client.create_message,
            [{**arguments, "notifications": chunks} for chunks in requests],
            concurrency=concurrency,
            progress=progress,
        )
        return _per_notification(requests, done)


def _per_item(
    work: list[Mapping[str, Any]], jobs: list[Job], done: list[ItemResult[Any]]
) -> list[ItemResult[Any]]:
    """One result per item, in input order, from each job's outcome."""
    results: list[ItemResult[Any] | None] = [None] * len(work)
    for job, outcome in zip(jobs, done, strict=True):
        for index in job.items:
            results[index] = ItemResult(index, work[index], outcome.result, outcome.error)
    return [r for r in results if r is not None]


def _per_notification(
    requests: list[list[Any]], done: "list[ItemResult[CreateMessageResult]]"
) -> list[ItemResult[str | None]]:
    """One result per notification (chunk of recipients), in order, from each request's outcome."""
    results: list[ItemResult[str | None]] = []
    for notifications, outcome in zip(requests, done, strict=True):
        for position, chunk in enumerate(notifications):
            code = None if outcome.result is None else outcome.result.messages[position]
            results.append(ItemResult(len(results), chunk, result=code, error=outcome.error))
    return results


class AsyncBulk:
    """Bulk calls of an AsyncPushwooshClient, as tasks (anyio: asyncio and trio)."""

    def __init__(self, client: "AsyncPushwooshClient") -> None:
        self._client = client

    @asynccontextmanager
    async def stream(
        self,
        method: Callable[..., Awaitable[R]],
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> AsyncIterator[AsyncIterator[ItemResult[R]]]:
        """Call `method(**item)` for every item of any iterable (or async iterable), at most
        `concurrency` at a time; the results come in input order as they complete, with at most
        `concurrency` items held at once::

            async with client.bulk.stream(client.set_tags, rows()) as results:
                async for result in results:
                    ...

        (a context manager, so that the calls in flight end with it, also under trio)."""
        concurrency = _concurrency(concurrency, self._client)
        send, receive = anyio.create_memory_object_stream[ItemResult[R]](0)
        total = len(items) if isinstance(items, list | tuple) else None
        with _bar(total, _name(method), progress) as bar:
            async with anyio.create_task_group() as group:
                group.start_soon(self._produce, method, items, concurrency, send, bar)
                try:
                    async with receive:
                        yield receive
                finally:
                    group.cancel_scope.cancel()

    async def _produce(
        self,
        method: Callable[..., Awaitable[R]],
        items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        concurrency: int,
        send: "anyio.abc.ObjectSendStream[ItemResult[R]]",
        bar: "tqdm[Any]",
    ) -> None:
        """Start a task per item, at most `concurrency` held at once; send their results in order."""
        window: collections.deque[_Slot[R]] = collections.deque()

        async def emit_head() -> None:
            slot = window[0]
            await slot.done.wait()
            window.popleft()
            bar.update(1)
            assert slot.result is not None
            await send.send(slot.result)

        checked = _checker(method)
        async with send, anyio.create_task_group() as workers:
            index = 0
            async for arguments in _aiter(items):
                item = checked(index, arguments)
                while len(window) >= concurrency:
                    await emit_head()
                slot = _Slot[R](index, item)
                window.append(slot)
                workers.start_soon(slot.run, method)
                index += 1
            while window:
                await emit_head()

    async def map(
        self,
        method: Callable[..., Awaitable[R]],
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> list[ItemResult[R]]:
        """As `stream`, as a list; every item is checked before anything is sent.

        With the whole list held anyway, no window is needed: `concurrency` workers take the
        items in turn and put each result in its place (a window's task, event and hand-off per
        item cost a third of the calls per second, bench/RESULTS.md)."""
        work = _all_checked(method, items)
        concurrency = _concurrency(concurrency, self._client)
        results: list[ItemResult[R] | None] = [None] * len(work)
        turns = iter(enumerate(work))
        with _bar(len(work), _name(method), progress) as bar:

            async def worker() -> None:
                for index, arguments in turns:  # one event loop: next() is never shared mid-way
                    results[index] = await _settle_async(method, index, arguments)
                    bar.update(1)

            async with anyio.create_task_group() as workers:
                for _ in range(min(concurrency, len(work))):
                    workers.start_soon(worker)
        return cast("list[ItemResult[R]]", results)

    async def set_tags(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> "list[ItemResult[set_tags.Result]]":
        """Set tags on many devices or users: each item holds `set_tags` keyword arguments."""
        return await self.map(
            self._client.set_tags, items, concurrency=concurrency, progress=progress
        )

    async def set_tags_job(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        create_missing_tags: bool | Absent = ABSENT,
        devices_per_call: int = DEVICES_PER_CALL,
        timeout: float | None = None,
        progress: bool | None = None,
    ) -> SetTagsJobReport:
        """As the blocking client's `bulk.set_tags_job`, awaiting each call."""
        return await async_set_tags_job(
            self._client,
            items,
            create_missing_tags=create_missing_tags,
            devices_per_call=devices_per_call,
            timeout=timeout,
            progress=progress,
        )

    async def register_devices(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int | None = None,
        progress: bool | None = None,
    ) -> "list[ItemResult[register_device.Result]]":
        """Register many devices, as Bulk.register_devices does (multiRegisterDevice where it fits)."""
        work = _all_checked(self._client.register_device, items)
        jobs = plan_registrations(work)
        done = await self.map(
            self._call_job, [{"job": job} for job in jobs], concurrency=concurrency,
            progress=progress,
        )  # fmt: skip
        return _per_item(work, jobs, done)

    async def _call_job(self, job: Job) -> Any:
        result = await getattr(self._client, job.method)(**job.arguments)
        return None if job.method == "multi_register_device" else result

    async def create_message(
        self,
        notification: Any,
        *,
        users: Iterable[str] | None = None,
        devices: Iterable[str] | None = None,
        concurrency: int | None = None,
        progress: bool | None = None,
        **arguments: Any,
    ) -> list[ItemResult[str | None]]:
        """As Bulk.create_message, with tasks."""
        requests = plan_messages(notification, users, devices)
        done = await self.map(
            self._client.create_message,
            [{**arguments, "notifications": chunks} for chunks in requests],
            concurrency=concurrency,
            progress=progress,
        )
        return _per_notification(requests, done)


class _Slot(Generic[R]):
    """One item of an async stream: its call, and the result once done."""

    def __init__(self, index: int, arguments: Mapping[str, Any]) -> None:
        self.index = index
        self.arguments = arguments
        self.done = anyio.Event()
        self.result: ItemResult[R] | None = None

    async def run(self, method: Callable[..., Awaitable[R]]) -> None:
        try:
            self.result = await _settle_async(method, self.index, self.arguments)
        finally:
            self.done.set()


async def _aiter(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    """Iterate a sync or an async iterable alike."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item

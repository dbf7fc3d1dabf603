"""Many calls of one method for a backend: bounded concurrency, one result per item, progress.

``client.bulk.set_tags(items)`` sends ``client.set_tags(**item)`` for every item, at most
``concurrency`` at a time, each with its operation's own retry policy (the client's). One failure
never stops or hides the others: every item gets an ``ItemResult``, in input order, holding the
method's result or the error it raised. A progress bar (tqdm) shows on a terminal and stays off
otherwise, unless ``progress=`` says so.
"""

import asyncio
import concurrent.futures
import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from tqdm import tqdm

from .errors import InvalidArgumentError, PushwooshError

if TYPE_CHECKING:
    from .client import AsyncPushwooshClient, PushwooshClient

T = TypeVar("T")

DEFAULT_CONCURRENCY = 16
"""Calls in flight at once unless the caller says otherwise."""


@attrs.frozen
class ItemResult(Generic[T]):
    """What one item of a bulk call came to: its result, or the error it raised."""

    index: int
    """The item's position in the input."""
    arguments: Mapping[str, Any]
    """The keyword arguments the method was called with."""
    result: T | None = None
    """The method's result when the call succeeded."""
    error: PushwooshError | None = None
    """The error when the call failed."""

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.error is None


def _check(concurrency: int) -> None:
    """Refuse a concurrency that would send nothing or everything at once by mistake."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an integer >= 1, not {concurrency!r}")


def _bar(total: int, method: str, progress: bool | None) -> "tqdm[Any]":
    """A progress bar: on a terminal when progress is None, always when True, never when False."""
    return tqdm(
        total=total, desc=method, unit="call", disable=None if progress is None else not progress
    )


def _items(
    method: str, bound: Callable[..., Any], items: Iterable[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """Return the items as a list, refusing (before anything is sent) one the method cannot take."""
    accepted = set(inspect.signature(bound).parameters)
    work = list(items)
    for index, arguments in enumerate(work):
        if not isinstance(arguments, Mapping):
            raise InvalidArgumentError(
                method, f"items[{index}]", "expected a mapping of keyword arguments"
            )
        unknown = sorted(set(arguments) - accepted)
        if unknown:
            raise InvalidArgumentError(method, f"items[{index}]", f"unknown arguments {unknown}")
    return work


def _settle(index: int, arguments: Mapping[str, Any], call: Callable[..., Any]) -> ItemResult[Any]:
    """Run one call and keep its result or its error."""
    try:
        return ItemResult(index, arguments, result=call(**arguments))
    except PushwooshError as exc:
        return ItemResult(index, arguments, error=exc)


class Bulk:
    """Bulk calls of a PushwooshClient, from worker threads sharing its connection pool."""

    def __init__(self, client: "PushwooshClient") -> None:
        self._client = client

    def call(
        self,
        method: str,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Call `client.<method>(**item)` for every item; return one result per item, in order."""
        _check(concurrency)
        bound = getattr(self._client, method)
        work = _items(method, bound, items)
        results: list[ItemResult[Any]] = []
        with (
            _bar(len(work), method, progress) as bar,
            concurrent.futures.ThreadPoolExecutor(
                concurrency, thread_name_prefix="pushwoosh-bulk"
            ) as pool,
        ):
            futures = [
                pool.submit(_settle, i, arguments, bound) for i, arguments in enumerate(work)
            ]
            for future in concurrent.futures.as_completed(futures):
                results.append(future.result())
                bar.update()
        return sorted(results, key=lambda item: item.index)

    def set_tags(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Set tags on many devices or users: each item holds `set_tags` keyword arguments."""
        return self.call("set_tags", items, concurrency=concurrency, progress=progress)

    def register_devices(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Register many devices: each item holds `register_device` keyword arguments."""
        return self.call("register_device", items, concurrency=concurrency, progress=progress)


class AsyncBulk:
    """Bulk calls of an AsyncPushwooshClient, as tasks limited by a semaphore."""

    def __init__(self, client: "AsyncPushwooshClient") -> None:
        self._client = client

    async def call(
        self,
        method: str,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Await `client.<method>(**item)` for every item; return one result per item, in order."""
        _check(concurrency)
        bound: Callable[..., Awaitable[Any]] = getattr(self._client, method)
        work = _items(method, bound, items)
        gate = asyncio.Semaphore(concurrency)
        with _bar(len(work), method, progress) as bar:

            async def one(index: int, arguments: Mapping[str, Any]) -> ItemResult[Any]:
                async with gate:
                    try:
                        return ItemResult(index, arguments, result=await bound(**arguments))
                    except PushwooshError as exc:
                        return ItemResult(index, arguments, error=exc)
                    finally:
                        bar.update()

            return list(await asyncio.gather(*(one(i, a) for i, a in enumerate(work))))

    async def set_tags(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Set tags on many devices or users: each item holds `set_tags` keyword arguments."""
        return await self.call("set_tags", items, concurrency=concurrency, progress=progress)

    async def register_devices(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
    ) -> list[ItemResult[Any]]:
        """Register many devices: each item holds `register_device` keyword arguments."""
        return await self.call("register_device", items, concurrency=concurrency, progress=progress)

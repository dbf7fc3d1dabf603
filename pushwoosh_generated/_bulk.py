# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
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

from .errors import InvalidArgumentError

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
    error: Exception | None = None
    """The error when the call failed: a PushwooshError, or whatever else the call raised (one
    item's unexpected failure never costs the other items their results)."""

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


PUSH_DEVICE_FIELDS = {
    "hwid": "hwid",
    "device_type": "platform",
    "push_token": "push_token",
    "app_version": "app_version",
    "os_version": "os_version",
}
"""register_device arguments that a multiRegisterDevice push device carries, with its names."""


@attrs.frozen
class Job:
    """One call of a bulk run, on behalf of one item or of several (a multiRegisterDevice)."""

    method: str
    arguments: Mapping[str, Any]
    items: tuple[int, ...]


def plan_registrations(work: list[Mapping[str, Any]]) -> list[Job]:
    """Group registrations that only link a push device to a user into one multiRegisterDevice
    per user and application; every other item is a register_device call of its own."""
    groups: dict[tuple[Any, str], list[int]] = {}
    jobs = []
    for index, item in enumerate(work):
        fits = (
            isinstance(item.get("user_id"), str)
            and "hwid" in item
            and "device_type" in item
            and set(item) <= {"application", "user_id", *PUSH_DEVICE_FIELDS}
        )
        if fits:
            groups.setdefault((item.get("application"), item["user_id"]), []).append(index)
        else:
            jobs.append(Job("register_device", item, (index,)))
    for (application, user), indices in groups.items():
        devices = [
            {PUSH_DEVICE_FIELDS[k]: v for k, v in work[i].items() if k in PUSH_DEVICE_FIELDS}
            for i in indices
        ]
        arguments = {"user_id": user, "push_devices": devices}
        if application is not None:
            arguments["application"] = application
        jobs.append(Job("multi_register_device", arguments, tuple(indices)))
    return jobs


def _settle(job: Job, call: Callable[..., Any]) -> tuple[Job, Any, Exception | None]:
    """Run one job and keep its result or its error, whatever the error."""
    try:
        return job, call(**job.arguments), None
    except Exception as exc:
        return job, None, exc


def _per_item(
    work: list[Mapping[str, Any]], done: Iterable[tuple[Job, Any, Exception | None]]
) -> list[ItemResult[Any]]:
    """One result per item, in input order, from the outcome of each job."""
    results: list[ItemResult[Any] | None] = [None] * len(work)
    for job, result, error in done:
        for index in job.items:
            results[index] = ItemResult(index, work[index], result=result, error=error)
    return [r for r in results if r is not None]


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
        work = _items(method, getattr(self._client, method), items)
        return self._run(
            work, [Job(method, a, (i,)) for i, a in enumerate(work)], method, concurrency, progress
        )

    def _run(
        self,
        work: list[Mapping[str, Any]],
        jobs: list[Job],
        title: str,
        concurrency: int,
        progress: bool | None,
    ) -> list[ItemResult[Any]]:
        """Run the jobs from worker threads, at most `concurrency` at once."""
        _check(concurrency)
        done = []
        with (
            _bar(len(work), title, progress) as bar,
            concurrent.futures.ThreadPoolExecutor(
                concurrency, thread_name_prefix="pushwoosh-bulk"
            ) as pool,
        ):
            futures = [pool.submit(_settle, job, getattr(self._client, job.method)) for job in jobs]
            for future in concurrent.futures.as_completed(futures):
                done.append(future.result())
                bar.update(len(done[-1][0].items))
        return _per_item(work, done)

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
        """Register many devices: each item holds `register_device` keyword arguments.

        Items that only link a push device to a user (`user_id`, `hwid`, `device_type`, and
        `push_token`, `app_version`, `os_version`) go in one multiRegisterDevice per user;
        each of them gets that call's outcome.
        """
        work = _items("register_device", self._client.register_device, items)
        return self._run(work, plan_registrations(work), "register_device", concurrency, progress)


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
        work = _items(method, getattr(self._client, method), items)
        jobs = [Job(method, a, (i,)) for i, a in enumerate(work)]
        return await self._run(work, jobs, method, concurrency, progress)

    async def _run(
        self,
        work: list[Mapping[str, Any]],
        jobs: list[Job],
        title: str,
        concurrency: int,
        progress: bool | None,
    ) -> list[ItemResult[Any]]:
        """Run the jobs as tasks, at most `concurrency` at once."""
        _check(concurrency)
        gate = asyncio.Semaphore(concurrency)
        with _bar(len(work), title, progress) as bar:

            async def one(job: Job) -> tuple[Job, Any, Exception | None]:
                call: Callable[..., Awaitable[Any]] = getattr(self._client, job.method)
                async with gate:
                    try:
                        return job, await call(**job.arguments), None
                    except Exception as exc:
                        return job, None, exc
                    finally:
                        bar.update(len(job.items))

            return _per_item(work, await asyncio.gather(*(one(job) for job in jobs)))

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
        """Register many devices, as Bulk.register_devices does (multiRegisterDevice where it fits)."""
        work = _items("register_device", self._client.register_device, items)
        return await self._run(
            work, plan_registrations(work), "register_device", concurrency, progress
        )

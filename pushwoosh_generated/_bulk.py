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
import json
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


MAX_RECIPIENTS = 1000
"""`users` or `devices` per notification, at most (the vendor's limit)."""
MAX_NOTIFICATIONS = 1000
"""Notifications per createMessage request, at most (the vendor's limit)."""
MAX_BODY_BYTES = 9_500_000
"""Bytes of notifications per request: under the vendor's 10 MB, with room for the envelope."""


def _notification_dict(notification: Any) -> dict[str, Any]:
    """A notification as a plain dict (a `Notification` model or a mapping)."""
    if isinstance(notification, Mapping):
        return dict(notification)
    if attrs.has(type(notification)) and hasattr(notification, "to_dict"):
        converted: dict[str, Any] = notification.to_dict()
        return converted
    raise InvalidArgumentError(
        "create_message", "notification", "expected a Notification or a mapping of its fields"
    )


def plan_messages(
    notification: Any, users: Iterable[str] | None, devices: Iterable[str] | None
) -> list[list[Any]]:
    """Split the recipients into notifications of at most MAX_RECIPIENTS each, and pack them
    into as few createMessage requests as the limits allow (notifications, body size).

    A notification with its own `transactionId` gives each chunk that id and its number, so a
    repeated bulk call sends nothing twice; otherwise each chunk gets a fresh one from the client.
    """
    if (users is None) == (devices is None):
        raise InvalidArgumentError(
            "bulk.create_message", "users or devices", "give exactly one of them"
        )
    field = "users" if users is not None else "devices"
    recipients = list(dict.fromkeys(users if users is not None else devices or []))
    base = _notification_dict(notification)
    base.pop("users", None)
    base.pop("devices", None)
    transaction = base.get("transactionId")
    chunks = []
    for number, start in enumerate(range(0, len(recipients), MAX_RECIPIENTS)):
        chunk = {**base, field: recipients[start : start + MAX_RECIPIENTS]}
        if transaction:
            chunk["transactionId"] = f"{transaction}-{number}"
        chunks.append(chunk)
    requests: list[list[Any]] = []
    size = 0
    for chunk in chunks:
        cost = len(json.dumps(chunk, default=str)) + 1
        if not requests or len(requests[-1]) >= MAX_NOTIFICATIONS or size + cost > MAX_BODY_BYTES:
            requests.append([])
            size = 0
        requests[-1].append(chunk)
        size += cost
    return requests


def _message_results(
    requests: list[list[Any]], done: Iterable[tuple[int, Any, Exception | None]]
) -> list[ItemResult[str | None]]:
    """One result per notification (chunk of recipients), in order, from each request's outcome."""
    results: list[ItemResult[str | None]] = []
    outcomes = dict((number, (result, error)) for number, result, error in done)
    for number, notifications in enumerate(requests):
        result, error = outcomes[number]
        for position, chunk in enumerate(notifications):
            code = None if error is not None else result.messages[position]
            results.append(ItemResult(len(results), chunk, result=code, error=error))
    return results


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

    def create_message(
        self,
        notification: Any,
        *,
        users: Iterable[str] | None = None,
        devices: Iterable[str] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
        **arguments: Any,
    ) -> list[ItemResult[str | None]]:
        """Send one notification to a large audience: `users` or `devices`, split into
        notifications of at most 1,000 recipients, packed into as few createMessage requests as
        the limits allow (1,000 notifications, under 10 MB), sent at most `concurrency` at a time
        within the rate limit. One result per notification, in order: its message code (None
        without one) or the request's error. `arguments` go to every call (`application=`)."""
        _check(concurrency)
        requests = plan_messages(notification, users, devices)
        done: list[tuple[int, Any, Exception | None]] = []
        with (
            _bar(sum(map(len, requests)), "create_message", progress) as bar,
            concurrent.futures.ThreadPoolExecutor(
                concurrency, thread_name_prefix="pushwoosh-bulk"
            ) as pool,
        ):
            futures = {
                pool.submit(self._client.create_message, notifications=chunks, **arguments): n
                for n, chunks in enumerate(requests)
            }
            for future in concurrent.futures.as_completed(futures):
                number = futures[future]
                try:
                    done.append((number, future.result(), None))
                except Exception as exc:
                    done.append((number, None, exc))
                bar.update(len(requests[number]))
        return _message_results(requests, done)

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

    async def create_message(
        self,
        notification: Any,
        *,
        users: Iterable[str] | None = None,
        devices: Iterable[str] | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool | None = None,
        **arguments: Any,
    ) -> list[ItemResult[str | None]]:
        """As Bulk.create_message, with tasks."""
        _check(concurrency)
        requests = plan_messages(notification, users, devices)
        gate = asyncio.Semaphore(concurrency)
        with _bar(sum(map(len, requests)), "create_message", progress) as bar:

            async def one(number: int) -> tuple[int, Any, Exception | None]:
                async with gate:
                    try:
                        result = await self._client.create_message(
                            notifications=requests[number], **arguments
                        )
                        return number, result, None
                    except Exception as exc:
                        return number, None, exc
                    finally:
                        bar.update(len(requests[number]))

            done = await asyncio.gather(*(one(n) for n in range(len(requests))))
        return _message_results(requests, done)

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

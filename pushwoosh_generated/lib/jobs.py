"""Jobs: calls that start work the API finishes later, and waiting for their result.

A method whose operation starts a job (the spec's ``x-pushwoosh-job``: getMsgStats, getAppStats,
… whose result getResults answers) returns a ``StartedJob``: the job's id and how to read it.
``client.jobs.wait(started)`` polls the status operation the spec names, with backoff (through
the clients' ``clock``, so a test harness can skip the waits), until the result is ready, and
returns it typed by the spec's result schema. A status answer that is not one of the spec's
"not ready yet" messages raises ``JobFailedError`` with what the API said; ``timeout`` bounds the
whole wait (``APITimeoutError``). Each poll is an ordinary call, with the status operation's own
retries (every status operation is safe to repeat). A tqdm bar shows the wait on a terminal.
"""

import functools
import importlib
import pkgutil
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlsplit

import anyio.lowlevel
import attrs
import httpx
from tqdm import tqdm

from pushwoosh_spec.facts import JobFacts, pointer

from .. import clock
from .._base_client import CallOptions
from .._operation import ABSENT, Operation
from ..errors import APITimeoutError, ArgumentError, InvalidArgumentError, JobFailedError
from . import exports

if TYPE_CHECKING:
    from ..client import AsyncPushwooshClient, PushwooshClient

T = TypeVar("T")

FIRST_POLL = 1.0
"""Seconds before the first poll (a Pushwoosh tool polls its exports every second)."""
BACKOFF = 1.5
"""Each wait is this many times the previous one ..."""
LONGEST_POLL = 30.0
"""... up to this (a Pushwoosh employee's client polls getResults every 30 seconds)."""
ROWS_BETWEEN_CHECKPOINTS = 1000
"""The async ``jobs.rows`` lets other tasks run after this many rows."""


@attrs.frozen
class StartedJob(Generic[T]):
    """A job the API started: its id, and how to wait for its result (``client.jobs.wait``)."""

    operation: str
    """The operation that started it (``getMsgStats``)."""
    id: str
    """The job's id, as the start answered it (getResults' ``request_id``)."""
    facts: JobFacts = attrs.field(repr=False)
    """The spec's ``x-pushwoosh-job`` of the starting operation."""
    parse: Callable[[Any], T] = attrs.field(repr=False, eq=False)
    """Turns the status operation's result into the typed result."""

    @classmethod
    def from_answer(
        cls, operation: str, facts: JobFacts, answer: Any, parse: Callable[[Any], T]
    ) -> "StartedJob[T]":
        """Read the job's id from the start's whole answer (the spec's pointer ``facts.id``)."""
        try:
            found = pointer(answer, facts.id)
        except (KeyError, IndexError, ValueError):
            raise TypeError(f"{operation}'s answer has no job id at {facts.id}") from None
        if not isinstance(found, str | int) or isinstance(found, bool):
            raise TypeError(f"{operation}'s job id is not a string: {found!r}")
        return cls(operation=operation, id=str(found), facts=facts, parse=parse)


@functools.cache
def _generated() -> tuple[Mapping[str, Operation[Any]], tuple[JobFacts, ...]]:
    """Every generated operation by name (the status operations are among them), and the
    spec's ``x-pushwoosh-job`` of each job-starting one."""
    from .. import api

    found: dict[str, Operation[Any]] = {}
    jobs: list[JobFacts] = []
    for module in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        loaded = importlib.import_module(module.name)
        operation = getattr(loaded, "OPERATION", None)
        if isinstance(operation, Operation):
            found[operation.name] = operation
        job = getattr(loaded, "JOB", None)
        if isinstance(job, JobFacts):
            jobs.append(job)
    return found, tuple(jobs)


def _operations() -> Mapping[str, Operation[Any]]:
    return _generated()[0]


def _checked(started: Any) -> StartedJob[Any]:
    if not isinstance(started, StartedJob):
        raise InvalidArgumentError(
            "jobs.wait",
            "started",
            "expected what a job-starting method returned (a StartedJob, such as"
            f" get_msg_stats()'s answer), got {type(started).__name__}",
        )
    return started


def _check_timeout(timeout: float | None) -> None:
    if timeout is not None and (not isinstance(timeout, int | float) or timeout <= 0):
        raise InvalidArgumentError(
            "jobs.wait", "timeout", f"expected a number of seconds above 0 or None, got {timeout!r}"
        )


class _Poll:
    """One wait's state: the calls to make, what their answers mean, and when to give up."""

    def __init__(
        self, started: StartedJob[Any], host: str, timeout: float | None, progress: bool | None
    ) -> None:
        self.started = started
        self.operation = _operations()[started.facts.status]
        self.arguments = {started.facts.id_field: started.id}
        self.host = host
        self.timeout = timeout
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.delay = FIRST_POLL
        shown = sys.stderr.isatty() if progress is None else progress
        reports = started.facts.progress is not None
        self.bar = tqdm(
            desc=f"{started.operation} {started.id}",
            total=100 if reports else None,
            unit="%" if reports else " polls",
            disable=not shown,
        )

    def options(self) -> CallOptions:
        left = None if self.deadline is None else max(self.deadline - time.monotonic(), 0.001)
        return CallOptions(None, None, ABSENT, ABSENT if left is None else left)

    def finished(self, error: ArgumentError | None, answer: Any) -> tuple[bool, Any]:
        """Whether the job is over, with its typed result; raise JobFailedError when it failed.

        A job with a ``state`` (the v2 families) is done or failed when the status answer's
        state is one of the spec's values for it, and still running otherwise; one without
        (getResults) is running while the status operation refuses with a ``pending`` message.
        """
        facts = self.started.facts
        if error is not None:
            self.bar.update(1)
            if facts.state is None and error.status_message in facts.pending:
                return False, None
            raise JobFailedError(self.started, error.status_message, error.body) from error
        data = answer if self.operation.plain else {"response": answer}
        if facts.state is None:
            self.bar.update(1)
            return True, self.started.parse(pointer(data, facts.result))
        state = _found(data, facts.state)
        self._show_progress(data)
        if state in facts.done:
            return True, self.started.parse(pointer(data, facts.result))
        if state in facts.failed:
            message = _found(data, "/message") or _found(data, "/error") or state
            raise JobFailedError(self.started, str(message), data)
        return False, None

    def _show_progress(self, data: Any) -> None:
        """Move the bar to the API's progress figure, where it reports one."""
        where = self.started.facts.progress
        if where is None:
            self.bar.update(1)
            return
        figure = _found(data, where)
        if isinstance(figure, int | float) and not isinstance(figure, bool):
            self.bar.update(max(0.0, min(float(figure), 100.0)) - self.bar.n)

    def next_wait(self) -> float:
        """Seconds to wait before the next poll; APITimeoutError when the time is up."""
        wait, self.delay = self.delay, min(self.delay * BACKOFF, LONGEST_POLL)
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise self.timed_out()
            wait = min(wait, left)
        return wait

    def timed_out(self) -> APITimeoutError:
        """The error of a wait past its timeout."""
        return APITimeoutError(
            f"jobs.wait({self.started.operation})", self.host, "job", self.timeout
        )

    def out_of_time(self, error: APITimeoutError) -> APITimeoutError:
        """A poll's timeout: the wait's own when the wait's time is up, else the poll's."""
        if self.deadline is not None and time.monotonic() >= self.deadline:
            return self.timed_out()
        return error


class _Rounds:
    """Several jobs polled together: each job's own poll (what its answers mean), one schedule
    of waits and one deadline for all (the first poll's), and one bar counting finished jobs."""

    def __init__(
        self,
        started: list[StartedJob[Any]],
        client: Any,
        timeout: float | None,
        progress: bool | None,
    ) -> None:
        _check_timeout(timeout)
        host = urlsplit(client.base_url).netloc
        self.polls = [_Poll(job, host, timeout, False) for job in started]
        self.pending = list(range(len(started)))
        self.results: list[Any] = [None] * len(started)
        shown = sys.stderr.isatty() if progress is None else progress
        self.bar = tqdm(desc="jobs", total=len(started), unit=" jobs", disable=not shown)

    def next_wait(self) -> float:
        return self.polls[0].next_wait()  # the rounds' schedule: one backoff for all

    def options(self) -> CallOptions:
        return self.polls[0].options()

    def settle(self, index: int, error: ArgumentError | None, answer: Any) -> None:
        """Read one job's answer: done (its result), failed (its error), or still pending."""
        try:
            done, result = self.polls[index].finished(error, answer)
        except JobFailedError as failed:
            done, result = True, failed
        if done:
            self.results[index] = result
            self.pending.remove(index)
            self.bar.update(1)

    def out_of_time(self, error: APITimeoutError) -> APITimeoutError:
        return self.polls[0].out_of_time(error)

    def close(self) -> None:
        for poll in self.polls:
            poll.bar.close()
        self.bar.close()


class Jobs:
    """``client.jobs``: wait for the jobs the blocking client starts."""

    def __init__(self, client: "PushwooshClient") -> None:
        self._client = client

    def wait(
        self, started: StartedJob[T], *, timeout: float | None = None, progress: bool | None = None
    ) -> T:
        """Poll the job until its result is ready and return it, typed.

        Args:
            started: What the job-starting method returned.
            timeout: The bound on the whole wait in seconds (None: no bound).
            progress: Show a progress bar (default: on a terminal).

        Raises:
            errors.JobFailedError: the API says the job failed (its message and body kept).
            errors.APITimeoutError: the result was not ready within ``timeout``.
        """
        job = _checked(started)
        _check_timeout(timeout)
        poll = _Poll(job, urlsplit(self._client.base_url).netloc, timeout, progress)
        try:
            while True:
                clock.sleep(poll.next_wait())
                try:
                    answer = self._client._request(poll.operation, poll.arguments, poll.options())
                except ArgumentError as error:
                    done, result = poll.finished(error, None)
                except APITimeoutError as error:
                    raise poll.out_of_time(error) from None
                else:
                    done, result = poll.finished(None, _raw(answer))
                if done:
                    return result  # type: ignore[no-any-return]
        finally:
            poll.bar.close()

    def wait_all(
        self,
        started: Sequence[StartedJob[T]],
        *,
        timeout: float | None = None,
        progress: bool | None = None,
    ) -> list[T | JobFailedError]:
        """Wait for several jobs at once: every pending job is polled once a round, with one
        wait between rounds (as `wait`'s), so N jobs take about as long as the slowest.

        Returns each job's result in the order given, or the JobFailedError of a job that
        failed (not raised: the others' results are kept).

        Raises:
            errors.APITimeoutError: not every job was done within ``timeout``.
        """
        rounds = _Rounds([_checked(job) for job in started], self._client, timeout, progress)
        try:
            while rounds.pending:
                clock.sleep(rounds.next_wait())
                for index in list(rounds.pending):
                    poll = rounds.polls[index]
                    try:
                        answer = self._client._request(
                            poll.operation, poll.arguments, rounds.options()
                        )
                    except ArgumentError as error:
                        rounds.settle(index, error, None)
                    except APITimeoutError as error:
                        raise rounds.out_of_time(error) from None
                    else:
                        rounds.settle(index, None, _raw(answer))
            return rounds.results
        finally:
            rounds.close()

    def rows(self, result: Any) -> Iterator[dict[str, Any]]:
        """Stream a finished export's file, one dict per device, in bounded memory.

        Each row has ``hwid``, ``user_id``, ``push_token``, ``type`` and ``type_humanized``
        (None where the export did not ask for them) and ``tags`` (name to value).

        Args:
            result: What ``jobs.wait(client.export_segment(...))`` returned, or the file's URL.

        Raises:
            errors.InvalidArgumentError: no file link (the export was asked for counts only).
            errors.APIConnectionError: the download failed (MalformedResponseError: not 200).
        """
        url = _file_url(result)
        http = self._client._http
        with exports.spool() as file:
            try:
                with http.stream("GET", url, timeout=self._client.timeout) as response:
                    if response.status_code != 200:
                        response.read()
                        raise exports.download_failed(url, response, None)
                    for chunk in response.iter_bytes(exports.CHUNK_BYTES):
                        file.write(chunk)
            except httpx.TransportError as exc:
                raise exports.download_failed(url, None, exc) from None
            yield from exports.rows(file)


def _file_url(result: Any) -> httpx.URL:
    return exports.checked_url(exports.file_url(result, _generated()[1]))


class AsyncJobs:
    """``client.jobs``: wait for the jobs the async client starts (cancellation-safe: a
    cancelled wait leaves nothing running)."""

    def __init__(self, client: "AsyncPushwooshClient") -> None:
        self._client = client

    async def wait(
        self, started: StartedJob[T], *, timeout: float | None = None, progress: bool | None = None
    ) -> T:
        """As the blocking client's ``jobs.wait``, awaiting each poll."""
        job = _checked(started)
        _check_timeout(timeout)
        poll = _Poll(job, urlsplit(self._client.base_url).netloc, timeout, progress)
        try:
            while True:
                await clock.async_sleep(poll.next_wait())
                try:
                    answer = await self._client._request(
                        poll.operation, poll.arguments, poll.options()
                    )
                except ArgumentError as error:
                    done, result = poll.finished(error, None)
                except APITimeoutError as error:
                    raise poll.out_of_time(error) from None
                else:
                    done, result = poll.finished(None, _raw(answer))
                if done:
                    return result  # type: ignore[no-any-return]
        finally:
            poll.bar.close()

    async def wait_all(
        self,
        started: Sequence[StartedJob[T]],
        *,
        timeout: float | None = None,
        progress: bool | None = None,
    ) -> list[T | JobFailedError]:
        """As the blocking client's ``jobs.wait_all``, awaiting each poll."""
        rounds = _Rounds([_checked(job) for job in started], self._client, timeout, progress)
        try:
            while rounds.pending:
                await clock.async_sleep(rounds.next_wait())
                for index in list(rounds.pending):
                    poll = rounds.polls[index]
                    try:
                        answer = await self._client._request(
                            poll.operation, poll.arguments, rounds.options()
                        )
                    except ArgumentError as error:
                        rounds.settle(index, error, None)
                    except APITimeoutError as error:
                        raise rounds.out_of_time(error) from None
                    else:
                        rounds.settle(index, None, _raw(answer))
            return rounds.results
        finally:
            rounds.close()

    async def rows(self, result: Any) -> AsyncIterator[dict[str, Any]]:
        """As the blocking client's ``jobs.rows``, downloading without blocking the loop (and
        letting other tasks run between rows)."""
        url = _file_url(result)
        http = self._client._http
        with exports.spool() as file:
            try:
                async with http.stream("GET", url, timeout=self._client.timeout) as response:
                    if response.status_code != 200:
                        await response.aread()
                        raise exports.download_failed(url, response, None)
                    async for chunk in response.aiter_bytes(exports.CHUNK_BYTES):
                        file.write(chunk)
            except httpx.TransportError as exc:
                raise exports.download_failed(url, None, exc) from None
            for count, row in enumerate(exports.rows(file), 1):
                yield row
                if count % ROWS_BETWEEN_CHECKPOINTS == 0:
                    await anyio.lowlevel.checkpoint()


def _raw(answer: Any) -> Any:
    """The status operation's answer as data: getResults' result keeps it as it came, a typed
    model gives its JSON form back."""
    if hasattr(answer, "data"):
        return answer.data
    to_dict = getattr(answer, "to_dict", None)
    return to_dict() if callable(to_dict) else answer


def _found(data: Any, where: str) -> Any:
    """What a JSON pointer points at in an answer, or None when nothing is there."""
    try:
        return pointer(data, where)
    except (KeyError, IndexError, ValueError, TypeError):
        return None

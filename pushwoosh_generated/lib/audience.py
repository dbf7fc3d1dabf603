"""Tag updates for more devices than one call takes: the Audience API's bulkSetTags jobs.

``client.bulk.set_tags_job(items)`` reads any iterable of per-device updates (``{"hwid": …,
"tags": {…}}``, or ``user_id`` / ``push_token`` in place of ``hwid``, with an optional
``list_operator``) one call's worth at a time, starts a bulkSetTags job per call, waits for each
(``client.jobs.wait_all``, ``JOBS_AT_ONCE`` jobs at a time: their waits overlap, and memory holds
one window's device names) and reports per device what was not applied. A call takes at least the
spec's ``minItems`` devices (50, the vendor's minimum) and at most ``DEVICES_PER_CALL`` (no source
gives a maximum: this bound keeps a body far below the API's size limit); the last two calls share
what is left so that neither falls below the minimum (the last takes the minimum). The rate limits and retries are the
client's, as for any call; a job start is not repeated when its outcome is unknown.
"""

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .._config import is_whole_number
from .._operation import ABSENT, Absent
from ..api.audience import bulk_set_tags
from ..errors import APIError, InvalidArgumentError, JobFailedError, PushwooshError

if TYPE_CHECKING:
    from ..client import AsyncPushwooshClient, PushwooshClient

DEVICES_PER_CALL = 1000
"""The most devices one bulkSetTags call carries (the client's choice; see the module's text)."""
JOBS_AT_ONCE = 16
"""How many jobs are started before they are waited for together (``jobs.wait_all``)."""
DEVICE_KEYS = ("hwid", "user_id", "push_token")
"""What names a device in an update; the first present is the one reported."""


@attrs.frozen
class DeviceFailure:
    """A device whose tags were not (all) applied, with the API's reason."""

    device: Mapping[str, str]
    """How the update named it: ``{"hwid": …}``, ``{"user_id": …}`` or ``{"push_token": …}``."""
    reason: str
    tag: str | None = None
    """The tag the reason is about, when the API says."""


@attrs.frozen
class SetTagsJobReport:
    """What ``set_tags_job`` did: calls made, devices sent, devices applied, and failures."""

    calls: int
    devices: int
    applied: int
    failures: list[DeviceFailure]

    @property
    def ok(self) -> bool:
        """Whether every device's tags were applied."""
        return not self.failures


def minimum() -> int:
    """The fewest devices a bulkSetTags call takes (the spec's ``minItems``)."""
    return bulk_set_tags.OPERATION.min_items.get("devices", 1)


def check_size(devices_per_call: object, least: int) -> int:
    """``devices_per_call``, refused unless a whole number of at least twice the API's minimum
    (so that what is left for the last call can always be shared by two)."""
    if not is_whole_number(devices_per_call, 2 * least):
        raise InvalidArgumentError(
            "bulk.set_tags_job",
            "devices_per_call",
            f"expected a whole number of at least {2 * least} (twice the API's minimum of"
            f" {least} devices a call), got {devices_per_call!r}",
        )
    assert isinstance(devices_per_call, int)
    return devices_per_call


def chunks(items: Iterable[Any], size: int, least: int) -> Iterator[list[Any]]:
    """Split updates into calls of ``size`` (the last two sharing the rest so that neither has
    fewer than ``least``), reading one call ahead; fewer than ``least`` in all is refused."""
    if isinstance(items, Mapping | str | bytes):
        raise InvalidArgumentError(
            "bulk.set_tags_job", "items", "expected an iterable of per-device updates (dicts)"
        )
    iterator = iter(items)
    held = list(itertools.islice(iterator, size))
    if len(held) < least:
        raise InvalidArgumentError(
            "bulk.set_tags_job",
            "items",
            f"{len(held)} device(s): a bulkSetTags call takes at least {least}; for fewer use"
            " client.bulk.set_tags",
        )
    while True:
        following = list(itertools.islice(iterator, size))
        if not following:
            yield held
            return
        if len(following) < least:  # the last call takes `least`, the one before the rest
            whole = held + following
            yield whole[:-least]
            yield whole[-least:]
            return
        yield held
        held = following


def device_of(update: Any) -> dict[str, str]:
    """How an update names its device, for a report."""
    if isinstance(update, Mapping):
        for key in DEVICE_KEYS:
            if isinstance(update.get(key), str):
                return {key: update[key]}
    return {}


class _Tally:
    """The report being built."""

    def __init__(self) -> None:
        self.calls = self.devices = self.applied = 0
        self.failures: list[DeviceFailure] = []

    def refused(self, chunk: list[Any], error: PushwooshError) -> None:
        self.failures += [DeviceFailure(device_of(update), str(error)) for update in chunk]

    def settled(
        self,
        devices: list[dict[str, str]],
        status: Any,
        detailed: Any,
        error: JobFailedError | None,
    ) -> None:
        """Count a finished job: its applied devices, and each failure its detailed status
        names (every device of the call, with the job's error, when it names none)."""
        data = {} if status is None else status.to_dict()
        applied = data.get("applied")
        self.applied += applied if isinstance(applied, int) else 0 if error else len(devices)
        named = [] if detailed is None else detailed.to_dict().get("errors") or []
        for item in named:
            self.failures.append(
                DeviceFailure(
                    dict(item.get("device") or {}), str(item.get("reason")), item.get("tag")
                )
            )
        if error is not None and not named:
            self.failures += [DeviceFailure(device, str(error)) for device in devices]

    def report(self) -> SetTagsJobReport:
        return SetTagsJobReport(self.calls, self.devices, self.applied, self.failures)


def _located(error: InvalidArgumentError, offset: int) -> InvalidArgumentError:
    """An item's refusal, its index counted over all the items, not the call's."""
    return InvalidArgumentError(
        "bulk.set_tags_job",
        "items",
        f"{error} (calls for the items before index {offset} were started)"
        if offset
        else str(error),
    )


def set_tags_job(
    client: "PushwooshClient",
    items: Iterable[Any],
    *,
    create_missing_tags: bool | Absent = ABSENT,
    devices_per_call: int = DEVICES_PER_CALL,
    timeout: float | None = None,
    progress: bool | None = None,
) -> SetTagsJobReport:
    """See ``Bulk.set_tags_job``."""
    least = minimum()
    size = check_size(devices_per_call, least)
    tally = _Tally()
    for window in _windows(chunks(items, size, least)):
        started = []
        for chunk in window:
            try:
                job = client.bulk_set_tags(devices=chunk, create_missing_tags=create_missing_tags)
            except InvalidArgumentError as error:
                raise _located(error, tally.devices) from None
            except APIError as error:
                tally.refused(chunk, error)
            else:
                started.append((job, [device_of(update) for update in chunk]))
            tally.calls += 1
            tally.devices += len(chunk)
        outcomes = client.jobs.wait_all(
            [job for job, _ in started], timeout=timeout, progress=progress
        )
        for (job, devices), outcome in zip(started, outcomes, strict=True):
            failure = outcome if isinstance(outcome, JobFailedError) else None
            status = None if isinstance(outcome, JobFailedError) else outcome
            detailed = None
            if status is None or status.to_dict().get("failed"):
                detailed = client.get_bulk_set_tags_status(request_id=job.id, detailed=True)
            tally.settled(devices, status, detailed, failure)
    return tally.report()


async def async_set_tags_job(
    client: "AsyncPushwooshClient",
    items: Iterable[Any],
    *,
    create_missing_tags: bool | Absent = ABSENT,
    devices_per_call: int = DEVICES_PER_CALL,
    timeout: float | None = None,
    progress: bool | None = None,
) -> SetTagsJobReport:
    """As ``set_tags_job``, awaiting each call."""
    least = minimum()
    size = check_size(devices_per_call, least)
    tally = _Tally()
    for window in _windows(chunks(items, size, least)):
        started = []
        for chunk in window:
            try:
                job = await client.bulk_set_tags(
                    devices=chunk, create_missing_tags=create_missing_tags
                )
            except InvalidArgumentError as error:
                raise _located(error, tally.devices) from None
            except APIError as error:
                tally.refused(chunk, error)
            else:
                started.append((job, [device_of(update) for update in chunk]))
            tally.calls += 1
            tally.devices += len(chunk)
        outcomes = await client.jobs.wait_all(
            [job for job, _ in started], timeout=timeout, progress=progress
        )
        for (job, devices), outcome in zip(started, outcomes, strict=True):
            failure = outcome if isinstance(outcome, JobFailedError) else None
            status = None if isinstance(outcome, JobFailedError) else outcome
            detailed = None
            if status is None or status.to_dict().get("failed"):
                detailed = await client.get_bulk_set_tags_status(request_id=job.id, detailed=True)
            tally.settled(devices, status, detailed, failure)
    return tally.report()


def _windows(calls: Iterator[list[Any]]) -> Iterator[list[list[Any]]]:
    """The calls, ``JOBS_AT_ONCE`` at a time: each window's jobs are started, then waited for
    together, so that memory holds one window's device names, not every call's."""
    while window := list(itertools.islice(calls, JOBS_AT_ONCE)):
        yield window

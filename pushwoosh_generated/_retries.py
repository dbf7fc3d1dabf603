"""When a failed call is sent again, and how long to wait first.

Each operation says in the spec (`x-pushwoosh-repeat`) whether repeating it is safe
(`safe-with-transaction-id`: safe because every notification carries a `transactionId`, which the
API remembers for a day and does not send twice; the client gives one to each notification that
has none):

- a call that provably never reached the server (the connection could not be opened, or the
  server answered HTTP 408, 429 or 503, which it does before handling) is retried, whatever the
  operation;
- a call that may have been applied (a read timeout, a dropped connection, HTTP 500, 502 or 504)
  is retried only when repeating it is safe, so that no event, statistic or increment is ever
  counted twice;
- an answer with status_code 210 and every other status are never retried.

The wait honours ``Retry-After`` (seconds or an HTTP date, up to ``MAX_RETRY_AFTER``) and
otherwise backs off exponentially with jitter, as openai-python does.
"""

import email.utils
import random
import time
from collections.abc import Mapping
from typing import Any

import httpx

from pushwoosh_spec.facts import Repeat, enum_names, operation_name

from ._schemas import schemas

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, unless the client says otherwise."""
INITIAL_RETRY_DELAY = 0.5
"""Seconds before the first retry when the server gives no Retry-After."""
MAX_RETRY_DELAY = 8.0
"""Longest backoff delay, in seconds."""
MAX_RETRY_AFTER = 60.0
"""A longer Retry-After is not waited for: the error is raised instead."""

NOT_HANDLED_STATUSES = frozenset({408, 429, 503})
"""Statuses that say the server refused the request before handling it."""
MAYBE_HANDLED_STATUSES = frozenset({500, 502, 504})
"""Statuses after which the call may or may not have been applied."""
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport errors raised before the request reached the server."""
MAYBE_SENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
"""Transport errors after which the call may or may not have been applied."""


def repeat_allows(repeat: Repeat, fields: Mapping[str, Any]) -> bool:
    """Say whether repeating a call with these request fields leaves the same state."""
    if repeat is Repeat.UNLESS_INCREMENT:
        tags = fields.get("tags")
        return not (isinstance(tags, Mapping) and any(map(_is_increment, tags.values())))
    if repeat is Repeat.SAFE_WITH_TRANSACTION_ID:
        return all(
            isinstance(item, Mapping) and bool(item.get("transactionId"))
            for item in transaction_items(fields)
        )
    return repeat is Repeat.SAFE


_UNSAFE_BECAUSE = {
    Repeat.UNSAFE: "",
    Repeat.UNLESS_INCREMENT: " with an increment",
    Repeat.SAFE_WITH_TRANSACTION_ID: " without a transactionId on every notification",
}


def why_not_repeated(name: str, repeat: Repeat) -> str:
    """Say why a call that may have been applied is not sent again, naming its repeat policy:
    `not retried: setTags with an increment is not safe to repeat (x-pushwoosh-repeat:
    unless-increment)`."""
    return (
        f"not retried: {name}{_UNSAFE_BECAUSE.get(repeat, '')} is not safe to repeat"
        f" (x-pushwoosh-repeat: {repeat.value})"
    )


def transaction_items(fields: Mapping[str, Any]) -> list[Any]:
    """What carries a transactionId: each of the ``notifications`` (createMessage), or the
    request itself when it has none (createTargetedMessage)."""
    notifications = fields.get("notifications")
    return list(notifications) if isinstance(notifications, list) else [fields]


def _increment_forms() -> tuple[Any, ...]:
    """How an increment is written, as the spec names it: by name (IncrementOperation's
    `operation`), or by number in multiRegisterDevice's tags (its INCREMENT)."""
    numbers = enum_names(
        schemas(), "#/components/schemas/MultiRegisterTagValue/properties/operation"
    )
    number = next(value for value, name in numbers.items() if name == "INCREMENT")
    return operation_name(schemas(), "IncrementOperation"), number


INCREMENT_OPERATIONS = _increment_forms()
"""How an increment is written: by name, or by number in multiRegisterDevice's tags."""


def _is_increment(value: Any) -> bool:
    """Say whether a tag value (in its JSON form) is an increment operation."""
    return isinstance(value, Mapping) and value.get("operation") in INCREMENT_OPERATIONS


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Return the delay the server asks for, in seconds, or None when it asks for none."""
    value = headers.get("retry-after")
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


def backoff(retries_done: int) -> float:
    """Return the exponential backoff delay with jitter, in seconds."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())


def delay_after_status(
    response: httpx.Response, repeat_safe: bool, retries_done: int
) -> float | None:
    """Return the seconds to wait before sending again after this answer, or None for never."""
    status = response.status_code
    if status in NOT_HANDLED_STATUSES or (repeat_safe and status in MAYBE_HANDLED_STATUSES):
        retry_after = parse_retry_after(response.headers)
        if retry_after is None:
            return backoff(retries_done)
        return retry_after if retry_after <= MAX_RETRY_AFTER else None
    return None


def delay_after_error(
    exc: httpx.TransportError, repeat_safe: bool, retries_done: int
) -> float | None:
    """Return the seconds to wait before sending again after this failure, or None for never."""
    if isinstance(exc, NOT_SENT_ERRORS) or (repeat_safe and isinstance(exc, MAYBE_SENT_ERRORS)):
        return backoff(retries_done)
    return None


def delay_after(
    outcome: httpx.Response | httpx.TransportError, repeat_safe: bool, retries_done: int
) -> float | None:
    """Return the seconds to wait before sending again after this answer or failure, or None."""
    if isinstance(outcome, httpx.Response):
        return delay_after_status(outcome, repeat_safe, retries_done)
    return delay_after_error(outcome, repeat_safe, retries_done)

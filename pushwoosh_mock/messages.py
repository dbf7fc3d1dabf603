"""What a push reaches and when: createMessage and createTargetedMessage on the mock's state.

The rules (each marked in the spec as the vendor's, a recorded answer's, or the mock's choice):

- Who: only devices with a push token (an unregistered device is not reached). ``users`` (the
  registerUser / userId links) wins over ``devices`` when both are given, as the push reference
  says; ``devices`` names hwids or push tokens, and those the application does not know come back
  as ``UnknownDevices``. ``platforms`` keeps those device types (ignored when ``devices`` lists
  fewer than 10, as documented). ``conditions`` (joined by ``conditions_operator``, AND by
  default) and ``filter`` (a segment made with createFilter) narrow further. Nothing to target
  means every device of the application. createTargetedMessage's ``devices_filter`` is the
  segment language (``segments``); without ``A(…)`` it reaches any device of the account.
- When: ``send_date`` ``now`` (or absent, or in the past) is sent at once; a later
  ``YYYY-MM-DD HH:mm`` (in ``timezone``, UTC by default) is scheduled, and deleteMessage deletes
  it; anything else is the recorded 210 ``Cannot parse date``.
- Codes: an immediate send to fewer than 10 devices has no code (``CODE_NOT_AVAILABLE``), as
  Pushwoosh staff describe; a repeated ``transactionId`` within a day answers the first message's
  code and sends nothing new.
"""

import secrets
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import conditions
from .errors import argument_error
from .records import SCHEDULED, SENT
from .segments import compile_filter
from .store import Store

CODE_NOT_AVAILABLE = "CODE_NOT_AVAILABLE"
"""The code answered for a message sent at once to fewer than ``CODE_THRESHOLD`` devices."""
CODE_THRESHOLD = 10
PLATFORMS_IGNORED_BELOW = 10
"""``platforms`` is ignored when ``devices`` lists fewer devices than this (vendor reference)."""
DATE_FORMAT = "%Y-%m-%d %H:%M"


def new_code() -> str:
    """A message code shaped as the vendor's (``C3F8-C3863ED4-334AD4F1``)."""
    digits = secrets.token_hex(10).upper()
    return f"{digits[:4]}-{digits[4:12]}-{digits[12:20]}"


def send_at(notification: Mapping[str, Any], now: float) -> float:
    """When a notification goes out (epoch seconds), or the recorded 210 ``Cannot parse date``."""
    value = notification.get("send_date", "now")
    if value == "now":
        return now
    zone_name = notification.get("timezone") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise argument_error(f"Unknown timezone: {zone_name}") from None
    try:
        moment = datetime.strptime(value, DATE_FORMAT).replace(tzinfo=zone).timestamp()
    except (TypeError, ValueError, OverflowError):
        raise argument_error("Cannot parse date") from None
    return max(now, moment)


def _reached(devices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in devices if d["push_token"] and d["registered"]]


def _conditions(notification: Mapping[str, Any]) -> Any:
    """Compile ``conditions`` into a predicate on devices (None when there are none)."""
    found = notification.get("conditions")
    if not found:
        return None
    compiled = []
    for condition in found:
        if not isinstance(condition, list) or len(condition) < 2:
            raise argument_error(f"A condition is [tag, operator, operand], got {condition!r}")
        tag, op, *rest = condition
        canonical = conditions.operator(op)
        operand = rest[0] if rest else None
        conditions.check_operand(canonical, operand)
        compiled.append((tag, canonical, operand))
    joiner = all if str(notification.get("conditions_operator", "AND")).upper() == "AND" else any
    return lambda d: joiner(conditions.matches(d["tags"], t, o, v) for t, o, v in compiled)


def recipients(
    store: Store, application: str | None, notification: Mapping[str, Any]
) -> tuple[list[str], list[str]]:
    """Return the hwids a notification reaches and the ``devices`` entries nobody has."""
    users, ids = notification.get("users"), notification.get("devices")
    unknown: list[str] = []
    if users is not None:
        candidates = store.audience(application, users=list(users))
    elif ids is not None:
        candidates = store.audience(application, ids=list(ids))
        known = {d["hwid"] for d in candidates} | {d["push_token"] for d in candidates}
        unknown = [entry for entry in dict.fromkeys(ids) if entry not in known]
    else:
        candidates = store.audience(application)
    reached = _reached(candidates)
    platforms = notification.get("platforms")
    if platforms and not (ids is not None and users is None and len(ids) < PLATFORMS_IGNORED_BELOW):
        reached = [d for d in reached if d["device_type"] in platforms]
    condition = _conditions(notification)
    if condition is not None:
        reached = [d for d in reached if condition(d)]
    segment = notification.get("filter")
    if segment:
        in_segment = compile_filter(store.filter_expression(segment), "filter")
        reached = [d for d in reached if in_segment(d)]
    return sorted({d["hwid"] for d in reached}), unknown


def _record(
    method: str,
    application: str | None,
    notification: Mapping[str, Any],
    hwids: list[str],
    now: float,
) -> dict[str, Any]:
    when = send_at(notification, now)
    immediate = when <= now
    return {
        "method": method,
        "application": application,
        "code": None if immediate and len(hwids) < CODE_THRESHOLD else new_code(),
        "status": SENT if immediate else SCHEDULED,
        "send_at": when,
        "hwids": hwids,
        "notification": dict(notification),
        "transaction_id": notification.get("transactionId"),
        "created": now,
    }


def create_messages(
    store: Store,
    application: str | None,
    notifications: Sequence[Mapping[str, Any]],
    now: float | None = None,
) -> dict[str, Any]:
    """createMessage: one message per notification, all stored or none; return the answer."""
    when = time.time() if now is None else now
    codes: list[str | None] = []
    unknown: dict[str, list[str]] = {}
    new: list[dict[str, Any]] = []
    for notification in notifications:
        transaction = notification.get("transactionId")
        earlier = None if transaction is None else store.message_for_transaction(transaction, when)
        if earlier is None:
            earlier = next(
                (m for m in new if transaction and m["transaction_id"] == transaction), None
            )
        if earlier is not None:  # a repeat: the first message's code, nothing sent again
            codes.append(earlier["code"])
            continue
        hwids, missing = recipients(store, application, notification)
        message = _record("createMessage", application, notification, hwids, when)
        new.append(message)
        codes.append(message["code"])
        if missing:
            unknown.setdefault(message["code"] or "", []).extend(missing)
    store.add_messages(new)
    answer: dict[str, Any] = {"Messages": [code or CODE_NOT_AVAILABLE for code in codes]}
    if unknown:
        answer["UnknownDevices"] = unknown
    return answer


def create_targeted_message(
    store: Store, request: Mapping[str, Any], now: float | None = None
) -> dict[str, Any]:
    """createTargetedMessage: one message to the devices ``devices_filter`` selects."""
    when = time.time() if now is None else now
    transaction = request.get("transactionId")
    earlier = None if transaction is None else store.message_for_transaction(transaction, when)
    if earlier is not None:
        return {"messageCode": earlier["code"] or CODE_NOT_AVAILABLE}
    selects = compile_filter(request["devices_filter"], "devices_filter")
    hwids = sorted({d["hwid"] for d in _reached(store.audience(None)) if selects(d)})
    notification = {k: v for k, v in request.items() if k != "auth"}
    message = _record("createTargetedMessage", None, notification, hwids, when)
    store.add_messages([message])
    return {"messageCode": message["code"] or CODE_NOT_AVAILABLE}


def message_details(store: Store, code: str, now: float | None = None) -> dict[str, Any]:
    """getMessageDetails: what the mock knows of a message (the shape is the mock's)."""
    message = store.message(code, time.time() if now is None else now)
    notification = message["notification"]
    return {
        "message": {
            "id": message["id"],
            "code": message["code"],
            "status": message["status"],
            "send_date": datetime.fromtimestamp(message["send_at"], UTC).strftime(DATE_FORMAT),
            "created": datetime.fromtimestamp(message["created"], UTC).strftime(DATE_FORMAT),
            "content": notification.get("content"),
            "devices": len(message["hwids"]),
        }
    }

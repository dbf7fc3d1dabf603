"""What a push reaches and when: createMessage and createTargetedMessage on the mock's state.

The rules (each marked in the spec as the vendor's, a recorded answer's, or the mock's choice):

- Who: only devices with a push token (an unregistered device is not reached). ``users`` (the
  registerUser / userId links) wins over ``devices`` when both are given, as the push reference
  says; ``devices`` names hwids or push tokens, and those the application does not know come back
  as ``UnknownDevices``. ``platforms`` keeps those device types (ignored when ``devices`` lists
  fewer than 10, as documented). ``conditions`` (joined by ``conditions_operator``, AND by
  default) and ``filter`` (a segment of the caller's account, made with createFilter) narrow
  further. Nothing to target means every device of the application. createTargetedMessage's
  ``devices_filter`` is the segment language (``segments``); without ``A(…)`` it reaches any
  device of the account.
- When: ``send_date`` ``now`` (or absent, or in the past) is sent at once; a later
  ``YYYY-MM-DD HH:mm`` (ASCII digits, in ``timezone``, UTC by default) is scheduled, and
  deleteMessage deletes it; anything else is the recorded 210 ``Cannot parse date``, and an
  instant after 9999-12-31 23:59 UTC is refused. A local time that occurs twice (clocks going
  back) is its earlier instant; one that does not occur (clocks going forward) moves forward by
  the gap, as a wall clock shows it (02:30 on a spring-forward night is 03:30).
- Codes: an immediate send to fewer than 10 devices has no code (``CODE_NOT_AVAILABLE``), as
  Pushwoosh staff describe; a repeated ``transactionId`` (per server token and application)
  within a day answers the first message's code and sends nothing new.
- Errors about one notification name it and the field: ``notifications[3].send_date: …``.
- Cost: every notification is checked before any audience is read; each application's devices
  are read once per call, and notifications with the same targeting share one result. A
  repeated transactionId is found when the messages are stored (``Store.add_messages``), in the
  transaction that stores them: a retry costs what the first call did, and never sends twice.
"""

import re
import secrets
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import conditions
from .errors import ApiError, argument_error
from .jsonio import dumps_text
from .records import SCHEDULED, SENT, account_of, quoted
from .segments import Device, Predicate, compile_filter
from .store import Store

CODE_NOT_AVAILABLE = "CODE_NOT_AVAILABLE"
"""The code answered for a message sent at once to fewer than ``CODE_THRESHOLD`` devices."""
CODE_THRESHOLD = 10
PLATFORMS_IGNORED_BELOW = 10
"""``platforms`` is ignored when ``devices`` lists fewer devices than this (vendor reference)."""
DATE_FORMAT = "%Y-%m-%d %H:%M"
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})", re.ASCII)
"""``send_date``: exactly ``YYYY-MM-DD HH:mm`` in ASCII digits (or ``now``)."""
EPOCH = datetime(1970, 1, 1)
LATEST = (datetime(9999, 12, 31, 23, 59) - EPOCH).total_seconds()
"""The latest instant (UTC, epoch seconds) a message may be sent at: the last minute a date
can show."""
TARGETING = ("users", "devices", "platforms", "conditions", "conditions_operator", "filter")
"""The fields that decide whom a notification reaches."""


def new_code() -> str:
    """A message code shaped as the vendor's (``C3F8-C3863ED4-334AD4F1``)."""
    digits = secrets.token_hex(10).upper()
    return f"{digits[:4]}-{digits[4:12]}-{digits[12:20]}"


def send_at(notification: Mapping[str, Any], now: float, where: str = "") -> float:
    """When a notification goes out (epoch seconds), or a 210 naming ``where`` and the field:
    the recorded ``Cannot parse date``, an unknown time zone, or an instant past year 9999."""
    value = notification.get("send_date", "now")
    if value == "now":
        return now
    zone_name = notification.get("timezone") or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        raise argument_error(f"{where}timezone: Unknown timezone {quoted(zone_name)}") from None
    try:
        if not (isinstance(value, str) and DATE.fullmatch(value)):
            raise ValueError(value)  # strptime alone takes 2030-1-1 1:0 and other digits
        local = datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        raise argument_error(
            f"{where}send_date: Cannot parse date {quoted(value)}: expected YYYY-MM-DD HH:mm or now"
        ) from None
    offset = zone.utcoffset(local.replace(fold=0)) or timedelta()  # fold=0: the earlier instant
    moment = (local - EPOCH - offset).total_seconds()  # in seconds: no date range to leave
    if moment > LATEST:
        raise argument_error(
            f"{where}send_date: {value} in {quoted(zone_name)} is after 9999-12-31 23:59 UTC,"
            " the latest date"
        )
    return max(now, moment)


def _reached(devices: Sequence[Device]) -> list[Device]:
    return [d for d in devices if d["push_token"] and d["registered"]]


def _conditions(notification: Mapping[str, Any], where: str) -> Predicate | None:
    """Compile ``conditions`` into a predicate on devices (None when there are none)."""
    found = notification.get("conditions")
    if not found:
        return None
    compiled = []
    for index, condition in enumerate(found):
        field = f"{where}conditions[{index}]: "
        if not isinstance(condition, list) or len(condition) < 2:
            raise argument_error(f"{field}A condition is [tag, operator, operand]")
        tag, op, *rest = condition
        operand = rest[0] if rest else None
        try:
            canonical = conditions.operator(op)
            conditions.check_operand(canonical, operand)
        except ApiError as error:
            raise argument_error(field + error.message) from None
        compiled.append((tag, canonical, operand))
    joiner = all if str(notification.get("conditions_operator", "AND")).upper() == "AND" else any
    return lambda d: joiner(conditions.matches(d["tags"], t, o, v) for t, o, v in compiled)


class _Plan:
    """One notification checked: when it goes out, and the predicates that narrow whom it
    reaches; built for every notification of a call before any audience is read."""

    def __init__(
        self, store: Store, account: str, notification: Mapping[str, Any], now: float, where: str
    ) -> None:
        self.notification = notification
        self.when = send_at(notification, now, where)
        self.condition = _conditions(notification, where)
        self.segment: Predicate | None = None
        name = notification.get("filter")
        if name:
            expression = store.filter_expression(account, name)
            if expression is None:
                raise argument_error(f"{where}filter: Filter not found: {quoted(name)}")
            self.segment = compile_filter(expression, f"{where}filter")
        self.targeting = dumps_text([notification.get(field) for field in TARGETING])


class _Audiences:
    """What the notifications of one call reach: each application's devices read once, and one
    result per distinct targeting."""

    def __init__(self, store: Store, application: str | None) -> None:
        self.store = store
        self.application = application
        self._everyone: Sequence[Device] | None = None
        self._results: dict[str, tuple[list[str], list[str]]] = {}

    def everyone(self) -> Sequence[Device]:
        if self._everyone is None:
            self._everyone = self.store.audience(self.application)
        return self._everyone

    def recipients(self, plan: _Plan) -> tuple[list[str], list[str]]:
        """The hwids a notification reaches and the ``devices`` entries nobody has."""
        if plan.targeting not in self._results:
            self._results[plan.targeting] = self._compute(plan)
        return self._results[plan.targeting]

    def _compute(self, plan: _Plan) -> tuple[list[str], list[str]]:
        notification = plan.notification
        users, ids = notification.get("users"), notification.get("devices")
        unknown: list[str] = []
        candidates: Sequence[Device]
        if users is not None:
            candidates = self.store.audience(self.application, users=list(users))
        elif ids is not None:
            candidates = self.store.audience(self.application, ids=list(ids))
            known = {d["hwid"] for d in candidates} | {d["push_token"] for d in candidates}
            unknown = [entry for entry in dict.fromkeys(ids) if entry not in known]
        else:
            candidates = self.everyone()
        reached = _reached(candidates)
        platforms = notification.get("platforms")
        few = ids is not None and users is None and len(ids) < PLATFORMS_IGNORED_BELOW
        if platforms and not few:
            reached = [d for d in reached if d["device_type"] in platforms]
        for narrows in (plan.condition, plan.segment):
            if narrows is not None:
                reached = [d for d in reached if narrows(d)]
        return sorted(dict.fromkeys(d["hwid"] for d in reached)), unknown  # sorted already: O(n)


def _record(
    method: str,
    account: str,
    application: str | None,
    notification: Mapping[str, Any],
    hwids: list[str],
    when: float,
    now: float,
) -> dict[str, Any]:
    immediate = when <= now
    return {
        "account": account,
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
    server_token: str,
    application: str | None,
    notifications: Sequence[Mapping[str, Any]],
    now: float | None = None,
) -> dict[str, Any]:
    """createMessage: one message per notification, all stored or none; return the answer."""
    when = time.time() if now is None else now
    account = account_of(server_token)
    plans = [
        _Plan(store, account, notification, when, f"notifications[{index}].")
        for index, notification in enumerate(notifications)
    ]  # every notification checked before any audience is read
    audiences = _Audiences(store, application)
    records: list[dict[str, Any]] = []
    unknown: list[list[str]] = []
    for plan in plans:
        hwids, missing = audiences.recipients(plan)
        records.append(
            _record(
                "createMessage", account, application, plan.notification, hwids, plan.when, when
            )
        )
        unknown.append(missing)
    codes: list[str] = []
    unknown_devices: dict[str, list[str]] = {}
    for (code, stored), missing in zip(store.add_messages(records), unknown, strict=True):
        codes.append(code or CODE_NOT_AVAILABLE)
        if stored and missing:
            unknown_devices.setdefault(code or "", []).extend(missing)
    answer: dict[str, Any] = {"Messages": codes}
    if unknown_devices:
        answer["UnknownDevices"] = unknown_devices
    return answer


def create_targeted_message(
    store: Store, request: Mapping[str, Any], now: float | None = None
) -> dict[str, Any]:
    """createTargetedMessage: one message to the devices ``devices_filter`` selects."""
    when = time.time() if now is None else now
    account = account_of(request["auth"])
    notification = {k: v for k, v in request.items() if k != "auth"}
    moment = send_at(notification, when)
    selects = compile_filter(request["devices_filter"], "devices_filter")
    hwids = sorted(dict.fromkeys(d["hwid"] for d in _reached(store.audience(None)) if selects(d)))
    message = _record("createTargetedMessage", account, None, notification, hwids, moment, when)
    ((code, _),) = store.add_messages([message])
    return {"messageCode": code or CODE_NOT_AVAILABLE}


def message_details(
    store: Store, server_token: str, code: str, now: float | None = None
) -> dict[str, Any]:
    """getMessageDetails: what the mock knows of a message (the shape is the mock's)."""
    message = store.message(account_of(server_token), code, time.time() if now is None else now)
    notification = message["notification"]
    return {
        "message": {
            "id": message["id"],
            "code": message["code"],
            "status": message["status"],
            "send_date": datetime.fromtimestamp(message["send_at"], UTC).strftime(DATE_FORMAT),
            "created": datetime.fromtimestamp(message["created"], UTC).strftime(DATE_FORMAT),
            "content": notification.get("content"),
            "devices": message["devices"],
        }
    }

"""The Statistics API v2 computed from what happened: messages:list, totalsByIntervals and
getMessageLog (the spec's ``mock-statistics`` and ``mock-message-log``). No table of its own: reads
of the messages, events and devices the other modules keep, counted by the one rule of
``statistics`` (``message_counts``, ``push_events``): a send is a device a sent message reached,
at its send time; a delivery / open a messageDeliveryEvent / pushStat of the message's
application carrying its hash; the platform a device's type (0 when unknown). A cancelled,
deleted or waiting message counts nothing.

- messages:list: the account's messages of the application (deleted ones are gone), newest
  first, ``status`` ``waiting`` (scheduled), ``sent`` or ``cancelled``, ``source`` ``API``,
  ``platforms`` the device types it reached; every filter narrows (an empty string or list is no
  filter, as the vendor's example sends them); ``date_range`` reads the send date. Pages count
  from 1 (0 reads as 1), ``LIST_PAGE`` messages a page unless asked. ``with_details`` adds what
  the message was sent with, ``with_metrics`` its counts per platform.
- totalsByIntervals: a message of the account by code (else 404 ``message not found``), counts
  by hour and platform written as strings; ``conversion`` holds its sends and opens and the
  events the devices it reached posted after its send time (``postEvent``), their hits per send
  and the revenue of those with ``__amount`` and ``__currency`` attributes (the mock's reading).
- getMessageLog: a ``sent`` row per device a sent message reached, a ``delivered`` / ``opened``
  row per event counted; ``date_from`` and ``date_to`` (``YYYY-MM-DD HH:mm:ss``, UTC; by default
  the last ``LOG_DAYS`` days) may span at most ``LOG_DAYS`` days, the first no earlier than the
  start of the day ``LOG_DAYS`` days ago: otherwise the vendor's ``WINDOW_REFUSED``. Rows come
  oldest first, ``limit`` a page (``LOG_LIMIT`` by default); ``pagination_token`` is opaque (the
  last row's place, encoded) and null on the last page.
"""

import base64
import binascii
import contextlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..errors import argument_error
from . import platform_names, statistics
from .messages import CANCELLED, SCHEDULED, SENT
from .statistics import Platforms

LIST_PAGE = 100
"""messages:list's messages a page unless ``per_page`` says (the mock's choice)."""
STATUSES = {SCHEDULED: "waiting", SENT: "sent", CANCELLED: "cancelled"}
"""A message's status as messages:list names it (the mock's words; a deleted one is not listed)."""
SOURCE = "API"
"""Where every message of the mock comes from."""
LOG_LIMIT = 1000
"""getMessageLog's rows a page unless ``limit`` says (what a Pushwoosh employee's client asks)."""
LOG_DAYS = 30
WINDOW_REFUSED = "exceeded the maximum date interval. Max interval: 30 days"
"""The vendor's refusal of a getMessageLog period past ``LOG_DAYS`` days."""
SECONDS = "%Y-%m-%d %H:%M:%S"
LOG_ACTIONS = {"delivery": "delivered", "open": "opened"}
"""getMessageLog's name of each action ``statistics`` counts."""
HEADERS = ("android_header", "ios_title", "ios_subtitle", "chrome_header", "firefox_header")
ROOT_PARAMS = (
    "android_root_params",
    "ios_root_params",
    "chrome_root_params",
    "firefox_root_params",
)

Devices = Mapping[tuple[str, str], tuple[int, str | None]]
"""Device type and user by (application, hwid)."""
LogKey = tuple[float, int, int, str]
"""A log row's place: moment, message id, action (0 sent, 1 delivered, 2 opened), hwid."""


def _moment(value: float) -> str:
    return datetime.fromtimestamp(value, UTC).strftime(SECONDS)


def _types(message: Mapping[str, Any], platforms: Platforms) -> set[int]:
    """The device types a message reached."""
    application = message["application"]
    return {platforms.get((application, hwid), 0) for hwid in message["hwids"] or ()}


def _counts(
    message: Mapping[str, Any], events: Sequence[Mapping[str, Any]], platforms: Platforms
) -> Counter[tuple[str, str, int]]:
    """A message's counts by (hour, action, platform): none unless it was sent."""
    if message["status"] != SENT:
        return Counter()
    return statistics.message_counts(message, events, platforms)


# ---- messages:list ---------------------------------------------------------------------------


def list_messages(
    messages: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    platforms: Platforms,
    request: Mapping[str, Any],
    names: Mapping[str, frozenset[int]],
) -> dict[str, Any]:
    """messages:list: a page of the account's ``messages`` (oldest first, as kept) that match the
    request, newest first, and how many match."""
    per_page = request.get("per_page", LIST_PAGE)
    if per_page < 1:
        raise argument_error("per_page: at least 1")
    page = request.get("page", 1)
    if page < 0:
        raise argument_error("page: must not be negative")
    page = max(page, 1)
    keep = _list_filter(request, platforms, names)
    chosen = [message for message in reversed(messages) if keep(message)]
    options = request.get("params") or {}
    items = [
        _listed(message, events, platforms, options)
        for message in chosen[(page - 1) * per_page : page * per_page]
    ]
    return {"total": len(chosen), "items": items}


def _list_filter(
    request: Mapping[str, Any], platforms: Platforms, names: Mapping[str, frozenset[int]]
) -> Any:
    """The predicate of the messages that messages:list's ``filters`` keep."""
    filters = request.get("filters") or {}
    application = request["application"]
    other = filters.get("application")  # both name it: another one leaves nothing
    types = platform_names.device_types(names, filters.get("platforms") or (), "filters.platforms")
    dates = filters.get("date_range") or {}
    start = end = None
    if dates.get("date_from"):
        start = statistics.parse_date(dates["date_from"], "filters.date_range.date_from")
    if dates.get("date_to"):
        end = statistics.parse_date(dates["date_to"], "filters.date_range.date_to", end=True)
    source, campaign = filters.get("source"), filters.get("campaign")
    ids, codes = set(filters.get("messages_ids") or ()), set(filters.get("messages_codes") or ())

    def keep(message: Mapping[str, Any]) -> bool:
        return (
            message["status"] in STATUSES
            and message["application"] == application
            and (not other or other == application)
            and (not types or bool(types & _types(message, platforms)))
            and (start is None or message["send_at"] >= start)
            and (end is None or message["send_at"] <= end)
            and (not source or source == SOURCE)
            and (not campaign or message["notification"].get("campaign") == campaign)
            and (not ids or message["id"] in ids)
            and (not codes or message["code"] in codes)
        )

    return keep


def _listed(
    message: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    platforms: Platforms,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """One message as messages:list shows it (no ``code`` for a message that has none)."""
    item: dict[str, Any] = {"id": message["id"]}
    if message["code"] is not None:
        item["code"] = message["code"]
    item.update(
        created_date=_moment(message["created"]),
        send_date=_moment(message["send_at"]),
        status=STATUSES[message["status"]],
        platforms=sorted(_types(message, platforms)),
        source=SOURCE,
    )
    push_info: dict[str, Any] = {}
    if options.get("with_details"):
        push_info["details"] = _details(message)
    if options.get("with_metrics"):
        push_info["metrics"] = _metrics(_counts(message, events, platforms))
    if push_info:
        item["push_info"] = push_info
    return item


def _metrics(counts: Counter[tuple[str, str, int]]) -> list[dict[str, Any]]:
    """A message's counts per platform, as integers."""
    by_platform: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for (_, action, platform), count in counts.items():
        by_platform[platform][action] += count
    return [
        {
            "sends": found["send"],
            "opens": found["open"],
            "deliveries": found["delivery"],
            "inbox_opens": 0,
            "unshowable_sends": 0,
            "errors": 0,
            "platform": platform,
        }
        for platform, found in sorted(by_platform.items())
    ]


def _details(message: Mapping[str, Any]) -> dict[str, Any]:
    """What a message was sent with, from its notification (createMessage's fields, or
    notify's ``payload.content`` and segment ``code``); a field of another type is left out."""
    notification = message["notification"]
    details: dict[str, Any] = {}
    if message["method"] == "notify":
        content = (notification.get("payload") or {}).get("content")
        segment = notification.get("code")
    else:
        content = notification.get("content")
        segment = notification.get("filter")
    if isinstance(content, str):
        content = {"default": content}
    if isinstance(content, dict):
        details["content"] = content
    if isinstance(segment, str):
        details["filter_name"] = segment
    parameters: dict[str, Any] = {}
    for name in HEADERS:
        if isinstance(notification.get(name), str):
            parameters[name] = notification[name]
    for name in (*ROOT_PARAMS, "data"):
        if isinstance(notification.get(name), dict):
            parameters[name] = notification[name]
    if isinstance(notification.get("conditions"), list):
        parameters["conditions"] = notification["conditions"]
    if isinstance(notification.get("conditions_operator"), str):
        parameters["conditions_operator"] = notification["conditions_operator"]
    if parameters:
        details["platform_parameters"] = parameters
    if isinstance(notification.get("ignore_user_timezone"), bool):
        details["follow_user_timezone"] = not notification["ignore_user_timezone"]
    return details


# ---- totalsByIntervals -----------------------------------------------------------------------


def totals_by_intervals(
    message: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    platforms: Platforms,
    wanted: Iterable[int] | None,
) -> dict[str, Any]:
    """totalsByIntervals: a message's counts by hour and platform (of the ``wanted`` device
    types; all for None or none), as strings, and its conversion."""
    chosen = set(wanted or ())
    counts = Counter(
        {
            k: n
            for k, n in _counts(message, events, platforms).items()
            if not chosen or k[2] in chosen
        }
    )
    by_interval: defaultdict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for (hour, action, platform), count in counts.items():
        by_interval[hour, platform][action] += count
        totals[action] += count
    metrics = [
        {
            "timestamp": hour,
            "platform": platform,
            "sends": str(found["send"]),
            "opens": str(found["open"]),
            "deliveries": str(found["delivery"]),
            "inbox_opens": "0",
            "unshowable_sends": "0",
            "errors": "0",
        }
        for (hour, platform), found in sorted(by_interval.items())
    ]
    reached = {
        hwid
        for hwid in message["hwids"] or ()
        if message["status"] == SENT
        and (not chosen or platforms.get((message["application"], hwid), 0) in chosen)
    }
    conversion = {
        "sends": str(totals["send"]),
        "opens": str(totals["open"]),
        "events": _conversion_events(message, events, reached, totals["send"]),
    }
    return {"metrics": metrics, "conversion": conversion}


def _conversion_events(
    message: Mapping[str, Any], events: Sequence[Mapping[str, Any]], reached: set[str], sends: int
) -> list[dict[str, Any]]:
    """The events the ``reached`` devices posted in the message's application from its send
    time on, by name: hits, hits per send, and the revenue of those with ``__amount`` and
    ``__currency``."""
    hits: Counter[str] = Counter()
    revenue: defaultdict[str, float] = defaultdict(float)
    for event in events:
        if (
            event["kind"] != "postEvent"
            or event["hwid"] not in reached
            or event["application"] != message["application"]
            or event["at"] < message["send_at"]
        ):
            continue
        hits[event["name"]] += 1
        attributes = event["attributes"] or {}
        if "__amount" in attributes and "__currency" in attributes:
            with contextlib.suppress(TypeError, ValueError):  # not a number: earns nothing
                revenue[event["name"]] += float(attributes["__amount"])
    return [
        {
            "name": name,
            "hits": str(count),
            "conversion": round(count / sends, 4) if sends else 0,
            "revenue": revenue[name],
        }
        for name, count in sorted(hits.items())
    ]


# ---- getMessageLog ---------------------------------------------------------------------------


def message_log(
    messages: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    devices: Devices,
    request: Mapping[str, Any],
    names: Mapping[str, frozenset[int]],
    now: float,
) -> dict[str, Any]:
    """getMessageLog: a page of the log rows of the account's sent ``messages`` that match the
    request, oldest first, and the next page's token (None on the last)."""
    start, end = _window(request, now)
    limit = request.get("limit", LOG_LIMIT)
    if limit < 1:
        raise argument_error("limit: at least 1")
    after = _decode(request["pagination_token"]) if request.get("pagination_token") else None
    keep = _log_filter(request, names, start, end)
    rows = sorted(
        (
            (key, row)
            for message in messages
            if _log_message(message, request)
            for key, row in _log_rows(message, events, devices)
            if keep(row, key[0])
        ),
        key=lambda found: found[0],
    )
    if after is not None:
        rows = [(key, row) for key, row in rows if key > after]
    page = rows[:limit]
    token = _encode(page[-1][0]) if len(rows) > limit else None
    return {"result": [row for _, row in page], "pagination_token": token}


def _window(request: Mapping[str, Any], now: float) -> tuple[float, float]:
    """The period asked (by default the last ``LOG_DAYS`` days), or the vendor's refusal."""
    days = LOG_DAYS * 86400
    start, end = now - days, now
    if request.get("date_from"):
        start = statistics.parse_datetime(request["date_from"], "date_from")
    if request.get("date_to"):
        end = statistics.parse_datetime(request["date_to"], "date_to")
    if end < start:
        raise argument_error("date_to: must not be before date_from")
    earliest = (now // 86400) * 86400 - days  # the start of the day LOG_DAYS days ago (UTC)
    if end - start > days or start < earliest:
        raise argument_error(WINDOW_REFUSED)
    return start, end


def _log_message(message: Mapping[str, Any], request: Mapping[str, Any]) -> bool:
    """Whether the message-level filters keep a message."""
    campaign = message["notification"].get("campaign")
    return (
        ("message_id" not in request or message["id"] == request["message_id"])
        and ("message_code" not in request or message["code"] == request["message_code"])
        and ("campaign_code" not in request or campaign == request["campaign_code"])
        and (
            "application_code" not in request
            or message["application"] == request["application_code"]
        )
    )


def _log_filter(
    request: Mapping[str, Any], names: Mapping[str, frozenset[int]], start: float, end: float
) -> Any:
    """The predicate of the rows the row-level filters keep (device, user, action, platform,
    period)."""
    hwids = request.get("hwid")
    wanted = None if hwids is None else {hwids} if isinstance(hwids, str) else set(hwids)
    actions = set(request.get("actions") or ())
    types = platform_names.device_types(names, request.get("platforms") or (), "platforms")

    def keep(row: Mapping[str, Any], moment: float) -> bool:
        return (
            start <= moment <= end
            and (wanted is None or row["hwid"] in wanted)
            and ("user_id" not in request or row["user_id"] == request["user_id"])
            and (not actions or row["action"] in actions)
            and (not types or row["platform"] in types)
        )

    return keep


def _log_rows(
    message: Mapping[str, Any], events: Sequence[Mapping[str, Any]], devices: Devices
) -> Iterable[tuple[LogKey, dict[str, Any]]]:
    """Every log row of a sent message, each with its place."""
    application = message["application"]
    campaign = message["notification"].get("campaign")

    def row(action: str, moment: float, hwid: str) -> dict[str, Any]:
        platform, user = devices.get((application, hwid), (0, None))
        found: dict[str, Any] = {
            "timestamp": _moment(moment),
            "action": action,
            "message_id": message["id"],
        }
        if message["code"] is not None:
            found["message_code"] = message["code"]
        found["campaign_code"] = None if campaign is None else str(campaign)
        if application is not None:
            found["application_code"] = application
        found.update(hwid=hwid, user_id=user, platform=platform)
        return found

    for hwid in message["hwids"] or ():
        yield (message["send_at"], message["id"], 0, hwid), row("sent", message["send_at"], hwid)
    for action, moment, hwid in statistics.push_events(message, events):
        rank = 1 if action == "delivery" else 2
        yield (moment, message["id"], rank, hwid or ""), row(LOG_ACTIONS[action], moment, hwid)


def _encode(key: LogKey) -> str:
    """A page's token: the place of its last row, opaque to the caller."""
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _decode(token: str) -> LogKey:
    """The place a token stands for; a 210 (answered 400) for one the mock never gave."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        moment, number, rank, hwid = json.loads(raw)
        if not (
            isinstance(moment, int | float)
            and isinstance(number, int)
            and isinstance(rank, int)
            and isinstance(hwid, str)
        ):
            raise ValueError(token)
    except (binascii.Error, ValueError, TypeError):
        raise argument_error("pagination_token: not a token this server gave") from None
    return float(moment), number, rank, hwid

"""Statistics computed from what happened (the spec's ``mock-statistics``): no table of its own,
only reads of the messages, events and devices the other modules keep. The one counting rule
(``message_counts``, ``push_events``) is read by the v1 jobs here and by ``statistics_v2``.

- ``send``: a device a sent message reached, at the message's send time (a cancelled or deleted
  message counts nothing);
- ``delivery`` / ``open``: a messageDeliveryEvent / pushStat of the message's application whose
  ``hash`` is the message's (its code, or ``m<id>`` without one), at the event's time;
- the platform of a count is the device's type (0 when the device is unknown);
- getAppStats: ``register`` and ``install`` are devices created in the period, ``unregister``
  devices unregistered in it, ``open`` application opens, ``send`` devices reached;
- rows are per interval (hourly for a message), with only the intervals that counted something.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ..errors import argument_error, quoted

EMAIL_SMS_WHATSAPP = (14, 18, 21)
"""Device types that need no push token to be reached."""
DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
SCALES = (
    (366 * 86400, "yearly", "%Y-01-01 00:00:00"),
    (31 * 86400, "monthly", "%Y-%m-01 00:00:00"),
    (86400, "daily", "%Y-%m-%d 00:00:00"),
    (3 * 3600, "hourly", "%Y-%m-%d %H:00:00"),
    (0, "minutely", "%Y-%m-%d %H:%M:00"),
)
"""getAppStats' interval by the period's length (vendor): over a year yearly, … minutely."""
HOURLY = "%Y-%m-%d %H:00:00"

Platforms = Mapping[tuple[str, str], int]
"""Device type by (application, hwid)."""


def parse_datetime(value: str, field: str) -> float:
    """A `Y-m-d H:i:s` moment (UTC) as epoch seconds; a 210 naming the field otherwise."""
    if not isinstance(value, str) or not DATETIME.fullmatch(value):
        raise argument_error(f"{field}: expected Y-m-d H:i:s, got {quoted(value)}")
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise argument_error(f"{field}: not a date: {quoted(value)}") from None


def parse_date(value: str, field: str, *, end: bool = False) -> float:
    """A `YYYY-MM-DD` day (UTC) as the epoch seconds of its start (or of its end)."""
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise argument_error(f"{field}: expected YYYY-MM-DD, got {quoted(value)}")
    try:
        start = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise argument_error(f"{field}: not a date: {quoted(value)}") from None
    return start + 86399.999 if end else start


def _bucket(moment: float, pattern: str) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime(pattern)


def push_events(message: Mapping[str, Any], events: Iterable[Mapping[str, Any]]) -> Iterable[Any]:
    """The deliveries and opens reported for a message: (action, moment, hwid), oldest first."""
    actions = {"messageDeliveryEvent": "delivery", "pushStat": "open"}
    for event in events:
        action = actions.get(event["kind"])
        if (
            action is not None
            and event["hash"] == message["hash"]
            and event["application"] == message["application"]
        ):
            yield action, event["at"], event["hwid"]


def message_counts(
    message: Mapping[str, Any], events: Iterable[Mapping[str, Any]], platforms: Platforms
) -> Counter[tuple[str, str, int]]:
    """A sent message's counts by (hour, action, platform)."""
    counts: Counter[tuple[str, str, int]] = Counter()
    application = message["application"]
    hour = _bucket(message["send_at"], HOURLY)
    for hwid in message["hwids"] or ():
        counts[hour, "send", platforms.get((application, hwid), 0)] += 1
    for action, moment, hwid in push_events(message, events):
        counts[_bucket(moment, HOURLY), action, platforms.get((application, hwid), 0)] += 1
    return counts


def _totals(counts: Counter[tuple[str, str, int]]) -> dict[str, Any]:
    by_action: Counter[str] = Counter()
    for (_, action, _), count in counts.items():
        by_action[action] += count
    return {
        "send": by_action["send"],
        "delivery": by_action["delivery"],
        "open": by_action["open"],
        "events": [],
    }


def msg_stats(
    messages: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    platforms: Platforms,
    *,
    per_platform: Sequence[int] | None = None,
) -> dict[str, Any]:
    """getMsgStats (``per_platform`` None): hourly rows of every action with integer counts;
    getMsgPlatformsStats: rows per platform (those listed, or all for an empty list), counts as
    strings as its page shows them."""
    counts: Counter[tuple[str, str, int]] = Counter()
    for message in messages:
        counts.update(message_counts(message, events, platforms))
    if per_platform:
        counts = Counter({key: n for key, n in counts.items() if key[2] in per_platform})
    rows: list[dict[str, Any]] = []
    if per_platform is None:
        merged: Counter[tuple[str, str]] = Counter()
        for (hour, action, _), count in counts.items():
            merged[hour, action] += count
        rows = [
            {"datetime": hour, "action": action, "count": count}
            for (hour, action), count in sorted(merged.items())
        ]
    else:
        rows = [
            {"datetime": hour, "action": action, "count": str(count), "platform": platform}
            for (hour, action, platform), count in sorted(counts.items())
        ]
    return {"formatter": "hourly", "rows": rows, "conversion": _totals(counts)}


def campaign_stats(
    messages: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    platforms: Platforms,
    start: float,
    end: float,
) -> dict[str, Any]:
    """getCampaignStats: hourly rows per action and platform within the period."""
    counts: Counter[tuple[str, str, int]] = Counter()
    for message in messages:
        counts.update(message_counts(message, events, platforms))
    low, high = _bucket(start, HOURLY), _bucket(end, HOURLY)
    kept = Counter({key: n for key, n in counts.items() if low <= key[0] <= high})
    return {
        "formatter": "hourly",
        "rows": [
            {"datetime": hour, "action": action, "count": count, "platformid": platform}
            for (hour, action, platform), count in sorted(kept.items())
        ],
        "conversion": _totals(kept),
    }


def app_stats(
    devices: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    messages: Sequence[Mapping[str, Any]],
    start: float,
    end: float,
) -> dict[str, Any]:
    """getAppStats: the application's counts per interval of the period's scale."""
    if end < start:
        raise argument_error("dateto: must not be before datefrom")
    formatter, pattern = next((name, p) for low, name, p in SCALES if end - start > low)
    counts: Counter[tuple[str, str]] = Counter()

    def count(moment: float, action: str, n: int = 1) -> None:
        if start <= moment <= end:
            counts[_bucket(moment, pattern), action] += n

    for device in devices:
        count(device["created"], "install")
        count(device["created"], "register")
        if not device["registered"]:
            count(device["updated"], "unregister")
    for event in events:
        if event["kind"] == "applicationOpen":
            count(event["at"], "open")
    for message in messages:
        count(message["send_at"], "send", len(message["hwids"] or ()))
    return {
        "formatter": formatter,
        "rows": [
            {"datetime": moment, "action": action, "count": n}
            for (moment, action), n in sorted(counts.items())
        ],
    }


def event_stats(
    events: Sequence[Mapping[str, Any]],
    application: str,
    name: str,
    start: float,
    end: float,
    attributes: Sequence[Mapping[str, Any]],
) -> list[dict[str, Any]]:
    """getEventStatistics: hourly counts of an event posted in the period, narrowed by
    attribute filters (``EQ``: the attribute equals one of the values, compared as text)."""
    for where, condition in enumerate(attributes):
        if str(condition.get("operator", "")).upper() != "EQ":
            raise argument_error(
                f"attributes[{where}].operator: only EQ is supported, got"
                f" {quoted(condition.get('operator'))}"
            )
    counts: Counter[str] = Counter()
    for event in events:
        if event["kind"] != "postEvent" or event["application"] != application:
            continue
        if event["name"] != name or not start <= event["at"] <= end:
            continue
        values = event["attributes"] or {}
        if all(
            condition["name"] in values
            and _text(values[condition["name"]]) in [_text(v) for v in condition["values"]]
            for condition in attributes
        ):
            counts[_bucket(event["at"], "%Y-%m-%d %H:00")] += 1
    return [{"date": hour, "count": n} for hour, n in sorted(counts.items())]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def subscribers(devices: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """getApplicationSubscribersStats: registered devices that can be reached, by type."""
    counts: Counter[int] = Counter()
    for device in devices:
        if not device["registered"]:
            continue
        kind = device["device_type"]
        if device["push_token"] or kind in EMAIL_SMS_WHATSAPP:
            counts[int(kind or 0)] += 1
    return {
        "rows": [
            {"device_type": kind, "subscribers": n} for kind, n in sorted(counts.items()) if kind
        ]
    }

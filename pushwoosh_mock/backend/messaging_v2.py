"""Messaging API v2's notify body read as createMessage's targeting (the spec's ``mock-notify``),
so that ``Messages.notify`` sends it by the same rules:

- ``segment``: ``code`` names a segment of the account made with createFilter (unknown: 400
  ``segment.code: Filter not found``); ``expression`` is the segment language, as
  createTargetedMessage's ``devices_filter``; ``filter_expression`` (fields not documented) and
  none of them reach every device of the application on the platforms.
- ``transactional``: ``users``, ``hwids`` and ``push_tokens`` (each ``{"list": [...]}``) are
  createMessage's ``users`` and ``devices`` (hwids or push tokens): ``users`` wins when given
  with the others, as it does in createMessage; one of them is required (the mock's choice).
  With ``return_unknown_identifiers``, the identifiers that matched no device are answered as
  one list of strings.
- ``platforms`` are names (``IOS``, ``HUAWEI_ANDROID``, ``WEB``: ``platform_names``), kept
  however few devices are named; ``application`` narrows to its devices (absent: any device of
  the account's applications, as createTargetedMessage).
- ``schedule``: ``at`` an RFC 3339 time (UTC when it has no offset) or ``after`` a protobuf
  duration (``30.000000s``), not both; a later moment makes the message wait (cancelable), none
  or one not later than now sends it at once. A moment past 9999-12-31 23:59 UTC is refused.

Refusals are 210s, answered 400 (gRPC code 3) by the family.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import argument_error, quoted
from . import platform_names
from .messages import LATEST

DURATION = re.compile(r"(\d+(?:\.\d+)?)s", re.ASCII)
"""A protobuf duration as JSON writes it: seconds with an ``s``."""


@dataclass(frozen=True)
class Notify:
    """A notify call read: what ``Messages.notify`` takes."""

    application: str | None
    targeting: dict[str, Any]
    """createMessage's targeting fields (``users``, ``devices``, ``platforms`` as types)."""
    expression: tuple[str, str] | None
    """The segment expression and the field it came from."""
    when: float
    stored: dict[str, Any]
    """What the message keeps as its notification: the segment or transactional object."""
    report_unknown: bool


def read(
    request: Mapping[str, Any],
    names: Mapping[str, frozenset[int]],
    segment_expression: Callable[[str], str | None],
    now: float,
) -> Notify:
    """Read a notify body (exactly one of ``segment`` or ``transactional``, as the spec
    requires); ``segment_expression`` finds an account's segment by name."""
    kind = "segment" if "segment" in request else "transactional"
    body: Mapping[str, Any] = request[kind]
    targeting: dict[str, Any] = {}
    types = platform_names.device_types(names, body.get("platforms") or (), f"{kind}.platforms")
    if types:
        targeting["platforms"] = sorted(types)
    expression = None
    if kind == "segment":
        if body.get("code"):
            found = segment_expression(body["code"])
            if found is None:
                raise argument_error(f"segment.code: Filter not found: {quoted(body['code'])}")
            expression = (found, "segment.code")
        elif body.get("expression"):
            expression = (body["expression"], "segment.expression")
    else:
        users = _listed(body, "users")
        devices = [*(_listed(body, "hwids") or ()), *(_listed(body, "push_tokens") or ())]
        if users is not None:
            targeting["users"] = users
        elif "hwids" in body or "push_tokens" in body:
            targeting["devices"] = devices
        else:
            raise argument_error("transactional: users, hwids or push_tokens is required")
    return Notify(
        application=body.get("application"),
        targeting=targeting,
        expression=expression,
        when=send_at(body.get("schedule"), now, f"{kind}.schedule"),
        stored=dict(body),
        report_unknown=bool(body.get("return_unknown_identifiers")),
    )


def _listed(body: Mapping[str, Any], field: str) -> list[str] | None:
    """The identifiers of a ``{"list": [...]}`` field, or None when it is absent."""
    if field not in body:
        return None
    return list(body[field].get("list") or ())


def send_at(schedule: Mapping[str, Any] | None, now: float, field: str) -> float:
    """When a notify goes out (epoch seconds): ``at``, now plus ``after``, or now."""
    schedule = schedule or {}
    at, after = schedule.get("at"), schedule.get("after")
    if at and after:
        raise argument_error(f"{field}: at and after are mutually exclusive")
    if at:
        try:
            moment = datetime.fromisoformat(at)
        except (TypeError, ValueError):
            raise argument_error(
                f"{field}.at: expected an RFC 3339 time (2026-06-02T12:00:00Z), got {quoted(at)}"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        when, where = moment.timestamp(), f"{field}.at"
    elif after:
        match = DURATION.fullmatch(after) if isinstance(after, str) else None
        if match is None:
            raise argument_error(
                f"{field}.after: expected a duration in seconds (30.000000s), got {quoted(after)}"
            )
        when, where = now + float(match.group(1)), f"{field}.after"
    else:
        return now
    if when > LATEST:
        raise argument_error(f"{where}: after 9999-12-31 23:59 UTC, the latest date")
    return when

"""How bulk jobs become API calls: registrations grouped by user, audiences split and packed.

Pure functions of the items: no I/O, so what a bulk call will send is decided (and tested) apart
from sending it.
"""

import json
from collections.abc import Iterable, Mapping, MappingView, Set
from typing import Any

import attrs

from ..api.messages.create_message import OPERATION as CREATE_MESSAGE
from ..errors import InvalidArgumentError

MAX_RECIPIENTS = min(
    CREATE_MESSAGE.max_items["notifications.users"],
    CREATE_MESSAGE.max_items["notifications.devices"],
)
"""`users` or `devices` per notification, at most (the spec's maxItems)."""
MAX_NOTIFICATIONS = CREATE_MESSAGE.max_items["notifications"]
"""Notifications per createMessage request, at most (the spec's maxItems)."""
ENVELOPE_ROOM = 0.95
"""The share of the request's byte limit the notifications may fill, leaving the envelope room."""
assert CREATE_MESSAGE.max_body_bytes is not None
MAX_BODY_BYTES = int(CREATE_MESSAGE.max_body_bytes * ENVELOPE_ROOM)
"""Bytes of notifications per request: under the spec's `x-pushwoosh-max-body-bytes`."""
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


def notification_dict(notification: Any) -> dict[str, Any]:
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
    field, audience = ("users", users) if users is not None else ("devices", devices or [])
    if isinstance(audience, Set | MappingView):
        raise InvalidArgumentError(
            "bulk.create_message",
            field,
            f"a {type(audience).__name__} has no fixed order (a set's changes from one process to"
            f" the next), so a repeated call would give chunk <id>-0 other recipients: pass"
            f" sorted({field}) or a list",
        )
    recipients = list(dict.fromkeys(audience))
    problem = CREATE_MESSAGE.item_problem("notifications", notification)
    if problem is not None:
        raise InvalidArgumentError("bulk.create_message", "notification", problem)
    base = notification_dict(notification)
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

"""What a test asks of the mock: which calls it received, and which pushes reached whom.

The assertions read like the test (``mock.assert_request_made("setTags", hwid="h1",
tags={"Plan": "gold"})``) and, when they fail, show the closest calls the mock did receive.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .backend import Backend
from .journal import Call
from .spec import did_you_mean


@dataclass(frozen=True)
class Push:
    """A message the mock created: what a push would have reached."""

    id: int
    code: str | None
    """Its message code; None for one sent at once to fewer than 10 devices."""
    status: str
    """``sent``, ``scheduled``, ``deleted`` or ``cancelled``."""
    hwids: list[str]
    """The devices it reaches, sorted."""
    notification: dict[str, Any]
    hash: str = ""
    """The hash its devices receive (its code, or ``m<id>`` without one): a pushStat or
    messageDeliveryEvent with it counts as an open or a delivery of this message."""
    channel: str = "push"
    """What carried it: ``push``, ``email``, ``sms``, ``whatsapp``, ``kakao`` or ``line``."""

    def to_json(self) -> dict[str, Any]:
        """As ``GET /__mock/messages`` lists it."""
        return {
            "id": self.id,
            "code": self.code,
            "status": self.status,
            "hwids": self.hwids,
            "notification": self.notification,
            "hash": self.hash,
            "channel": self.channel,
        }


def includes(value: Any, expected: Any) -> bool:
    """Whether a request value includes the expected one: equal, or for objects, every expected
    key present with an including value (``tags={"Plan": "gold"}`` matches more tags)."""
    if isinstance(expected, Mapping):
        return isinstance(value, Mapping) and all(
            key in value and includes(value[key], item) for key, item in expected.items()
        )
    return bool(value == expected)


def matching(calls: Iterable[Call], fields: Mapping[str, Any]) -> list[Call]:
    """The calls whose request fields include these values."""
    return [call for call in calls if includes(call.fields, fields)]


def closeness(call: Call, fields: Mapping[str, Any]) -> int:
    """How many of the expected fields a call has right (to list the closest calls first)."""
    got = call.fields if isinstance(call.fields, Mapping) else {}
    return sum(1 for key, value in fields.items() if key in got and includes(got[key], value))


def describe_calls(calls: Sequence[Call], fields: Mapping[str, Any], limit: int = 5) -> str:
    """The calls closest to the expected fields, one line each, for a failure message."""
    if not calls:
        return "  (none)"
    closest = sorted(calls, key=lambda c: -closeness(c, fields))[:limit]
    lines = [f"  HTTP {c.status}: {c.fields!r}"[:400] for c in closest]
    if len(calls) > limit:
        lines.append(f"  … and {len(calls) - limit} more")
    return "\n".join(lines)


def camel_case(name: str) -> str:
    """A Python-style name as the API spells its fields: ``user_id`` -> ``userId``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def unknown_fields(
    fields: Iterable[str], documented: Sequence[str], calls: Iterable[Call]
) -> list[str]:
    """What is wrong with each expected field that the operation's request does not document and
    no kept call sent (such an assertion could never hold, nor fail for the right reason), with
    the spec's name for it: the camelCase of a snake_case name, else the closest one."""
    sent: set[str] = set()
    for call in calls:
        if isinstance(call.fields, Mapping):
            sent.update(call.fields)
    problems = []
    for name in fields:
        if name in documented or name in sent:
            continue
        camel = camel_case(name)
        hint = (
            f" (did you mean {camel!r}?)" if camel in documented else did_you_mean(name, documented)
        )
        problems.append(
            f"{name!r} is not a field of the request{hint or '; its fields: ' + ', '.join(documented)}"
        )
    return problems


def pushes(backend: Backend, user: str | None = None, hwid: str | None = None) -> list[Push]:
    """The pushes created, oldest first; with ``user`` or ``hwid``, those that reached that
    user's devices or that device."""
    wanted: set[str] | None = None
    if user is not None or hwid is not None:
        wanted = set()
        if hwid is not None:
            wanted.add(hwid)
        if user is not None:
            for device in backend.audience(None, users=[user]):
                wanted.add(device["hwid"])
    found = [
        Push(
            m["id"], m["code"], m["status"], m["hwids"], m["notification"], m["hash"], m["channel"]
        )
        for m in backend.messages()
    ]
    return [push for push in found if wanted is None or wanted & set(push.hwids)]

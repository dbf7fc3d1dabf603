"""Results read from answers whose wire form is not what a caller should handle.

createMessage answers one code per notification, with the string ``CODE_NOT_AVAILABLE`` for a
message that has none, and a map of unknown devices; here that is ``None`` and a plain dict.
``generator/results.yaml`` says which operation returns which class.
"""

from collections.abc import Mapping
from typing import Any

import attrs

CODE_NOT_AVAILABLE = "CODE_NOT_AVAILABLE"
"""What the API answers in place of the code of a message sent at once to fewer than 10 devices."""


def _code(value: Any) -> str | None:
    if not isinstance(value, str):
        raise TypeError(f"a message code is a string, not {type(value).__name__}")
    return None if value == CODE_NOT_AVAILABLE else value


@attrs.frozen
class CreateMessageResult:
    """What createMessage answered: a code per notification, and the devices nobody has."""

    messages: list[str | None]
    """The code of each notification's message, in order; None when it has none (a message
    sent at once to fewer than 10 devices gets no code)."""
    unknown_devices: dict[str, list[str]] = attrs.field(factory=dict)
    """The `devices` entries the application does not know, by message code ("" for a message
    without a code)."""

    @classmethod
    def from_response(cls, data: Any) -> "CreateMessageResult":
        """Read the envelope's `response` member."""
        if not isinstance(data, Mapping) or not isinstance(data.get("Messages"), list):
            raise TypeError("createMessage's answer has no Messages list")
        unknown = data.get("UnknownDevices") or {}
        if not isinstance(unknown, Mapping):
            raise TypeError("UnknownDevices is not an object")
        return cls(
            messages=[_code(value) for value in data["Messages"]],
            unknown_devices={str(k): [str(d) for d in v] for k, v in unknown.items()},
        )


@attrs.frozen
class TargetedMessageResult:
    """What createTargetedMessage answered."""

    message: str | None
    """The message code; None when it has none."""

    @classmethod
    def from_response(cls, data: Any) -> "TargetedMessageResult":
        """Read the envelope's `response` member."""
        if not isinstance(data, Mapping):
            raise TypeError("createTargetedMessage's answer has no messageCode")
        return cls(message=_code(data.get("messageCode")))


@attrs.frozen
class ScheduledResult:
    """What getResults answered: a scheduled request's result as it came (an object or a list,
    shaped as the scheduling method's). ``client.jobs.wait()`` reads it typed instead."""

    data: Any
    """The envelope's `response` member."""

    @classmethod
    def from_response(cls, data: Any) -> "ScheduledResult":
        """Keep the envelope's `response` member."""
        return cls(data=data)

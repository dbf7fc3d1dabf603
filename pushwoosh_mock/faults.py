"""Fault injection: per operation, a forced HTTP status, a forced API answer (HTTP 200 with a
status_code such as 210 and its status_message), added latency, or a dropped connection."""

import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .spec import unknown_operation

FORCEABLE_STATUSES = frozenset({429, 500, 502, 503})
Drop = Literal["before", "after"]


@dataclass
class Fault:
    """What to do to the calls of one operation ("*" for every operation).

    ``times`` makes the fault apply to the next N calls only, the next one by default (as
    ``MockServer.fail_next`` and ``POST /__mock/faults``); None keeps it until cleared.
    """

    operation: str = "*"
    status: int | None = None
    """An HTTP status to answer (429, 500, 502, 503)."""
    status_code: int | None = None
    """An API status_code to answer inside HTTP 200, as the API does (210: an argument error)."""
    status_message: str | None = None
    """The status_message of a forced status or status_code."""
    retry_after: int | None = None
    latency: float = 0.0
    drop: Drop | None = None
    times: int | None = 1

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in FORCEABLE_STATUSES:
            allowed = ", ".join(map(str, sorted(FORCEABLE_STATUSES)))
            raise ValueError(f"status: expected one of {allowed}, got {self.status!r}")
        if self.retry_after is not None and (
            isinstance(self.retry_after, bool)
            or not isinstance(self.retry_after, int)
            or self.retry_after < 0
        ):
            raise ValueError(
                f"retry_after: expected a whole number of seconds >= 0, got {self.retry_after!r}"
            )
        if self.retry_after is not None and self.status not in (429, 503):
            raise ValueError("retry_after: only with status 429 or 503")
        if isinstance(self.latency, bool) or not isinstance(self.latency, int | float):
            raise ValueError(f"latency: expected seconds as a number, got {self.latency!r}")
        if not 0 <= self.latency <= 60:
            raise ValueError(f"latency: expected 0 to 60 seconds, got {self.latency!r}")
        if self.drop not in (None, "before", "after"):
            raise ValueError(f"drop: expected 'before' or 'after', got {self.drop!r}")
        if self.status_code is not None and (
            isinstance(self.status_code, bool)
            or not isinstance(self.status_code, int)
            or not 100 <= self.status_code <= 999
            or self.status_code == 200
        ):
            raise ValueError(
                f"status_code: expected an API status code other than 200, such as 210,"
                f" got {self.status_code!r}"
            )
        if self.status_message is not None and not isinstance(self.status_message, str):
            raise ValueError(f"status_message: expected a string, got {self.status_message!r}")
        if self.status_message is not None and self.status is None and self.status_code is None:
            raise ValueError("status_message: only with status or status_code")
        answers = [
            name
            for name, value in (
                ("drop", self.drop),
                ("status", self.status),
                ("status_code", self.status_code),
            )
            if value is not None
        ]
        if len(answers) > 1:
            raise ValueError(f"{' and '.join(answers)} exclude each other")
        if self.times is not None and (
            isinstance(self.times, bool) or not isinstance(self.times, int) or self.times < 1
        ):
            raise ValueError(f"times: expected a whole number >= 1, got {self.times!r}")
        if not isinstance(self.operation, str) or not self.operation:
            raise ValueError(
                f"operation: expected an operation name or '*', got {self.operation!r}"
            )

    @property
    def answers(self) -> bool:
        """The fault answers the call in its place (a status, a status_code, a drop before):
        the call is not applied, and the journal keeps what it sent."""
        return self.status is not None or self.status_code is not None or self.drop == "before"

    @classmethod
    def from_json(cls, data: Any, operations: set[str]) -> "Fault":
        """Build a fault from a JSON object, with a clear error for any bad field."""
        if not isinstance(data, dict):
            raise ValueError("body: expected a JSON object describing a fault")
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
        fault = cls(**data)
        fault.check_operation(operations)
        return fault

    def check_operation(self, operations: set[str]) -> None:
        """Refuse a fault naming an operation the spec does not have (a misspelt `setTag`)."""
        if self.operation != "*" and self.operation not in operations:
            raise ValueError(f"operation: {unknown_operation(self.operation, operations)}")

    def to_json(self) -> dict[str, Any]:
        """Return the fault as JSON-ready data."""
        return asdict(self)


class Faults:
    """The active faults; the first one that matches a call is used (and counted down)."""

    def __init__(self, operations: set[str] | None = None) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._operations = operations

    def add(self, fault: Fault) -> Fault:
        """Add a fault; later calls of its operation meet it. An operation the spec does not
        have is refused with ValueError, as the HTTP route refuses it."""
        if self._operations is not None:
            fault.check_operation(self._operations)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def take(self, operation: str) -> Fault | None:
        """Return the fault for this call, counting down a limited one."""
        with self._lock:
            for fault in self._faults:
                if fault.operation in ("*", operation):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times == 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def active(self) -> list[dict[str, Any]]:
        """Return the active faults as JSON-ready data."""
        with self._lock:
            return [fault.to_json() for fault in self._faults]

    def __len__(self) -> int:
        return len(self._faults)

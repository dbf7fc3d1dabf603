"""The client's log records (logger `pushwoosh_generated`): one DEBUG record per attempt with
its bodies, one INFO record per retry or rate-limit wait, and one for a failure not retried
because repeating the call is not safe; every token hidden by the credentials."""

import logging
from typing import Any

import httpx

from . import errors
from ._credentials import Credentials
from ._operation import Operation

log = logging.getLogger("pushwoosh_generated")

LOGGED_BODY_CHARS = 2000
"""How much of an answer's body a DEBUG record shows."""


class CallLog:
    """Writes a client's records, with its credentials' redaction."""

    __slots__ = ("_credentials",)

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def request(self, operation: Operation[Any], body: Any) -> None:
        """A DEBUG record of the body about to be sent (before its token is put in)."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s request body: %s", operation.name, self._credentials.json_for_people(body)
            )

    def attempt(
        self,
        operation: Operation[Any],
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        seconds: float,
    ) -> None:
        """One DEBUG record per attempt: method, HTTP status, API status_code, time, attempt."""
        if not log.isEnabledFor(logging.DEBUG):
            return
        if isinstance(outcome, httpx.Response):
            body = errors._decode_json(outcome.content)
            api_status = body.get("status_code") if isinstance(body, dict) else None
            log.debug(
                "%s attempt %d: HTTP %d, status_code %s, %.1f ms; body: %s",
                operation.name,
                attempt,
                outcome.status_code,
                api_status,
                seconds * 1000,
                self.answer(outcome.content, body),
            )
        else:
            log.debug(
                "%s attempt %d: %s after %.1f ms",
                operation.name,
                attempt,
                type(outcome).__name__,
                seconds * 1000,
            )

    def retry(self, operation: Operation[Any], attempt: int, delay: float) -> None:
        """An INFO record of a retry about to wait."""
        log.info("%s: attempt %d failed, retrying in %.2f s", operation.name, attempt, delay)

    def not_retried(self, operation: Operation[Any], reason: str) -> None:
        """An INFO record of a failed attempt a retry would have followed, were the operation
        safe to repeat (the error follows)."""
        log.info("%s: %s", operation.name, reason)

    def answer(self, content: bytes, decoded: Any) -> str:
        """An answer's body as a DEBUG record shows it, tokens hidden, cut to LOGGED_BODY_CHARS
        (after hiding them, so that the cut leaves no token's start)."""
        if decoded is not None:
            text = self._credentials.json_for_people(decoded)
        else:
            longest = self._credentials.longest_form()
            raw = content[: LOGGED_BODY_CHARS + longest].decode(errors="replace")
            text = self._credentials.redact(raw)
        return text[:LOGGED_BODY_CHARS]

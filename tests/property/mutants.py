"""Mutation proof: inject realistic bugs into the mock, one at a time, and show that the property
suite fails for each, naming the check that caught it.

Each bug is defined against behaviour, not source text: a wrapper around the mock's ASGI app that
changes what a client sends or sees, a change of the state through the store's public methods
after a call, or a public method of the app's spec replaced. Reformatting or refactoring the mock cannot break a mutant; only a change of what
the server does can. The suite runs in a subprocess with ``PUSHWOOSH_MOCK_MUTANT`` naming the bug;
``tests/property/schema.py`` wraps the app with it.

Usage: ``python -m tests.property.mutants [NAME ...]`` (or ``nox -s mutants``). Exit status 0 when
every mutant is caught and the suite passes without one.
"""

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pushwoosh_mock import MockServer

ROOT = Path(__file__).resolve().parents[2]
MUTANT_ENV = "PUSHWOOSH_MOCK_MUTANT"
"""Names the bug the property suite's app is wrapped with."""
FAILURE_TITLE = re.compile(r"^[\s|]*- (ST\d+ .+?)\s*$", re.MULTILINE)
"""How schemathesis names each distinct failure: `- ST401 API accepts requests without authentication`."""
GATE_FAILURE = re.compile(r"AssertionError: (only \d+% of getTags/setTags calls by hwid .*?\))")
"""How the stateful test's hit-ratio gate fails."""

Request = dict[str, Any]
Answer = dict[str, Any]
RequestEdit = Callable[[str, Request], Request | Answer]
"""(operation, request fields) -> new request fields, or a whole answer to send instead."""
AnswerEdit = Callable[[str, Request, Answer], Answer]
"""(operation, request fields, answer) -> the answer the client sees."""


class Mutated:
    """The mock's ASGI app, with the API calls' requests and answers passed through edits."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        request: RequestEdit | None = None,
        answer: AnswerEdit | None = None,
        headers: Callable[[list[tuple[bytes, bytes]]], list[tuple[bytes, bytes]]] | None = None,
    ) -> None:
        self.app = app
        self.edit_request = request
        self.edit_answer = answer
        self.edit_headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        spec = getattr(self.app, "spec", None)
        found = spec.route(scope["path"]) if scope["type"] == "http" and spec else None
        called = None if found is None else found[0].methods.get(scope["method"])
        if called is None:
            await self.app(scope, receive, send)
            return
        operation, enveloped = called.name, called.enveloped
        if self.edit_headers is not None:
            scope = {**scope, "headers": self.edit_headers(list(scope["headers"]))}
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body", False):
                break
        fields = _fields(raw, enveloped)
        if self.edit_request is not None and fields is not None:
            edited = self.edit_request(operation, fields)
            if edited is not fields and "status_code" in edited:  # an answer instead of a call
                await _send_json(send, 500 if edited["status_code"] == 500 else 200, edited)
                return
            if edited is not fields:
                whole = {**json.loads(raw), "request": edited} if enveloped else edited
                raw = json.dumps(whole).encode()
        replay = _replay(raw)
        if self.edit_answer is None or fields is None:
            await self.app(scope, replay, send)
            return
        start: list[Message] = []
        body = b""

        async def capture(message: Message) -> None:
            nonlocal body
            if message["type"] == "http.response.start":
                start.append(message)
            else:
                body += message.get("body", b"")

        await self.app(scope, replay, capture)
        answer = json.loads(body)
        if start[0]["status"] != 200 or not isinstance(answer, dict):
            await send(start[0])
            await send({"type": "http.response.body", "body": body})
            return
        await _send_json(send, 200, self.edit_answer(operation, fields, answer))


def _fields(raw: bytes, enveloped: bool = True) -> Request | None:
    """A call's request fields: inside the envelope, or the flat body itself."""
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        return None
    if not enveloped:
        return body if isinstance(body, dict) else None
    fields = body.get("request") if isinstance(body, dict) else None
    return fields if isinstance(fields, dict) else None


def _replay(raw: bytes) -> Callable[[], Awaitable[Message]]:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return receive


async def _send_json(send: Send, status: int, answer: Any) -> None:
    body = json.dumps(answer).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# ---- the bugs -----------------------------------------------------------------------------


def token_not_checked(app: MockServer) -> ASGIApp:
    """Any token, or none, is accepted."""

    def valid_token(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        kept = [(k, v) for k, v in headers if k.lower() != b"authorization"]
        return [*kept, (b"authorization", b"Token dev-token")]

    return Mutated(app, headers=valid_token)


def _tag_edit(keep: Callable[[Any], bool]) -> RequestEdit:
    """Drop the tag changes ``keep`` refuses from every tags map a call sends."""

    def edit(operation: str, fields: Request) -> Request:
        tags = fields.get("tags")
        if not isinstance(tags, dict):
            return fields
        return {**fields, "tags": {name: v for name, v in tags.items() if keep(v)}}

    return edit


def increment_ignored(app: MockServer) -> ASGIApp:
    """increment operations are accepted and do nothing."""
    return Mutated(
        app,
        request=_tag_edit(
            lambda v: not (isinstance(v, dict) and v.get("operation") == "increment")
        ),
    )


def null_keeps_tag(app: MockServer) -> ASGIApp:
    """A tag set to null is not deleted."""
    return Mutated(app, request=_tag_edit(lambda v: v is not None))


def invalid_device_type_accepted(app: MockServer) -> ASGIApp:
    """A request whose (first) schema violation is its device_type passes validation."""
    check = app.spec.violation

    def violation(operation: Any, body: Any) -> str | None:
        found = check(operation, body)
        return None if found is not None and found.startswith("request.device_type") else found

    app.spec.violation = violation  # type: ignore[method-assign]
    return app


def error_without_message(app: MockServer) -> ASGIApp:
    """An argument error (210) has no status_message."""

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        if answer.get("status_code") == 210:
            return {k: v for k, v in answer.items() if k != "status_message"}
        return answer

    return Mutated(app, answer=edit)


def crash_on_non_ascii_tag(app: MockServer) -> ASGIApp:
    """setTags answers 500 when a tag name is not ASCII."""

    def edit(operation: str, fields: Request) -> Request | Answer:
        tags = fields.get("tags")
        if operation == "setTags" and isinstance(tags, dict) and not all(n.isascii() for n in tags):
            return {"status_code": 500, "status_message": "Internal error", "response": None}
        return fields

    return Mutated(app, request=edit)


def user_tags_reach_one_device(app: MockServer) -> ASGIApp:
    """setTags by userId changes only the first device of the user."""
    store = app.store
    before: dict[tuple[str, str], dict[str, Any]] = {}

    def remember(operation: str, fields: Request) -> Request:
        before.clear()
        if (
            operation == "setTags"
            and "hwid" not in fields
            and isinstance(fields.get("userId"), str)
        ):
            for hwid in store.devices_of_user(fields["application"], fields["userId"]):
                before[(fields["application"], hwid)] = store.device_tags(
                    fields["application"], hwid
                )
        return fields

    def restore(operation: str, fields: Request, answer: Answer) -> Answer:
        for application, hwid in list(before)[1:]:
            now = store.device_tags(application, hwid)
            old = before[(application, hwid)]
            store.set_device_tags(application, hwid, {**dict.fromkeys(now), **old})
        return answer

    return Mutated(app, request=remember, answer=restore)


def unregister_deletes_tags(app: MockServer) -> ASGIApp:
    """unregisterDevice deletes the device's tags."""
    store = app.store

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        if operation == "unregisterDevice" and answer.get("status_code") == 200:
            tags = store.device_tags(fields["application"], fields["hwid"])
            store.set_device_tags(fields["application"], fields["hwid"], dict.fromkeys(tags))
        return answer

    return Mutated(app, answer=edit)


def registration_not_kept(app: MockServer) -> ASGIApp:
    """registerDevice answers success, but the state is lost right after (never committed)."""

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        if operation == "registerDevice" and answer.get("status_code") == 200:
            app.store.reset()
        return answer

    return Mutated(app, answer=edit)


def delete_keeps_device(app: MockServer) -> ASGIApp:
    """deleteDevice answers 200, but the device is back at once (without its tags)."""

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        if operation == "deleteDevice" and answer.get("status_code") == 200:
            app.store.register_device(
                {"application": fields["application"], "hwid": fields["hwid"], "device_type": 3}
            )
        return answer

    return Mutated(app, answer=edit)


def merge_moves_nothing(app: MockServer) -> ASGIApp:
    """mergeUser merges the old user into itself (validated and answered as usual)."""

    def edit(operation: str, fields: Request) -> Request:
        if operation == "mergeUser" and "oldUserId" in fields:
            return {**fields, "newUserId": fields["oldUserId"]}
        return fields

    return Mutated(app, request=edit)


def multi_register_skips_devices(app: MockServer) -> ASGIApp:
    """multiRegisterDevice registers the channels but none of the push devices."""

    def edit(operation: str, fields: Request) -> Request:
        if operation == "multiRegisterDevice" and "push_devices" in fields:
            return {k: v for k, v in fields.items() if k != "push_devices"}
        return fields

    return Mutated(app, request=edit)


TARGETING = ("devices", "users", "platforms", "conditions", "conditions_operator", "filter")


def targeting_ignored(app: MockServer) -> ASGIApp:
    """createMessage sends every notification to every device of the application."""

    def edit(operation: str, fields: Request) -> Request:
        if operation != "createMessage" or not isinstance(fields.get("notifications"), list):
            return fields
        notifications = [
            {k: v for k, v in n.items() if k not in TARGETING} if isinstance(n, dict) else n
            for n in fields["notifications"]
        ]
        return {**fields, "notifications": notifications}

    return Mutated(app, request=edit)


def delete_message_keeps_it(app: MockServer) -> ASGIApp:
    """deleteMessage answers success and deletes nothing."""

    def edit(operation: str, fields: Request) -> Request | Answer:
        if operation == "deleteMessage" and fields.get("auth") and fields.get("message"):
            return {"status_code": 200, "status_message": "OK"}
        return fields

    return Mutated(app, request=edit)


def transaction_id_ignored(app: MockServer) -> ASGIApp:
    """createMessage does not remember transactionIds: a repeat is sent again."""

    def edit(operation: str, fields: Request) -> Request:
        if operation != "createMessage" or not isinstance(fields.get("notifications"), list):
            return fields
        notifications = [
            {k: v for k, v in n.items() if k != "transactionId"} if isinstance(n, dict) else n
            for n in fields["notifications"]
        ]
        return {**fields, "notifications": notifications}

    return Mutated(app, request=edit)


def statistics_ignore_events(app: MockServer) -> ASGIApp:
    """getResults counts the sends only: deliveries and opens reported are lost."""

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        result = answer.get("response")
        if operation != "getResults" or not isinstance(result, dict) or "rows" not in result:
            return answer
        rows = [row for row in result["rows"] if row.get("action") not in ("delivery", "open")]
        return {**answer, "response": {**result, "rows": rows}}

    return Mutated(app, answer=edit)


def bulk_set_tags_sets_nothing(app: MockServer) -> ASGIApp:
    """bulkSetTags reports every device applied, and changes no tag."""

    def edit(operation: str, fields: Request) -> Request:
        devices = fields.get("devices")
        if operation != "bulkSetTags" or not isinstance(devices, list):
            return fields
        emptied = [{**d, "tags": {}} if isinstance(d, dict) else d for d in devices]
        return {**fields, "devices": emptied}

    return Mutated(app, request=edit)


def totals_ignore_deliveries(app: MockServer) -> ASGIApp:
    """totalsByIntervals (Statistics v2) counts no delivery."""

    def edit(operation: str, fields: Request, answer: Answer) -> Answer:
        if operation != "totalsByIntervals" or not isinstance(answer.get("metrics"), list):
            return answer
        rows = [{**row, "deliveries": "0"} for row in answer["metrics"] if isinstance(row, dict)]
        return {**answer, "metrics": rows}

    return Mutated(app, answer=edit)


def presets_ignored(app: MockServer) -> ASGIApp:
    """createMessage ignores a notification's preset: the message has no preset content."""

    def edit(operation: str, fields: Request) -> Request:
        notifications = fields.get("notifications")
        if operation != "createMessage" or not isinstance(notifications, list):
            return fields
        kept = [
            {k: v for k, v in n.items() if k != "preset"} if isinstance(n, dict) else n
            for n in notifications
        ]
        return {**fields, "notifications": kept}

    return Mutated(app, request=edit)


def delete_application_keeps_it(app: MockServer) -> ASGIApp:
    """deleteApplication answers success and deletes nothing."""

    def edit(operation: str, fields: Request) -> Request | Answer:
        if operation == "deleteApplication":
            return {"status_code": 200, "status_message": "OK", "response": None}
        return fields

    return Mutated(app, request=edit)


MUTANTS: dict[str, Callable[[MockServer], ASGIApp]] = {
    "token not checked": token_not_checked,
    "increment ignored": increment_ignored,
    "invalid device_type accepted as 200/200": invalid_device_type_accepted,
    "status_message missing from an error": error_without_message,
    "a 500 on a non-ASCII tag name": crash_on_non_ascii_tag,
    "setTags by userId touching only one device": user_tags_reach_one_device,
    "unregisterDevice deletes the tags": unregister_deletes_tags,
    "null does not delete a tag": null_keeps_tag,
    "registerDevice keeps nothing": registration_not_kept,
    "deleteDevice keeps the device": delete_keeps_device,
    "mergeUser moves nothing": merge_moves_nothing,
    "multiRegisterDevice skips the push devices": multi_register_skips_devices,
    "createMessage ignores its targeting": targeting_ignored,
    "deleteMessage deletes nothing": delete_message_keeps_it,
    "transactionId ignored": transaction_id_ignored,
    "statistics ignore the deliveries and opens": statistics_ignore_events,
    "bulkSetTags sets nothing": bulk_set_tags_sets_nothing,
    "totalsByIntervals ignores the deliveries": totals_ignore_deliveries,
    "presets ignored by createMessage": presets_ignored,
    "deleteApplication deletes nothing": delete_application_keeps_it,
}
NO_BUG = "no bug (the suite must pass)"


def wrap(app: MockServer) -> ASGIApp:
    """Return the app the property suite calls: the mock, or the mutant named in the environment."""
    name = os.environ.get(MUTANT_ENV)
    return app if name is None else MUTANTS[name](app)


# ---- the runner ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """What the property suite did on one mutant."""

    name: str
    caught: bool
    checks: list[str]
    seconds: float


COLLECTION_ERROR = re.compile(r"^_+ ERROR collecting ", re.MULTILINE)
"""pytest's banner for a module that did not import (generated data may hold the same words)."""
SUITE_ORDER = ("tests/property/test_workflow.py", "tests/property/test_stateless.py")
"""The property suite's modules, the stateful one first: it catches most bugs soonest."""


def run(name: str) -> Outcome:
    """Run the property suite with the bug ``name`` injected (none for NO_BUG)."""
    started = time.monotonic()
    env = {
        **os.environ,
        "PROPERTY_EXAMPLES": os.environ.get("PROPERTY_EXAMPLES", "25"),
        "PROPERTY_NO_SHRINK": "1",
    }
    env.pop(MUTANT_ENV, None)
    if name != NO_BUG:
        env[MUTANT_ENV] = name
    output, caught = "", False
    for module in SUITE_ORDER:  # the whole suite, stopping at the first failing module
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", module],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        output += done.stdout + done.stderr
        if done.returncode not in (0, 1) or COLLECTION_ERROR.search(output):
            raise SystemExit(f"mutant {name!r}: the suite did not run:\n{output[-3000:]}")
        caught = done.returncode != 0
        if caught:
            break
    found = list(dict.fromkeys(FAILURE_TITLE.findall(output)))
    found += [f"stateful gate: {gate}" for gate in dict.fromkeys(GATE_FAILURE.findall(output))]
    return Outcome(name, caught, found, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    """Run the clean suite and every mutant, two at a time; print a table; 0 when all is as expected."""
    names = set(argv if argv is not None else sys.argv[1:])
    unknown = names - set(MUTANTS)
    if unknown:
        raise SystemExit(f"unknown mutant(s): {', '.join(sorted(unknown))}")
    chosen = [NO_BUG, *(name for name in MUTANTS if not names or name in names)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        clean, *outcomes = pool.map(run, chosen)
    print("| injected bug | caught | by check | seconds |")
    print("|---|---|---|---|")
    for outcome in outcomes:
        checks = "; ".join(outcome.checks) or "(a test failed outside schemathesis)"
        print(
            f"| {outcome.name} | {'yes' if outcome.caught else 'NO'} | {checks} | {outcome.seconds:.0f} |"
        )
    missed = [o.name for o in outcomes if not o.caught]
    if clean.caught:
        print(f"\nthe property suite fails on the mock without any bug: {'; '.join(clean.checks)}")
    if missed:
        print(f"\nnot caught: {', '.join(missed)}")
    print(
        f"\nmutation proof: {len(outcomes) - len(missed)} of {len(outcomes)} injected bugs caught"
    )
    return 1 if missed or clean.caught else 0


if __name__ == "__main__":
    sys.exit(main())

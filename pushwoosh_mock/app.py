"""The mock server as an ASGI app: dispatch, and the Python API that composes the parts.

API calls (every POST path of the spec, and anything else under ``/json/1.3/``) go to the API
pipeline (``api.ApiHandler``); the control and inspection routes (``/__mock/...``) to
``control.control_app``. Before either, ``guard`` refuses oversized headers, and control calls from
elsewhere. The state and its rules are the backend's (``backend.Backend``, as ``MockServer.store``).
"""

import functools
from pathlib import Path
from typing import Any

import anyio
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import inspection, responses
from .api import ApiHandler
from .backend import EXPORTS_PATH, Backend, account_of
from .config import MockConfig
from .control import control_app
from .envelope import error_answer
from .errors import ApiError
from .faults import Drop, Fault, Faults
from .guard import CONTROL_PREFIX, check_control, check_headers
from .inspection import Push, describe_calls, matching, unknown_fields
from .journal import Call, Journal
from .ratelimit import RateLimits
from .redact import Redactor
from .spec import PATH_PREFIX, Spec, unknown_operation


class MockServer:
    """A stateful Pushwoosh mock: an ASGI app whose state, faults and journal Python can reach."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = _compiled_spec(self.config.spec_path)
        self.store = Backend(self.config.state_file, self.spec.document)
        self.store.job_delay = _job_delay(self.config.job_delay)
        self.store.strict_events = self.config.strict_events is True
        """The state and its rules."""
        self.faults = Faults(set(self.spec.operations))
        self.redactor = Redactor(
            [*self.config.tokens, *self.config.server_tokens, self.config.control_token or ""]
        )
        """Masks this mock's tokens, and any call's ``auth``, in the journal and the answers."""
        self.journal = Journal(
            self.config.journal_size,
            self.config.journal_bytes,
            self.config.max_body_bytes,
            self.redactor,
        )
        self.response_errors: list[str] = []
        """Responses that did not match the spec (debug mode only)."""
        self.application = "XXXXX-XXXXX"
        """The application code the pytest plugin's clients use (and ``environment`` gives)."""
        self.waits: list[float] = []
        """The retry waits the pytest plugin's clients skipped, in seconds."""
        responses.seed_defaults(self.spec, self.store, self.config.server_tokens)
        self.rate_limits = RateLimits(
            {op.name: op.rate_limit for op in self.spec.operations.values() if op.rate_limit}
            if self.config.rate_limits is None
            else self.config.rate_limits
        )
        """Calls per period by operation (the spec's unless configured), 429 beyond."""
        self._api = ApiHandler(
            self.config,
            self.spec,
            self.store,
            self.faults,
            self.journal,
            self.response_errors,
            self.rate_limits,
            self.redactor,
        )
        self._control = control_app(self)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection: an API call, or a control route."""
        if scope["type"] == "http":
            try:
                check_headers(scope, self.config)
                if scope["path"].startswith(CONTROL_PREFIX):
                    check_control(scope, self.config)
            except ApiError as refused:
                await error_answer(refused)(scope, receive, send)
                return
            if scope["path"].startswith(EXPORTS_PATH):
                await self._export_file(scope, receive, send)
                return
            if scope["path"].startswith(PATH_PREFIX) or self.spec.route(scope["path"]):
                await self._api(scope, receive, send)
                return
        await self._control(scope, receive, send)

    async def _export_file(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve a finished export's file at the link its result gave (no token: a file link,
        as the vendor's; the name holds an unguessable part)."""
        name = scope["path"].removeprefix(EXPORTS_PATH)
        content = await anyio.to_thread.run_sync(self.store.export_file, name)
        if scope["method"] != "GET":
            response = Response(b"use GET", 405, {"Allow": "GET"}, "text/plain")
        elif content is None:
            response = Response(b"export file not found", 404, media_type="text/plain")
        else:
            filename = name.rsplit("/", 1)[-1]
            headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
            response = Response(content, 200, headers, "application/zip")
        await response(scope, receive, send)

    # ---- Python API -----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget all state, faults, journal entries and recorded response errors."""
        self.store.reset()
        responses.seed_defaults(self.spec, self.store, self.config.server_tokens)
        self.faults.clear()
        self.journal.clear()
        self.rate_limits.clear()
        self.response_errors.clear()

    def seed(self, operation: str, response: Any) -> None:
        """Set what a seeded read (getInApps, getInboxMessages, getConfig, getNearestZone,
        getPopupForms, getPopupFormContent) answers: its `response` member, checked against the
        operation's documented 200 answer. Raises ValueError naming what does not fit."""
        responses.check_seed(self.spec, operation, response)
        self.store.set_seed(operation, response)

    def add_journey(
        self,
        uuid: str,
        *,
        title: str = "Journey Title",
        status: str = "STATUS_RUNNING",
        application: str | None = None,
        points: list[str] | None = None,
        server_token: str | None = None,
    ) -> dict[str, Any]:
        """Add a Customer Journey of the account of ``server_token`` (by default
        ``self.server_token``), or replace the one of that uuid, forgetting who entered it: its
        ``status`` (``STATUS_DRAFT``, ``STATUS_RUNNING``, ``STATUS_PAUSED``, ``STATUS_FINISHED``,
        ``STATUS_ARCHIVED``), ``application`` (by default ``self.application``) and point
        titles (by default one). Return it as the lifecycle methods answer it; a value that
        does not fit raises ValueError."""
        token = self.server_token if server_token is None else server_token
        if token not in self.config.server_tokens:
            raise ValueError("server_token: not one of the server tokens this mock accepts")
        chosen = ["First Point Title"] if points is None else points
        for name, value in (("uuid", uuid), ("title", title), ("application", application)):
            if value is not None and (not isinstance(value, str) or not value):
                raise ValueError(f"{name}: expected a non-empty string, got {value!r}")
        if not isinstance(chosen, list) or not all(isinstance(t, str) for t in chosen):
            raise ValueError(f"points: expected a list of point titles, got {chosen!r}")
        return self.store.add_journey(
            account_of(token),
            uuid,
            title=title,
            status=status,
            application=application or self.application,
            points=chosen,
        )

    # ---- for tests: faults in one line, assertions that read like the test ------------------

    url: str | None = None
    """The base URL to give a client, while the mock is served on a port (``pushwoosh_server``)."""

    @property
    def token(self) -> str:
        """A Device API token the mock accepts."""
        return next(iter(self.config.tokens))

    @property
    def server_token(self) -> str:
        """A server token (``request.auth``) the mock accepts."""
        return sorted(self.config.server_tokens)[0]

    def environment(self, url: str | None = None) -> dict[str, str]:
        """The environment variables a client reads, for a client of this mock served at
        ``url`` (by default ``self.url``): base URL, both tokens, the application. The plugin's
        ``pushwoosh_server`` sets them; the standalone mock prints them to export."""
        from pushwoosh_generated._config import (
            APPLICATION_ENVIRONMENT_VARIABLE,
            BASE_URL_ENVIRONMENT_VARIABLE,
        )
        from pushwoosh_generated._credentials import (
            SERVER_TOKEN_ENVIRONMENT_VARIABLE,
            TOKEN_ENVIRONMENT_VARIABLE,
        )

        base_url = url or self.url
        if base_url is None:
            raise ValueError("environment: the mock is not served on a port; give its url")
        return {
            BASE_URL_ENVIRONMENT_VARIABLE: base_url,
            TOKEN_ENVIRONMENT_VARIABLE: self.token,
            SERVER_TOKEN_ENVIRONMENT_VARIABLE: self.server_token,
            APPLICATION_ENVIRONMENT_VARIABLE: self.application,
        }

    def fail_next(
        self,
        operation: str,
        *,
        status: int | None = None,
        status_code: int | None = None,
        status_message: str | None = None,
        drop: Drop | None = None,
        retry_after: int | None = None,
        latency: float = 0.0,
        times: int = 1,
    ) -> Fault:
        """Make the next ``times`` calls of an operation fail: an HTTP ``status`` (429, 500, 502,
        503, with ``retry_after``), an API ``status_code`` in HTTP 200 (210 with its
        ``status_message``), or a ``drop`` of the connection ``before`` or ``after`` the call
        is applied. An unknown operation or an impossible value raises ValueError."""
        return self.faults.add(
            Fault(
                operation=operation,
                status=status,
                status_code=status_code,
                status_message=status_message,
                drop=drop,
                retry_after=retry_after,
                latency=latency,
                times=times,
            )
        )

    def requests(self, operation: str | None = None) -> list[Call]:
        """The calls the mock kept, oldest first (of one operation): ``.fields`` is the request
        inside the envelope, ``.status`` the HTTP status answered (0 for a dropped one)."""
        self._check_operation(operation)
        return self.journal.calls(operation)

    def assert_request_made(self, operation: str, count: int = 1, **fields: Any) -> list[Call]:
        """Fail unless exactly ``count`` calls of ``operation`` have request fields that include
        these values (JSON names: ``hwid=``, ``userId=``, ``tags={"Plan": "gold"}``); return them.
        The message lists the closest calls. A field the operation's request does not document
        and no call sent fails at once, with the spec's name for it (``user_id``: did you mean
        ``userId``?)."""
        calls = self.requests(operation)
        unknown = unknown_fields(fields, self.spec.operations[operation].facts.fields, calls)
        if unknown:
            raise AssertionError(f"{operation}: " + "; ".join(unknown))
        found = matching(calls, fields)
        if len(found) != count:
            wanted = ", ".join(f"{k}={v!r}" for k, v in fields.items()) or "any fields"
            raise AssertionError(
                f"expected {count} {operation} call(s) with {wanted}, found {len(found)};"
                f" the closest {operation} calls received:\n{describe_calls(calls, fields)}"
            )
        return found

    def assert_not_requested(self, operation: str) -> None:
        """Fail if any call of ``operation`` was received, listing them."""
        calls = self.requests(operation)
        if calls:
            raise AssertionError(
                f"expected no {operation} call, found {len(calls)}:\n{describe_calls(calls, {})}"
            )

    def messages(self, user: str | None = None, hwid: str | None = None) -> list[Push]:
        """The messages created, oldest first; with ``user`` or ``hwid``, those that reached that
        user's devices or that device. Each has ``.code``, ``.status``, ``.hwids`` and
        ``.channel`` (``push``, ``email``, ``sms``, ``whatsapp``, ``kakao`` or ``line``)."""
        return inspection.pushes(self.store, user, hwid)

    def live_activities(self) -> list[dict[str, Any]]:
        """The iOS Live Activity starts, updates and ends, oldest first, as ``GET
        /__mock/live-activities`` lists them: ``live_activity_id`` (None for an update by the
        activities' push tokens), ``event`` (``start``, ``update`` or ``end``), ``code`` (its
        message's), ``hwids`` (the devices it reached), ``application`` and ``notification``."""
        return self.store.live_activities()

    def next_job(self, operation: str, *, outcome: str = "failed", times: int = 1) -> None:
        """Make the next ``times`` jobs of an operation (``getMsgStats`` …) end ``failed``, or
        stay ``pending`` for ever. An unknown operation, one that starts no job, or an unknown
        outcome raises ValueError."""
        self._check_operation(operation)
        if self.spec.operations[operation].facts.job is None:
            starts = sorted(
                name for name, op in self.spec.operations.items() if op.facts.job is not None
            )
            raise ValueError(
                f"operation: {operation} starts no job (those that do: {', '.join(starts)})"
            )
        self.store.shape_next_job(operation, outcome, times)

    def jobs(self) -> list[dict[str, Any]]:
        """The jobs started, oldest first (due ones finished first): id, operation, status
        (``pending``, ``done`` or ``failed``), request (without its token) and result."""
        return self.store.jobs()

    def _check_operation(self, operation: str | None) -> None:
        if operation is not None and operation not in self.spec.operations:
            raise ValueError(f"operation: {unknown_operation(operation, self.spec.operations)}")

    def check_response_errors(self) -> None:
        """Raise AssertionError listing the responses that did not match the spec."""
        if self.response_errors:
            raise AssertionError("responses outside the spec:\n" + "\n".join(self.response_errors))


def _job_delay(value: Any) -> float:
    """Check ``job_delay``: seconds, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ValueError(f"job_delay: expected a number of seconds >= 0, got {value!r}")
    return float(value)


@functools.cache
def _compiled_spec(path: Path | None) -> Spec:
    """Load and compile a spec once per process: a Spec never changes, and compiling the
    validators of 34 operations takes about 0.4 s, which every new server would pay again."""
    return Spec(path)


def create_app(config: MockConfig | None = None, **options: Any) -> MockServer:
    """Return a mock server; options are MockConfig fields (``tokens``, ``strict``, ``debug``, …)."""
    if config is not None and options:
        raise TypeError("pass either a MockConfig or keyword options, not both")
    return MockServer(config or MockConfig(**options))

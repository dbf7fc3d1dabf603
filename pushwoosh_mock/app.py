"""The mock server as an ASGI app: the API calls, the inspection routes, and the Python API.

API calls (every POST path of the spec, and anything else under ``/json/1.3/``) go straight to
``api.ApiHandler``; the inspection and control routes (``/__mock/...``) are a Starlette app.
Errors of both are ApiError, answered in the API's envelope by ``envelope.error_answer``. An API
answer's message never shows a token (``redact``), and a Remote API call's ``Prefer`` header is
heeded only once its body carries an accepted server token.
"""

import difflib
import functools
import logging
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from . import jsonio
from .api import OFF_LOOP_BYTES, ApiHandler, read_json
from .config import MockConfig
from .connection import drop_connection
from .envelope import envelope, error_answer
from .errors import ApiError, Dropped
from .faults import Drop, Fault, Faults
from .guard import CONTROL_PREFIX, check_control, check_headers
from .inspection import Push, describe_calls, matching
from .journal import Call, Journal
from .operations import SEEDED
from .ratelimit import RateLimits
from .redact import Redactor
from .spec import PATH_PREFIX, Operation, Spec
from .store import Store

log = logging.getLogger("pushwoosh_mock")


class MockServer:
    """A stateful Pushwoosh mock: an ASGI app whose state, faults and journal Python can reach."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = _compiled_spec(self.config.spec_path)
        self.store = Store(self.config.state_file)
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
        """The application code the pytest plugin's clients use."""
        self.waits: list[float] = []
        """The retry waits the pytest plugin's clients skipped, in seconds."""
        self._seed_defaults()
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
        )
        self._app = Starlette(
            routes=[
                Route("/__mock/health", self._health, methods=["GET"]),
                Route("/__mock/requests", self._requests, methods=["GET"]),
                Route("/__mock/state", self._state, methods=["GET"]),
                Route("/__mock/messages", self._messages, methods=["GET"]),
                Route("/__mock/reset", self._reset, methods=["POST"]),
                Route("/__mock/faults", self._faults, methods=["GET", "POST", "DELETE"]),
                Route("/__mock/seeds", self._seeds, methods=["GET"]),
                Route("/__mock/seeds/{operation}", self._seed, methods=["PUT"]),
            ],
            exception_handlers={HTTPException: _http_exception, ApiError: _api_error},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection; any unexpected error in an API call is a JSON 500."""
        if scope["type"] == "http":
            try:
                check_headers(scope, self.config)
                if scope["path"].startswith(CONTROL_PREFIX):
                    check_control(scope, self.config)
            except ApiError as refused:
                await error_answer(refused)(scope, receive, send)
                return
        if scope["type"] != "http" or (
            scope["path"] not in self.spec.by_path and not scope["path"].startswith(PATH_PREFIX)
        ):
            await self._app(scope, receive, send)
            return
        operation = self.spec.by_path.get(scope["path"])
        if operation is not None and operation.token == "server":
            scope, receive = await self._prefer_after_auth(scope, receive, operation)
        chunks: list[bytes] = []

        async def receive_body() -> Message:
            message = await receive()
            if chunk := message.get("body"):
                chunks.append(chunk)
            return message

        try:
            answer = await self._api(scope, receive_body)
        except Dropped:
            await drop_connection(send)
            return
        except Exception:
            log.exception("unexpected error in %s %s", scope["method"], scope["path"])
            answer = error_answer(ApiError(500, "Internal error"))
        raw = b"".join(chunks)
        if len(raw) > OFF_LOOP_BYTES:  # looking through a big body: not on the event loop
            clean = await anyio.to_thread.run_sync(self.redactor.answer, answer.answer, raw)
        else:
            clean = self.redactor.answer(answer.answer, raw)
        if clean is not None:
            answer = answer.with_content(clean)
        await answer(scope, receive, send)

    async def _prefer_after_auth(
        self, scope: Scope, receive: Receive, operation: Operation
    ) -> tuple[Scope, Receive]:
        """Read a Remote API call's body ahead, and leave its ``Prefer`` header out unless the
        body carries an accepted server token: the forced answer is for authenticated calls, and
        the handler answers ``Prefer`` before it reads the body, where this token travels.
        Return the scope and a receive that gives the body again."""
        if not any(name == b"prefer" for name, _ in scope["headers"]):
            return scope, receive
        limit = operation.max_body_bytes or self.config.max_body_bytes
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit or not message.get("more_body", False):
                break
        complete = size <= limit and messages[-1]["type"] == "http.request"
        raw = b"".join(m.get("body", b"") for m in messages)
        if not (complete and self._authenticated(operation, raw)):
            scope = {**scope, "headers": [h for h in scope["headers"] if h[0] != b"prefer"]}
        replay = iter(messages)

        async def replayed() -> Message:
            return next(replay, None) or await receive()

        return scope, replayed

    def _authenticated(self, operation: Operation, raw: bytes) -> bool:
        """Whether a Remote API body carries an accepted server token where the call reads it."""
        try:
            body = jsonio.loads(raw)
        except jsonio.JsonError:
            return False
        fields = body.get("request") if operation.enveloped and isinstance(body, dict) else body
        auth = fields.get("auth") if isinstance(fields, dict) else None
        return isinstance(auth, str) and auth in self.config.server_tokens

    # ---- Python API -----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget all state, faults, journal entries and recorded response errors."""
        self.store.reset()
        self._seed_defaults()
        self.faults.clear()
        self.journal.clear()
        self.rate_limits.clear()
        self.response_errors.clear()

    def seed(self, operation: str, response: Any) -> None:
        """Set what a seeded read (getInApps, getInboxMessages, getConfig, getNearestZone,
        getPopupForms, getPopupFormContent) answers: its `response` member, checked against the
        operation's documented 200 answer. Raises ValueError naming what does not fit."""
        if operation not in SEEDED:
            raise ValueError(
                f"operation: expected one of {', '.join(sorted(SEEDED))}, got {operation!r}"
            )
        validator = self.spec.operations[operation].responses[200]
        answer = envelope(200, response=response)
        if not validator.is_valid(answer):
            problems = "; ".join(error.message for error in validator.iter_errors(answer))
            raise ValueError(f"response: not a documented {operation} answer: {problems}")
        self.store.set_seed(operation, response)

    def _seed_defaults(self) -> None:
        """Seed each seeded read with its documented example, keeping seeds a state file holds."""
        for operation in sorted(SEEDED):
            example = self.spec.operations[operation].examples[200]
            self.store.set_seed(operation, example["response"], replace=False)

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
        The message lists the closest calls."""
        calls = self.requests(operation)
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
        """The pushes created, oldest first; with ``user`` or ``hwid``, those that reached that
        user's devices or that device. Each has ``.code``, ``.status`` and ``.hwids``."""
        wanted: set[str] | None = None
        if user is not None or hwid is not None:
            wanted = set()
            if hwid is not None:
                wanted.add(hwid)
            if user is not None:
                for device in self.store.audience(None, users=[user]):
                    wanted.add(device["hwid"])
        pushes = [
            Push(m["id"], m["code"], m["status"], m["hwids"], m["notification"])
            for m in self.store.messages()
        ]
        return [p for p in pushes if wanted is None or wanted & set(p.hwids)]

    def _check_operation(self, operation: str | None) -> None:
        if operation is not None and operation not in self.spec.operations:
            close = difflib.get_close_matches(operation, sorted(self.spec.operations), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"operation: unknown operation {operation!r}{hint}")

    def check_response_errors(self) -> None:
        """Raise AssertionError listing the responses that did not match the spec."""
        if self.response_errors:
            raise AssertionError("responses outside the spec:\n" + "\n".join(self.response_errors))

    # ---- inspection and control -----------------------------------------------------------

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "spec_version": self.spec.version})

    async def _requests(self, request: Request) -> Response:
        operation = request.query_params.get("operation")
        if operation is not None and operation not in self.spec.operations:
            raise ApiError(400, f"operation: unknown operation {operation!r}")
        limit_text = request.query_params.get("limit")
        if limit_text is not None and not limit_text.isdigit():
            raise ApiError(400, f"limit: expected a whole number >= 0, got {limit_text!r}")
        limit = None if limit_text is None else int(limit_text)

        def listing() -> bytes:
            calls = self.journal.calls(operation, limit)
            head = jsonio.dumps({"total": self.journal.total, "kept": len(calls)})
            # One call at a time: the encoder holds the GIL for as long as it runs, so one
            # 25 MB encoding would stall the event loop that a worker thread is meant to spare.
            encoded = b",".join(jsonio.dumps(call.to_json()) for call in calls)
            return head[:-1] + b',"calls":[' + encoded + b"]}"

        # Decoding and encoding a journal of big bodies takes a while: not on the event loop.
        return _json_bytes(await anyio.to_thread.run_sync(listing))

    async def _state(self, request: Request) -> Response:
        return _json_bytes(
            await anyio.to_thread.run_sync(lambda: jsonio.dumps(self.store.snapshot()))
        )

    async def _messages(self, request: Request) -> Response:
        return _json_bytes(
            await anyio.to_thread.run_sync(
                lambda: jsonio.dumps([push.to_json() for push in self.messages()])
            )
        )

    async def _reset(self, request: Request) -> Response:
        self.reset()
        return JSONResponse({"status": "reset"})

    async def _seeds(self, request: Request) -> Response:
        return JSONResponse({"seeds": self.store.seeds()})

    async def _seed(self, request: Request) -> Response:
        operation = request.path_params["operation"]
        data = await read_json(
            request.receive, dict(request.scope["headers"]), self.config.max_body_bytes
        )
        try:
            self.seed(operation, data)
        except ValueError as exc:
            raise ApiError(400, f"Invalid seed: {exc}") from exc
        return JSONResponse({"operation": operation, "response": data})

    async def _faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
        elif request.method == "POST":
            data = await read_json(
                request.receive, dict(request.scope["headers"]), self.config.max_body_bytes
            )
            try:
                fault = Fault.from_json(data, set(self.spec.operations))
            except (ValueError, TypeError) as exc:
                raise ApiError(400, f"Invalid fault: {exc}") from exc
            self.faults.add(fault)
            return JSONResponse(fault.to_json(), status_code=201)
        return JSONResponse({"faults": self.faults.active()})


def _json_bytes(content: bytes) -> Response:
    """An HTTP 200 answer of encoded JSON."""
    return Response(content, media_type="application/json")


async def _api_error(request: Request, exc: Exception) -> Response:
    """Answer an ApiError of a control route in the API's envelope."""
    assert isinstance(exc, ApiError)
    return error_answer(exc)


async def _http_exception(request: Request, exc: Exception) -> Response:
    """Answer Starlette's routing errors (404, 405) in the API's envelope."""
    assert isinstance(exc, HTTPException)
    return error_answer(ApiError(exc.status_code, str(exc.detail), exc.headers))


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

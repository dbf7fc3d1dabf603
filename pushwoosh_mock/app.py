"""The mock server as an ASGI app: routing, auth, envelope checks, validation, faults, journal.

API routes come from the spec's paths. The order of checks for ``POST /json/1.3/{method}`` is:
unknown method (404), other HTTP method (405), token (401/403), fault injection, ``Prefer``
header, body size (413), JSON and envelope (400), schema (210, or 400 with ``strict``),
application (210), then the operation itself (200, or 210 on a state conflict).
"""

import json
import logging
import re
import time
from typing import Any

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import jsonio
from .config import MockConfig
from .faults import Fault, Faults
from .journal import Call, Journal
from .operations import HANDLERS, ArgumentFailure, run
from .spec import PATH_PREFIX, Operation, Spec
from .store import Store

log = logging.getLogger("pushwoosh_mock")

TRANSPORT_KEY = "pushwoosh_mock.transport"
PREFER_CODE = re.compile(r"(?:^|[;,\s])code=(\d{3})(?:$|[;,\s])")
ARGUMENT_ERROR = 210


def error_body(status: int, message: str) -> dict[str, Any]:
    """Return the body of an HTTP error, in the API's envelope."""
    return {"status_code": status, "status_message": message, "response": None}


class Answer(JSONResponse):
    """A JSON response that keeps the data it was made from, for the journal."""

    def __init__(
        self, content: Any, status_code: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(content, status_code=status_code, headers=headers)
        self.answer = content

    def render(self, content: Any) -> bytes:
        """Encode with the fast encoder."""
        return jsonio.dumps(content)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Answer:
    return Answer(error_body(status, message), status_code=status, headers=headers)


class Rejection(Exception):
    """Stop handling a call and answer with this response."""

    def __init__(self, response: Response, body: Any = None) -> None:
        super().__init__(response.status_code)
        self.response = response
        self.body = body


class MockServer:
    """A stateful Pushwoosh mock: an ASGI app whose state, faults and journal Python can reach."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = Spec(self.config.spec_path)
        self.store = Store(self.config.state_file)
        self.faults = Faults()
        self.journal = Journal(self.config.journal_size)
        self.response_errors: list[str] = []
        """Responses that did not match the spec (debug mode only)."""
        self._app = Starlette(
            routes=[
                Route("/__mock/health", self._health, methods=["GET"]),
                Route("/__mock/requests", self._requests, methods=["GET"]),
                Route("/__mock/state", self._state, methods=["GET"]),
                Route("/__mock/reset", self._reset, methods=["POST"]),
                Route("/__mock/faults", self._faults, methods=["GET", "POST", "DELETE"]),
            ],
            exception_handlers={HTTPException: self._http_exception},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection.

        API calls (``/json/1.3/{method}``) take a direct path: the hot path skips the generic
        router and middleware, and any unexpected error still gets a JSON 500. Everything else
        goes through the Starlette app.
        """
        if scope["type"] != "http" or not scope["path"].startswith(PATH_PREFIX):
            await self._app(scope, receive, send)
            return
        cycle = getattr(send, "__self__", None)
        scope[TRANSPORT_KEY] = getattr(cycle, "transport", None)
        request = Request(scope, receive)
        try:
            response = await self._api(request, scope["path"][len(PATH_PREFIX) :])
        except httpx.RemoteProtocolError:
            raise  # an in-process dropped connection, on purpose
        except Exception:
            log.exception("unexpected error in %s %s", scope["method"], scope["path"])
            response = _error(500, "Internal error")
        await response(scope, receive, send)

    # ---- Python API -----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget all state, faults, journal entries and recorded response errors."""
        self.store.reset()
        self.faults.clear()
        self.journal.clear()
        self.response_errors.clear()

    def check_response_errors(self) -> None:
        """Raise AssertionError listing the responses that did not match the spec."""
        if self.response_errors:
            raise AssertionError("responses outside the spec:\n" + "\n".join(self.response_errors))

    # ---- the API --------------------------------------------------------------------------

    async def _api(self, request: Request, name: str) -> Response:
        operation = self.spec.operations.get(name)
        body: Any = None
        if operation is None:
            response: Response = _error(404, f"Unknown method: {name}")
        elif request.method != "POST":
            response = _error(
                405, f"Method {request.method} not allowed: use POST", {"Allow": "POST"}
            )
        else:
            try:
                fault, body = await self._read_json(request)
                response = await self._call(operation, body, fault)
            except Rejection as rejection:
                response, body = rejection.response, rejection.body if body is None else body
            except _Dropped:
                self._record(request, name, body, 0, None)
                return await self._drop(request)
        answer = getattr(response, "answer", None)
        self._record(request, name, body, response.status_code, answer)
        return response

    async def _read_json(self, request: Request) -> tuple[Fault | None, Any]:
        """Check the token, faults and size, then parse the body; raise Rejection on failure."""
        operation = self.spec.operations[request.scope["path"][len(PATH_PREFIX) :]]
        self._authorize(request, operation.name)
        fault = self.faults.take(operation.name) if self.faults else None
        if fault is not None:
            if fault.latency:
                await anyio.sleep(fault.latency)
            if fault.drop == "before":
                raise _Dropped
            if fault.status is not None:
                headers = (
                    {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
                )
                raise Rejection(
                    _error(fault.status, f"Injected fault: HTTP {fault.status}", headers)
                )
        preferred = self._preferred(request, operation)
        if preferred is not None:
            raise Rejection(preferred)
        raw = await self._read_limited(request)
        try:
            body = _DECODER.decode(raw.decode("utf-8"))
            if b"\\u" in raw:
                _reject_lone_surrogates(body)
            return fault, body
        except UnicodeDecodeError as exc:
            raise Rejection(
                _error(400, f"Malformed JSON: the body is not UTF-8 ({exc.reason})")
            ) from exc
        except ValueError as exc:
            raise Rejection(_error(400, f"Malformed JSON: {exc}")) from exc
        except RecursionError as exc:
            raise Rejection(_error(400, "Malformed JSON: nested too deeply")) from exc

    def _authorize(self, request: Request, operation: str) -> None:
        header = request.headers.get("authorization")
        if header is None:
            raise Rejection(_error(401, "Authorization header missing: expected 'Token <token>'"))
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "token" or not token.strip():
            raise Rejection(_error(401, "Authorization header malformed: expected 'Token <token>'"))
        token = token.strip()
        if token not in self.config.tokens:
            raise Rejection(_error(401, "Invalid API Token"))
        allowed = self.config.tokens[token]
        if allowed is not None and operation not in allowed:
            raise Rejection(_error(403, "Token restrictions forbid this operation."))

    def _preferred(self, request: Request, operation: Operation) -> Response | None:
        """Answer a ``Prefer: code=NNN`` header with that status's documented example."""
        prefer = request.headers.get("prefer")
        match = PREFER_CODE.search(prefer) if prefer else None
        if match is None:
            return None
        code = int(match.group(1))
        if code not in operation.examples:
            documented = ", ".join(map(str, sorted(operation.examples)))
            return _error(
                400, f"Prefer: code={code} is not documented for {operation.name} ({documented})"
            )
        return Answer(operation.examples[code], status_code=code)

    async def _read_limited(self, request: Request) -> bytes:
        """Read the body, refusing (413) one over the limit, declared or streamed."""
        limit = self.config.max_body_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) <= limit:
            return await request.body()
        chunks, size = [], 0
        if not declared.isdigit():
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    break
                chunks.append(chunk)
        if declared.isdigit() or size > limit:
            raise Rejection(_error(413, f"Request body larger than {limit} bytes"))
        return b"".join(chunks)

    async def _call(self, operation: Operation, body: Any, fault: Fault | None) -> Response:
        if not isinstance(body, dict):
            return _error(
                400, "Malformed request: expected a JSON object with a 'request' envelope"
            )
        if "request" not in body:
            return _error(400, "Malformed request: the 'request' envelope is missing")
        violation = self.spec.violation(operation, body)
        if violation is not None:
            if self.config.strict:
                return _error(400, violation)
            return self._answer(operation, _argument_error(violation))
        fields = body["request"]
        allowed = self.config.applications
        if allowed is not None and fields["application"] not in allowed:
            return self._answer(operation, _argument_error("Application not found"))
        handler = HANDLERS.get(operation.name)
        try:
            if handler is None:
                result = operation.examples[200]
            else:
                self.store.touch_application(fields["application"])
                result = run(handler, self.store, fields)
        except ArgumentFailure as failure:
            result = _argument_error(str(failure))
        if fault is not None and fault.drop == "after":
            raise _Dropped
        return self._answer(operation, result)

    def _answer(self, operation: Operation, result: dict[str, Any]) -> Answer:
        if self.config.debug:
            validator = operation.responses.get(200)
            if validator is None or not validator.is_valid(result):
                errors = (
                    [] if validator is None else [e.message for e in validator.iter_errors(result)]
                )
                self.response_errors.append(f"{operation.name}: {result!r}: {errors}")
        return Answer(result)

    async def _drop(self, request: Request) -> Response:
        """Close the client's connection without an answer.

        Under a real server the socket is aborted (the response returned is never sent); in
        process, the client sees the same error httpx raises for a dropped connection.
        """
        transport = request.scope.get(TRANSPORT_KEY)
        if transport is None:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        transport.abort()
        await anyio.sleep(0)
        return Response(status_code=204)

    def _record(
        self, request: Request, operation: str, body: Any, status: int, response: Any
    ) -> None:
        self.journal.record(
            Call(
                method=request.method,
                path=request.scope["path"],
                operation=operation if operation in self.spec.operations else None,
                body=body,
                status=status,
                response=response,
                at=time.time(),
                raw_headers=request.scope["headers"],
            )
        )

    # ---- inspection and control -----------------------------------------------------------

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "spec_version": self.spec.version})

    async def _requests(self, request: Request) -> Response:
        operation = request.query_params.get("operation")
        if operation is not None and operation not in self.spec.operations:
            return _error(400, f"operation: unknown operation {operation!r}")
        calls = self.journal.calls(operation)
        return JSONResponse(
            {"total": self.journal.total, "kept": len(calls), "calls": [c.to_json() for c in calls]}
        )

    async def _state(self, request: Request) -> Response:
        return JSONResponse(self.store.snapshot())

    async def _reset(self, request: Request) -> Response:
        self.reset()
        return JSONResponse({"status": "reset"})

    async def _faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
        elif request.method == "POST":
            try:
                data = json.loads(await self._read_limited(request))
                fault = Fault.from_json(data, set(self.spec.operations))
            except Rejection as rejection:
                return rejection.response
            except (ValueError, TypeError, RecursionError) as exc:
                return _error(400, f"Invalid fault: {exc}")
            self.faults.add(fault)
            return JSONResponse(fault.to_json(), status_code=201)
        return JSONResponse({"faults": self.faults.active()})

    async def _http_exception(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        headers = dict(exc.headers) if exc.headers else None
        return _error(exc.status_code, str(exc.detail), headers)


class _Dropped(Exception):
    """The connection is to be dropped without an answer."""


def _argument_error(message: str) -> dict[str, Any]:
    return {"status_code": ARGUMENT_ERROR, "status_message": message, "response": None}


def _reject_lone_surrogates(value: Any) -> None:
    """Raise ValueError for strings that escape half of a surrogate pair (not Unicode text)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("a string escapes a lone surrogate (\\uD800-\\uDFFF)") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
"""One decoder for every body: NaN and Infinity are not JSON."""


def create_app(config: MockConfig | None = None, **options: Any) -> MockServer:
    """Return a mock server; options are MockConfig fields (``tokens``, ``strict``, ``debug``, …)."""
    if config is not None and options:
        raise TypeError("pass either a MockConfig or keyword options, not both")
    return MockServer(config or MockConfig(**options))

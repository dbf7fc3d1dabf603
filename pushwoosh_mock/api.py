"""The pipeline of one ``/json/1.3/{method}`` call, on plain ASGI (the mock's hot path).

The order of checks: unknown method (404), other HTTP method (405), token (401/403), fault
injection, ``Prefer`` header, body size (413), JSON and envelope (400), schema (210, or 400 with
``strict``), application (210), then the operation itself (200, or 210 on a state conflict).
"""

import json
import re
import time
from typing import Any

import anyio
import httpx
from starlette.types import Receive, Scope, Send

from . import jsonio
from .config import MockConfig
from .faults import Fault, Faults
from .journal import Call, Journal
from .operations import HANDLERS, ArgumentFailure, run
from .spec import PATH_PREFIX, Operation, Spec
from .store import Store

TRANSPORT_KEY = "pushwoosh_mock.transport"
"""Where the ASGI entry point leaves the server's transport, so that a fault can drop it."""
PREFER_CODE = re.compile(r"(?:^|[;,\s])code=(\d{3})(?:$|[;,\s])")
ARGUMENT_ERROR = 210


def error_body(status: int, message: str) -> dict[str, Any]:
    """Return the body of an HTTP error, in the API's envelope."""
    return {"status_code": status, "status_message": message, "response": None}


class Answer:
    """A JSON answer that keeps the data it was made from (for the journal), sent as plain ASGI."""

    media_type = b"application/json"

    def __init__(
        self, content: Any, status_code: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        self.answer = content
        self.status_code = status_code
        self.body = jsonio.dumps(content)
        self.raw_headers = [
            (b"content-type", self.media_type),
            (b"content-length", str(len(self.body)).encode()),
            *(
                (k.lower().encode("latin-1"), v.encode("latin-1"))
                for k, v in (headers or {}).items()
            ),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the answer."""
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Answer:
    """Return an HTTP error in the API's envelope."""
    return Answer(error_body(status, message), status_code=status, headers=headers)


def argument_error(message: str) -> dict[str, Any]:
    """Return the API's HTTP 200 argument error body."""
    return {"status_code": ARGUMENT_ERROR, "status_message": message, "response": None}


class Rejection(Exception):
    """Stop handling a call and answer with this response."""

    def __init__(self, response: Answer) -> None:
        super().__init__(response.status_code)
        self.response = response


class Dropped(Exception):
    """The connection is to be dropped without an answer."""


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
"""One decoder for every body: NaN and Infinity are not JSON."""


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


def parse_json(raw: bytes) -> Any:
    """Decode a request body, or raise Rejection with a 400 saying what is wrong."""
    try:
        body = _DECODER.decode(raw.decode("utf-8"))
        if b"\\u" in raw:
            _reject_lone_surrogates(body)
        return body
    except UnicodeDecodeError as exc:
        raise Rejection(
            error(400, f"Malformed JSON: the body is not UTF-8 ({exc.reason})")
        ) from exc
    except ValueError as exc:
        raise Rejection(error(400, f"Malformed JSON: {exc}")) from exc
    except RecursionError as exc:
        raise Rejection(error(400, "Malformed JSON: nested too deeply")) from exc


async def read_body(receive: Receive, headers: dict[bytes, bytes], limit: int) -> bytes:
    """Read the request body; raise Rejection (413) for one over ``limit``, declared or streamed."""
    too_large = f"Request body larger than {limit} bytes"
    declared = headers.get(b"content-length", b"")
    if declared.isdigit() and int(declared) > limit:
        raise Rejection(error(413, too_large))
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Dropped
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise Rejection(error(413, too_large))
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class ApiHandler:
    """Answers the API calls of one mock server."""

    def __init__(
        self,
        config: MockConfig,
        spec: Spec,
        store: Store,
        faults: Faults,
        journal: Journal,
        response_errors: list[str],
    ) -> None:
        self.config = config
        self.spec = spec
        self.store = store
        self.faults = faults
        self.journal = journal
        self.response_errors = response_errors

    async def __call__(self, scope: Scope, receive: Receive) -> Answer:
        """Answer one call; a dropped connection is recorded and then raised as Dropped."""
        name = scope["path"][len(PATH_PREFIX) :]
        operation = self.spec.operations.get(name)
        method = scope["method"]
        body: Any = None
        if operation is None:
            response = error(404, f"Unknown method: {name}")
        elif method != "POST":
            response = error(405, f"Method {method} not allowed: use POST", {"Allow": "POST"})
        else:
            headers = dict(scope["headers"])
            fault: Fault | None = None
            try:
                self._authorize(headers, name)
                fault = self.faults.take(name) if self.faults else None
                if fault is not None:
                    await self._apply_fault(fault)
                self._preferred(headers, operation)
                body = parse_json(await read_body(receive, headers, self.config.max_body_bytes))
                response = self._call(operation, body)
                if fault is not None and fault.drop == "after":
                    raise Dropped
            except Rejection as rejection:
                response = rejection.response
            except Dropped:
                self._record(scope, name, body, 0, None)
                raise
        self._record(scope, name, body, response.status_code, response.answer)
        return response

    def _authorize(self, headers: dict[bytes, bytes], operation: str) -> None:
        header = headers.get(b"authorization")
        if header is None:
            raise Rejection(error(401, "Authorization header missing: expected 'Token <token>'"))
        scheme, _, token = header.decode("latin-1").strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "token" or not token:
            raise Rejection(error(401, "Authorization header malformed: expected 'Token <token>'"))
        if token not in self.config.tokens:
            raise Rejection(error(401, "Invalid API Token"))
        allowed = self.config.tokens[token]
        if allowed is not None and operation not in allowed:
            raise Rejection(error(403, "Token restrictions forbid this operation."))

    async def _apply_fault(self, fault: Fault) -> None:
        if fault.latency:
            await anyio.sleep(fault.latency)
        if fault.drop == "before":
            raise Dropped
        if fault.status is not None:
            retry = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            raise Rejection(error(fault.status, f"Injected fault: HTTP {fault.status}", retry))

    def _preferred(self, headers: dict[bytes, bytes], operation: Operation) -> None:
        """Answer a ``Prefer: code=NNN`` header with that status's documented example."""
        prefer = headers.get(b"prefer")
        match = PREFER_CODE.search(prefer.decode("latin-1")) if prefer else None
        if match is None:
            return
        code = int(match.group(1))
        if code not in operation.examples:
            documented = ", ".join(map(str, sorted(operation.examples)))
            raise Rejection(
                error(
                    400,
                    f"Prefer: code={code} is not documented for {operation.name} ({documented})",
                )
            )
        raise Rejection(Answer(operation.examples[code], status_code=code))

    def _call(self, operation: Operation, body: Any) -> Answer:
        if not isinstance(body, dict):
            return error(400, "Malformed request: expected a JSON object with a 'request' envelope")
        if "request" not in body:
            return error(400, "Malformed request: the 'request' envelope is missing")
        violation = self.spec.violation(operation, body)
        if violation is not None:
            if self.config.strict:
                return error(400, violation)
            return self._answer(operation, argument_error(violation))
        fields = body["request"]
        allowed = self.config.applications
        if allowed is not None and fields["application"] not in allowed:
            return self._answer(operation, argument_error("Application not found"))
        handler = HANDLERS.get(operation.name)
        if handler is None:
            return self._answer(operation, operation.examples[200])
        self.store.touch_application(fields["application"])
        try:
            result = run(handler, self.store, fields)
        except ArgumentFailure as failure:
            result = argument_error(str(failure))
        return self._answer(operation, result)

    def _answer(self, operation: Operation, result: dict[str, Any]) -> Answer:
        if self.config.debug:
            validator = operation.responses.get(200)
            if validator is None or not validator.is_valid(result):
                found = (
                    [] if validator is None else [e.message for e in validator.iter_errors(result)]
                )
                self.response_errors.append(f"{operation.name}: {result!r}: {found}")
        return Answer(result)

    def _record(self, scope: Scope, name: str, body: Any, status: int, response: Any) -> None:
        self.journal.record(
            Call(
                method=scope["method"],
                path=scope["path"],
                operation=name if name in self.spec.operations else None,
                body=body,
                status=status,
                response=response,
                at=time.time(),
                raw_headers=scope["headers"],
            )
        )


async def drop_connection(scope: Scope) -> None:
    """Close the client's connection without an answer.

    Under a real server the socket is aborted; in process, the client sees the same error httpx
    raises for a dropped connection.
    """
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.abort()
    await anyio.sleep(0)

"""The pipeline of one ``/json/1.3/{method}`` call, on plain ASGI (the mock's hot path).

The order of checks: unknown method (404), other HTTP method (405), device token in the header
(401/403; the Remote API's server token is in the body), fault injection, ``Prefer`` header (a
Remote API call's only once its body carries an accepted server token), body size (413), JSON and
envelope (400), schema (210, or 400 with ``strict``), server token (``request.auth``: 210
``Account not found``) and its rate limit (429), plan (210 for a Custom Plan method with
``--custom-plan-off``), application (210: outside the allow list, or deleted), then the operation
itself (``responses``: 200, or 210 on a state conflict). Every refusal is an ApiError, answered by
``envelope.error_answer``; every answered call is journaled, and an answer's message never shows a
token (``redact``).

A call answered by an injected fault (a status, a status_code, a drop before) is not applied, but
its body is read and journaled: what the app sent is what a test of its failure asks about. Each
answered call is logged at INFO on ``REQUEST_LOG`` (operation, HTTP status, the answer's
status_code, milliseconds; no token), which the standalone mock prints.

Public surface: ApiHandler (serve a call) and read_json (read a JSON body with the same limits
and messages, for the control routes).
"""

import functools
import logging
import re
import time
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

import anyio
from starlette.types import Message, Receive, Scope, Send

from pushwoosh_spec.facts import ErrorBody

from . import jsonio
from .backend import Backend
from .config import TOKEN_APIS, MockConfig
from .connection import drop_connection
from .envelope import OK, Answer, envelope, error_answer, status_only
from .errors import ARGUMENT_ERROR, ApiError, Dropped
from .faults import Fault, Faults
from .journal import Journal
from .ratelimit import RateLimits
from .redact import Redactor
from .responses import HANDLERS
from .spec import Operation, Spec

log = logging.getLogger("pushwoosh_mock")
REQUEST_LOG = "pushwoosh_mock.requests"
"""The logger of one line per answered API call: ``registerDevice 200 (status_code 200) 1.2 ms``."""
request_log = logging.getLogger(REQUEST_LOG)

OFF_LOOP_BYTES = 64 * 1024
"""A body larger than this is decoded, validated and applied in a worker thread, so that one
big call (a list tag of 250,000 values, a 1 MiB refused body) never holds up the others; so is
every Remote API call (server token), whatever its size."""
PREFER_CODE = re.compile(r"(?:^|[;,\s])code=(\d{3})(?:$|[;,\s])")
OUTSIDE_PLAN = "This method is available for Custom Plan subscriptions only"
"""What a Custom Plan method answers with ``--custom-plan-off`` (the mock's text: the spec's
``mock-plan`` note)."""


def parse_json(raw: bytes) -> Any:
    """Decode a request body (``jsonio.loads``), or raise ApiError (400) saying what is wrong."""
    try:
        return jsonio.loads(raw)
    except jsonio.JsonError as exc:
        raise ApiError(400, f"Malformed JSON: {exc}") from exc


async def read_body(receive: Receive, headers: dict[bytes, bytes], limit: int) -> bytes:
    """Read the request body; raise ApiError (413) for one over ``limit``, declared or streamed."""
    declared = headers.get(b"content-length", b"")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"Request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Dropped
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"Request body larger than {limit} bytes")
        if not message.get("more_body", False):
            return b"".join((*chunks, chunk)) if chunks else chunk
        chunks.append(chunk)


async def read_json(receive: Receive, headers: dict[bytes, bytes], limit: int) -> Any:
    """Read and decode a JSON body; raise ApiError (413 or 400) as an API call would."""
    return parse_json(await read_body(receive, headers, limit))


class ApiHandler:
    """Answers the API calls of one mock server and journals each of them."""

    def __init__(
        self,
        config: MockConfig,
        spec: Spec,
        backend: Backend,
        faults: Faults,
        journal: Journal,
        response_errors: list[str],
        rate_limits: RateLimits,
        redactor: Redactor,
    ) -> None:
        self.config = config
        self.rate_limits = rate_limits
        self.spec = spec
        self.backend = backend
        self.faults = faults
        self.journal = journal
        self.response_errors = response_errors
        self.redactor = redactor
        self._tokens: dict[bytes, frozenset[str] | None] = {
            f"Token {token}".encode("latin-1"): allowed for token, allowed in config.tokens.items()
        }
        """The exact header of each accepted token: the common case costs one lookup."""
        self._empty_success = {True: Answer(status_only(200)), False: Answer(envelope(200))}
        """The answers of a success without data (read-only), by ``Operation.status_only``."""
        missing = sorted(set(spec.operations) - set(HANDLERS))
        if missing:
            raise RuntimeError(
                f"the spec {spec.path} has operations the mock does not implement: "
                f"{', '.join(missing)} (add them to pushwoosh_mock/responses.py)"
            )
        self._handlers = HANDLERS
        self._outside_plan = frozenset(
            name
            for name, operation in spec.operations.items()
            if config.custom_plan_off and operation.facts.plan == "custom"
        )
        """The operations refused as to an account outside the Custom Plan (``--custom-plan-off``)."""
        self._file_links = {
            operation.facts.job.status: operation.facts.job.file
            for operation in spec.operations.values()
            if operation.facts.job is not None and operation.facts.job.file
        }
        """The answers that link a job's file (``x-pushwoosh-job``'s ``file``), by operation."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one call: its answer, with no token in its message; a dropped call closes the
        connection, an unexpected error is a JSON 500."""
        chunks: list[bytes] = []

        async def receive_body() -> Message:
            message = await receive()
            if chunk := message.get("body"):
                chunks.append(chunk)
            return message

        try:
            answer = await self._answer(scope, receive_body)
        except Dropped:
            await drop_connection(send)
            return
        except Exception:
            log.exception("unexpected error in %s %s", scope["method"], scope["path"])
            answer = error_answer(ApiError(500, "Internal error"))
        content = answer.answer
        if not (type(content) is dict and content.get("status_message") == OK):
            # Only a message other than OK can show a secret (Redactor.answer): most answers
            # skip the body's join and the call.
            raw = b"".join(chunks)
            if len(raw) > OFF_LOOP_BYTES:  # looking through a big body: not on the event loop
                clean = await anyio.to_thread.run_sync(self.redactor.answer, content, raw)
            else:
                clean = self.redactor.answer(content, raw)
            if clean is not None:
                answer = answer.with_content(clean)
        await answer(scope, receive, send)

    async def _answer(self, scope: Scope, receive: Receive) -> Answer:
        """Answer one call; a dropped connection is journaled (status 0), then raised as Dropped."""
        started = time.perf_counter()
        found = self.spec.route(scope["path"])
        operation = None if found is None else found[0].methods.get(scope["method"])
        name = scope["path"].rsplit("/", 1)[-1] if operation is None else operation.name
        raw: bytes | None = None
        journaled = scope["headers"]
        token: str | None = None
        try:
            if found is None:
                raise ApiError(404, f"Unknown method: {name}")
            if operation is None:
                allowed = ", ".join(found[0].methods)
                raise ApiError(
                    405,
                    f"Method {scope['method']} not allowed: use {allowed}",
                    {"Allow": allowed},
                )
            headers = dict(scope["headers"])
            if operation.token == "device":  # the Remote API's token travels in the body
                self._authorize(headers, name)
            elif not operation.token_in_body:  # a server token in the header (the v2 families)
                token = self._server_token(headers, operation)
            fault = self.faults.take(name) if self.faults else None
            limit = operation.max_body_bytes or self.config.max_body_bytes
            if fault is not None:
                if fault.answers:  # not applied, but journaled with what the app sent
                    raw = await self._faulted_body(receive, headers, limit)
                await self._apply_fault(fault)
            prefer, ahead = headers.get(b"prefer"), None
            if prefer is not None and operation.token_in_body and operation.token == "server":
                # A forced answer is for authenticated calls, and this token is in the body: a
                # Prefer the body does not earn is ignored, and left out of the journal.
                journaled = [header for header in journaled if header[0] != b"prefer"]
                ahead = await read_body(receive, headers, limit)
                if self._authenticated(operation, ahead):
                    journaled = scope["headers"]
                else:
                    prefer = None
            preferred = None if prefer is None else self._preferred(prefer, operation)
            if preferred is not None:
                answer = preferred  # no body applied: none journaled
            else:
                raw = ahead if ahead is not None else await read_body(receive, headers, limit)
                call = functools.partial(
                    self._call_raw, operation, raw, token, found[1], scope.get("query_string", b"")
                )
                if len(raw) > OFF_LOOP_BYTES or operation.token == "server":
                    # Other clients go on meanwhile: a big body, or a Remote API call, whose
                    # cost grows with the state (a push to 100,000 devices).
                    answer = await anyio.to_thread.run_sync(call)
                else:
                    answer = call()
                if operation.name in self._file_links and answer.status_code == 200:
                    answer = self._linked(answer, self._file_links[operation.name], scope)
                if fault is not None and fault.drop == "after":
                    raise Dropped
        except ApiError as error:
            answer = error_answer(
                error, ErrorBody.STATUS_MESSAGE if operation is None else operation.error_body
            )
            if operation is not None and answer.status_code == 200:
                self._check_response(operation, answer.answer)
        except Dropped:
            await self._record(scope, journaled, operation, raw, 0, None, started)
            raise
        await self._record(scope, journaled, operation, raw, answer.status_code, answer, started)
        return answer

    def _authorize(self, headers: dict[bytes, bytes], operation: str) -> None:
        header = headers.get(b"authorization")
        if header is None:
            raise ApiError(401, "Authorization header missing: expected 'Token <token>'")
        if header in self._tokens:
            allowed = self._tokens[header]
        else:
            scheme, _, token = header.decode("latin-1").strip().partition(" ")
            token = token.strip()
            if scheme.lower() != "token" or not token:
                raise ApiError(401, "Authorization header malformed: expected 'Token <token>'")
            if token not in self.config.tokens:
                raise ApiError(401, "Invalid API Token")
            allowed = self.config.tokens[token]
        if allowed is not None and operation not in allowed:
            raise ApiError(403, "Token restrictions forbid this operation.")

    @staticmethod
    async def _faulted_body(
        receive: Receive, headers: dict[bytes, bytes], limit: int
    ) -> bytes | None:
        """The body of a call a fault answers, for the journal only; None when it is over the
        limit (the fault still answers, as it comes before the body's checks)."""
        try:
            return await read_body(receive, headers, limit)
        except ApiError:
            return None

    async def _apply_fault(self, fault: Fault) -> None:
        if fault.latency:
            await anyio.sleep(fault.latency)
        if fault.drop == "before":
            raise Dropped
        if fault.status is not None:
            retry = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            message = fault.status_message or f"Injected fault: HTTP {fault.status}"
            raise ApiError(fault.status, message, retry)
        if fault.status_code is not None:  # answered as the API does: HTTP 200, the code inside
            message = fault.status_message or f"Injected fault: status_code {fault.status_code}"
            raise ApiError(fault.status_code, message, http_status=200)

    def _authenticated(self, operation: Operation, raw: bytes) -> bool:
        """Whether a Remote API body carries an accepted server token where the call reads it."""
        try:
            body = jsonio.loads(raw)
        except jsonio.JsonError:
            return False
        fields = body.get("request") if operation.enveloped and isinstance(body, dict) else body
        auth = fields.get("auth") if isinstance(fields, dict) else None
        return isinstance(auth, str) and auth in self.config.server_tokens

    @staticmethod
    def _preferred(prefer: bytes | None, operation: Operation) -> Answer | None:
        """Answer a ``Prefer: code=NNN`` header with that status's documented example."""
        match = PREFER_CODE.search(prefer.decode("latin-1")) if prefer else None
        if match is None:
            return None
        code = int(match.group(1))
        if code not in operation.examples:
            documented = ", ".join(map(str, sorted(operation.examples)))
            raise ApiError(
                400, f"Prefer: code={code} is not documented for {operation.name} ({documented})"
            )
        return Answer(operation.examples[code], status_code=code)

    @staticmethod
    def _linked(answer: Answer, pointers: Iterable[str], scope: Scope) -> Answer:
        """The answer with its file links (kept relative, ``/exports/…``) made absolute on the
        host the call came to, so a client fetches the file from wherever it reached the mock."""
        content = answer.answer
        if not isinstance(content, dict):
            return answer
        host = dict(scope["headers"]).get(b"host", b"localhost").decode("latin-1")
        origin = f"{scope.get('scheme', 'http')}://{host}"
        linked = dict(content)
        for where in pointers:
            key = where.lstrip("/")
            if isinstance(linked.get(key), str) and linked[key].startswith("/"):
                linked[key] = origin + linked[key]
        return answer.with_content(linked)

    def _server_token(self, headers: dict[bytes, bytes], operation: Operation) -> str:
        """The server token of a call that carries it in the Authorization header, with the
        operation's prefix (``Api <token>``) or another its ``security`` accepts (``Bearer``);
        401 when it is missing, malformed or unknown."""
        prefix = operation.facts.header_prefix or "Token"
        header = headers.get(b"authorization")
        if header is None:
            raise ApiError(401, f"Authorization header missing: expected '{prefix} <server token>'")
        scheme, _, token = header.decode("latin-1").strip().partition(" ")
        token = token.strip()
        accepted = (prefix, *operation.facts.other_prefixes)
        if scheme.lower() not in (word.lower() for word in accepted) or not token:
            raise ApiError(
                401, f"Authorization header malformed: expected '{prefix} <server token>'"
            )
        if token not in self.config.server_tokens:
            raise ApiError(401, "Account not found")
        return token

    def _call_raw(
        self,
        operation: Operation,
        raw: bytes,
        token: str | None = None,
        path_values: Mapping[str, str] | None = None,
        query: bytes = b"",
    ) -> Answer:
        """Decode the body (a call without one has its parameters alone) and answer the call
        (see ``_call``); a token from the header joins the fields as ``auth``."""
        if operation.facts.body_schema is None and not raw.strip():
            body: Any = {}
        else:
            body = parse_json(raw)
        if operation.facts.parameters and isinstance(body, dict):
            pairs = urllib.parse.parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            body = {**body, **operation.parameters(path_values or {}, pairs)}
        return self._call(operation, body, token)

    def _call(self, operation: Operation, body: Any, token: str | None = None) -> Answer:
        """Validate the body and run the operation; return its success answer."""
        if not isinstance(body, dict):
            expected = "a JSON object with a 'request' envelope" if operation.enveloped else ""
            raise ApiError(400, f"Malformed request: expected {expected or 'a JSON object'}")
        if operation.enveloped and "request" not in body:
            raise ApiError(400, "Malformed request: the 'request' envelope is missing")
        violation = self.spec.violation(operation, body)
        if violation is not None:
            raise ApiError(400 if self.config.strict else ARGUMENT_ERROR, violation)
        fields = body["request"] if operation.enveloped else body
        if token is not None:  # checked with the header; the operation reads it as `auth`
            fields = {**fields, "auth": token}
        elif operation.token == "server" and fields["auth"] not in self.config.server_tokens:
            raise ApiError(401 if operation.plain else ARGUMENT_ERROR, "Account not found")
        if operation.token == "server":
            self._check_token_api(operation.name, fields["auth"])
            self.rate_limits.take(operation.name, fields["auth"])
        if operation.name in self._outside_plan:
            raise ApiError(ARGUMENT_ERROR, OUTSIDE_PLAN)
        application = fields.get("application")
        if application is not None and not self.backend.application_usable(
            application, self.config.applications
        ):  # outside the allow list, or deleted
            raise ApiError(ARGUMENT_ERROR, "Application not found")
        handler = self._handlers[operation.name]
        if application is not None:
            self.backend.touch_application(application)
        response = handler(self.backend, fields)
        if operation.plain:
            result = {} if response is None else response
        elif response is None and not self.config.debug:
            return self._empty_success[operation.status_only]
        else:
            result = status_only(200) if operation.status_only else envelope(200, response=response)
        self._check_response(operation, result)
        return Answer(result)

    def _check_token_api(self, operation: str, server_token: str) -> None:
        """Refuse a restricted server token an operation of an API it is not allowed (the
        Email API's answer: HTTP 403, ``Token restrictions forbid this operation``)."""
        api = TOKEN_APIS.get(operation)
        allowed = self.config.server_token_apis.get(server_token)
        if api is not None and allowed is not None and api not in allowed:
            raise ApiError(403, "Token restrictions forbid this operation")

    def _check_response(self, operation: Operation, result: Any) -> None:
        """In debug mode, record an HTTP 200 answer that its documented schema does not accept."""
        if not self.config.debug:
            return
        validator = operation.responses.get(200)
        if validator is None or not validator.is_valid(result):
            found = [] if validator is None else [e.message for e in validator.iter_errors(result)]
            self.response_errors.append(f"{operation.name}: {result!r}: {found}")

    async def _record(
        self,
        scope: Scope,
        headers: list[tuple[bytes, bytes]],
        operation: Operation | None,
        raw: bytes | None,
        status: int,
        answer: Answer | None,
        started: float,
    ) -> None:
        """Journal a call (``answer`` None: its connection was dropped) and log its line; a big
        body is journaled in a worker thread (the journal hashes it to tell a retry)."""
        content = None if answer is None else answer.answer
        code = content.get("status_code") if isinstance(content, dict) else None
        api_status = code if isinstance(code, int) else None
        method, path, at = scope["method"], scope["path"], time.time()
        operation_name = None if operation is None else operation.name
        sent = b"" if answer is None else answer.body
        enveloped = operation is not None and operation.enveloped
        sender = functools.partial(_sender, scope)
        if raw is not None and len(raw) > OFF_LOOP_BYTES:
            record = functools.partial(
                self.journal.record, method, path, operation_name, raw, status, sent, at, headers,
                enveloped=enveloped, sender=sender, api_status=api_status,
            )  # fmt: skip
            await anyio.to_thread.run_sync(record)
        else:  # a direct call: a partial of keywords would cost as much as the entry itself
            self.journal.record(
                method, path, operation_name, raw, status, sent, at, headers,
                enveloped=enveloped, sender=sender, api_status=api_status,
            )  # fmt: skip
        if request_log.isEnabledFor(logging.INFO):
            name = scope["path"].rsplit("/", 1)[-1] if operation is None else operation.name
            detail = "" if status else " (connection dropped)"
            if api_status is not None:  # an answer with a status_code: the API's own
                detail = f" (status_code {api_status})"
            request_log.info(
                "%s %d%s %.1f ms",
                self.redactor.scrub(name, self.redactor.tokens),
                status,
                detail,
                (time.perf_counter() - started) * 1000,
            )


def _sender(scope: Scope) -> bytes:
    """Who sent a call, as the journal tells a retry: the peer's address (not its port), the
    Authorization header and the User-Agent."""
    client = scope.get("client")
    found = {b"authorization": b"", b"user-agent": b""}
    for name, value in scope["headers"]:
        if name in found:
            found[name] = value
    host = client[0].encode("latin-1") if client else b""
    return b"\0".join((host, found[b"authorization"], found[b"user-agent"]))

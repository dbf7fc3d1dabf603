"""The mock server as an ASGI app: the API calls, the inspection routes, and the Python API.

API calls (``/json/1.3/{method}``, routes taken from the spec's paths) go straight to
``api.ApiHandler``; the inspection and control routes (``/__mock/...``) are a Starlette app.
"""

import json
import logging
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .api import (
    TRANSPORT_KEY,
    ApiHandler,
    Dropped,
    Rejection,
    drop_connection,
    error,
    error_body,
    read_body,
)
from .config import MockConfig
from .faults import Fault, Faults
from .journal import Journal
from .spec import PATH_PREFIX, Spec
from .store import Store

log = logging.getLogger("pushwoosh_mock")


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
        self._api = ApiHandler(
            self.config, self.spec, self.store, self.faults, self.journal, self.response_errors
        )
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
        """Serve one ASGI connection; any unexpected error in an API call is a JSON 500."""
        if scope["type"] != "http" or not scope["path"].startswith(PATH_PREFIX):
            await self._app(scope, receive, send)
            return
        cycle = getattr(send, "__self__", None)
        scope[TRANSPORT_KEY] = getattr(cycle, "transport", None)
        try:
            response = await self._api(scope, receive)
        except Dropped:
            await drop_connection(scope)
            return
        except Exception:
            log.exception("unexpected error in %s %s", scope["method"], scope["path"])
            response = error(500, "Internal error")
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

    # ---- inspection and control -----------------------------------------------------------

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "spec_version": self.spec.version})

    async def _requests(self, request: Request) -> Response:
        operation = request.query_params.get("operation")
        if operation is not None and operation not in self.spec.operations:
            return _json_error(400, f"operation: unknown operation {operation!r}")
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
                raw = await read_body(
                    request.receive, dict(request.scope["headers"]), self.config.max_body_bytes
                )
                fault = Fault.from_json(json.loads(raw), set(self.spec.operations))
            except Rejection as rejection:
                return _json_error(
                    rejection.response.status_code, rejection.response.answer["status_message"]
                )
            except (ValueError, TypeError, RecursionError) as exc:
                return _json_error(400, f"Invalid fault: {exc}")
            self.faults.add(fault)
            return JSONResponse(fault.to_json(), status_code=201)
        return JSONResponse({"faults": self.faults.active()})

    async def _http_exception(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        headers = dict(exc.headers) if exc.headers else None
        return _json_error(exc.status_code, str(exc.detail), headers)


def _json_error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def create_app(config: MockConfig | None = None, **options: Any) -> MockServer:
    """Return a mock server; options are MockConfig fields (``tokens``, ``strict``, ``debug``, …)."""
    if config is not None and options:
        raise TypeError("pass either a MockConfig or keyword options, not both")
    return MockServer(config or MockConfig(**options))

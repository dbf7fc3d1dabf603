"""The control and inspection routes (``/__mock/...``): health, the journal, the state, the
pushes, the Live Activities, reset, faults, seeds, jobs and journeys, as a Starlette app over
one mock server's parts.

Who may reach them is ``guard``'s; their errors are ApiError, answered in the API's envelope.
"""

from typing import TYPE_CHECKING

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import jsonio
from .api import read_json
from .envelope import error_answer
from .errors import ApiError
from .faults import Fault
from .spec import unknown_operation

if TYPE_CHECKING:
    from .app import MockServer


JOURNEY_FIELDS = frozenset({"title", "status", "application", "points", "server_token"})
"""What ``PUT /__mock/journeys/{uuid}`` takes: ``MockServer.add_journey``'s options."""


def control_app(server: "MockServer") -> Starlette:
    """The ``/__mock/...`` routes of one mock server."""

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "spec_version": server.spec.version})

    async def requests(request: Request) -> Response:
        operation = request.query_params.get("operation")
        if operation is not None and operation not in server.spec.operations:
            raise ApiError(
                400, f"operation: {unknown_operation(operation, server.spec.operations)}"
            )
        limit_text = request.query_params.get("limit")
        if limit_text is not None and not limit_text.isdigit():
            raise ApiError(400, f"limit: expected a whole number >= 0, got {limit_text!r}")
        limit = None if limit_text is None else int(limit_text)

        def listing() -> bytes:
            calls = server.journal.calls(operation, limit)
            head = jsonio.dumps({"total": server.journal.total, "kept": len(calls)})
            # One call at a time: the encoder holds the GIL for as long as it runs, so one
            # 25 MB encoding would stall the event loop that a worker thread is meant to spare.
            encoded = b",".join(jsonio.dumps(call.to_json()) for call in calls)
            return head[:-1] + b',"calls":[' + encoded + b"]}"

        # Decoding and encoding a journal of big bodies takes a while: not on the event loop.
        return _json_bytes(await anyio.to_thread.run_sync(listing))

    async def state(request: Request) -> Response:
        return _json_bytes(
            await anyio.to_thread.run_sync(lambda: jsonio.dumps(server.store.snapshot()))
        )

    async def messages(request: Request) -> Response:
        return _json_bytes(
            await anyio.to_thread.run_sync(
                lambda: jsonio.dumps([push.to_json() for push in server.messages()])
            )
        )

    async def live_activities(request: Request) -> Response:
        return _json_bytes(
            await anyio.to_thread.run_sync(lambda: jsonio.dumps(server.live_activities()))
        )

    async def reset(request: Request) -> Response:
        server.reset()
        return JSONResponse({"status": "reset"})

    async def seeds(request: Request) -> Response:
        return JSONResponse({"seeds": server.store.seeds()})

    async def seed(request: Request) -> Response:
        operation = request.path_params["operation"]
        data = await read_json(
            request.receive, dict(request.scope["headers"]), server.config.max_body_bytes
        )
        try:
            server.seed(operation, data)
        except ValueError as exc:
            raise ApiError(400, f"Invalid seed: {exc}") from exc
        return JSONResponse({"operation": operation, "response": data})

    async def journey(request: Request) -> Response:
        data = await read_json(
            request.receive, dict(request.scope["headers"]), server.config.max_body_bytes
        )
        if not isinstance(data, dict):
            raise ApiError(400, "Invalid journey: expected a JSON object")
        unknown = set(data) - JOURNEY_FIELDS
        if unknown:
            raise ApiError(400, f"Invalid journey: unknown fields {sorted(unknown)}")
        try:
            added = server.add_journey(request.path_params["uuid"], **data)
        except ValueError as exc:
            raise ApiError(400, f"Invalid journey: {exc}") from exc
        return JSONResponse(added)

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            server.faults.clear()
        elif request.method == "POST":
            data = await read_json(
                request.receive, dict(request.scope["headers"]), server.config.max_body_bytes
            )
            try:
                fault = Fault.from_json(data, set(server.spec.operations))
            except (ValueError, TypeError) as exc:
                raise ApiError(400, f"Invalid fault: {exc}") from exc
            server.faults.add(fault)
            return JSONResponse(fault.to_json(), status_code=201)
        return JSONResponse({"faults": server.faults.active()})

    async def jobs(request: Request) -> Response:
        if request.method == "POST":
            data = await read_json(
                request.receive, dict(request.scope["headers"]), server.config.max_body_bytes
            )
            if not isinstance(data, dict):
                raise ApiError(400, "Invalid job outcome: expected a JSON object")
            unknown = set(data) - {"operation", "outcome", "times"}
            if unknown:
                raise ApiError(400, f"Invalid job outcome: unknown fields {sorted(unknown)}")
            try:
                server.next_job(
                    str(data.get("operation")),
                    outcome=data.get("outcome", "failed"),
                    times=data.get("times", 1),
                )
            except ValueError as exc:
                raise ApiError(400, f"Invalid job outcome: {exc}") from exc
            return JSONResponse(
                {
                    "operation": data.get("operation"),
                    "outcome": data.get("outcome", "failed"),
                    "times": data.get("times", 1),
                },
                status_code=201,
            )
        return _json_bytes(
            await anyio.to_thread.run_sync(lambda: jsonio.dumps({"jobs": server.jobs()}))
        )

    return Starlette(
        routes=[
            Route("/__mock/health", health, methods=["GET"]),
            Route("/__mock/requests", requests, methods=["GET"]),
            Route("/__mock/state", state, methods=["GET"]),
            Route("/__mock/messages", messages, methods=["GET"]),
            Route("/__mock/live-activities", live_activities, methods=["GET"]),
            Route("/__mock/reset", reset, methods=["POST"]),
            Route("/__mock/faults", faults, methods=["GET", "POST", "DELETE"]),
            Route("/__mock/seeds", seeds, methods=["GET"]),
            Route("/__mock/jobs", jobs, methods=["GET", "POST"]),
            Route("/__mock/seeds/{operation}", seed, methods=["PUT"]),
            Route("/__mock/journeys/{uuid}", journey, methods=["PUT"]),
        ],
        exception_handlers={HTTPException: _http_exception, ApiError: _api_error},
    )


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

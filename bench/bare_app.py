"""The baseline: a bare Starlette endpoint that reads the body and returns registerDevice's answer."""

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

ANSWER = {"status_code": 200, "status_message": "OK", "response": None}


async def register_device(request: Request) -> JSONResponse:
    """Read the body and answer the fixed success envelope."""
    await request.body()
    return JSONResponse(ANSWER)


app = Starlette(routes=[Route("/json/1.3/{method}", register_device, methods=["POST"])])

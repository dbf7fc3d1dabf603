"""The API's JSON envelope and the ASGI answer that carries it: built here and nowhere else."""

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from pushwoosh_spec.facts import ErrorBody

from . import jsonio
from .errors import ARGUMENT_ERROR, ApiError

OK = "OK"
JSON = b"application/json"


def envelope(status_code: int, message: str = OK, response: Any = None) -> dict[str, Any]:
    """Return ``{"status_code", "status_message", "response"}``, the body of every API answer."""
    return {"status_code": status_code, "status_message": message, "response": response}


def status_only(status_code: int, message: str = OK) -> dict[str, Any]:
    """Return the envelope of operations whose answer has no ``response`` key (setBadge, …)."""
    return {"status_code": status_code, "status_message": message}


class Answer(Response):
    """A JSON answer that keeps the data it was made from (for the journal and debug checks)."""

    media_type = "application/json"
    body: bytes

    def __init__(
        self, content: Any, status_code: int = 200, headers: Mapping[str, str] | None = None
    ) -> None:
        self.answer = content
        self.status_code = status_code
        self.body = jsonio.dumps(content)
        self.background = None
        self.raw_headers = [(b"content-type", JSON), (b"content-length", b"%d" % len(self.body))]
        if headers:
            self.raw_headers += [
                (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
            ]

    def with_content(self, content: Any) -> "Answer":
        """The same answer (status, headers beyond the two this class sets) with other content."""
        answer = Answer(content, self.status_code)
        answer.raw_headers += self.raw_headers[2:]
        return answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the answer as two ASGI messages."""
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})


GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 409: 9, 413: 3, 429: 8, 431: 3, 500: 13, 503: 14}
"""gRPC-Gateway's code for each HTTP status the mock answers (its standard mapping)."""


def error_answer(error: ApiError, shape: ErrorBody = ErrorBody.STATUS_MESSAGE) -> Answer:
    """Map an ApiError to its answer in the operation's family's error body: for the json 1.3
    envelope, 210 is HTTP 200 with status_code 210 and others their status; the families that
    answer plain JSON have no 210, so a refusal of the call's arguments is a 400."""
    if shape is ErrorBody.STATUS_MESSAGE:
        http_status = error.http_status or (200 if error.status == ARGUMENT_ERROR else error.status)
        return Answer(envelope(error.status, error.message), http_status, error.headers)
    status = 400 if error.status == ARGUMENT_ERROR else error.status
    content: dict[str, Any]
    if shape is ErrorBody.GATEWAY:
        code = error.code if error.code is not None else GRPC_CODES.get(status, 2)
        content = {"code": code, "message": error.message, "details": []}
    else:
        content = {shape.value: error.message}
    return Answer(content, status, error.headers)

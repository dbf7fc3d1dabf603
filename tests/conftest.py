"""Fixtures shared by the whole suite, on the pytest plugin's (`pushwoosh_mock.pytest_plugin`):
the in-process mock, and a raw caller of it for tests of the mock's protocol."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from pushwoosh_mock import DEV_TOKEN, MockServer
from pushwoosh_mock.transport import AsyncInProcessTransport

APP = "XXXXX-XXXXX"
"""The application code the tests use."""


@pytest.fixture
def mock(pushwoosh_mock: MockServer) -> MockServer:
    """The plugin's fresh in-process mock (debug mode: the test fails on an answer outside the
    spec)."""
    return pushwoosh_mock


class Api:
    """A thin async caller of the mock: ``await api.call("setTags", {...})`` returns the JSON."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def post(self, method: str, body: Any = None, **kwargs: Any) -> httpx.Response:
        """POST a JSON body (or raw ``content=``) to /json/1.3/{method}."""
        if body is not None:
            kwargs["json"] = body
        return await self.client.post(f"/json/1.3/{method}", **kwargs)

    async def call(self, method: str, request: dict[str, Any]) -> dict[str, Any]:
        """Send ``{"request": request}`` (application defaulted) and return the HTTP 200 body."""
        response = await self.post(method, {"request": {"application": APP, **request}})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def ok(self, method: str, request: dict[str, Any]) -> dict[str, Any]:
        """Like call, and assert status_code 200."""
        body = await self.call(method, request)
        assert body["status_code"] == 200, body
        return body

    async def tags(self, **who: str) -> dict[str, Any]:
        """Return the tags of a device (hwid=...) or a user (userId=...)."""
        result: dict[str, Any] = (await self.ok("getTags", who))["response"]["result"]
        return result

    async def register(self, hwid: str, **fields: Any) -> None:
        """Register an Android device."""
        await self.ok("registerDevice", {"hwid": hwid, "device_type": 3, **fields})


@pytest.fixture
async def api(mock: MockServer) -> AsyncIterator[Api]:
    """An authenticated raw caller of the in-process mock (the JSON as sent and answered)."""
    transport = AsyncInProcessTransport(mock)
    headers = {"Authorization": f"Token {DEV_TOKEN}"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://localhost", headers=headers
    ) as client:
        yield Api(client)

"""End-to-end tests: the generated client, sync and async, through every operation on the mock."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from pushwoosh_generated import AuthenticatedClient, errors
from pushwoosh_generated.api.device import (
    application_open,
    get_tags,
    message_delivery_event,
    push_stat,
    register_device,
    register_email,
    set_badge,
    set_tags,
    unregister_device,
)
from pushwoosh_generated.api.user import post_event, register_user
from pushwoosh_generated.models import (
    AppendOperation,
    ApplicationOpenBody,
    DeviceRequest,
    DeviceType,
    EventAttributes,
    GetTagsBody,
    GetTagsRequest,
    GetTagsResponse,
    GetTagsResult,
    IncrementOperation,
    MessageDeliveryEventBody,
    NullResponse,
    PostEventBody,
    PostEventRequest,
    PostEventResponse,
    PostEventResult,
    PushEventRequest,
    PushStatBody,
    RegisterDeviceBody,
    RegisterDeviceRequest,
    RegisterEmailBody,
    RegisterEmailRequest,
    RegisterUserBody,
    RegisterUserRequest,
    RemoveOperation,
    SetBadgeBody,
    SetBadgeRequest,
    SetTagsBody,
    SetTagsRequest,
    StatusOnlyResponse,
    Tags,
    UnregisterDeviceBody,
)
from pushwoosh_generated.types import UNSET, Unset
from pushwoosh_mock import DEV_TOKEN, MockServer
from pushwoosh_mock.threaded import serve_in_thread

from .conftest import APP

HWID = "e2e-device-1"

Call = Callable[..., Awaitable[Any]]
"""Calls one operation module's `sync` or `asyncio` and returns the typed result."""


def tags(**values: Any) -> Tags:
    """Build a typed tag map."""
    result = Tags()
    result.additional_properties.update(values)
    return result


@pytest.fixture(params=["sync", "async"])
async def call(request: pytest.FixtureRequest, mock: MockServer) -> AsyncIterator[Call]:
    """Call operations through the sync client (real loopback server) or the async one (in process)."""
    if request.param == "async":
        client = AuthenticatedClient(
            token=DEV_TOKEN,
            base_url="http://mock",
            httpx_args={"transport": httpx.ASGITransport(app=mock)},
        )

        async def call_async(module: Any, body: Any) -> Any:
            return await module.asyncio(client=client, body=body)

        yield call_async
        await client.get_async_httpx_client().aclose()
        return
    with serve_in_thread(mock) as url:
        client = AuthenticatedClient(token=DEV_TOKEN, base_url=url)

        async def call_sync(module: Any, body: Any) -> Any:
            return module.sync(client=client, body=body)

        yield call_sync
        client.get_httpx_client().close()


async def register(call: Call, hwid: str = HWID, **fields: Any) -> NullResponse:
    body = RegisterDeviceBody(
        request=RegisterDeviceRequest(
            application=APP, hwid=hwid, device_type=DeviceType.ANDROID, **fields
        )
    )
    result: NullResponse = await call(register_device, body)
    return result


async def read_tags(
    call: Call, hwid: str | Unset = UNSET, user_id: str | Unset = UNSET
) -> dict[str, Any]:
    request = GetTagsRequest(application=APP, hwid=hwid, user_id=user_id)
    answer = await call(get_tags, GetTagsBody(request=request))
    assert isinstance(answer, GetTagsResponse)
    assert isinstance(answer.response, GetTagsResult)
    return answer.response.result.to_dict()


class TestEveryOperation:
    """Each operation returns its typed model, and its effect is visible."""

    async def test_register_device(self, call: Call, mock: MockServer) -> None:
        """registerDevice returns a NullResponse and the device exists."""
        result = await register(call, push_token="tok", tags=tags(Level=1), user_id="alex")
        assert isinstance(result, NullResponse)
        assert (result.status_code, result.status_message) == (200, "OK")
        assert mock.store.device(APP, HWID)["push_token"] == "tok"

    async def test_set_and_get_tags(self, call: Call) -> None:
        """setTags with each value kind, read back as plain values by hwid and by userId."""
        await register(call, user_id="alex", tags=tags(Level=1, List=["a", "b"]))
        body = SetTagsBody(
            request=SetTagsRequest(
                application=APP,
                hwid=HWID,
                tags=tags(
                    Level=IncrementOperation(value=4),
                    List=RemoveOperation(value="a"),
                    More=AppendOperation(value=["x"]),
                    Flag=True,
                    Gone=None,
                ),
            )
        )
        result = await call(set_tags, body)
        assert isinstance(result, NullResponse)
        assert await read_tags(call, hwid=HWID) == {
            "Level": 5,
            "List": ["b"],
            "More": ["x"],
            "Flag": True,
        }
        await call(
            set_tags,
            SetTagsBody(
                request=SetTagsRequest(application=APP, user_id="alex", tags=tags(Plan="gold"))
            ),
        )
        assert await read_tags(call, user_id="alex") == {"Plan": "gold"}
        assert (await read_tags(call, hwid=HWID))["Plan"] == "gold"

    async def test_set_badge_and_application_open(self, call: Call, mock: MockServer) -> None:
        """setBadge and applicationOpen return a StatusOnlyResponse."""
        await register(call)
        badge = await call(
            set_badge, SetBadgeBody(request=SetBadgeRequest(application=APP, hwid=HWID, badge=3))
        )
        opened = await call(
            application_open, ApplicationOpenBody(request=DeviceRequest(application=APP, hwid=HWID))
        )
        assert isinstance(badge, StatusOnlyResponse) and isinstance(opened, StatusOnlyResponse)
        assert mock.store.device(APP, HWID)["badge"] == 3

    async def test_push_statistics(self, call: Call, mock: MockServer) -> None:
        """pushStat and messageDeliveryEvent return a NullResponse and are recorded."""
        body = PushEventRequest(application=APP, hwid=HWID, hash_="HASH_TAG")
        assert isinstance(await call(push_stat, PushStatBody(request=body)), NullResponse)
        assert isinstance(
            await call(message_delivery_event, MessageDeliveryEventBody(request=body)), NullResponse
        )
        assert [e["kind"] for e in mock.store.events()] == ["pushStat", "messageDeliveryEvent"]

    async def test_register_user_and_post_event(self, call: Call) -> None:
        """registerUser returns a NullResponse; postEvent a PostEventResponse with a code."""
        linked = await call(
            register_user,
            RegisterUserBody(
                request=RegisterUserRequest(application=APP, hwid=HWID, user_id="alex")
            ),
        )
        assert isinstance(linked, NullResponse)
        event = PostEventRequest(
            application=APP,
            hwid=HWID,
            event="Purchase",
            attributes=EventAttributes.from_dict({"sum": 9}),
        )
        posted = await call(post_event, PostEventBody(request=event))
        assert isinstance(posted, PostEventResponse)
        assert isinstance(posted.response, PostEventResult) and len(posted.response.code) == 11

    async def test_register_email_and_unregister(self, call: Call, mock: MockServer) -> None:
        """registerEmail creates an email device; unregisterDevice keeps the device."""
        email = await call(
            register_email,
            RegisterEmailBody(request=RegisterEmailRequest(application=APP, email="e@example.com")),
        )
        assert isinstance(email, NullResponse)
        assert mock.store.device(APP, "e@example.com")["device_type"] == DeviceType.EMAIL.value
        await register(call, tags=tags(Plan="gold"))
        result = await call(
            unregister_device,
            UnregisterDeviceBody(request=DeviceRequest(application=APP, hwid=HWID)),
        )
        assert isinstance(result, NullResponse)
        assert await read_tags(call, hwid=HWID) == {"Plan": "gold"}


class TestErrorsEndToEnd:
    """The mock's failures come out of the client as their error classes."""

    async def test_argument_error(self, call: Call) -> None:
        """A state conflict (210) raises ArgumentError with the mock's message."""
        with pytest.raises(errors.ArgumentError, match="Device not found: nope"):
            await read_tags(call, hwid="nope")

    async def test_schema_violation_argument_error(self, call: Call) -> None:
        """A body the spec rejects (a bad application code) raises ArgumentError naming the field."""
        body = GetTagsBody(request=GetTagsRequest(application="bad", hwid=HWID))
        with pytest.raises(errors.ArgumentError, match=r"request\.application: "):
            await call(get_tags, body)

    async def test_authentication_error(self, mock: MockServer) -> None:
        """An unknown token raises AuthenticationError."""
        client = AuthenticatedClient(
            token="wrong",
            base_url="http://mock",
            httpx_args={"transport": httpx.ASGITransport(app=mock)},
        )
        with pytest.raises(errors.AuthenticationError, match="Invalid API Token"):
            await get_tags.asyncio(
                client=client,
                body=GetTagsBody(request=GetTagsRequest(application=APP, user_id="u")),
            )


def test_threaded_server_stops(mock: MockServer) -> None:
    """The threaded server used by the sync client stops at the end of its block."""
    with serve_in_thread(mock) as url:
        assert httpx.get(f"{url}/__mock/health").status_code == 200
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/__mock/health", timeout=1)

"""The shop's tests, written only with the pytest plugin's fixtures: in process, no socket."""

import pytest

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_mock import MockServer

from .backend import purchase, ship_order, ship_order_async, signup


def test_signup_sets_three_tags(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    signup(pushwoosh_client, user="ann", hwid="phone-1", push_token="token-1")
    pushwoosh_mock.assert_request_made(
        "setTags", userId="ann", tags={"Plan": "free", "Purchases": 0, "Newsletter": True}
    )


def test_purchase_survives_an_argument_error(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    signup(pushwoosh_client, user="ann", hwid="phone-1", push_token="token-1")
    pushwoosh_mock.fail_next("setTags", status_code=210, status_message="Application not found")
    assert purchase(pushwoosh_client, user="ann", amount=9.99) is None
    pushwoosh_mock.assert_not_requested("postEvent")


def test_purchase_after_a_503_with_retry_after(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    signup(pushwoosh_client, user="ann", hwid="phone-1", push_token="token-1")
    pushwoosh_mock.fail_next("postEvent", status=503, retry_after=30)
    assert purchase(pushwoosh_client, user="ann", amount=9.99) is not None
    assert pushwoosh_mock.waits == [30]  # the client waited (virtually) as told, then retried
    assert pushwoosh_client.get_tags(user_id="ann")["Purchases"] == 1


def test_a_connection_dropped_after_the_change_is_not_repeated(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    signup(pushwoosh_client, user="ann", hwid="phone-1", push_token="token-1")
    pushwoosh_mock.fail_next("setTags", drop="after")
    assert purchase(pushwoosh_client, user="ann", amount=5) is None  # the client saw no answer
    assert pushwoosh_client.get_tags(hwid="phone-1")["Purchases"] == 1  # applied once, not twice
    pushwoosh_mock.assert_request_made(
        "setTags", count=1, tags={"Purchases": {"operation": "increment"}}
    )


def test_shipping_pushes_to_the_user(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    signup(pushwoosh_client, user="ann", hwid="phone-1", push_token="token-1")
    assert ship_order(pushwoosh_client, user="ann", order=1234)
    (push,) = pushwoosh_mock.messages(user="ann")
    assert (push.status, push.hwids) == ("sent", ["phone-1"])
    assert push.notification["content"] == "Order 1234 shipped"


def test_shipping_reports_a_dropped_connection(
    pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
) -> None:
    pushwoosh_mock.fail_next("createMessage", drop="before", times=3)
    assert not ship_order(pushwoosh_client, user="ann", order=1)
    assert pushwoosh_mock.messages() == []


@pytest.mark.pushwoosh(application="SHOP1-00000")
async def test_shipping_from_an_async_backend(
    async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
) -> None:
    await async_pushwoosh_client.register_device(
        hwid="phone-2", device_type=1, push_token="token-2", user_id="bob"
    )
    pushwoosh_mock.fail_next("createMessage", status=503, retry_after=1)
    assert await ship_order_async(async_pushwoosh_client, user="bob", order=7)
    assert [p.hwids for p in pushwoosh_mock.messages(user="bob")] == [["phone-2"]]
    pushwoosh_mock.assert_request_made("registerDevice", application="SHOP1-00000", hwid="phone-2")

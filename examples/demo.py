"""PushwooshClient against the embedded mock server: devices, tags, users, pushes, events.

Run with ``nox -s demo`` (or ``python examples/demo.py`` with the ``mock`` extra installed).
Each step is what an application would write; the mock stands in for api.pushwoosh.com.
"""

import sys
from collections.abc import Callable
from typing import Any

from pushwoosh_generated import (
    AppendOperation,
    DeviceType,
    IncrementOperation,
    PushwooshClient,
    RemoveOperation,
    errors,
)
from pushwoosh_mock import DEV_TOKEN, Fault, MockServer, create_app
from pushwoosh_mock.config import DEV_SERVER_TOKEN
from pushwoosh_mock.threaded import serve_in_thread

APP = "DEMO1-APP01"
HWID = "demo-android-1"

Step = tuple[str, Callable[[], Any], Any]
"""A step: what it does, the call, and what it should return."""


def register_steps(client: PushwooshClient) -> list[Step]:
    """Register an Android device, an email subscriber and a user."""
    return [
        ("register an Android device with tags", lambda: client.register_device(
            hwid=HWID, device_type=DeviceType.ANDROID, push_token="token-1", tags={"Plan": "free"}
        ), None),
        ("register an email subscriber", lambda: client.register_email(email="ann@example.com"), None),
        ("link the device to a user", lambda: client.register_user(hwid=HWID, user_id="ann"), None),
    ]  # fmt: skip


def tag_steps(client: PushwooshClient) -> list[Step]:
    """Set plain tags and each tag operation, then read the tags back."""

    def increment_twice() -> int:
        for _ in range(2):
            client.set_tags(hwid=HWID, tags={"Level": IncrementOperation(value=1)})
        return 2

    def tags_by_user() -> Any:
        client.set_tags(user_id="ann", tags={"VIP": True})
        return client.get_tags(user_id="ann")

    return [
        ("set plain tags", lambda: client.set_tags(hwid=HWID, tags={"Plan": "gold", "Topics": ["news"]}), None),
        ("increment a counter twice", increment_twice, 2),
        ("append to a list tag", lambda: client.set_tags(hwid=HWID, tags={"Topics": AppendOperation(value=["sport"])}), None),
        ("remove from a list tag", lambda: client.set_tags(hwid=HWID, tags={"Topics": RemoveOperation(value="news")}), None),
        ("read the tags back", lambda: client.get_tags(hwid=HWID), {"Plan": "gold", "Topics": ["sport"], "Level": 2}),
        ("delete a tag with None", lambda: client.set_tags(hwid=HWID, tags={"Plan": None}), None),
        ("read by user", tags_by_user, {"VIP": True}),
    ]  # fmt: skip


def push_steps(client: PushwooshClient, mock: MockServer) -> list[Step]:
    """Send a push to a user, and see whom it reached; schedule one and delete it."""

    def shipped() -> Any:
        client.register_device(
            hwid="demo-ios-1", device_type=DeviceType.IOS, push_token="token-2", user_id="ann"
        )
        result = client.create_message(
            notifications=[{"content": "Your order shipped", "users": ["ann"]}]
        )
        return result.messages, mock.messages()[-1].hwids

    def scheduled_then_deleted() -> str:
        (code,) = client.create_message(
            notifications=[{"content": "Sale tomorrow", "send_date": "2099-01-01 09:00"}],
            broadcast=True,  # to every device of the application, on purpose
        ).messages
        assert code is not None
        client.delete_message(message=code)
        return str(client.get_message_details(message=code).status)

    return [
        ("send 'Your order shipped' to user ann: no code (< 10 devices), reached", shipped,
         ([None], ["demo-android-1", "demo-ios-1"])),
        ("schedule a push, delete it: its status", scheduled_then_deleted, "deleted"),
    ]  # fmt: skip


def event_steps(client: PushwooshClient) -> list[Step]:
    """Badge, application open, push statistics and an event."""
    return [
        ("set the badge", lambda: client.set_badge(hwid=HWID, badge=3), None),
        ("record an application open", lambda: client.application_open(hwid=HWID), None),
        ("record a push open", lambda: client.push_stat(hwid=HWID, hash="abc123"), None),
        ("record a push delivery", lambda: client.message_delivery_event(hwid=HWID, hash="abc123"), None),
        ("post an event (returns its code)", lambda: bool(client.post_event(
            hwid=HWID, event="Purchase", attributes={"amount": 10})), True),
    ]  # fmt: skip


def failure_steps(client: PushwooshClient, mock: MockServer) -> list[Step]:
    """What failures look like: a 210, a bad argument, and a 503 the client retries."""

    def argument_error() -> str:
        try:
            client.get_tags(hwid="never-registered")
        except errors.ArgumentError as exc:
            return type(exc).__name__
        return "no error"

    def invalid_argument() -> str:
        try:
            client.set_badge(hwid=HWID, badge="three")  # type: ignore[arg-type]
        except errors.InvalidArgumentError as exc:
            return exc.argument
        return "no error"

    def retried_503() -> int:
        mock.faults.add(Fault(operation="getTags", status=503, retry_after=0, times=1))
        return client.with_raw_response.get_tags(hwid=HWID).attempts

    return [
        (
            "an unknown device is a 210 about the request",
            argument_error,
            "RequestArgumentError",
        ),
        ("a wrong type is refused before sending", invalid_argument, "badge"),
        ("a 503 is retried (attempts)", retried_503, 2),
        ("unregister the device", lambda: client.unregister_device(hwid=HWID), None),
    ]


def main() -> int:
    """Run every step against a fresh mock; exit 0 when each returned what it should."""
    mock = create_app(debug=True)
    with (
        serve_in_thread(mock) as url,
        PushwooshClient(
            DEV_TOKEN, server_token=DEV_SERVER_TOKEN, application=APP, base_url=url
        ) as client,
    ):
        steps = [
            *register_steps(client),
            *tag_steps(client),
            *push_steps(client, mock),
            *event_steps(client),
            *failure_steps(client, mock),
        ]
        passed = 0
        for number, (title, call, expected) in enumerate(steps, 1):
            got = call()
            ok = got == expected
            passed += ok
            print(f"{number:2}. {'ok  ' if ok else 'FAIL'} {title}: {got!r}")
    mock.check_response_errors()
    print(f"{passed} of {len(steps)} steps as expected")
    return 0 if passed == len(steps) else 1


if __name__ == "__main__":
    sys.exit(main())

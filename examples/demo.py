"""The generated client against the embedded mock server, through every operation.

Run with ``nox -s demo`` (or ``python examples/demo.py`` with the ``mock`` extra installed).
"""

import sys
from collections.abc import Callable
from typing import Any

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
    IncrementOperation,
    MessageDeliveryEventBody,
    PostEventBody,
    PostEventRequest,
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
    Tags,
    UnregisterDeviceBody,
)
from pushwoosh_mock import DEV_TOKEN, Fault, create_app
from pushwoosh_mock.threaded import serve_in_thread

APP = "DEMO1-APP01"
HWID = "demo-android-1"


def tags(**values: Any) -> Tags:
    """Build a typed tag map."""
    result = Tags()
    result.additional_properties.update(values)
    return result


def tag_values(client: AuthenticatedClient, hwid: str) -> dict[str, Any]:
    """Read a device's tags back as plain values."""
    body = GetTagsBody(request=GetTagsRequest(application=APP, hwid=hwid))
    answer = get_tags.sync(client=client, body=body)
    assert answer.response is not None
    return answer.response.result.to_dict()


def ok(answer: Any) -> bool:
    """Say whether an answer is a 200 envelope."""
    return getattr(answer, "status_code", None) == 200


def main() -> int:
    """Run every operation against a fresh mock; print a summary; return the exit status."""
    mock = create_app(debug=True)
    results: list[tuple[str, str, bool]] = []

    def step(
        name: str, action: Callable[[], Any], expect: Callable[[Any], bool] = lambda _: True
    ) -> Any:
        try:
            value = action()
        except errors.PushwooshError as exc:
            value = exc
        good = expect(value)
        if isinstance(value, Exception):
            shown = f"{type(value).__name__}: {value}"
        elif hasattr(value, "status_message"):
            shown = f"{value.status_code} {value.status_message}"
        else:
            shown = str(value)
        results.append((name, shown, good))
        return value

    with serve_in_thread(mock) as url:
        client = AuthenticatedClient(token=DEV_TOKEN, base_url=url)
        step(
            "registerDevice (Android, tags)",
            lambda: register_device.sync(
                client=client,
                body=RegisterDeviceBody(
                    request=RegisterDeviceRequest(
                        application=APP,
                        hwid=HWID,
                        device_type=DeviceType.ANDROID,
                        push_token="fcm-token",
                        user_id="alex",
                        language="en",
                        timezone=3600,
                        tags=tags(Level=1, Plan="free", Interests=["news"]),
                    )
                ),
            ),
            ok,
        )
        step(
            "registerDevice (SMS)",
            lambda: register_device.sync(
                client=client,
                body=RegisterDeviceBody(
                    request=RegisterDeviceRequest(
                        application=APP,
                        hwid="+15550100",
                        device_type=DeviceType.SMS,
                        user_id="alex",
                    )
                ),
            ),
            ok,
        )
        step(
            "registerUser",
            lambda: register_user.sync(
                client=client,
                body=RegisterUserBody(
                    request=RegisterUserRequest(
                        application=APP, hwid=HWID, user_id="alex", tz_offset=3600
                    )
                ),
            ),
            ok,
        )
        step(
            "setTags (plain values, delete)",
            lambda: set_tags.sync(
                client=client,
                body=SetTagsBody(
                    request=SetTagsRequest(
                        application=APP, hwid=HWID, tags=tags(Plan="gold", VIP=True, Obsolete=None)
                    )
                ),
            ),
            ok,
        )
        step(
            "setTags (increment +5, -2)",
            lambda: [
                set_tags.sync(
                    client=client,
                    body=SetTagsBody(
                        request=SetTagsRequest(
                            application=APP, hwid=HWID, tags=tags(Level=IncrementOperation(value=v))
                        )
                    ),
                )
                for v in (5, -2)
            ][-1],
            ok,
        )
        step(
            "setTags (append, remove)",
            lambda: (
                set_tags.sync(
                    client=client,
                    body=SetTagsBody(
                        request=SetTagsRequest(
                            application=APP,
                            hwid=HWID,
                            tags=tags(Interests=AppendOperation(value=["sport", "music"])),
                        )
                    ),
                )
                and set_tags.sync(
                    client=client,
                    body=SetTagsBody(
                        request=SetTagsRequest(
                            application=APP,
                            hwid=HWID,
                            tags=tags(Interests=RemoveOperation(value="news")),
                        )
                    ),
                )
            ),
            ok,
        )
        step(
            "setTags (by userId: every device)",
            lambda: set_tags.sync(
                client=client,
                body=SetTagsBody(
                    request=SetTagsRequest(application=APP, user_id="alex", tags=tags(Country="DE"))
                ),
            ),
            ok,
        )
        step(
            "getTags (by hwid)",
            lambda: tag_values(client, hwid=HWID),
            lambda t: (
                t
                == {
                    "Level": 4,
                    "Plan": "gold",
                    "VIP": True,
                    "Interests": ["sport", "music"],
                    "Country": "DE",
                }
            ),
        )
        step(
            "getTags (SMS device, by hwid)",
            lambda: tag_values(client, hwid="+15550100"),
            lambda t: t == {"Country": "DE"},
        )
        step(
            "setBadge",
            lambda: set_badge.sync(
                client=client,
                body=SetBadgeBody(request=SetBadgeRequest(application=APP, hwid=HWID, badge=3)),
            ),
            ok,
        )
        step(
            "applicationOpen",
            lambda: application_open.sync(
                client=client,
                body=ApplicationOpenBody(request=DeviceRequest(application=APP, hwid=HWID)),
            ),
            ok,
        )
        step(
            "pushStat",
            lambda: push_stat.sync(
                client=client,
                body=PushStatBody(
                    request=PushEventRequest(application=APP, hwid=HWID, hash_="HASH_TAG")
                ),
            ),
            ok,
        )
        step(
            "messageDeliveryEvent",
            lambda: message_delivery_event.sync(
                client=client,
                body=MessageDeliveryEventBody(
                    request=PushEventRequest(application=APP, hwid=HWID, hash_="HASH_TAG")
                ),
            ),
            ok,
        )
        step(
            "postEvent",
            lambda: (
                post_event.sync(
                    client=client,
                    body=PostEventBody(
                        request=PostEventRequest(
                            application=APP,
                            hwid=HWID,
                            user_id="alex",
                            event="Purchase",
                            attributes=EventAttributes.from_dict({"sum": 42, "currency": "EUR"}),
                        )
                    ),
                ).response
            ),
            lambda r: bool(getattr(r, "code", "")),
        )
        step(
            "registerEmail",
            lambda: register_email.sync(
                client=client,
                body=RegisterEmailBody(
                    request=RegisterEmailRequest(
                        application=APP, email="alex@example.com", tags=tags(Plan="gold")
                    )
                ),
            ),
            ok,
        )
        step(
            "setTags (increment a string tag: 210)",
            lambda: set_tags.sync(
                client=client,
                body=SetTagsBody(
                    request=SetTagsRequest(
                        application=APP, hwid=HWID, tags=tags(Plan=IncrementOperation(value=1))
                    )
                ),
            ),
            lambda e: isinstance(e, errors.ArgumentError) and e.status_code == 210,
        )
        mock.faults.add(Fault(operation="setBadge", status=503, retry_after=0, times=1))
        step(
            "setBadge through one injected 503 (retried)",
            lambda: set_badge.sync(
                client=client,
                body=SetBadgeBody(request=SetBadgeRequest(application=APP, hwid=HWID, badge=4)),
            ),
            ok,
        )
        step(
            "unregisterDevice (tags kept)",
            lambda: (
                unregister_device.sync(
                    client=client,
                    body=UnregisterDeviceBody(request=DeviceRequest(application=APP, hwid=HWID)),
                )
                and tag_values(client, hwid=HWID)["Plan"]
            ),
            lambda p: p == "gold",
        )
        client.get_httpx_client().close()

    width = max(len(name) for name, _, _ in results)
    print(f"pushwoosh_generated against pushwoosh_mock at {url}\n")
    for name, shown, good in results:
        print(f"  {'ok  ' if good else 'FAIL'} {name:<{width}}  {shown[:90]}")
    failed = [name for name, _, good in results if not good]
    calls = mock.journal.total
    print(
        f"\n{len(results) - len(failed)} of {len(results)} steps as expected; the mock answered {calls} calls"
    )
    mock.check_response_errors()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

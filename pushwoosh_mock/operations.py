"""What each operation does to the state, as plain functions: (store, request) -> response.

A function returns the ``response`` part of the answer (the pipeline wraps it in the envelope);
a state conflict raises ApiError from the store. Operations of the spec without a function here
answer their documented 200 example.
"""

from collections.abc import Callable, Mapping
from typing import Any

from .store import Store

Request = Mapping[str, Any]
Handler = Callable[[Store, Request], Any]


def register_device(store: Store, request: Request) -> None:
    """Create the device, or update it; apply its tags."""
    store.register_device(request)


def register_email(store: Store, request: Request) -> None:
    """Create an email device whose hwid is the address."""
    store.register_device({k: v for k, v in request.items() if k != "hwid"})


def unregister_device(store: Store, request: Request) -> None:
    """Remove the push token; the device keeps its tags."""
    store.unregister_device(request["application"], request["hwid"])


def set_tags(store: Store, request: Request) -> None:
    """Apply tag changes to the device, or (by userId alone) to the user and all their devices."""
    if "hwid" in request:
        store.set_device_tags(request["application"], request["hwid"], request["tags"])
    else:
        store.set_user_tags(request["application"], request["userId"], request["tags"])


def get_tags(store: Store, request: Request) -> dict[str, Any]:
    """Return the device's tags (hwid wins), or those set by userId."""
    if "hwid" in request:
        tags = store.device_tags(request["application"], request["hwid"])
    else:
        tags = store.user_tags(request["application"], request["userId"])
    return {"result": tags}


def set_badge(store: Store, request: Request) -> None:
    """Store the badge."""
    store.set_badge(request["application"], request["hwid"], request["badge"])


def application_open(store: Store, request: Request) -> None:
    """Record an app open of a registered device."""
    store.require_device(request["application"], request["hwid"])
    store.record_event(
        request["application"], "applicationOpen", hwid=request["hwid"], user=request.get("userId")
    )


def _push_event(kind: str) -> Handler:
    """Return the handler that records a push statistic of this kind (open or delivery)."""

    def record(store: Store, request: Request) -> None:
        store.record_event(
            request["application"],
            kind,
            hwid=request["hwid"],
            user=request.get("userId"),
            hash_=request.get("hash"),
        )

    record.__doc__ = f"Record a {kind} event, registered device or not."
    return record


push_stat = _push_event("pushStat")
message_delivery_event = _push_event("messageDeliveryEvent")


def register_user(store: Store, request: Request) -> None:
    """Link the user (the hwid when userId is empty) to the device, registered or not."""
    store.register_user(
        request["application"], request["hwid"], request.get("userId") or request["hwid"]
    )


def post_event(store: Store, request: Request) -> dict[str, Any]:
    """Record the event and return its code."""
    code = store.record_event(
        request["application"],
        "postEvent",
        hwid=request.get("hwid"),
        user=request.get("userId"),
        name=request["event"],
        attributes=request["attributes"],
    )
    return {"code": code}


HANDLERS: dict[str, Handler] = {
    "registerDevice": register_device,
    "registerEmail": register_email,
    "unregisterDevice": unregister_device,
    "setTags": set_tags,
    "getTags": get_tags,
    "setBadge": set_badge,
    "applicationOpen": application_open,
    "pushStat": push_stat,
    "messageDeliveryEvent": message_delivery_event,
    "registerUser": register_user,
    "postEvent": post_event,
}

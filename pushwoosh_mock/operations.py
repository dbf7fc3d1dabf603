"""What each operation does to the state, as plain functions: (store, request) -> response.

A function returns the ``response`` part of the answer (the pipeline wraps it in the envelope);
a state conflict raises ApiError from the store. Every operation of the spec has its function: a
spec operation missing here stops the mock at start-up.
"""

import time
from collections.abc import Callable, Mapping
from typing import Any

from . import messages, segments
from .errors import argument_error
from .records import account_of
from .segments import compile_filter
from .store import EMAIL_DEVICE_TYPE, Store

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


# ---- the other methods the official SDKs call -------------------------------------------

SMS_DEVICE_TYPE = 18
WHATSAPP_DEVICE_TYPE = 21
MULTI_REGISTER_OPERATIONS = {1: "append", 2: "remove", 3: "increment"}
"""multiRegisterDevice's numbered tag operations (0 sets the value) in setTags' names."""
SEEDED = frozenset(
    {
        "getInApps",
        "getInboxMessages",
        "getConfig",
        "getNearestZone",
        "getPopupForms",
        "getPopupFormContent",
    }
)
"""Reads that answer seeded data: the documented example until a test seeds its own."""


def _tag_change(name: str, change: Mapping[str, Any]) -> Any:
    """Translate one multiRegisterDevice tag operation into setTags' form (tags.py applies it)."""
    operation = change["operation"]
    value = change["values"] if "values" in change else change.get("value")
    if operation == 0:
        return value
    if operation == 3:
        try:
            value = int(value) if isinstance(value, str) else value
        except ValueError:
            value = None
        if isinstance(value, bool) or not isinstance(value, int):
            raise argument_error(f"tag {name!r}: increment (operation 3) needs an integer value")
    elif value is None:
        raise argument_error(f"tag {name!r}: operation {operation} needs `value` or `values`")
    elif operation == 1 and isinstance(value, str | int):
        value = [str(value)]
    elif operation == 2 and isinstance(value, int):
        value = str(value)
    return {"operation": MULTI_REGISTER_OPERATIONS[operation], "value": value}


def register_email_user(store: Store, request: Request) -> None:
    """Register an email subscriber (hwid: the address) for a user."""
    store.register_device(
        {
            "application": request["application"],
            "email": request["email"],
            "userId": request["userId"],
        }
    )


def set_email_tags(store: Store, request: Request) -> None:
    """Apply tag changes to an email subscriber."""
    store.set_device_tags(request["application"], request["email"], request["tags"])


def delete_device(store: Store, request: Request) -> None:
    """Delete the device and its tags."""
    store.delete_device(request["application"], request["hwid"])


def check_device(store: Store, request: Request) -> dict[str, Any]:
    """Say whether the device exists and has a push token."""
    exists, has_token = store.check_device(request["application"], request["hwid"])
    return {"exist": exists, "push_token_exist": has_token}


def merge_user(store: Store, request: Request) -> None:
    """Move the old user's devices, tags (and events, with merge) to the new user."""
    store.merge_user(
        request["application"],
        request["oldUserId"],
        request["newUserId"],
        move_events=request["merge"],
    )


def multi_register_device(store: Store, request: Request) -> None:
    """Register the user's email, SMS and WhatsApp channels and push devices in one transaction."""
    devices: list[dict[str, Any]] = []
    common = {k: request[k] for k in ("language", "timezone") if k in request}
    if "email" in request:
        devices.append(
            {"hwid": request["email"], "device_type": EMAIL_DEVICE_TYPE, "email": request["email"]}
        )
    if "sms_phone_number" in request:
        devices.append({"hwid": request["sms_phone_number"], "device_type": SMS_DEVICE_TYPE})
    if "whatsapp_phone_number" in request:
        number = request["whatsapp_phone_number"]
        devices.append({"hwid": f"whatsapp:{number}", "device_type": WHATSAPP_DEVICE_TYPE})
    for device in request.get("push_devices", []):
        devices.append({**device, "device_type": device["platform"]})
    changes = {name: _tag_change(name, change) for name, change in request.get("tags", {}).items()}
    store.register_devices(
        request["application"], request.get("user_id"), [{**common, **d} for d in devices], changes
    )
    store.record_event(
        request["application"],
        "multiRegisterDevice",
        user=request.get("user_id"),
        attributes=request,
    )


def _device_fields(*names: str) -> Handler:
    """Return the handler that stores these request fields on a registered device."""

    def store_fields(store: Store, request: Request) -> None:
        fields = {name: request.get(name) for name in names}
        store.set_device_fields(request["application"], request["hwid"], fields)

    store_fields.__doc__ = f"Store {', '.join(names)} on the device (null clears)."
    return store_fields


def create_test_device(store: Store, request: Request) -> None:
    """Mark the device as a test device with its name and description."""
    fields = {
        "test_device": True,
        "test_name": request["name"],
        "test_description": request["description"],
    }
    store.set_device_fields(request["application"], request["hwid"], fields)


def _recorded(kind: str) -> Handler:
    """Return the handler that records the call as an event, registered device or not."""

    def record(store: Store, request: Request) -> None:
        store.record_event(
            request["application"],
            kind,
            hwid=request.get("hwid"),
            user=request.get("userId"),
            attributes=request,
        )

    record.__doc__ = f"Record a {kind} event, registered device or not (as pushStat)."
    return record


def _seeded(operation: str) -> Handler:
    """Return the handler that answers the seeded data."""

    def answer(store: Store, request: Request) -> Any:
        return store.seed(operation)

    answer.__doc__ = f"Answer {operation} with the seeded data (MockServer.seed), for any device."
    return answer


def get_nearest_zone(store: Store, request: Request) -> Any:
    """Store the device's location and answer the seeded nearest zone."""
    store.set_device_fields(
        request["application"], request["hwid"], {"lat": request["lat"], "lng": request["lng"]}
    )
    return store.seed("getNearestZone")


# ---- the Remote API: messages, segments and tag definitions --------------------------------
# Messages and segments belong to the account of the server token in ``auth`` (records.py).


def create_message(store: Store, request: Request) -> dict[str, Any]:
    """Create one message per notification, reaching the devices its targeting selects."""
    return messages.create_messages(
        store, request["auth"], request.get("application"), request["notifications"]
    )


def create_targeted_message(store: Store, request: Request) -> dict[str, Any]:
    """Create one message for the devices the ``devices_filter`` expression selects."""
    return messages.create_targeted_message(store, request)


def delete_message(store: Store, request: Request) -> None:
    """Delete a scheduled message: it is never sent."""
    store.delete_message(account_of(request["auth"]), request["message"], time.time())


def get_message_details(store: Store, request: Request) -> dict[str, Any]:
    """Say what the mock knows of a message."""
    return messages.message_details(store, request["auth"], request["message"])


def create_filter(store: Store, request: Request) -> dict[str, Any]:
    """Create a segment from its ``filter_expression``, or from ``conditions`` joined by
    ``operator`` (the older page's form), checked now as a later send would check it."""
    expression = request.get("filter_expression") or segments.from_conditions(
        request.get("conditions"), request.get("operator", "AND")
    )
    compile_filter(expression, "filter_expression")
    store.add_filter(
        account_of(request["auth"]),
        request["name"],
        expression,
        request.get("application"),
        request.get("expiration_date"),
    )
    return {"name": request["name"]}


def list_filters(store: Store, request: Request) -> dict[str, Any]:
    """List the account's segments (of the application, when given)."""
    return {"filters": store.filters(account_of(request["auth"]), request.get("application"))}


def delete_filter(store: Store, request: Request) -> None:
    """Delete one of the account's segments."""
    store.delete_filter(account_of(request["auth"]), request["name"])


def add_tag(store: Store, request: Request) -> dict[str, Any]:
    """Define a tag of a type (1 integer … 7 version)."""
    tag = request["tag"]
    store.add_tag(
        tag["name"],
        tag["type"],
        user_specific=bool(tag.get("user_specific", False)),
        application_specific=bool(tag.get("application_specific", False)),
    )
    return {"result": True}


def list_tags(store: Store, request: Request) -> dict[str, Any]:
    """List the defined tags."""
    return {"tags": store.tag_definitions()}


def delete_tag(store: Store, request: Request) -> dict[str, Any]:
    """Remove a tag's definition and its values from every device and user."""
    store.delete_tag(request["tag"]["name"])
    return {"result": True}


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
    "registerEmailUser": register_email_user,
    "setEmailTags": set_email_tags,
    "deleteDevice": delete_device,
    "checkDevice": check_device,
    "mergeUser": merge_user,
    "multiRegisterDevice": multi_register_device,
    "setMADID": _device_fields("madid"),
    "createTestDevice": create_test_device,
    "setActivityToken": _device_fields("activity_token", "activity_id"),
    "setActivityPushToStartToken": _device_fields("activity_push_to_start_token"),
    "setPurchase": _recorded("setPurchase"),
    "inboxStatus": _recorded("inboxStatus"),
    "triggerInAppAction": _recorded("triggerInAppAction"),
    "richMediaAction": _recorded("richMediaAction"),
    "pageVisit": _recorded("pageVisit"),
    "applicationEvent": _recorded("applicationEvent"),
    "recordPopupFormEvent": _recorded("recordPopupFormEvent"),
    "getNearestZone": get_nearest_zone,
    "createMessage": create_message,
    "createTargetedMessage": create_targeted_message,
    "deleteMessage": delete_message,
    "getMessageDetails": get_message_details,
    "createFilter": create_filter,
    "listFilters": list_filters,
    "deleteFilter": delete_filter,
    "addTag": add_tag,
    "listTags": list_tags,
    "deleteTag": delete_tag,
    **{operation: _seeded(operation) for operation in sorted(SEEDED - {"getNearestZone"})},
}

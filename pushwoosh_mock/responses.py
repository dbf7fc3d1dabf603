"""What each operation does, as plain functions ``(backend, request) -> response``: each translates
the request's fields into backend calls and returns the ``response`` part of the answer (the API
pipeline wraps it in the envelope). The rules are the backend's; a state conflict raises ApiError
there. Every operation of the spec has its function: one missing here stops the mock at start-up.
Also here: what a seeded read may be seeded with.
"""

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .backend import Backend, account_of
from .backend.seeds import SEEDED
from .envelope import envelope
from .errors import ApiError
from .spec import Spec

Request = Mapping[str, Any]
Handler = Callable[[Backend, Request], Any]


def register_device(backend: Backend, request: Request) -> None:
    """Create the device, or update it; apply its tags."""
    backend.register_device(request)


def register_email(backend: Backend, request: Request) -> None:
    """Create an email device whose hwid is the address."""
    backend.register_device({k: v for k, v in request.items() if k != "hwid"})


def unregister_device(backend: Backend, request: Request) -> None:
    """Remove the push token; the device keeps its tags."""
    backend.unregister_device(request["application"], request["hwid"])


def set_tags(backend: Backend, request: Request) -> None:
    """Apply tag changes to the device, or (by userId alone) to the user and all their devices."""
    if "hwid" in request:
        backend.set_device_tags(request["application"], request["hwid"], request["tags"])
    else:
        backend.set_user_tags(request["application"], request["userId"], request["tags"])


def get_tags(backend: Backend, request: Request) -> dict[str, Any]:
    """Return the device's tags (hwid wins), or those set by userId."""
    if "hwid" in request:
        tags = backend.device_tags(request["application"], request["hwid"])
    else:
        tags = backend.user_tags(request["application"], request["userId"])
    return {"result": tags}


def set_badge(backend: Backend, request: Request) -> None:
    """Store the badge."""
    backend.set_badge(request["application"], request["hwid"], request["badge"])


def application_open(backend: Backend, request: Request) -> None:
    """Record an app open of a registered device."""
    backend.require_device(request["application"], request["hwid"])
    backend.record_event(
        request["application"], "applicationOpen", hwid=request["hwid"], user=request.get("userId")
    )


def _push_event(kind: str) -> Handler:
    """Return the handler that records a push statistic of this kind (open or delivery)."""

    def record(backend: Backend, request: Request) -> None:
        backend.record_event(
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


def register_user(backend: Backend, request: Request) -> None:
    """Link the user (the hwid when userId is empty) to the device, registered or not."""
    backend.register_user(
        request["application"], request["hwid"], request.get("userId") or request["hwid"]
    )


def post_event(backend: Backend, request: Request) -> dict[str, Any]:
    """Record the event (with ``--strict-events``, one createEvent defined) and return its code."""
    backend.require_event(request["application"], request["event"])
    code = backend.record_event(
        request["application"],
        "postEvent",
        hwid=request.get("hwid"),
        user=request.get("userId"),
        name=request["event"],
        attributes=request["attributes"],
    )
    return {"code": code}


# ---- the other methods the official SDKs call -------------------------------------------


def register_email_user(backend: Backend, request: Request) -> None:
    """Register an email subscriber (hwid: the address) for a user."""
    backend.register_device(
        {
            "application": request["application"],
            "email": request["email"],
            "userId": request["userId"],
        }
    )


def set_email_tags(backend: Backend, request: Request) -> None:
    """Apply tag changes to an email subscriber."""
    backend.set_device_tags(request["application"], request["email"], request["tags"])


def delete_device(backend: Backend, request: Request) -> None:
    """Delete the device and its tags."""
    backend.delete_device(request["application"], request["hwid"])


def check_device(backend: Backend, request: Request) -> dict[str, Any]:
    """Say whether the device exists and has a push token."""
    exists, has_token = backend.check_device(request["application"], request["hwid"])
    return {"exist": exists, "push_token_exist": has_token}


def merge_user(backend: Backend, request: Request) -> None:
    """Move the old user's devices, tags (and events, with merge) to the new user."""
    backend.merge_user(
        request["application"],
        request["oldUserId"],
        request["newUserId"],
        move_events=request["merge"],
    )


def multi_register_device(backend: Backend, request: Request) -> None:
    """Register the user's email, SMS and WhatsApp channels and push devices in one transaction."""
    backend.multi_register(request)


def _device_fields(*names: str) -> Handler:
    """Return the handler that stores these request fields on a registered device."""

    def store_fields(backend: Backend, request: Request) -> None:
        fields = {name: request.get(name) for name in names}
        backend.set_device_fields(request["application"], request["hwid"], fields)

    store_fields.__doc__ = f"Store {', '.join(names)} on the device (null clears)."
    return store_fields


def create_test_device(backend: Backend, request: Request) -> None:
    """Mark the device (by hwid, or by push token and device type) as a test device with its name
    and description."""
    backend.mark_test_device(request)


def _recorded(kind: str) -> Handler:
    """Return the handler that records the call as an event, registered device or not."""

    def record(backend: Backend, request: Request) -> None:
        backend.record_event(
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

    def answer(backend: Backend, request: Request) -> Any:
        return backend.seed(operation)

    answer.__doc__ = f"Answer {operation} with the seeded data (MockServer.seed), for any device."
    return answer


def get_nearest_zone(backend: Backend, request: Request) -> Any:
    """Store the device's location and answer the application's geozones nearest first (``more:
    1``) or the nearest one; the seeded answer when the application has none."""
    return backend.nearest_zones(
        request["application"],
        request["hwid"],
        request["lat"],
        request["lng"],
        listed=request.get("more") == 1,
    )


# ---- the Remote API: messages, segments and tag definitions --------------------------------
# Messages and segments belong to the account of the server token in ``auth``.


def create_message(backend: Backend, request: Request) -> dict[str, Any]:
    """Create one message per notification, reaching the devices its targeting selects."""
    return backend.create_messages(
        account_of(request["auth"]), request.get("application"), request["notifications"]
    )


def create_targeted_message(backend: Backend, request: Request) -> dict[str, Any]:
    """Create one message for the devices the ``devices_filter`` expression selects."""
    return backend.create_targeted_message(account_of(request["auth"]), request)


def delete_message(backend: Backend, request: Request) -> None:
    """Delete a scheduled message: it is never sent."""
    backend.delete_message(account_of(request["auth"]), request["message"], time.time())


def get_message_details(backend: Backend, request: Request) -> dict[str, Any]:
    """Say what the mock knows of a message."""
    return backend.message_details(account_of(request["auth"]), request["message"])


def cancel_message(backend: Backend, request: Request) -> None:
    """Cancel a scheduled message: it is never sent."""
    backend.cancel_message(account_of(request["auth"]), request["message"], time.time())


def get_push_history(backend: Backend, request: Request) -> dict[str, Any]:
    """A page of the account's messages, newest first, below ``lastNotificationID``."""
    rows = backend.push_history(
        account_of(request["auth"]),
        int(request.get("lastNotificationID") or 0),
        request.get("searchBy"),
        request.get("value"),
    )
    return {"rows": rows}


# ---- statistics: scheduled requests and getResults ------------------------------------------


def _scheduled(operation: str) -> Handler:
    """Return the handler that starts a scheduled statistics request and answers its id."""

    def start(backend: Backend, request: Request) -> dict[str, Any]:
        return {"request_id": backend.start_job(account_of(request["auth"]), operation, request)}

    start.__doc__ = f"Schedule a {operation} request; getResults answers its result."
    return start


def get_results(backend: Backend, request: Request) -> Any:
    """The result of a scheduled request, once it is ready."""
    return backend.job_result(account_of(request["auth"]), request["request_id"])


def get_application_subscribers_stats(backend: Backend, request: Request) -> dict[str, Any]:
    """The application's reachable devices by type."""
    return backend.subscribers(request["application"])


def create_filter(backend: Backend, request: Request) -> dict[str, Any]:
    """Create a segment from its ``filter_expression``, or from ``conditions`` joined by
    ``operator`` (the older page's form)."""
    backend.create_filter(
        account_of(request["auth"]),
        request["name"],
        expression=request.get("filter_expression"),
        conditions=request.get("conditions"),
        operator=request.get("operator", "AND"),
        application=request.get("application"),
        expiration_date=request.get("expiration_date"),
    )
    return {"name": request["name"]}


def list_filters(backend: Backend, request: Request) -> dict[str, Any]:
    """List the account's segments (of the application, when given)."""
    return {"filters": backend.filters(account_of(request["auth"]), request.get("application"))}


def delete_filter(backend: Backend, request: Request) -> None:
    """Delete one of the account's segments."""
    backend.delete_filter(account_of(request["auth"]), request["name"])


def add_tag(backend: Backend, request: Request) -> dict[str, Any]:
    """Define a tag of a type (1 integer … 7 version)."""
    tag = request["tag"]
    backend.add_tag(
        tag["name"],
        tag["type"],
        user_specific=bool(tag.get("user_specific", False)),
        application_specific=bool(tag.get("application_specific", False)),
    )
    return {"result": True}


def list_tags(backend: Backend, request: Request) -> dict[str, Any]:
    """List the defined tags."""
    return {"tags": backend.tag_definitions()}


def delete_tag(backend: Backend, request: Request) -> dict[str, Any]:
    """Remove a tag's definition and its values from every device and user."""
    backend.delete_tag(request["tag"]["name"])
    return {"result": True}


# ---- the Audience API: bulk tags, bulk registration, segment exports ---------------------------


def bulk_set_tags(backend: Backend, request: Request) -> dict[str, Any]:
    """Start a job that sets each device's tags; its status reads it."""
    job = backend.start_job(account_of(request["auth"]), "bulkSetTags", request)
    return {"request_id": job, "status": "Pending"}


def get_bulk_set_tags_status(backend: Backend, request: Request) -> dict[str, Any]:
    """A bulkSetTags job of the account: pending, or its counts (and, detailed, its errors)."""
    job = backend.job(account_of(request["auth"]), request["request_id"])
    if job is None:
        raise ApiError(404, "request not found")
    answer: dict[str, Any] = {"request_id": request["request_id"]}
    if job["status"] == "pending":
        return {**answer, "status": "Pending", "devices": len(job["request"]["devices"])}
    if job["status"] == "failed":  # a test asked for it: nothing was applied
        devices = len(job["request"]["devices"])
        return {**answer, "status": "Failed", "devices": devices, "applied": 0, "failed": devices}
    result = dict(job["result"])
    if request.get("detailed") is not True:
        result.pop("errors", None)
    return {**answer, **result}


def bulk_register_device(backend: Backend, request: Request) -> None:
    """Register every device at once."""
    backend.bulk_register(request)


def export_segment(backend: Backend, request: Request) -> dict[str, Any]:
    """Start a job that exports the devices the segment selects when it runs."""
    account = account_of(request["auth"])
    backend.check_export(account, request)
    return {"task_id": backend.start_job(account, "exportSegment", request)}


def get_export_segment_result(backend: Backend, request: Request) -> dict[str, Any]:
    """An export of the account: in progress, failed, or done with its count and file link."""
    job = backend.job(account_of(request["auth"]), str(request["task_id"]))
    if job is None:
        raise ApiError(404, "task not found")
    if job["status"] == "pending":
        return {"status": "in-progress", "progress": 0}
    if job["status"] == "failed":
        return {"status": "failed"}
    return dict(job["result"])


# ---- the Remote API's administration: applications, presets and campaigns -------------------
# Each belongs to the account of the server token in ``auth``; the rules are the backend's
# (``backend.created_applications``, ``backend.presets``, ``backend.campaigns``).

APPLICATION_SETTINGS = ("title", "icon", "authorize_all_tokens", "sdk_ios", "sdk_android")
"""The request fields createApplication and updateApplication store."""


def _settings(request: Request) -> dict[str, Any]:
    return {name: request[name] for name in APPLICATION_SETTINGS if name in request}


def create_application(backend: Backend, request: Request) -> dict[str, Any]:
    """Create an application of the account and answer its code."""
    code = backend.create_application(account_of(request["auth"]), _settings(request))
    return {"application": code}


def get_application(backend: Backend, request: Request) -> dict[str, Any]:
    """Answer the settings of an application the account created."""
    details = backend.application_details(account_of(request["auth"]), request["application"])
    return {"application": details}


def get_applications(backend: Backend, request: Request) -> dict[str, Any]:
    """A page of the account's applications (``page`` from 0)."""
    return backend.applications_page(account_of(request["auth"]), request.get("page", 0))


def update_application(backend: Backend, request: Request) -> None:
    """Set the title, icon or SDKs given."""
    backend.update_application(
        account_of(request["auth"]), request["application"], _settings(request)
    )


def delete_application(backend: Backend, request: Request) -> None:
    """Delete an application of the account: every later call naming it is refused."""
    backend.delete_application(account_of(request["auth"]), request["application"])


def configure_application(backend: Backend, request: Request) -> dict[str, Any]:
    """Set up one platform and answer the configured ones (or the iOS set-up's next step)."""
    return backend.configure_application(
        account_of(request["auth"]), request["application"], request
    )


def get_unregistered_devices(backend: Backend, request: Request) -> list[dict[str, Any]]:
    """The application's devices unregistered with unregisterDevice."""
    return backend.unregistered_devices(request["application"])


def create_preset(backend: Backend, request: Request) -> None:
    """Store a preset of the account (the answer carries no code: listPresets shows it)."""
    backend.create_preset(account_of(request["auth"]), request)


def get_preset(backend: Backend, request: Request) -> dict[str, Any]:
    """Answer a preset of the account by its code."""
    return {"preset": backend.preset(account_of(request["auth"]), request["preset_code"])}


def list_presets(backend: Backend, request: Request) -> dict[str, Any]:
    """The account's presets of the application, without paging."""
    return {"presets": backend.presets(account_of(request["auth"]), request["application"])}


def delete_preset(backend: Backend, request: Request) -> None:
    """Delete a preset of the account."""
    backend.delete_preset(account_of(request["auth"]), request["preset_code"])


def create_campaign(backend: Backend, request: Request) -> dict[str, Any]:
    """Create a campaign of the application and answer its code."""
    code = backend.create_campaign(
        account_of(request["auth"]),
        request["application"],
        request["name"],
        request.get("description"),
    )
    return {"campaign": code}


def get_campaigns(backend: Backend, request: Request) -> dict[str, Any]:
    """A page of the application's campaigns and the next page's cursor (none on the last)."""
    return backend.campaigns_page(
        account_of(request["auth"]),
        request["application"],
        request.get("cursor"),
        request.get("limit"),
    )


def delete_campaign(backend: Backend, request: Request) -> None:
    """Delete a campaign of the account."""
    backend.delete_campaign(account_of(request["auth"]), request["campaign"])


# ---- the other channels and iOS Live Activities -------------------------------------------------
# Email, SMS, WhatsApp, Kakao and LINE messages are createMessage's messages on another channel
# (``backend.channels``); Live Activities are pushes the backend records (``live_activities``).


def _channel(name: str) -> Handler:
    """Return the handler that sends one message of the channel per notification."""

    def send(backend: Backend, request: Request) -> dict[str, Any]:
        return {"Messages": backend.send_channel(account_of(request["auth"]), name, request)}

    send.__doc__ = (
        f"Send one {name} message per notification to the channel's devices; their codes."
    )
    return send


def create_email_message(backend: Backend, request: Request) -> None:
    """Send one email per notification to the email subscribers it targets (the code is kept,
    not answered)."""
    backend.send_channel(account_of(request["auth"]), "email", request)


def delete_email(backend: Backend, request: Request) -> None:
    """Remove the email subscriber; none is left so."""
    backend.delete_email(request["application"], request["email"])


def start_live_activity(backend: Backend, request: Request) -> dict[str, Any]:
    """Start each notification's Live Activity; the messages' codes."""
    account = account_of(request["auth"])
    codes = backend.start_live_activities(account, request["application"], request["notifications"])
    return {"Messages": codes}


def update_live_activity(backend: Backend, request: Request) -> dict[str, Any]:
    """Update or end each notification's Live Activity; the messages' codes."""
    account = account_of(request["auth"])
    codes = backend.update_live_activities(
        account, request["application"], request["notifications"]
    )
    return {"Messages": codes}


# ---- the Remote API: geozones, test devices and events --------------------------------------
# Geozones, test devices and events belong to the application (getNearestZone, a Device API
# call, reads the zones by application alone); the rules are the backend's (``backend.geozones``,
# ``backend.testdevices``, ``backend.event_definitions``).


def add_geo_zone(backend: Backend, request: Request) -> dict[str, Any]:
    """Store the zones; answer their ids in the request's order."""
    return {"GeoZones": backend.add_geozones(request["application"], request["geozones"])}


def update_geo_zone(backend: Backend, request: Request) -> None:
    """Change the fields each zone change gives."""
    backend.update_geozones(request["application"], request["geozones"])


def delete_geo_zone(backend: Backend, request: Request) -> None:
    """Delete the zones."""
    backend.delete_geozones(request["application"], request["geozones"])


def list_geo_zones(backend: Backend, request: Request) -> dict[str, Any]:
    """The application's zones, by cluster."""
    return {"clusters": backend.geozones(request["application"])}


def add_geo_zone_cluster(backend: Backend, request: Request) -> dict[str, Any]:
    """Create a cluster; answer its code."""
    code = backend.add_geozone_cluster(
        request["application"], request["name"], request.get("cooldown")
    )
    return {"GeoZoneCluster": code}


def delete_geo_zone_cluster(backend: Backend, request: Request) -> None:
    """Delete a cluster; its zones stay, without a cluster."""
    backend.delete_geozone_cluster(request["application"], request["geoZoneCluster"])


def list_geo_zone_clusters(backend: Backend, request: Request) -> dict[str, Any]:
    """The application's clusters, each with the number of its zones."""
    return {"clusters": backend.geozone_clusters(request["application"])}


def list_test_devices(backend: Backend, request: Request) -> dict[str, Any]:
    """The application's test devices."""
    return {"TestDevices": backend.test_devices(request["application"])}


def create_event(backend: Backend, request: Request) -> dict[str, Any]:
    """Define an event of the application; answer its id."""
    return {"event": backend.define_event(request["application"], request)}


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
    "cancelMessage": cancel_message,
    "getPushHistory": get_push_history,
    "getResults": get_results,
    "getApplicationSubscribersStats": get_application_subscribers_stats,
    **{
        operation: _scheduled(operation)
        for operation in (
            "getMsgStats",
            "getMsgPlatformsStats",
            "getAppStats",
            "getCampaignStats",
            "getEventStatistics",
        )
    },
    "createFilter": create_filter,
    "listFilters": list_filters,
    "deleteFilter": delete_filter,
    "addTag": add_tag,
    "listTags": list_tags,
    "deleteTag": delete_tag,
    "bulkSetTags": bulk_set_tags,
    "getBulkSetTagsStatus": get_bulk_set_tags_status,
    "bulkRegisterDevice": bulk_register_device,
    "exportSegment": export_segment,
    "getExportSegmentResult": get_export_segment_result,
    **{operation: _seeded(operation) for operation in sorted(SEEDED - {"getNearestZone"})},
}
HANDLERS.update(
    {
        "createApplication": create_application,
        "getApplication": get_application,
        "getApplications": get_applications,
        "updateApplication": update_application,
        "deleteApplication": delete_application,
        "configureApplication": configure_application,
        "getUnregisteredDevices": get_unregistered_devices,
        "createPreset": create_preset,
        "getPreset": get_preset,
        "listPresets": list_presets,
        "deletePreset": delete_preset,
        "createCampaign": create_campaign,
        "getCampaigns": get_campaigns,
        "deleteCampaign": delete_campaign,
        "createEmailMessage": create_email_message,
        "deleteEmail": delete_email,
        "createSMSMessage": _channel("sms"),
        "createWhatsAppMessage": _channel("whatsapp"),
        "createKakaoMessage": _channel("kakao"),
        "createLineMessage": _channel("line"),
        "startLiveActivity": start_live_activity,
        "updateLiveActivity": update_live_activity,
        "addGeoZone": add_geo_zone,
        "updateGeoZone": update_geo_zone,
        "deleteGeoZone": delete_geo_zone,
        "listGeoZones": list_geo_zones,
        "addGeoZoneCluster": add_geo_zone_cluster,
        "deleteGeoZoneCluster": delete_geo_zone_cluster,
        "listGeoZoneClusters": list_geo_zone_clusters,
        "listTestDevices": list_test_devices,
        "createEvent": create_event,
    }
)


# ---- Statistics v2 and Messaging v2 ----------------------------------------------------------
# The server token comes from the Authorization header (``auth``); the rules are the backend's
# (``backend.statistics_v2``, ``backend.messaging_v2``, ``Messages.notify``).


def list_messages(backend: Backend, request: Request) -> dict[str, Any]:
    """messages:list: a page of the account's messages of the application, newest first,
    with their details and per-platform counts when asked."""
    return backend.list_messages(account_of(request["auth"]), request)


def totals_by_intervals(backend: Backend, request: Request) -> dict[str, Any]:
    """A message's counts by hour and platform (as strings) and its conversion."""
    return backend.totals_by_intervals(
        account_of(request["auth"]), request["message_code"], request.get("platforms")
    )


def get_message_log(backend: Backend, request: Request) -> dict[str, Any]:
    """A page of sent, delivered and opened rows of the account's messages, and the next
    page's token."""
    return backend.message_log(account_of(request["auth"]), request)


def notify(backend: Backend, request: Request) -> dict[str, Any]:
    """Send or schedule one message to a segment or to listed users, hwids or push tokens."""
    code, unknown = backend.notify(account_of(request["auth"]), request)
    return {"result": {"message_code": code, "unknown_identifiers": unknown}}


def cancel_notification(backend: Backend, request: Request) -> None:
    """Cancel a message of the account while it waits."""
    backend.cancel_notification(account_of(request["auth"]), request["message_code"])


HANDLERS.update(
    {
        "listMessages": list_messages,
        "totalsByIntervals": totals_by_intervals,
        "getMessageLog": get_message_log,
        "notify": notify,
        "cancelNotification": cancel_notification,
    }
)


# ---- the Customer Journey API ---------------------------------------------------------------
# The server token comes from the Authorization header (``auth``); the journey is named by the
# path's ``id`` or the body's ``uuid``; the rules are the backend's (``backend.journeys``).


def get_journey_statistics(backend: Backend, request: Request) -> dict[str, Any]:
    """A journey's title and its points' counts."""
    return {"payload": backend.journey_statistics(account_of(request["auth"]), request["id"])}


def start_journey_for_users(backend: Backend, request: Request) -> dict[str, Any]:
    """Enter users, hwids or a filter's devices into a running journey."""
    request_uuid = backend.start_journey_for_users(
        account_of(request["auth"]), request["id"], request["payload"]
    )
    return {"request_uuid": request_uuid}


def drop_journey_users(backend: Backend, request: Request) -> None:
    """Drop users from the listed journeys, or from all the account's."""
    every = request.get("all_journeys") is True
    backend.drop_journey_users(
        account_of(request["auth"]),
        list(request["user_ids"]),
        None if every else list(request.get("journey_uuids") or ()),
    )


def _journey_action(action: str) -> Handler:
    """Return the handler of a lifecycle action: the journey in its new state."""

    def act(backend: Backend, request: Request) -> dict[str, Any]:
        return backend.journey_action(account_of(request["auth"]), request["uuid"], action)

    act.__doc__ = f"The lifecycle's {action}: move the journey, answer it in its new state."
    return act


HANDLERS.update(
    {
        "getJourneyStatistics": get_journey_statistics,
        "startJourneyForUsers": start_journey_for_users,
        "dropJourneyUsers": drop_journey_users,
        "startJourney": _journey_action("start"),
        "pauseJourney": _journey_action("pause"),
        "finishJourney": _journey_action("finish"),
        "draftJourney": _journey_action("draft"),
        "archiveJourney": _journey_action("archive"),
    }
)


# ---- the seeded reads ---------------------------------------------------------------------


def check_seed(spec: Spec, operation: str, response: Any) -> None:
    """Raise ValueError unless ``response`` may be what a seeded read answers: the `response`
    member of the operation's documented 200 answer."""
    if operation not in SEEDED:
        raise ValueError(
            f"operation: expected one of {', '.join(sorted(SEEDED))}, got {operation!r}"
        )
    validator = spec.operations[operation].responses[200]
    answer = envelope(200, response=response)
    if not validator.is_valid(answer):
        problems = "; ".join(error.message for error in validator.iter_errors(answer))
        raise ValueError(f"response: not a documented {operation} answer: {problems}")


def seed_defaults(spec: Spec, backend: Backend, server_tokens: Iterable[str] = ()) -> None:
    """Seed each seeded read with its documented example, and each server token's account with
    the seeded journey, keeping what a state file holds."""
    for operation in sorted(SEEDED):
        example = spec.operations[operation].examples[200]
        backend.set_seed(operation, example["response"], replace=False)
    for token in sorted(server_tokens):
        backend.seed_journey(account_of(token))

"""The mock's state and rules, as moto's backends hold them: one module per kind of thing, each the
only writer of its SQL tables, composed here.

``Backend`` is what the operations (``responses``), the control routes and tests call. A change of
one table is its module's; a change of several (mergeUser, setTags by userId, multiRegisterDevice,
deleteDevice, deleteTag, registerUser, reset) calls each table's own writes in one transaction,
every change computed before the first write.
"""

import contextlib
import hashlib
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pushwoosh_spec.facts import enum_names

from ..errors import ApiError, argument_error
from . import (
    applications,
    audience,
    campaigns,
    created_applications,
    devices,
    event_definitions,
    events,
    geozones,
    jobs,
    journeys,
    live_activities,
    messages,
    messaging_v2,
    platform_names,
    presets,
    seeds,
    segments,
    statistics,
    statistics_v2,
    tag_definitions,
    testdevices,
    users,
)
from .applications import Applications
from .audience import Exports
from .campaigns import Campaigns
from .channels import Channels
from .created_applications import CreatedApplications
from .database import Database, StateFileError
from .devices import Devices
from .event_definitions import EventDefinitions
from .events import Events
from .geozones import Geozones
from .jobs import Jobs
from .journeys import Journeys
from .live_activities import LiveActivities
from .messages import Messages
from .presets import Presets
from .seeds import Seeds
from .segments import Segments
from .tag_definitions import TagDefinitions
from .tags import Tags, apply_changes, from_numbered, numbered_operations
from .users import Users

__all__ = ["EXPORTS_PATH", "Backend", "StateFileError", "account_of"]

EXPORTS_PATH = "/exports/"
"""Where the mock serves an export's file (a link relative to the host the call came to)."""

TABLES = (
    applications.create,
    devices.create,
    users.create,
    seeds.create,
    events.create,
    messages.create,
    segments.create,
    tag_definitions.create,
    jobs.create,
    audience.create,
    created_applications.create,
    presets.create,
    campaigns.create,
    live_activities.create,
    geozones.create,
    event_definitions.create,
    journeys.create,
)
"""Each table module's ``create``, in the order a database is made."""


def account_of(server_token: str) -> str:
    """The account a server token stands for, as the state keeps it (a digest, not the token):
    messages and segments belong to it."""
    return hashlib.sha256(server_token.encode()).hexdigest()[:16]


class Backend:
    """Devices, users, tags, events, seeds, messages, segments and tag definitions of every
    application, in one SQLite database (``path`` None: in memory); ``document`` is the spec,
    which names the device types, the platforms and the numbered tag operations."""

    def __init__(self, path: Path | None, document: Mapping[str, Any]) -> None:
        self.path = path
        self._db = Database(path, TABLES)
        self._applications = Applications(self._db)
        self._devices = Devices(
            self._db, {name: number for number, name in enum_names(document, "DeviceType").items()}
        )
        self._users = Users(self._db)
        self._events = Events(self._db)
        self._seeds = Seeds(self._db)
        self._segments = Segments(self._db, document)
        self._messages = Messages(self._db, self._devices, self._segments)
        self._tag_definitions = TagDefinitions(self._db)
        self._jobs = Jobs(self._db)
        self._exports = Exports(self._db)
        self._created_applications = CreatedApplications(self._db)
        self._presets = Presets(self._db)
        self._campaigns = Campaigns(self._db)
        self._messages.presets = self._preset_fields
        self._channels = Channels(self._devices, self._messages)
        self._live_activities = LiveActivities(self._db, self._devices, self._messages)
        self._geozones, self._event_definitions = Geozones(self._db), EventDefinitions(self._db)
        self._journeys = Journeys(self._db)
        self._type_names = enum_names(document, "DeviceType")
        self._numbered = numbered_operations(document)
        self.job_delay = 1.0
        """Seconds a job stays pending (``--job-delay``)."""
        self._platform_names = platform_names.table(document)
        """Statistics v2's and Messaging v2's platform names, with their device types."""
        self.strict_events = False
        """postEvent takes only the events createEvent defined (``--strict-events``)."""

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def size_bytes(self) -> int:
        """How many bytes the database takes (pages in use or free)."""
        return self._db.size_bytes()

    # ---- applications and devices ---------------------------------------------------------

    def touch_application(self, code: str) -> None:
        """Record that an application code was used (known codes cost no query)."""
        self._applications.touch(code)

    def register_device(self, request: Mapping[str, Any]) -> None:
        """Create the device or update it; an email subscriber's hwid is its address. Fields
        absent from the request keep their stored values; tags are applied as changes."""
        self._devices.register(request)

    def unregister_device(self, application: str, hwid: str) -> None:
        """Remove the device's push token; the device and its tags stay."""
        self._devices.unregister(application, hwid)

    def set_badge(self, application: str, hwid: str, badge: int) -> None:
        """Store the device's badge."""
        self._devices.set_badge(application, hwid, badge)

    def set_device_fields(self, application: str, hwid: str, fields: Mapping[str, Any]) -> None:
        """Merge fields into the device's stored fields (JSON merge patch: null removes one)."""
        self._devices.set_fields(application, hwid, fields)

    def device(self, application: str, hwid: str) -> dict[str, Any]:
        """One device as a plain dict (tags, fields and timezone decoded)."""
        return self._devices.device(application, hwid)

    def require_device(self, application: str, hwid: str) -> None:
        """Raise the "Device not found" argument error unless the device was registered."""
        self._devices.require(application, hwid)

    def check_device(self, application: str, hwid: str) -> tuple[bool, bool]:
        """Whether the device exists, and whether it has a push token."""
        return self._devices.check(application, hwid)

    def devices_of_user(self, application: str, user: str) -> list[str]:
        """The hwids of the registered devices linked to a user."""
        return self._devices.of_user(application, user)

    def audience(
        self,
        application: str | None,
        *,
        users: list[str] | None = None,
        ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The devices a push could be addressed to (``Devices.audience``)."""
        return self._devices.audience(application, users=users, ids=ids)

    def delete_device(self, application: str, hwid: str) -> None:
        """Delete the device, its tags and any user link waiting for it."""
        with self._db.transaction() as db:
            self._devices.delete(db, application, hwid)
            self._users.forget_device(db, application, hwid)

    def register_devices(
        self, application: str, user: str | None, devices: list[Mapping[str, Any]], changes: Tags
    ) -> None:
        """Register several devices of one user in one transaction, applying the tag changes to
        the user and to each device: all of them, or none when one change does not fit."""
        with self._db.transaction() as db:
            planned = [self._devices.plan(db, application, d, changes, user) for d in devices]
            user_tags = None
            if user is not None and changes:
                user_tags = apply_changes(self._users.tags(db, application, user), changes)
            for registration in planned:  # every change computed before the first write
                self._devices.write(db, registration)
            if user is not None and user_tags is not None:
                self._users.save_tags(db, application, user, user_tags)

    def multi_register(self, request: Mapping[str, Any]) -> None:
        """multiRegisterDevice: the user's channels and push devices (``Devices.channels``) in
        one transaction, with the numbered tag changes; the call is recorded as an event."""
        changes = {
            name: from_numbered(name, change, self._numbered)
            for name, change in request.get("tags", {}).items()
        }
        application, user = request["application"], request.get("user_id")
        self.register_devices(application, user, list(self._devices.channels(request)), changes)
        self._events.record(application, "multiRegisterDevice", user=user, attributes=request)

    # ---- tags and users -------------------------------------------------------------------

    def set_device_tags(self, application: str, hwid: str, changes: Mapping[str, Any]) -> None:
        """Apply tag changes to one device."""
        self._devices.set_tags(application, hwid, changes)

    def device_tags(self, application: str, hwid: str) -> Tags:
        """The tags of one device."""
        return self._devices.tags(application, hwid)

    def user_tags(self, application: str, user: str) -> Tags:
        """The tags set by userId for a user; empty for a user never tagged."""
        return self._users.user_tags(application, user)

    def set_user_tags(self, application: str, user: str, changes: Mapping[str, Any]) -> int:
        """Apply tag changes to the user and every device of the user; return the device count."""
        with self._db.transaction() as db:
            user_tags = apply_changes(self._users.tags(db, application, user), changes)
            changed = [
                (hwid, apply_changes(tags, changes))
                for hwid, tags in self._devices.tags_of_user(db, application, user)
            ]  # every change computed (and any clash raised) before the first write
            self._users.save_tags(db, application, user, user_tags)
            self._devices.save_tags(db, application, changed)
            return len(changed)

    def register_user(self, application: str, hwid: str, user: str) -> None:
        """Link a user to a device; a device not registered yet gets the user when it registers."""
        with self._db.transaction() as db:  # one transaction: no registration slips in between
            if not self._devices.link_user(db, application, hwid, user):
                self._users.wait_for_device(db, application, hwid, user)

    def merge_user(self, application: str, old: str, new: str, *, move_events: bool) -> None:
        """Move the old user's devices and tags to the new user (the new user's tags win), and
        the old user's events too, or drop them."""
        with self._db.transaction() as db:
            self._users.merge(db, application, old, new)
            self._devices.move_user(db, application, old, new)
            self._events.merge(db, application, old, new, keep=move_events)

    # ---- events and seeds -----------------------------------------------------------------

    def record_event(
        self,
        application: str,
        kind: str,
        *,
        hwid: str | None = None,
        user: str | None = None,
        name: str | None = None,
        hash_: str | None = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> str:
        """Record an app open, push open, delivery or posted event; return its code."""
        return self._events.record(
            application, kind, hwid=hwid, user=user, name=name, hash_=hash_, attributes=attributes
        )

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        """The recorded events, oldest first, optionally of one kind."""
        return self._events.list(kind)

    def seed(self, operation: str) -> Any:
        """The seeded `response` of a read such as getInApps (None when not seeded)."""
        return self._seeds.get(operation)

    def set_seed(self, operation: str, response: Any, *, replace: bool = True) -> None:
        """Seed what a read answers; with replace=False, keep a seed already there."""
        self._seeds.set(operation, response, replace=replace)

    def seeds(self) -> dict[str, Any]:
        """Every seeded answer by operation."""
        return self._seeds.all()

    # ---- messages -------------------------------------------------------------------------

    @property
    def messages_kept(self) -> int:
        """The newest messages kept (``messages.MESSAGES_KEPT`` unless changed)."""
        return self._messages.messages_kept

    @messages_kept.setter
    def messages_kept(self, count: int) -> None:
        self._messages.messages_kept = count

    @property
    def recipients_kept(self) -> int:
        """The hwids the kept messages' recipient lists hold at most (``RECIPIENTS_KEPT``)."""
        return self._messages.recipients_kept

    @recipients_kept.setter
    def recipients_kept(self, count: int) -> None:
        self._messages.recipients_kept = count

    def create_messages(
        self, account: str, application: str | None, notifications: list[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """createMessage: one message per notification; return the answer."""
        return self._messages.create(account, application, notifications)

    def create_targeted_message(self, account: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """createTargetedMessage: one message to the devices ``devices_filter`` selects."""
        return self._messages.create_targeted(account, request)

    def message_details(self, account: str, code: str) -> dict[str, Any]:
        """getMessageDetails: what the mock knows of a message."""
        return self._messages.details(account, code)

    def add_messages(self, messages: list[Mapping[str, Any]]) -> list[tuple[str | None, bool]]:
        """Store the messages of one call together (``Messages.add``)."""
        return self._messages.add(messages)

    def message(self, account: str, code: str, now: float) -> dict[str, Any]:
        """The message of an account with this code, or the recorded 210 ``Message not found``."""
        return self._messages.message(account, code, now)

    def delete_message(self, account: str, code: str, now: float) -> None:
        """Delete a scheduled message of an account, so that it is never sent."""
        self._messages.delete(account, code, now)

    def messages(self, now: float | None = None) -> list[dict[str, Any]]:
        """Every message kept, oldest first, as ``/__mock/messages`` lists them."""
        return self._messages.list(now)

    def cancel_message(self, account: str, code: str, now: float) -> None:
        """cancelMessage: a scheduled message of an account is never sent; one already sent is
        refused (``Message already sent``, the mock's text), one cancelled or deleted left so."""
        if self._messages.cancel(account, code, now) == messages.SENT:
            raise argument_error("Message already sent")

    def push_history(
        self, account: str, last_id: int, search_by: str | None, value: str | None
    ) -> list[dict[str, Any]]:
        """getPushHistory: a page of the account's messages, newest first."""
        return self._messages.history(account, last_id, search_by, value, time.time())

    # ---- the other channels and iOS Live Activities ---------------------------------------

    def send_channel(self, account: str, channel: str, request: Mapping[str, Any]) -> list[str]:
        """createEmailMessage, createSMSMessage, createWhatsAppMessage, createKakaoMessage,
        createLineMessage: one message of the channel (``email`` …) per notification, reaching
        the channel's devices alone (``channels``); return their codes."""
        return self._channels.send(account, channel, request)

    def delete_email(self, application: str, email: str) -> None:
        """deleteEmail: remove the email subscriber (hwid: the address) with its tags; an
        address that is no subscriber is left so (a repeat changes nothing)."""
        found = self._devices.audience(application, ids=[email])
        if any(d["hwid"] == email and d["device_type"] == self._devices.email_type for d in found):
            with contextlib.suppress(ApiError):  # deleted meanwhile: removed all the same
                self.delete_device(application, email)

    def start_live_activities(
        self, account: str, application: str, notifications: list[Mapping[str, Any]]
    ) -> list[str]:
        """startLiveActivity: start each activity (``live_activities``); return the codes."""
        return self._live_activities.start(account, application, notifications)

    def update_live_activities(
        self, account: str, application: str, notifications: list[Mapping[str, Any]]
    ) -> list[str]:
        """updateLiveActivity: update or end each activity; return the codes."""
        return self._live_activities.update(account, application, notifications)

    def live_activities(self) -> list[dict[str, Any]]:
        """Every Live Activity start, update and end, oldest first."""
        return self._live_activities.list()

    # ---- jobs and statistics --------------------------------------------------------------

    def start_job(self, account: str, operation: str, request: Mapping[str, Any]) -> str:
        """Start a scheduled request of an account after checking what it names now (a
        message, dates); return its id."""
        self._check_job(account, operation, request)
        stored = {k: v for k, v in request.items() if k != "auth"}
        return self._jobs.start(account, operation, stored, time.time(), self.job_delay)

    def job_result(self, account: str, job: str) -> Any:
        """getResults: the result of a job of the account (settling those due first)."""
        self.settle_jobs()
        return self._jobs.result(account, job)

    def job(self, account: str, job: str) -> dict[str, Any] | None:
        """A job of the account as it stands (due ones settled first): its ``status``
        (pending, done, failed), ``request`` and ``result``; None when the account has none."""
        self.settle_jobs()
        return self._jobs.read(account, job)

    def settle_jobs(self) -> None:
        """Finish the jobs that are due, computing their results from the state now."""
        self._jobs.settle(time.time(), self._compute)

    def shape_next_job(self, operation: str, outcome: str, times: int = 1) -> None:
        """Make the next ``times`` jobs of an operation fail or stay pending."""
        self._jobs.shape(operation, outcome, times)

    def jobs(self) -> list[dict[str, Any]]:
        """Every job kept, as ``/__mock/jobs`` lists them (due ones settled first)."""
        self.settle_jobs()
        return self._jobs.list()

    def _check_job(self, account: str, operation: str, request: Mapping[str, Any]) -> None:
        if operation in ("getMsgStats", "getMsgPlatformsStats"):
            self._stats_message(account, str(request["message"]))
        elif operation in ("getAppStats", "getCampaignStats"):
            start = statistics.parse_datetime(request["datefrom"], "datefrom")
            if statistics.parse_datetime(request["dateto"], "dateto") < start:
                raise argument_error("dateto: must not be before datefrom")
        elif operation == "getEventStatistics":
            start = statistics.parse_date(request["date_from"], "date_from")
            if statistics.parse_date(request["date_to"], "date_to") < start:
                raise argument_error("date_to: must not be before date_from")

    def _stats_message(self, account: str, code: str) -> dict[str, Any]:
        """The message a statistics request names: by code, or by its number (the older page
        says "message code or message ID")."""
        for message in self._messages.list(None, account):
            if message["code"] == code or str(message["id"]) == code:
                return message
        raise argument_error("Message not found")

    def _platforms(self, application: str | None) -> dict[tuple[str, str], int]:
        return {
            (device["application"], device["hwid"]): int(device["device_type"] or 0)
            for device in self._devices.lifecycle(application)
        }

    def _compute(self, account: str, operation: str, request: Mapping[str, Any]) -> Any:
        """A job's result from the state now (``statistics``)."""
        now = time.time()
        if operation in ("getMsgStats", "getMsgPlatformsStats"):
            message = self._stats_message(account, str(request["message"]))
            sent = [message] if message["status"] == messages.SENT else []
            per_platform = None
            if operation == "getMsgPlatformsStats":
                per_platform = list(request.get("platforms") or [])
            return statistics.msg_stats(
                sent,
                self._events.list(),
                self._platforms(message["application"]),
                per_platform=per_platform,
            )
        if operation == "getAppStats":
            application = request["application"]
            return statistics.app_stats(
                self._devices.lifecycle(application),
                [e for e in self._events.list() if e["application"] == application],
                [m for m in self._messages.sent(None, now) if m["application"] == application],
                statistics.parse_datetime(request["datefrom"], "datefrom"),
                statistics.parse_datetime(request["dateto"], "dateto"),
            )
        if operation == "getCampaignStats":
            campaign = request["campaign"]
            chosen = [
                m
                for m in self._messages.sent(account, now)
                if m["notification"].get("campaign") == campaign
            ]
            return statistics.campaign_stats(
                chosen,
                self._events.list(),
                self._platforms(None),
                statistics.parse_datetime(request["datefrom"], "datefrom"),
                statistics.parse_datetime(request["dateto"], "dateto"),
            )
        if operation == "getEventStatistics":
            return statistics.event_stats(
                self._events.list("postEvent"),
                request["application"],
                request["event"],
                statistics.parse_date(request["date_from"], "date_from"),
                statistics.parse_date(request["date_to"], "date_to", end=True),
                request.get("attributes") or [],
            )
        if operation == "bulkSetTags":
            return self._bulk_set_tags(request)
        if operation == "exportSegment":
            return self._export(account, request)
        raise ValueError(f"{operation} starts no job")

    # ---- the Audience API -------------------------------------------------------------------

    def _bulk_set_tags(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """A bulkSetTags job's work: each device's tags set as setTags sets them (by hwid, by
        user, or by the device a push token names); a device that is not found, or a tag not
        defined without ``create_missing_tags``, is skipped with its reason."""
        application = request["application"]
        defined = {tag["name"] for tag in self._tag_definitions.list()}
        create_missing = request.get("create_missing_tags") is True
        errors: list[dict[str, Any]] = []
        for update in request["devices"]:
            ref = audience.device_ref(update)
            changes = audience.tag_changes(update)
            undefined = [name for name in changes if name not in defined]
            if undefined and not create_missing:
                errors.append({"device": ref, "tag": undefined[0], "reason": "tag not found"})
                continue
            try:
                if "hwid" in update:
                    self.require_device(application, update["hwid"])
                    self.set_device_tags(application, update["hwid"], changes)
                elif "user_id" in update:
                    self.set_user_tags(application, update["user_id"], changes)
                else:
                    found = self._devices.audience(application, ids=[update["push_token"]])
                    hwids = [d["hwid"] for d in found if d["push_token"] == update["push_token"]]
                    if not hwids:
                        raise argument_error("device not found")
                    for hwid in hwids:
                        self.set_device_tags(application, hwid, changes)
            except ApiError as refused:
                errors.append({"device": ref, "reason": refused.message})
        devices = len(request["devices"])
        return {
            "status": "Failed" if errors and len(errors) == devices else "Completed",
            "devices": devices,
            "applied": devices - len(errors),
            "failed": len(errors),
            "errors": errors,
        }

    def _export(self, account: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """An export job's work: the devices its segment selects now, written to a file."""
        expression = self._export_expression(account, request)
        selects = self._segments.compile(expression, "filterExpression")
        chosen = [device for device in self._devices.audience(None) if selects(device)]
        result: dict[str, Any] = {"status": "completed", "devices_count": len(chosen)}
        if request.get("exportCsv") is False:
            return result
        fmt = "json" if str(request.get("format", "csv")).lower() == "json" else "csv"
        member = audience.file_name(expression, fmt, time.time())
        content = audience.export_content(
            chosen, request.get("exportData"), fmt, member, self._type_names
        )
        link = f"{EXPORTS_PATH}{self._exports.store(account, content, member)}"
        return {**result, "filename": link, "csv_filename": link}

    def _export_expression(self, account: str, request: Mapping[str, Any]) -> str:
        if "filterExpression" in request:
            return str(request["filterExpression"])
        expression = self._segments.expression(account, str(request["filterCode"]))
        if expression is None:
            raise argument_error(f"filterCode: no segment {request['filterCode']!r}")
        return expression

    def check_export(self, account: str, request: Mapping[str, Any]) -> None:
        """Refuse an export whose segment does not parse or is unknown, before its job starts."""
        self._segments.compile(self._export_expression(account, request), "filterExpression")

    def export_file(self, name: str) -> bytes | None:
        """An export's file by the name its link gives, while it is kept."""
        return self._exports.read(name)

    def bulk_register(self, request: Mapping[str, Any]) -> None:
        """bulkRegisterDevice: register every device (its platform its device type) with its
        tags, at once; an empty hwid refuses the call before any device is registered."""
        for index, device in enumerate(request["devices"]):
            if not device["hwid"]:
                raise argument_error(f"devices[{index}].hwid: an empty hwid names no device")
        for device in request["devices"]:
            registration: dict[str, Any] = {
                "application": request["application"],
                "hwid": device["hwid"],
                "push_token": device["push_token"],
                "device_type": device["platform"],
            }
            if device.get("tags"):
                registration["tags"] = audience.tag_changes(device)
            self.register_device(registration)

    def subscribers(self, application: str) -> dict[str, Any]:
        """getApplicationSubscribersStats: reachable devices by type."""
        return statistics.subscribers(self._devices.lifecycle(application))

    # ---- Statistics v2 and Messaging v2 ---------------------------------------------------
    # The account's messages, read by ``statistics_v2`` and sent by ``Messages.notify``; these
    # families have no 210: an argument error is a 400, and the others are named here.

    def list_messages(self, account: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """messages:list: a page of the account's messages of an application."""
        return statistics_v2.list_messages(
            self._messages.list(time.time(), account),
            self._events.list(),
            self._platforms(request["application"]),
            request,
            self._platform_names,
        )

    def totals_by_intervals(
        self, account: str, code: str, platforms: list[int] | None
    ) -> dict[str, Any]:
        """totalsByIntervals: a message's counts by hour and platform; 404 for a code the
        account does not have."""
        message = self._messages.find(account, code, time.time())
        if message is None:
            raise ApiError(404, "message not found")
        return statistics_v2.totals_by_intervals(
            message, self._events.list(), self._platforms(message["application"]), platforms
        )

    def message_log(self, account: str, request: Mapping[str, Any]) -> dict[str, Any]:
        """getMessageLog: a page of what happened to the account's sent messages, device by
        device."""
        now = time.time()
        devices = {
            (device["application"], device["hwid"]): (
                int(device["device_type"] or 0),
                device["user_id"],
            )
            for device in self._devices.audience(None)
        }
        return statistics_v2.message_log(
            self._messages.sent(account, now),
            self._events.list(),
            devices,
            request,
            self._platform_names,
            now,
        )

    def notify(self, account: str, request: Mapping[str, Any]) -> tuple[str, list[str]]:
        """Messaging v2's notify: one message, by createMessage's rules (``messaging_v2``);
        return its code and, when asked, the identifiers that matched no device."""
        now = time.time()
        call = messaging_v2.read(
            request,
            self._platform_names,
            lambda name: self._segments.expression(account, name),
            now,
        )
        code, unknown = self._messages.notify(
            account,
            call.application,
            call.targeting,
            call.stored,
            when=call.when,
            expression=call.expression,
            now=now,
        )
        return code, unknown if call.report_unknown else []

    def cancel_notification(self, account: str, code: str) -> None:
        """Messaging v2's cancel: cancelMessage's rule (a scheduled message is never sent),
        answered as the vendor documents: 404 for an unknown code, 403 for another account's
        message, 400 with gRPC code 9 (failed precondition) for one not waiting any more (sent,
        cancelled or deleted)."""
        if not code:
            raise argument_error("message_code is required")
        owners = self._messages.owners(code)
        if account not in owners:
            if owners:
                raise ApiError(403, "message belongs to another account")
            raise ApiError(404, "message not found")
        if self._messages.cancel(account, code, time.time()) != messages.SCHEDULED:
            raise ApiError(400, "message is not in a cancelable state", code=9)

    # ---- the Customer Journey API ---------------------------------------------------------
    # The account's journeys (``journeys``): their lifecycle, who entered them and their counts.

    def add_journey(
        self,
        account: str,
        uuid: str,
        *,
        title: str,
        status: str,
        application: str,
        points: list[str],
        replace: bool = True,
    ) -> dict[str, Any]:
        """Store a journey of an account (``Journeys.add``) and return it as the lifecycle
        methods answer it."""
        self._journeys.add(
            account,
            uuid,
            title=title,
            status=status,
            application=application,
            points=points,
            replace=replace,
        )
        return self._journeys.journey(account, uuid)

    def seed_journey(self, account: str) -> None:
        """Give an account the seeded journey (``journeys.SEEDED_JOURNEY``), unless it has one
        of that uuid already (a state file's)."""
        seeded = journeys.SEEDED_JOURNEY
        self._journeys.add(
            account,
            seeded["uuid"],
            title=seeded["title"],
            status=seeded["status"],
            application=seeded["application"],
            points=seeded["points"],
            replace=False,
        )

    def journey_action(self, account: str, uuid: str, action: str) -> dict[str, Any]:
        """A lifecycle action (start, pause, finish, draft, archive) on a journey of the
        account; return the journey in its new state."""
        return self._journeys.transition(account, uuid, action)

    def start_journey_for_users(self, account: str, uuid: str, payload: Mapping[str, Any]) -> str:
        """Start by API: enter the named users, the named hwids, or the devices of the journey's
        application that the filter selects (the segment language) into a running journey;
        return the request's UUID."""
        application = self._journeys.application(account, uuid)
        if "users" in payload:
            kind, names = journeys.USER, list(payload["users"])
        elif "hwids" in payload:
            kind, names = journeys.HWID, list(payload["hwids"])
        else:
            selects = self._segments.compile(payload["filter"], "payload.filter")
            kind = journeys.HWID
            names = [d["hwid"] for d in self._devices.audience(application) if selects(d)]
        attributes = payload.get("attribute_values") or {}
        return self._journeys.enter(account, uuid, kind, names, attributes)

    def drop_journey_users(self, account: str, users: list[str], uuids: list[str] | None) -> None:
        """Drop-users: mark dropped the entries of these users, by user ID or by a registered
        device of theirs, in the account's journeys among ``uuids`` (all, for None); unknown
        uuids are ignored."""
        dropped = {
            journey: (
                users,
                [hwid for user in users for hwid in self._devices.of_user(application, user)],
            )
            for journey, application in self._journeys.of_account(account, uuids).items()
        }
        self._journeys.drop(account, dropped)

    def journey_statistics(self, account: str, uuid: str) -> dict[str, Any]:
        """A journey's statistics point by point (``Journeys.statistics``)."""
        return self._journeys.statistics(account, uuid)

    # ---- segments and tag definitions -----------------------------------------------------

    def create_filter(
        self,
        account: str,
        name: str,
        *,
        expression: str | None,
        conditions: Any,
        operator: str,
        application: str | None,
        expiration_date: str | None,
    ) -> None:
        """createFilter: a segment from its expression or its conditions, checked now."""
        self._segments.create(
            account,
            name,
            expression=expression,
            triples=conditions,
            operator=operator,
            application=application,
            expiration_date=expiration_date,
        )

    def add_filter(
        self,
        account: str,
        name: str,
        expression: str,
        application: str | None,
        expiration_date: str | None,
    ) -> None:
        """Store a segment of an account; a name the account has taken is a 210."""
        self._segments.add(account, name, expression, application, expiration_date)

    def filter_expression(self, account: str, name: str) -> str | None:
        """The expression of an account's segment, or None."""
        return self._segments.expression(account, name)

    def filters(
        self, account: str | None = None, application: str | None = None
    ) -> list[dict[str, Any]]:
        """The segments by name: of an account (of every one, for None), of one application."""
        return self._segments.list(account, application)

    def delete_filter(self, account: str, name: str) -> None:
        """Delete an account's segment; an unknown name is a 210."""
        self._segments.delete(account, name)

    def add_tag(
        self, name: str, kind: int, *, user_specific: bool, application_specific: bool
    ) -> None:
        """Define a tag; a name already defined is a 210."""
        self._tag_definitions.add(
            name, kind, user_specific=user_specific, application_specific=application_specific
        )

    def tag_definitions(self) -> list[dict[str, Any]]:
        """The defined tags, by name."""
        return self._tag_definitions.list()

    def delete_tag(self, name: str) -> None:
        """Remove a tag's definition and its value from every device and user, in one go; a tag
        neither defined nor held by anyone is a 210."""
        with self._db.transaction() as db:
            deleted = self._tag_definitions.delete(db, name)
            deleted += self._devices.remove_tag(db, name)
            deleted += self._users.remove_tag(db, name)
            if not deleted:
                raise argument_error(f"Tag not found: {name}")

    # ---- applications, presets and campaigns (the Remote API's administration) --------------
    # Each belongs to the account of a server token (``created_applications``, ``presets``,
    # ``campaigns``); a deleted application is refused wherever it is named.

    def application_usable(self, code: str, allowed: frozenset[str] | None) -> bool:
        """Whether a call may name this application: not deleted, and created or allowed
        (``allowed``: the ``--application`` list; None accepts any code)."""
        return self._created_applications.usable(code, allowed)

    def create_application(self, account: str, settings: Mapping[str, Any]) -> str:
        """createApplication: a new application of the account; return its code."""
        return self._created_applications.create(account, settings)

    def application_details(self, account: str, code: str) -> dict[str, Any]:
        """getApplication: the settings of an application the account created."""
        return self._created_applications.details(account, code)

    def update_application(self, account: str, code: str, changes: Mapping[str, Any]) -> None:
        """updateApplication: set an application's title, icon or SDKs."""
        self._created_applications.update(account, code, changes)

    def configure_application(
        self, account: str, code: str, request: Mapping[str, Any]
    ) -> dict[str, Any]:
        """configureApplication: set up one platform; return the configured platforms."""
        return self._created_applications.configure(account, code, request)

    def delete_application(self, account: str, code: str) -> None:
        """deleteApplication: the application is refused from now on, and its devices, presets
        and campaigns are deleted with it, in one transaction."""
        with self._db.transaction() as db:
            self._created_applications.delete(db, account, code)
            self._devices.forget_application(db, code)
            self._presets.forget_application(db, code)
            self._campaigns.forget_application(db, code)

    def applications_page(self, account: str, number: int) -> dict[str, Any]:
        """getApplications: a page of the account's applications."""
        return self._created_applications.page(account, number)

    def unregistered_devices(self, application: str) -> list[dict[str, Any]]:
        """getUnregisteredDevices: the application's devices unregistered with unregisterDevice
        (``unregistered``: when the device last changed, UTC), oldest change first."""
        found = sorted(
            (d for d in self._devices.lifecycle(application) if not d["registered"]),
            key=lambda d: (d["updated"], d["hwid"]),
        )
        return [
            {
                "hwid": device["hwid"],
                "push_token": device["push_token"],
                **({} if device["device_type"] is None else {"device_type": device["device_type"]}),
                "unregistered": datetime.fromtimestamp(device["updated"], UTC).strftime(
                    messages.DATE_FORMAT
                ),
            }
            for device in found
        ]

    def create_preset(self, account: str, request: Mapping[str, Any]) -> None:
        """createPreset: store a preset of the account (a deleted application's is refused)."""
        application = request.get("applicationCode")
        if application is not None and not self._created_applications.usable(application, None):
            raise argument_error(created_applications.NOT_FOUND)
        self._presets.create(account, request)

    def preset(self, account: str, code: str) -> dict[str, Any]:
        """getPreset: a preset of the account, or 210 ``Preset not found``."""
        return self._presets.get(account, code)

    def presets(self, account: str, application: str) -> list[dict[str, Any]]:
        """listPresets: the account's presets of an application."""
        return self._presets.of_application(account, application)

    def delete_preset(self, account: str, code: str) -> None:
        """deletePreset: forget a preset of the account, or 210 ``Preset not found``."""
        self._presets.delete(account, code)

    def _preset_fields(self, account: str, code: str) -> dict[str, Any] | None:
        """What an account's preset gives a createMessage notification that names it, or None
        for a code the account has no preset with."""
        found = self._presets.find(account, code)
        return None if found is None else presets.notification_fields(found)

    def create_campaign(
        self, account: str, application: str, name: str, description: str | None
    ) -> str:
        """createCampaign: a new campaign of the application; return its code."""
        return self._campaigns.create(account, application, name, description)

    def campaigns_page(
        self, account: str, application: str, cursor: str | None, limit: int | None
    ) -> dict[str, Any]:
        """getCampaigns: a page of the application's campaigns, and the next page's cursor."""
        return self._campaigns.page(account, application, cursor, limit)

    def delete_campaign(self, account: str, code: str) -> None:
        """deleteCampaign: forget a campaign of the account, or 210 ``Campaign not found``."""
        self._campaigns.delete(account, code)

    # ---- geozones, test devices and event definitions ---------------------------------------
    # The rules are ``geozones``', ``testdevices``' and ``event_definitions``'.

    def add_geozones(self, application: str, zones: list[Mapping[str, Any]]) -> list[int]:
        """addGeoZone: store the zones (all or none); return their ids in order."""
        return self._geozones.add(application, zones)

    def update_geozones(self, application: str, changes: list[Mapping[str, Any]]) -> None:
        """updateGeoZone: change the zones (all or none; an unknown id is a 210)."""
        self._geozones.update(application, changes)

    def delete_geozones(self, application: str, ids: list[int]) -> None:
        """deleteGeoZone: delete the zones (all or none; an unknown id is a 210)."""
        self._geozones.delete(application, ids)

    def geozones(self, application: str) -> list[dict[str, Any]]:
        """listGeoZones: the application's zones by cluster."""
        return self._geozones.listed(application)

    def add_geozone_cluster(self, application: str, name: str, cooldown: int | None) -> str:
        """addGeoZoneCluster: a new cluster; return its code."""
        return self._geozones.add_cluster(application, name, cooldown)

    def delete_geozone_cluster(self, application: str, code: str) -> None:
        """deleteGeoZoneCluster: delete a cluster; its zones stay, without one."""
        self._geozones.delete_cluster(application, code)

    def geozone_clusters(self, application: str) -> list[dict[str, Any]]:
        """listGeoZoneClusters: the application's clusters with their zone counts."""
        return self._geozones.clusters(application)

    def nearest_zones(
        self, application: str, hwid: str, lat: Any, lng: Any, *, listed: bool
    ) -> Any:
        """getNearestZone: store the device's location, then answer the application's zones
        nearest first (``listed``: as ``geozones``) or the nearest one's fields (none with the
        location off); an application without zones answers the seed."""
        where = None
        if lat is not None and lng is not None:
            where = geozones.degrees(lat, "lat", 90), geozones.degrees(lng, "lng", 180)
        self._devices.set_fields(application, hwid, {"lat": lat, "lng": lng})
        zones = self._geozones.nearest(application, *(where or (None, None)))
        if zones is None:
            return self.seed("getNearestZone")
        if listed:
            return {"geozones": zones}
        return zones[0] if zones else {}

    def mark_test_device(self, request: Mapping[str, Any]) -> None:
        """createTestDevice: mark the device its ``hwid`` names (registered), or the one with
        its ``push_token`` (registered with its ``device_type`` when there is none), as a test
        device with its name and description."""
        application, hwid = request["application"], request.get("hwid")
        if not hwid:
            token, device_type = request.get("push_token"), request.get("device_type")
            if not token or device_type is None:
                raise argument_error("push_token: an empty push token names no device")
            found = self._devices.audience(application, ids=[token])
            hwids = [device["hwid"] for device in found if device["push_token"] == token]
            hwid = hwids[0] if hwids else token
            if not hwids:
                self._devices.register(
                    {
                        "application": application,
                        "hwid": token,
                        "push_token": token,
                        "device_type": device_type,
                    }
                )
        self._devices.set_fields(application, hwid, testdevices.marks(request))

    def test_devices(self, application: str) -> list[dict[str, Any]]:
        """listTestDevices: the application's test devices, as the vendor spells them."""
        with self._db.locked() as db:
            return testdevices.listed(db, application)

    def define_event(self, application: str, request: Mapping[str, Any]) -> int:
        """createEvent: define an event (its name once per application, 500 at most); return
        its id."""
        return self._event_definitions.add(
            application,
            request["name"],
            description=request.get("description"),
            attributes=request.get("eventAttributes") or [],
            track_revenue=request.get("trackRevenue") is True,
        )

    def require_event(self, application: str, name: str) -> None:
        """With ``strict_events``, refuse an event createEvent did not define for the
        application: 210 ``Event not found: NAME``."""
        if self.strict_events and not self._event_definitions.defined(application, name):
            raise argument_error(f"Event not found: {name}")

    # ---- the whole state ------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The whole state as JSON-ready data."""
        with self._db.locked() as db:
            return {
                "applications": self._applications.codes(db),
                "devices": self._devices.all(db),
                "users": self._users.links(db),
                "user_tags": self._users.all_tags(db),
                "events": self.events(),
                "seeds": self.seeds(),
                "messages": self.messages(),
                "filters": self.filters(),
                "tags": self.tag_definitions(),
                "jobs": self._jobs.list(),
                "created_applications": self._created_applications.all(db),
                "presets": self._presets.all(db),
                "campaigns": self._campaigns.all(db),
                "live_activities": self._live_activities.list(),
                "geozones": self._geozones.all(db),
                "event_definitions": self._event_definitions.list(),
                "journeys": self._journeys.all(db),
            }

    def reset(self) -> None:
        """Delete everything."""
        with self._db.transaction() as db:
            for table in (
                self._applications,
                self._devices,
                self._users,
                self._seeds,
                self._events,
                self._messages,
                self._segments,
                self._tag_definitions,
                self._jobs,
                self._exports,
                self._created_applications,
                self._presets,
                self._campaigns,
                self._live_activities,
                self._geozones,
                self._event_definitions,
                self._journeys,
            ):
                table.clear(db)

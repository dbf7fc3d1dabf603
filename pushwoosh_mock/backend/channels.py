"""The other channels: email, SMS, WhatsApp, Kakao and LINE messages (createEmailMessage,
createSMSMessage, createWhatsAppMessage, createKakaoMessage, createLineMessage), sent as
createMessage sends a push (``Messages.create``), with a ``Channel`` saying whom they reach.

The rules (the spec's ``mock-channels`` note):

- Whom: a message reaches its channel's registered devices alone, through createMessage's
  targeting (``devices``, ``users``, ``filter``, ``conditions``; none: every subscriber of the
  channel). Email subscribers are devices of type 14 (hwid: the address) and an email's
  ``devices`` wins over its ``users`` (the Email API's rule); SMS and WhatsApp subscribers are
  devices of type 18 and 21 (hwid: the number, and ``whatsapp:`` + the number, which a WhatsApp
  message may name with or without its prefix); Kakao's are devices whose hwid starts ``kakao:``,
  LINE's those whose hwid starts ``line:``, reached through the users a LINE message lists (its
  ``devices`` are user IDs). No push token is needed.
- ``use_auto_registration`` registers the email addresses, SMS and WhatsApp numbers listed that
  are no subscribers yet, once every notification's date is checked.
- An SMS or WhatsApp request names one number: a second one is a 210 (each "must be sent in a
  separate request"). A Kakao ``send_date`` has seconds (``YYYY-MM-DD HH:MM:SS``, UTC).
- Every message has a code (the answers list one per notification; an email's is recorded
  although its answer has none), and is listed with its ``channel``.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..errors import argument_error, quoted
from .devices import Devices
from .messages import Channel, Messages, send_at
from .segments import Device

ONE_NUMBER = {"sms": "SMS", "whatsapp": "WhatsApp message"}
"""The channels whose request names one number, with what the refusal calls a message."""
WHATSAPP_PREFIX = "whatsapp:"


def _of_type(device_type: int) -> Callable[[Device], bool]:
    return lambda d: bool(d["registered"]) and d["device_type"] == device_type


def _prefixed(prefix: str) -> Callable[[Device], bool]:
    return lambda d: bool(d["registered"]) and str(d["hwid"]).startswith(prefix)


class Channels:
    """The email, SMS, WhatsApp, Kakao and LINE messages: each channel's audience rules over
    ``devices``, sent and kept by ``messages``."""

    def __init__(self, devices: Devices, messages: Messages) -> None:
        self._devices = devices
        self._messages = messages
        self.channels = {
            channel.name: channel
            for channel in (
                Channel(
                    "email",
                    "createEmailMessage",
                    _of_type(devices.email_type),
                    devices_win=True,
                    coded=True,
                ),
                Channel("sms", "createSMSMessage", _of_type(devices.sms_type), coded=True),
                Channel(
                    "whatsapp", "createWhatsAppMessage", _of_type(devices.whatsapp_type), coded=True
                ),
                Channel(
                    "kakao", "createKakaoMessage", _prefixed("kakao:"), coded=True, seconds=True
                ),
                Channel("line", "createLineMessage", _prefixed("line:"), coded=True),
            )
        }
        self._registered_types = {
            "email": devices.email_type,
            "sms": devices.sms_type,
            "whatsapp": devices.whatsapp_type,
        }
        """The channels whose listed devices ``use_auto_registration`` registers, by type."""

    def send(self, account: str, name: str, request: Mapping[str, Any]) -> list[str]:
        """Send one message of channel ``name`` per notification; return their codes."""
        channel = self.channels[name]
        application = request.get("application")
        notifications = request["notifications"]
        views = [self._targeting(name, notification) for notification in notifications]
        if name in ONE_NUMBER:
            _one_number(views, ONE_NUMBER[name])
        for index, view in enumerate(views):  # every date checked before anything is written
            send_at(view, 0.0, f"notifications[{index}].", seconds=channel.seconds)
        if name in self._registered_types and application is not None:
            self._register(application, name, views)
        answer = self._messages.create(
            account, application, views, channel=channel, stored_as=notifications
        )
        codes: list[str] = answer["Messages"]
        return codes

    @staticmethod
    def _targeting(name: str, notification: Mapping[str, Any]) -> Mapping[str, Any]:
        """The notification as createMessage's targeting reads it: a WhatsApp number with its
        prefix, a LINE message's ``devices`` as the users they are."""
        if name == "whatsapp" and "devices" in notification:
            numbers = [
                n if str(n).startswith(WHATSAPP_PREFIX) else f"{WHATSAPP_PREFIX}{n}"
                for n in notification["devices"]
            ]
            return {**notification, "devices": numbers}
        if name == "line" and "devices" in notification:
            view = {k: v for k, v in notification.items() if k != "devices"}
            return {**view, "users": list(notification["devices"])}
        return notification

    def _register(self, application: str, name: str, views: Sequence[Mapping[str, Any]]) -> None:
        """Register the listed addresses or numbers of ``use_auto_registration`` notifications
        that are not subscribers of the channel yet."""
        listed = [
            entry
            for view in views
            if view.get("use_auto_registration") is True
            for entry in view.get("devices", [])
        ]
        if not listed:
            return
        reaches = self.channels[name].reaches
        known = {d["hwid"] for d in self._devices.audience(application, ids=listed) if reaches(d)}
        for entry in dict.fromkeys(listed):
            if entry not in known:
                device = {"application": application, "hwid": entry}
                if name == "email":
                    device["email"] = entry
                self._devices.register({**device, "device_type": self._registered_types[name]})


def _one_number(views: Sequence[Mapping[str, Any]], what: str) -> None:
    """Refuse a request that names a second number (in any notification)."""
    first: str | None = None
    for index, view in enumerate(views):
        for number in view.get("devices", []):
            if first is None:
                first = number
            elif number != first:
                raise argument_error(
                    f"notifications[{index}].devices: {quoted(number)} is a second number after"
                    f" {quoted(first)}: each {what} must be sent in a separate request"
                )

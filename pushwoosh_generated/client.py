# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""PushwooshClient and AsyncPushwooshClient: one method per API method of the spec."""

from collections.abc import Mapping
from typing import Any

from ._base_client import AsyncAPIClient, RawResponse, SyncAPIClient, TimeoutTypes
from ._bulk import AsyncBulk, Bulk
from ._operation import ABSENT, Absent
from .api.device import application_open as application_open_operation
from .api.device import get_tags as get_tags_operation
from .api.device import message_delivery_event as message_delivery_event_operation
from .api.device import push_stat as push_stat_operation
from .api.device import register_device as register_device_operation
from .api.device import register_email as register_email_operation
from .api.device import set_badge as set_badge_operation
from .api.device import set_tags as set_tags_operation
from .api.device import unregister_device as unregister_device_operation
from .api.user import post_event as post_event_operation
from .api.user import register_user as register_user_operation
from .models.append_operation import AppendOperation
from .models.device_type import DeviceType
from .models.event_attributes import EventAttributes
from .models.increment_operation import IncrementOperation
from .models.metadata_type_1 import MetadataType1
from .models.remove_operation import RemoveOperation
from .models.tags import Tags


class PushwooshClient(SyncAPIClient):
    """The Pushwoosh Device API and User-centric API, one method per API method.

    Args:
        token: The Device API token; by default the PUSHWOOSH_API_TOKEN environment variable.
        application: The application code used by every call that does not give its own.
        base_url: The server; https only (http:// is accepted for a loopback host).
        timeout: Seconds (or an httpx.Timeout) for each call; 30 s, 5 s to connect by default.
        max_retries: How many times a failed call may be sent again, as each operation's
            `x-pushwoosh-repeat` allows; 2 by default, 0 turns retries off.
        http_client: An httpx.Client to send with (transports, proxies, tests); the client
            does not close it.
    """

    def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_device_operation.Result:
        """Register a device for the application.

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
            },
            extra_headers,
            timeout,
        )

    def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> unregister_device_operation.Result:
        """Remove the push token of a device.

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> set_tags_operation.Result:
        """Set tag values of a device, or of every device of a user.

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> get_tags_operation.Result:
        """Read the tags of a device or of a user.

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            dict[str, AppendOperation | bool | IncrementOperation | int | list[str] | None | RemoveOperation | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> set_badge_operation.Result:
        """Store the current badge value of a device.

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> application_open_operation.Result:
        """Record that the app was opened on a device.

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> push_stat_operation.Result:
        """Record that a push notification was opened.

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> message_delivery_event_operation.Result:
        """Record that a push notification was delivered to a device.

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_email_operation.Result:
        """Register an email subscriber.

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tags": tags,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_user_operation.Result:
        """Link an external user ID to a device.

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> post_event_operation.Result:
        """Post an event.

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._request(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            extra_headers,
            timeout,
        )

    @property
    def with_raw_response(self) -> "PushwooshClientWithRawResponse":
        """The same methods, returning the HTTP answer (status, headers, bytes, `.parse()`)."""
        return PushwooshClientWithRawResponse(self)

    @property
    def bulk(self) -> Bulk:
        """Many calls of one method: bounded concurrency, one result per item, progress."""
        return Bulk(self)


class PushwooshClientWithRawResponse:
    """PushwooshClient's methods, each returning a RawResponse instead of the result."""

    def __init__(self, client: PushwooshClient) -> None:
        self._client = client

    def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_device_operation.Result]:
        """Register a device for the application (the HTTP answer; `.parse()` gives the result).

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
            },
            extra_headers,
            timeout,
        )

    def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[unregister_device_operation.Result]:
        """Remove the push token of a device (the HTTP answer; `.parse()` gives the result).

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[set_tags_operation.Result]:
        """Set tag values of a device, or of every device of a user (the HTTP answer; `.parse()` gives the result).

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[get_tags_operation.Result]:
        """Read the tags of a device or of a user (the HTTP answer; `.parse()` gives the result).

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            dict[str, AppendOperation | bool | IncrementOperation | int | list[str] | None | RemoveOperation | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[set_badge_operation.Result]:
        """Store the current badge value of a device (the HTTP answer; `.parse()` gives the result).

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[application_open_operation.Result]:
        """Record that the app was opened on a device (the HTTP answer; `.parse()` gives the result).

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[push_stat_operation.Result]:
        """Record that a push notification was opened (the HTTP answer; `.parse()` gives the result).

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[message_delivery_event_operation.Result]:
        """Record that a push notification was delivered to a device (the HTTP answer; `.parse()` gives the result).

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_email_operation.Result]:
        """Register an email subscriber (the HTTP answer; `.parse()` gives the result).

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tags": tags,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_user_operation.Result]:
        """Link an external user ID to a device (the HTTP answer; `.parse()` gives the result).

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[post_event_operation.Result]:
        """Post an event (the HTTP answer; `.parse()` gives the result).

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return self._client._request_raw(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            extra_headers,
            timeout,
        )


class AsyncPushwooshClient(AsyncAPIClient):
    """The Pushwoosh Device API and User-centric API for asyncio, one method per API method.

    Takes the arguments of PushwooshClient; `http_client` is an httpx.AsyncClient.
    """

    async def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_device_operation.Result:
        """Register a device for the application.

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
            },
            extra_headers,
            timeout,
        )

    async def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> unregister_device_operation.Result:
        """Remove the push token of a device.

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> set_tags_operation.Result:
        """Set tag values of a device, or of every device of a user.

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> get_tags_operation.Result:
        """Read the tags of a device or of a user.

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            dict[str, AppendOperation | bool | IncrementOperation | int | list[str] | None | RemoveOperation | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> set_badge_operation.Result:
        """Store the current badge value of a device.

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> application_open_operation.Result:
        """Record that the app was opened on a device.

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> push_stat_operation.Result:
        """Record that a push notification was opened.

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    async def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> message_delivery_event_operation.Result:
        """Record that a push notification was delivered to a device.

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    async def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_email_operation.Result:
        """Register an email subscriber.

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tags": tags,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    async def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> register_user_operation.Result:
        """Link an external user ID to a device.

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    async def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> post_event_operation.Result:
        """Post an event.

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._request(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            extra_headers,
            timeout,
        )

    @property
    def with_raw_response(self) -> "AsyncPushwooshClientWithRawResponse":
        """The same methods, returning the HTTP answer (status, headers, bytes, `.parse()`)."""
        return AsyncPushwooshClientWithRawResponse(self)

    @property
    def bulk(self) -> AsyncBulk:
        """Many calls of one method: bounded concurrency, one result per item, progress."""
        return AsyncBulk(self)


class AsyncPushwooshClientWithRawResponse:
    """AsyncPushwooshClient's methods, each returning a RawResponse instead of the result."""

    def __init__(self, client: AsyncPushwooshClient) -> None:
        self._client = client

    async def register_device(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        push_token: str | Absent = ABSENT,
        email: str | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        idfa: str | Absent = ABSENT,
        public_key: str | Absent = ABSENT,
        auth_token: str | Absent = ABSENT,
        fcm_token: str | Absent = ABSENT,
        fcm_push_set: str | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_device_operation.Result]:
        """Register a device for the application (the HTTP answer; `.parse()` gives the result).

        Creates the device or updates it. An email subscriber is registered with `email`
        instead of `hwid` and `push_token`. An SMS device uses an E.164 phone number as hwid
        (device_type 18), a WhatsApp device `whatsapp:` + E.164 (device_type 21); neither
        needs a push token.

        Sends `registerDevice`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            push_token: The push token of the device.
            email: An email address, for email subscribers (instead of hwid and push_token).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            idfa: The advertising identifier (iOS).
            public_key: The Chrome/Firefox web push encryption key (p256dh).
            auth_token: The Chrome/Firefox web push authentication secret.
            fcm_token: The FCM key for Chrome (XMPP).
            fcm_push_set: The FCM push set for Chrome (XMPP).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            register_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "push_token": push_token,
                "email": email,
                "tags": tags,
                "idfa": idfa,
                "public_key": public_key,
                "auth_token": auth_token,
                "fcm_token": fcm_token,
                "fcm_push_set": fcm_push_set,
            },
            extra_headers,
            timeout,
        )

    async def unregister_device(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[unregister_device_operation.Result]:
        """Remove the push token of a device (the HTTP answer; `.parse()` gives the result).

        The device keeps its tags, still counts in Total Devices and can still receive In-App
        messages.

        Sends `unregisterDevice`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            unregister_device_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def set_tags(
        self,
        *,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[set_tags_operation.Result]:
        """Set tag values of a device, or of every device of a user (the HTTP answer; `.parse()` gives the result).

        A tag value is a plain value (string, integer, boolean, list of strings, date string),
        `null` to delete the tag, or an operation: increment an integer tag, append to a list
        tag, remove values from a list tag. With `userId` instead of `hwid` the tags are set on
        every device of that user.

        Sends `setTags`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            set_tags_operation.OPERATION,
            {
                "application": application,
                "tags": tags,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def get_tags(
        self,
        *,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[get_tags_operation.Result]:
        """Read the tags of a device or of a user (the HTTP answer; `.parse()` gives the result).

        By `hwid`, or by `userId` instead; when both are given, `hwid` wins.

        Sends `getTags`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            dict[str, AppendOperation | bool | IncrementOperation | int | list[str] | None | RemoveOperation | str]

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            get_tags_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def set_badge(
        self,
        *,
        hwid: str,
        badge: int,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[set_badge_operation.Result]:
        """Store the current badge value of a device (the HTTP answer; `.parse()` gives the result).

        Sent by the SDK when the app changes its badge, so that auto-incrementing badges work.

        Sends `setBadge`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            badge: The current badge number of the app.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            set_badge_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "badge": badge,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def application_open(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[application_open_operation.Result]:
        """Record that the app was opened on a device (the HTTP answer; `.parse()` gives the result).

        Registers an app-open event for the device. The SDKs send it each time the app comes to
        the foreground, with the device's system fields (language, timezone, versions). Each call
        counts one open: do not repeat it blindly.

        Sends `applicationOpen`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            application_open_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
            },
            extra_headers,
            timeout,
        )

    async def push_stat(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[push_stat_operation.Result]:
        """Record that a push notification was opened (the HTTP answer; `.parse()` gives the result).

        Registers a push-open event for the device. `hash` is the `p` parameter of the push
        payload and names the message; `userId` may name the user who opened it. The SDKs also
        send `metaData` from the payload. Each call counts one open: do not repeat it blindly.

        Sends `pushStat`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            push_stat_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    async def message_delivery_event(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        hash: str | Absent = ABSENT,
        meta_data: MetadataType1 | str | Mapping[str, Any] | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[message_delivery_event_operation.Result]:
        """Record that a push notification was delivered to a device (the HTTP answer; `.parse()` gives the result).

        Registers a push-delivery event for the device. `hash` is the `p` parameter of the push
        payload and names the message. The SDKs also send `metaData` from the payload. Each call
        counts one delivery: do not repeat it blindly.

        Sends `messageDeliveryEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            hash: The hash of the push (the `p` parameter of its payload).
            meta_data: Message metadata the SDK copies from the push payload; a string on
                Android, an object on web. Not on the vendor pages.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            message_delivery_event_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "hash": hash,
                "metaData": meta_data,
            },
            extra_headers,
            timeout,
        )

    async def register_email(
        self,
        *,
        email: str,
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tags: Tags
        | Mapping[
            str,
            AppendOperation
            | bool
            | IncrementOperation
            | int
            | list[str]
            | None
            | RemoveOperation
            | str,
        ]
        | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_email_operation.Result]:
        """Register an email subscriber (the HTTP answer; `.parse()` gives the result).

        Creates an email device (device_type 14) identified by the address.

        Sends `registerEmail`; a repeat is unless-increment (`x-pushwoosh-repeat`).

        Args:
            email: The email address to register.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tags: Tag names, each with a value (or, when setting tags, an operation to apply).
            tz_offset: The time zone offset in seconds (sent by the Android SDK).
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            register_email_operation.OPERATION,
            {
                "application": application,
                "email": email,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tags": tags,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    async def register_user(
        self,
        *,
        hwid: str,
        application: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        tz_offset: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[register_user_operation.Result]:
        """Link an external user ID to a device (the HTTP answer; `.parse()` gives the result).

        Usually called before the push token is obtained and before registerDevice, so the
        device need not be registered yet. When `userId` is empty the hwid is used.

        Sends `registerUser`; a repeat is safe (`x-pushwoosh-repeat`).

        Args:
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            tz_offset: The time zone offset in seconds.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            None

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            register_user_operation.OPERATION,
            {
                "application": application,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "tz_offset": tz_offset,
            },
            extra_headers,
            timeout,
        )

    async def post_event(
        self,
        *,
        event: str,
        attributes: EventAttributes | Mapping[str, Any],
        application: str | Absent = ABSENT,
        hwid: str | Absent = ABSENT,
        user_id: str | Absent = ABSENT,
        device_type: DeviceType | int | Absent = ABSENT,
        v: str | Absent = ABSENT,
        language: str | Absent = ABSENT,
        timezone: float | int | str | Absent = ABSENT,
        device_model: str | Absent = ABSENT,
        os_version: str | Absent = ABSENT,
        app_version: str | Absent = ABSENT,
        package: str | Absent = ABSENT,
        android_package: str | Absent = ABSENT,
        notification_types: int | Absent = ABSENT,
        timestamp_utc: int | Absent = ABSENT,
        timestamp_current: int | Absent = ABSENT,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Absent = ABSENT,
    ) -> RawResponse[post_event_operation.Result]:
        """Post an event (the HTTP answer; `.parse()` gives the result).

        The event name must match an event created in the Control Panel. `attributes` may be
        empty but must be present. The user is identified by hwid, userId or both.

        Sends `postEvent`; a repeat is unsafe (`x-pushwoosh-repeat`).

        Args:
            event: The event name, exactly as created in the Control Panel.
            attributes: The attributes of an event, by name; may be empty but not absent.
            application: The Pushwoosh application code. Every vendor example has the form
                `XXXXX-XXXXX` (two groups of five letters or digits), but no page states a format,
                so none is enforced.
            hwid: The hardware ID of the device: the IDFV on iOS, a random value on Android, an
                E.164 phone number for SMS, `whatsapp:` + E.164 for WhatsApp.
            user_id: The external user ID, which links several devices to one user.
            device_type: The platform of the device: 1 iOS, 3 Android, 7 Mac OS X, 8 Windows, 9
                Amazon, 10 Safari, 11 Chrome, 12 Firefox, 14 Email, 17 Huawei, 18 SMS, 21 WhatsApp.
            v: The SDK version (sent by the SDKs, not on the vendor pages).
            language: The device language: the vendor documents a lowercase ISO 639-1 code
                (`en`) on registerDevice; the web SDK may send a locale with a region (`en-US`).
            timezone: The offset of the device's time zone from UTC, in seconds. The vendor
                documents an integer; the web SDK sends a numeric string; a float is accepted too
                (the mock's tolerance).
            device_model: The device model (a system tag in the vendor's registerDevice
                example).
            os_version: The OS version (a system tag in the vendor's registerDevice example).
            app_version: The app version (a system tag in the vendor's registerDevice example).
            package: The app's bundle ID (sent by the iOS SDK, not on the vendor pages).
            android_package: The Android package name (sent by the Android SDK, not on the
                vendor pages).
            notification_types: The notification types the user allowed, a bit mask (sent by the
                Android SDK, not on the vendor pages).
            timestamp_utc: The time of the event, UTC, in seconds since the epoch.
            timestamp_current: The time of the event, local time, in seconds since the epoch.
            extra_headers: HTTP headers to add to this call.
            timeout: This call's timeout, instead of the client's.

        Returns:
            str

        Raises:
            errors.InvalidArgumentError: an argument does not fit the spec (nothing was sent).
            errors.ArgumentError: the API answered status_code 210.
            errors.APIStatusError: an HTTP error status (one subclass per status).
            errors.APIConnectionError: no answer (errors.APITimeoutError for a timeout).
        """
        return await self._client._request_raw(
            post_event_operation.OPERATION,
            {
                "application": application,
                "event": event,
                "attributes": attributes,
                "hwid": hwid,
                "userId": user_id,
                "device_type": device_type,
                "v": v,
                "language": language,
                "timezone": timezone,
                "device_model": device_model,
                "os_version": os_version,
                "app_version": app_version,
                "package": package,
                "android_package": android_package,
                "notificationTypes": notification_types,
                "timestampUTC": timestamp_utc,
                "timestampCurrent": timestamp_current,
            },
            extra_headers,
            timeout,
        )

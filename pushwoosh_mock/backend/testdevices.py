"""Test devices: what createTestDevice stores in a device's fields, and listTestDevices' reading of
them (a module not named ``test_*``, which pytest would collect). The fields are the devices
table's (``Devices.set_fields`` writes them), so a deleted device is no test device any more;
this module only reads that table.

The rules (the spec's ``mock-test-devices`` note): createTestDevice names the device by ``hwid``
(it must be registered), or by ``push_token`` and ``device_type`` (the application's device with
that token, or a new one whose hwid is the token); listTestDevices answers the application's test
devices in the order they were registered, ``type`` being the device type as a string.
"""

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

FLAG = "test_device"
"""The device field that marks a test device (with ``test_name`` and ``test_description``)."""


def marks(request: Mapping[str, Any]) -> dict[str, Any]:
    """The fields createTestDevice stores on the device (a description not given is removed)."""
    return {
        FLAG: True,
        "test_name": request["name"],
        "test_description": request.get("description"),
    }


def listed(db: sqlite3.Connection, application: str) -> list[dict[str, Any]]:
    """listTestDevices: the application's test devices as the vendor spells them (a value the
    device does not have is left out)."""
    rows = db.execute(
        "SELECT push_token, device_type, fields FROM devices WHERE application = ?"
        f" AND json_extract(fields, '$.{FLAG}') ORDER BY created, hwid",
        (application,),
    ).fetchall()
    found = []
    for row in rows:
        fields = json.loads(row["fields"])
        device = {
            "name": fields.get("test_name"),
            "type": None if row["device_type"] is None else str(row["device_type"]),
            "pushtoken": row["push_token"],
            "description": fields.get("test_description"),
        }
        found.append({key: value for key, value in device.items() if value is not None})
    return found

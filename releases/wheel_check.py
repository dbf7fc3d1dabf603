"""Register a device with the installed wheel's client, and read the mock's state to confirm it.

    python releases/wheel_check.py BASE_URL TOKEN

Run by ``nox -s build`` with a fresh virtual environment's interpreter, outside the source tree,
against a standalone mock started from the same wheel (``interop/with_mock.py``).
"""

import json
import sys
import urllib.request

import pushwoosh_generated
from pushwoosh_generated import DeviceType, PushwooshClient

APPLICATION = "WHEEL-00001"
HWID = "wheel-check"


def main(base_url: str, token: str) -> int:
    """Register the device; 0 when the mock's state holds it."""
    if "site-packages" not in (pushwoosh_generated.__file__ or ""):
        print(f"imported {pushwoosh_generated.__file__}, not the installed wheel", file=sys.stderr)
        return 1
    with PushwooshClient(token, application=APPLICATION, base_url=base_url) as client:
        client.register_device(hwid=HWID, device_type=DeviceType.ANDROID)
    with urllib.request.urlopen(f"{base_url}/__mock/state", timeout=5) as answer:
        devices = json.load(answer)["devices"]
    if not any((d["application"], d["hwid"]) == (APPLICATION, HWID) for d in devices):
        print(f"the mock holds no device {HWID} of {APPLICATION}: {devices}", file=sys.stderr)
        return 1
    version = pushwoosh_generated.__version__
    print(
        f"pushwoosh_generated {version} from the wheel registered a device on the standalone mock"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

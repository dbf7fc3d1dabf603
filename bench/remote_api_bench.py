"""The Remote API's worst requests against the state size: what each costs, and how long other
clients wait meanwhile.

    python bench/remote_api_bench.py [--devices 1000 100000] [--source DIR] [--timeout 300]

The mock is served on a loopback port (uvicorn in a thread of this process) with N devices of
one application (tag ``N`` = 0…99). For each request below, one client sends it while a probe
client sends getTags in a loop: the request's wall time, and the probe's worst and median
latency during it (a request that holds the event loop shows as a worst latency as long as the
request).

- broad: one createMessage to every device;
- broad x5: five of them at once;
- 1,000 notifications: one createMessage of 1,000 notifications, 100 distinct conditions (18 KB);
- segment 1 MB: createFilter of a 1 MB segment (an application, or a tag in a list of 130,000
  values), then one createMessage of 5 notifications naming it;
- targeted: createTargetedMessage with ``T("N", GTE, 50)``.

``--source DIR`` imports ``pushwoosh_mock`` from DIR (an older release unpacked there) to measure
it the same way. Prints a Markdown table for bench/RESULTS.md; not part of the test run.
"""

import argparse
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

APP = "BENCH-APP01"
SERVER_TOKEN = "dev-server-token"
HEADERS = {"Authorization": "Token dev-token"}


def remote(client: httpx.Client, method: str, timeout: float, **fields: Any) -> dict[str, Any]:
    """One Remote API call; its envelope."""
    body = {"request": {"auth": SERVER_TOKEN, **fields}}
    answer: dict[str, Any] = client.post(f"/json/1.3/{method}", json=body, timeout=timeout).json()
    return answer


def probe(url: str, stop: threading.Event) -> list[float]:
    """getTags in a loop until stopped; each call's latency."""
    latencies = []
    with httpx.Client(base_url=url, headers=HEADERS, timeout=600) as client:
        body = {"request": {"application": APP, "hwid": "d0"}}
        while not stop.is_set():
            started = time.perf_counter()
            client.post("/json/1.3/getTags", json=body)
            latencies.append(time.perf_counter() - started)
    return latencies


def measure(url: str, work: Callable[[], object]) -> tuple[float, float, float]:
    """Run `work` beside the probe: its seconds, the probe's worst and median latency."""
    stop = threading.Event()
    latencies: list[float] = []
    thread = threading.Thread(target=lambda: latencies.extend(probe(url, stop)))
    thread.start()
    time.sleep(0.3)
    started = time.perf_counter()
    try:
        work()
    finally:
        took = time.perf_counter() - started
        stop.set()
        thread.join()
    return took, max(latencies), statistics.median(latencies)


def scenarios(client: httpx.Client, timeout: float) -> dict[str, Callable[[], object]]:
    """The requests measured, by name."""

    def broad() -> object:
        answer = remote(client, "createMessage", timeout, application=APP,
                        notifications=[{"content": "x"}])  # fmt: skip
        assert answer["status_code"] == 200, answer
        return answer

    def broad_five() -> object:
        with ThreadPoolExecutor(5) as pool:
            return list(pool.map(lambda _: broad(), range(5)))

    def thousand() -> object:
        notifications = [
            {"content": "x", "conditions": [["N", "EQ", n % 100]]} for n in range(1000)
        ]
        answer = remote(client, "createMessage", timeout, application=APP,
                        notifications=notifications)  # fmt: skip
        assert answer["status_code"] == 200, answer
        return answer

    def segment() -> object:
        values = ", ".join(str(n) for n in range(130_000))  # about 0.9 MB
        expression = f'A("{APP}") + T("S", IN, [{values}])'
        name = f"big-{time.monotonic_ns()}"
        made = remote(client, "createFilter", timeout, name=name, filter_expression=expression)
        assert made["status_code"] == 200, made
        answer = remote(client, "createMessage", timeout, application=APP,
                        notifications=[{"content": "x", "filter": name}] * 5)  # fmt: skip
        assert answer["status_code"] == 200, answer
        return answer

    def targeted() -> object:
        answer = remote(client, "createTargetedMessage", timeout, content="x",
                        devices_filter='T("N", GTE, 50)')  # fmt: skip
        assert answer["status_code"] == 200, answer
        return answer

    return {
        "broad": broad,
        "broad x5": broad_five,
        "1,000 notifications": thousand,
        "segment 1 MB": segment,
        "targeted": targeted,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--source", type=Path, help="import pushwoosh_mock from this directory")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--only", nargs="*", help="run only these scenarios")
    options = parser.parse_args()
    root = options.source or Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from pushwoosh_mock import create_app
    from pushwoosh_mock.threaded import serve_in_thread

    print("| devices | request | request s | worst other call s | median other call s |")
    print("|---|---|---|---|---|")
    for count in options.devices:
        app = create_app(rate_limits={})
        for n in range(count):
            app.store.register_device(
                {"application": APP, "hwid": f"d{n}", "device_type": 3,
                 "push_token": f"token-{n}", "tags": {"N": n % 100}}
            )  # fmt: skip
        with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
            for name, work in scenarios(client, options.timeout).items():
                if options.only and name not in options.only:
                    continue
                try:
                    took, worst, median = measure(url, work)
                    row = f"{took:.2f} | {worst:.3f} | {median:.4f}"
                except httpx.TimeoutException:
                    row = f"> {options.timeout:.0f} (timed out) | | "
                print(f"| {count:,} | {name} | {row} |", flush=True)
        app.store.close()
    print(json.dumps({"python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()

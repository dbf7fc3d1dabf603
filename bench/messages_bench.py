"""createMessage to a large audience against the standalone mock: bulk against the naive loop,
and the rate limiter's accuracy.

    python bench/messages_bench.py [--users 100000] [--limited-calls 700]

1. 100,000 users (10,000 of them with a device): `client.bulk.create_message` against a loop of
   one createMessage per 1,000 users, in the same run: requests sent and wall time of each.
2. `--limited-calls` createMessage calls from 8 threads under the spec's limit (600 a minute):
   the moments the mock received them; the most calls any 60-second window held; and the
   mock's own 429s (none when the client kept the limit).

Prints a Markdown section for bench/RESULTS.md.
"""

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pushwoosh_generated import PushwooshClient
from pushwoosh_mock import DEV_SERVER_TOKEN, DEV_TOKEN
from tests.servers import running

APP = "BENCH-APP01"


def most_in_a_window(moments: list[float], period: float) -> int:
    """The most moments any window of `period` seconds holds."""
    moments = sorted(moments)
    best, start = 0, 0
    for end, moment in enumerate(moments):
        while moment - moments[start] >= period:
            start += 1
        best = max(best, end - start + 1)
    return best


def client(url: str) -> PushwooshClient:
    return PushwooshClient(
        DEV_TOKEN, server_token=DEV_SERVER_TOKEN, application=APP, base_url=url, timeout=120
    )


def audience(url: str, users: int, with_devices: int) -> str:
    """Register devices, bulk-send to every user, loop-send to every user; a Markdown table."""
    ids = [f"user-{n}" for n in range(users)]
    with client(url) as c:
        registered = c.bulk.register_devices(
            [
                {"hwid": f"h-{n}", "device_type": 3, "push_token": f"t-{n}", "user_id": ids[n]}
                for n in range(with_devices)
            ],
            concurrency=16,
            progress=False,
        )
        assert all(r.ok for r in registered)
        rows = []
        for name, send in (
            ("`bulk.create_message`", lambda: c.bulk.create_message(
                {"content": "Sale", "send_date": "now"}, users=ids, progress=False)),
            ("loop: one createMessage per 1,000 users", lambda: [
                c.create_message(notifications=[{"content": "Sale", "users": ids[i : i + 1000]}])
                for i in range(0, users, 1000)]),
        ):  # fmt: skip
            requests_before = _count(url)
            started = time.perf_counter()
            send()
            seconds = time.perf_counter() - started
            requests = _count(url) - requests_before
            rows.append(f"| {name} | {requests} | {seconds:.2f} s |")
    return "\n".join(
        [
            f"{users:,} users ({with_devices:,} with a device), one notification:",
            "",
            "| how | createMessage requests | wall time |",
            "|---|---|---|",
            *rows,
        ]
    )


def _count(url: str) -> int:
    """The createMessage calls the mock's journal holds."""
    import httpx

    calls = httpx.get(f"{url}/__mock/requests", params={"operation": "createMessage"}).json()
    return len(calls["calls"])


def limiter(url: str, calls: int) -> str:
    """`calls` createMessage calls from 8 threads within 600 a minute; the accuracy."""
    import httpx

    httpx.post(f"{url}/__mock/reset").raise_for_status()
    with client(url) as c:
        per_thread = [calls // 8 + (1 if n < calls % 8 else 0) for n in range(8)]
        started = time.perf_counter()
        threads = [
            threading.Thread(
                target=lambda k=k: [c.create_message(notifications=[]) for _ in range(k)]
            )
            for k in per_thread
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
    listing = httpx.get(f"{url}/__mock/requests", params={"operation": "createMessage"}).json()[
        "calls"
    ]
    moments = [call["at"] for call in listing if call["status"] == 200]
    refused = sum(1 for call in listing if call["status"] == 429)
    return "\n".join(
        [
            f"{calls} createMessage calls from 8 threads, the client keeping the spec's limit"
            " (600 a minute; its window is 61 s):",
            "",
            "| calls answered 200 | mock's 429s | most calls in any 60 s the mock saw | wall time |",
            "|---|---|---|---|",
            f"| {len(moments)} | {refused} | {most_in_a_window(moments, 60.0)} | {seconds:.1f} s |",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--with-devices", type=int, default=10_000)
    parser.add_argument("--limited-calls", type=int, default=700)
    args = parser.parse_args()
    with running("--journal-size", "5000") as server:
        print(audience(server.url, args.users, args.with_devices))
        print()
        print(limiter(server.url, args.limited_calls))


if __name__ == "__main__":
    main()

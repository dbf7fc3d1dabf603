"""client.bulk against the standalone mock: 10,000 setTags at concurrency 64, sync and async.

Reports items per second and the client process's peak RSS (``resource.getrusage``; the sync
run comes first, so the async row is the peak over both), for bench/RESULTS.md.

    python bench/bulk_bench.py [--items 10000] [--concurrency 64]
"""

import argparse
import asyncio
import resource
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from client_bench import APP, standalone_mock

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_mock import DEV_TOKEN

DEVICES = 100
"""The items set tags on this many registered devices, in turn."""


def peak_rss_mib() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Register the devices, then run the sync and the async bulk setTags; print a table row each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    items = [
        {"hwid": f"bulk-{n % DEVICES}", "tags": {"Seen": n, "Plan": "gold"}}
        for n in range(args.items)
    ]
    rows = []
    with standalone_mock() as url:
        limits = httpx.Limits(
            max_connections=args.concurrency, max_keepalive_connections=args.concurrency
        )
        with PushwooshClient(
            DEV_TOKEN, application=APP, base_url=url, http_client=httpx.Client(limits=limits)
        ) as client:
            registered = client.bulk.register_devices(
                [{"hwid": f"bulk-{n}", "device_type": 3} for n in range(DEVICES)], progress=False
            )
            assert all(r.ok for r in registered)
            started = time.perf_counter()
            results = client.bulk.set_tags(items, concurrency=args.concurrency, progress=False)
            seconds = time.perf_counter() - started
            failed = sum(not r.ok for r in results)
            rows.append(("sync (threads)", args.items / seconds, failed, peak_rss_mib()))

        async def run_async() -> tuple[float, int]:
            async with AsyncPushwooshClient(
                DEV_TOKEN,
                application=APP,
                base_url=url,
                http_client=httpx.AsyncClient(limits=limits),
            ) as client:
                started = time.perf_counter()
                results = await client.bulk.set_tags(
                    items, concurrency=args.concurrency, progress=False
                )
                return time.perf_counter() - started, sum(not r.ok for r in results)

        seconds, failed = asyncio.run(run_async())
        rows.append(("async (tasks)", args.items / seconds, failed, peak_rss_mib()))
    print(
        f"\n{args.items:,} setTags through client.bulk at concurrency {args.concurrency}, standalone mock"
    )
    print("| client | items/s | failed | client peak RSS MiB |\n|---|---|---|---|")
    for name, rate, failed, rss in rows:
        print(f"| {name} | {rate:.0f} | {failed} | {rss:.0f} |")


if __name__ == "__main__":
    main()

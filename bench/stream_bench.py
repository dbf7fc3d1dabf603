"""The streaming bulk: up to 1,000,000 setTags items from a generator, in bounded memory.

Items cycle over 1,000 registered devices and come from a generator (nothing holds the input);
results are counted as they come and dropped. Each size runs in its own process (pinned to
CPU 1, the standalone mock on CPU 0), so its peak RSS (``ru_maxrss``) is that size's alone;
the process also samples its RSS every 10 s. Reports items/s, errors and peak RSS per size.
The sync client (threads, about half the async rate) runs the sizes up to ``--sync-up-to``.

    python bench/stream_bench.py [--sizes 10000,100000,1000000] [--clients sync,async]
        [--sync-up-to 100000] [--concurrency 64] [--write FILE]
    python bench/stream_bench.py --one sync --items 10000 --url URL   # one measurement (internal)
"""

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from standalone import APP, pin_self, register_devices, standalone_mock

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_mock import DEV_TOKEN

DEVICES = 1000
SECTION = ("<!-- stream:start -->", "<!-- stream:end -->")


def rows(items: int) -> Iterator[dict[str, Any]]:
    """The items, made one at a time: setTags on the devices in turn."""
    for n in range(items):
        yield {"hwid": f"stream-{n % DEVICES}", "tags": {"Seen": n, "Plan": "gold"}}


def peak_rss_mib() -> float:
    """This process's peak resident set so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_sync(url: str, items: int, concurrency: int) -> tuple[int, int]:
    """Stream the items through PushwooshClient.bulk.stream; return (results, errors)."""
    seen = errors = 0
    with PushwooshClient(
        DEV_TOKEN, application=APP, base_url=url, max_connections=concurrency
    ) as client:
        for result in client.bulk.stream(
            client.set_tags, rows(items), concurrency=concurrency, progress=False
        ):
            seen += 1
            errors += not result.ok or result.result is not None
    return seen, errors


def run_async(url: str, items: int, concurrency: int) -> tuple[int, int]:
    """Stream the items through AsyncPushwooshClient.bulk.stream; return (results, errors)."""

    async def run() -> tuple[int, int]:
        seen = errors = 0
        async with (
            AsyncPushwooshClient(
                DEV_TOKEN, application=APP, base_url=url, max_connections=concurrency
            ) as client,
            client.bulk.stream(
                client.set_tags, rows(items), concurrency=concurrency, progress=False
            ) as results,
        ):
            async for result in results:
                seen += 1
                errors += not result.ok or result.result is not None
        return seen, errors

    return asyncio.run(run())


def one(kind: str, url: str, items: int, concurrency: int) -> dict[str, Any]:
    """One measurement in this process; RSS sampled every 10 s on a side thread."""
    pin_self()
    me = psutil.Process()
    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(10):
            samples.append(me.memory_info().rss / 2**20)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    seen, errors = (run_sync if kind == "sync" else run_async)(url, items, concurrency)
    seconds = time.perf_counter() - started
    stop.set()
    return {
        "client": kind,
        "items": items,
        "results": seen,
        "errors": errors,
        "seconds": seconds,
        "rate": items / seconds,
        "peak_rss": peak_rss_mib(),
        "rss_samples": samples,
    }


def measure(sizes: list[int], clients: list[str], concurrency: int, sync_up_to: int) -> str:
    """Each (client, size) in its own process against one mock; return the Markdown report."""
    done = []
    with standalone_mock() as server:
        register_devices(server.url, [f"stream-{n}" for n in range(DEVICES)])
        for items in sizes:
            for kind in clients:
                if kind == "sync" and items > sync_up_to:
                    continue
                child = subprocess.run(
                    [sys.executable, __file__, "--one", kind, "--items", str(items),
                     "--url", server.url, "--concurrency", str(concurrency)],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                result = json.loads(child.stdout)
                print(
                    f"{kind} {items:,}: {result['rate']:.0f} items/s, {result['errors']} errors,"
                    f" peak RSS {result['peak_rss']:.1f} MiB, {result['seconds']:.0f} s",
                    file=sys.stderr,
                )
                if result["results"] != items or result["errors"]:
                    sys.exit(
                        f"{kind} {items}: {result['results']} results, {result['errors']} errors"
                    )
                done.append(result)
    lines = [
        f"setTags items from a generator over {DEVICES:,} registered devices, streamed at"
        f" concurrency {concurrency} through `client.bulk.stream` against the standalone mock (one"
        " process, CPU 0); each row is its own client process on CPU 1, so its peak RSS"
        " (ru_maxrss) is that size's alone. Every item came back with a result, 0 errors.",
        "",
        "| client | items | items/s | wall s | peak RSS MiB | RSS every 10 s, MiB |",
        "|---|---|---|---|---|---|",
    ]
    for r in done:
        trace = ", ".join(
            f"{v:.0f}" for v in r["rss_samples"][:: max(1, len(r["rss_samples"]) // 12)]
        )
        lines.append(
            f"| {r['client']} | {r['items']:,} | {r['rate']:.0f} | {r['seconds']:.0f} |"
            f" {r['peak_rss']:.1f} | {trace or 'no sample'} |"
        )
    summary = []
    for kind in clients:
        runs = [r for r in done if r["client"] == kind]
        if len(runs) > 1:
            first, last = runs[0], runs[-1]
            summary.append(
                f"{kind}: peak RSS {first['peak_rss']:.1f} MiB at {first['items']:,} items,"
                f" {last['peak_rss']:.1f} MiB at {last['items']:,}"
                f" ({last['peak_rss'] - first['peak_rss']:+.1f} MiB)."
            )
    return "\n".join([*lines, "", " ".join(summary)] if summary else lines)


def write_section(path: Path, report: str) -> None:
    """Replace the stream section of RESULTS.md (between its markers) with the report."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(SECTION[0]) + len(SECTION[0]), text.index(SECTION[1])
    path.write_text(f"{text[:start]}\n{report}\n{text[end:]}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--clients", default="sync,async")
    parser.add_argument(
        "--sync-up-to", type=int, default=100_000, help="the largest size the sync client runs"
    )
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--write", type=Path, help="replace the stream section of this file")
    parser.add_argument("--one", choices=["sync", "async"], help=argparse.SUPPRESS)
    parser.add_argument("--items", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.url, args.items, args.concurrency)))
        return
    pin_self()
    sizes = [int(size) for size in args.sizes.split(",")]
    report = measure(sizes, args.clients.split(","), args.concurrency, args.sync_up_to)
    print(report)
    if args.write is not None:
        write_section(args.write, report)


if __name__ == "__main__":
    main()

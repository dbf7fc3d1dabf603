"""Bulk setTags throughput of the clients against raw HTTP clients, in one run.

3,000 setTags at concurrency 64 against the standalone mock (one process on CPU 0; this process on
CPU 1), median of alternating rounds. Rows: raw aiohttp (64 connections, the same bodies and
headers the client sends), ``AsyncPushwooshClient`` ``bulk.map`` (its default transport), raw
``httpx.Client`` from 64 threads, ``PushwooshClient`` ``bulk.map`` (threads). Every call must be
answered HTTP 200 with ``status_code`` 200; errors are counted and a round with any is refused.
Each round also reports this process's CPU and the server's (a share of one core), so a ratio
can be read as client-bound or server-bound.

    python bench/bulk_bench.py [--calls 3000] [--concurrency 64] [--rounds 3] [--write FILE]
    python bench/bulk_bench.py --profile async [--seconds 20]   # py-spy over the async bulk
"""

import argparse
import asyncio
import collections
import concurrent.futures
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import aiohttp
import httpx

sys.path.insert(0, str(Path(__file__).parent))
from standalone import APP, HEADERS, Meter, Server, pin_self, register_devices, standalone_mock

from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_mock import DEV_TOKEN

DEVICES = 1000
"""The items set tags on this many registered devices, in turn."""
SECTION = ("<!-- bulk:start -->", "<!-- bulk:end -->")
RAW_AIOHTTP = "raw aiohttp, 64 connections"
RAW_HTTPX_AIOHTTP = "raw httpx.AsyncClient over httpx-aiohttp, 64 tasks"
ASYNC_CLIENT = "AsyncPushwooshClient bulk.map (default transport)"
RAW_THREADS = "raw httpx.Client from 64 threads"
SYNC_CLIENT = "PushwooshClient bulk.map (threads)"


def hwid(n: int) -> str:
    return f"bulk-{n % DEVICES}"


def tags(n: int) -> dict[str, Any]:
    return {"Seen": n, "Plan": "gold"}


def body(n: int) -> bytes:
    """The body the client sends for item n (application, hwid, tags), compact JSON."""
    request = {"request": {"application": APP, "hwid": hwid(n), "tags": tags(n)}}
    return json.dumps(request, separators=(",", ":")).encode()


def items(calls: int) -> list[dict[str, Any]]:
    return [{"hwid": hwid(n), "tags": tags(n)} for n in range(calls)]


def answered(status: int, content: bytes) -> bool:
    """Whether an answer is the API's success: HTTP 200 and status_code 200."""
    return status == 200 and json.loads(content)["status_code"] == 200


FAILURES: collections.Counter[str] = collections.Counter()
"""What the failed calls raised (or answered), for the message of a refused round."""


def _failed(results: list[Any]) -> int:
    """Count the items that did not succeed with no skipped tags, and note what they raised."""
    failed = [r for r in results if not r.ok or r.result is not None]
    FAILURES.update(repr(r.error if r.error is not None else r.result)[:120] for r in failed)
    return len(failed)


def raw_aiohttp(url: str, calls: int, concurrency: int) -> int:
    """POST setTags from `concurrency` tasks over one aiohttp session; return the errors."""

    async def run() -> int:
        errors = 0
        work = iter(range(calls))
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(url, connector=connector, headers=HEADERS) as session:

            async def worker() -> None:
                nonlocal errors
                for n in work:
                    try:
                        async with session.post("/json/1.3/setTags", data=body(n)) as answer:
                            errors += not answered(answer.status, await answer.read())
                    except aiohttp.ClientError as exc:
                        FAILURES[repr(exc)[:120]] += 1
                        errors += 1

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        return errors

    return asyncio.run(run())


def raw_httpx_aiohttp(url: str, calls: int, concurrency: int) -> int:
    """As raw_aiohttp, through httpx.AsyncClient over the httpx-aiohttp transport (the stack
    the async client's default transport is built on, without the client)."""
    from httpx_aiohttp import AiohttpTransport

    async def run() -> int:
        errors = 0
        work = iter(range(calls))
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(
            base_url=url, headers=HEADERS, transport=AiohttpTransport(limits=limits)
        ) as http:

            async def worker() -> None:
                nonlocal errors
                for n in work:
                    try:
                        answer = await http.post("/json/1.3/setTags", content=body(n))
                        errors += not answered(answer.status_code, answer.content)
                    except httpx.TransportError as exc:
                        FAILURES[repr(exc)[:120]] += 1
                        errors += 1

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        return errors

    return asyncio.run(run())


def async_client(url: str, calls: int, concurrency: int) -> int:
    """client.bulk.map(client.set_tags, ...) on the async client; return the failed items."""

    async def run() -> int:
        async with AsyncPushwooshClient(
            DEV_TOKEN, application=APP, base_url=url, max_connections=concurrency
        ) as client:
            results = await client.bulk.map(
                client.set_tags, items(calls), concurrency=concurrency, progress=False
            )
        assert len(results) == calls
        return _failed(results)

    return asyncio.run(run())


def raw_threads(url: str, calls: int, concurrency: int) -> int:
    """POST setTags from `concurrency` threads sharing one httpx.Client; return the errors."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    errors = 0
    lock = threading.Lock()
    with httpx.Client(base_url=url, headers=HEADERS, limits=limits) as http:

        def one(n: int) -> None:
            nonlocal errors
            try:
                answer = http.post("/json/1.3/setTags", content=body(n))
                ok = answered(answer.status_code, answer.content)
            except httpx.TransportError as exc:
                FAILURES[repr(exc)[:120]] += 1
                ok = False
            if not ok:
                with lock:
                    errors += 1

        with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, range(calls)))
    return errors


def sync_client(url: str, calls: int, concurrency: int) -> int:
    """client.bulk.map(client.set_tags, ...) on the sync client; return the failed items."""
    with PushwooshClient(
        DEV_TOKEN, application=APP, base_url=url, max_connections=concurrency
    ) as client:
        results = client.bulk.map(
            client.set_tags, items(calls), concurrency=concurrency, progress=False
        )
    assert len(results) == calls
    return _failed(results)


RUNS: dict[str, Callable[[str, int, int], int]] = {
    RAW_AIOHTTP: raw_aiohttp,
    RAW_HTTPX_AIOHTTP: raw_httpx_aiohttp,
    ASYNC_CLIENT: async_client,
    RAW_THREADS: raw_threads,
    SYNC_CLIENT: sync_client,
}


def measure(server: Server, calls: int, concurrency: int, rounds: int) -> str:
    """Alternate the four runs for `rounds` rounds; return the Markdown report."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in RUNS}
    for name, run in RUNS.items():  # warm-up: the mock's tables, the imports, the pools
        assert run(server.url, min(calls, 500), concurrency) == 0, name
    for number in range(rounds):
        for name, run in RUNS.items():
            with Meter(server) as meter:
                errors = run(server.url, calls, concurrency)
            if errors:
                sys.exit(
                    f"round {number + 1}, {name}: {errors} of {calls} calls failed:"
                    f" {dict(FAILURES)}"
                )
            rate = calls / meter.seconds
            samples[name].append((rate, meter.client_cpu, meter.server_cpu))
            print(
                f"round {number + 1} {name}: {rate:.0f} calls/s, client CPU"
                f" {meter.client_cpu:.0%}, server CPU {meter.server_cpu:.0%}",
                file=sys.stderr,
            )
    median = {name: statistics.median(s[0] for s in runs) for name, runs in samples.items()}
    per_cpu = {
        name: statistics.median(rate / cpu for rate, cpu, _ in runs)
        for name, runs in samples.items()
    }
    rows = []
    for name, runs in samples.items():
        each = ", ".join(f"{rate:.0f}" for rate, _, _ in runs)
        client = ", ".join(f"{c:.0%}" for _, c, _ in runs)
        server_cpu = ", ".join(f"{s:.0%}" for _, _, s in runs)
        rows.append(
            f"| {name} | {median[name]:.0f} ({each}) | {client} | {server_cpu} |"
            f" {per_cpu[name]:.0f} |"
        )
    to_aiohttp = median[ASYNC_CLIENT] / median[RAW_AIOHTTP]
    to_threads = median[SYNC_CLIENT] / median[RAW_THREADS]
    cpu_aiohttp = per_cpu[ASYNC_CLIENT] / per_cpu[RAW_AIOHTTP]
    cpu_threads = per_cpu[SYNC_CLIENT] / per_cpu[RAW_THREADS]
    return "\n".join([
        f"{calls:,} setTags at concurrency {concurrency} over {DEVICES:,} registered devices,"
        f" {rounds} alternating rounds, medians; the standalone mock (one process) on CPU 0,"
        f" the clients on CPU 1; aiohttp {version('aiohttp')}, httpx {version('httpx')},"
        f" httpx-aiohttp {version('httpx-aiohttp')}. Every call answered HTTP 200 with"
        " status_code 200 (0 errors in every round). CPU is a share of one core over the round;"
        " calls per client CPU second (calls/s over the client's share of its core, median) is"
        " steadier than calls/s when other work takes part of the client's core.",
        "",
        "| client | calls/s (each round) | client CPU (each round) | server CPU (each round) |"
        " calls per client CPU second |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"**async client / raw aiohttp: {to_aiohttp:.2f}** (target ≥ 0.35, aim 0.5; per client"
        f" CPU second {cpu_aiohttp:.2f}); **sync client / raw httpx threads: {to_threads:.2f}**"
        f" (target ≥ 0.9; per client CPU second {cpu_threads:.2f}); raw httpx over"
        f" httpx-aiohttp / raw aiohttp: {median[RAW_HTTPX_AIOHTTP] / median[RAW_AIOHTTP]:.2f},"
        f" async client / raw httpx over httpx-aiohttp:"
        f" {median[ASYNC_CLIENT] / median[RAW_HTTPX_AIOHTTP]:.2f}",
    ])  # fmt: skip


def write_section(path: Path, report: str) -> None:
    """Replace the bulk section of RESULTS.md (between its markers) with the report."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(SECTION[0]) + len(SECTION[0]), text.index(SECTION[1])
    path.write_text(f"{text[:start]}\n{report}\n{text[end:]}", encoding="utf-8")


def profile(seconds: int, concurrency: int) -> str:
    """Sample this process with py-spy while the async bulk runs; return the top functions.

    Each sample is charged to its deepest frame in a named package (the client, httpx,
    httpx-aiohttp, aiohttp, anyio, asyncio, json, ...): a share of the client process's time.
    """
    spy_path = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    samples = Path(tempfile.mkdtemp()) / "samples.txt"
    with standalone_mock() as server:
        register_devices(server.url, [hwid(n) for n in range(DEVICES)])
        async_client(server.url, 500, concurrency)
        code = (
            "import sys, time; sys.path.insert(0, 'bench'); import bulk_bench as b;"
            f"b.pin_self(); start = time.time(); end = start + {seconds}; calls = 0\n"
            f"while time.time() < end: assert not b.async_client({server.url!r}, 3000,"
            f" {concurrency}); calls += 3000\n"
            "print(calls / (time.time() - start))"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", code], cwd=Path(__file__).parent.parent, stdout=subprocess.PIPE
        )
        spy = subprocess.run(
            [spy_path, "record", "-p", str(child.pid), "-d", str(seconds - 2), "-r", "500",
             "-f", "raw", "-o", str(samples), "--nonblocking"],
            capture_output=True, text=True,
        )  # fmt: skip
        out, _ = child.communicate()
        if spy.returncode != 0:
            sys.exit(f"py-spy failed: {spy.stderr}")
    rate = float(out)
    return (
        f"The async bulk under py-spy: {rate:.0f} calls/s, {1e6 / rate:.0f} µs of the client's"
        f" core per call (sampling slows it).\n\n{charge(samples.read_text(encoding='utf-8'))}"
    )


PACKAGES = (
    "pushwoosh_generated/",
    "httpx_aiohttp/",
    "httpx/",
    "httpcore/",
    "aiohttp/",
    "anyio/",
    "asyncio/",
    "attrs/",
    "json/",
    "jsonschema_rs",
    "pydantic",
    "yarl/",
    "multidict/",
    "tqdm/",
)


LAYERS = (
    ("pushwoosh_generated/lib/", "client: bulk (pushwoosh_generated.lib)"),
    (
        "pushwoosh_generated/_transport.py",
        "transport adapter (httpx-aiohttp and its error mapping)",
    ),
    ("httpx_aiohttp/", "transport adapter (httpx-aiohttp and its error mapping)"),
    ("pushwoosh_generated/", "client: runtime (arguments, body, retry loop, answer)"),
    ("httpx/", "httpx (AsyncClient, Request, Response, URL, Headers)"),
    ("aiohttp/", "aiohttp (session, connector, HTTP parser)"),
    ("anyio/", "anyio (called by the client)"),
)
"""Layers a sample is charged to: the deepest frame of one of them (asyncio, json, yarl and the
other helpers count for the layer that called them); no such frame: the event loop itself."""


def layer_of(stack: str) -> str:
    for frame in reversed(stack.split(";")):
        for marker, layer in LAYERS:
            if marker in frame:
                return layer
    return "event loop (asyncio: selector, callbacks, socket writes)"


def charge(raw: str) -> str:
    """Charge each py-spy sample to its layer and to the deepest frame in one of PACKAGES."""
    by_layer: dict[str, int] = {}
    by_package: dict[str, int] = {}
    by_function: dict[str, int] = {}
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        total += n
        layer = layer_of(stack)
        by_layer[layer] = by_layer.get(layer, 0) + n
        package, function = "other", "other"
        for frame in reversed(stack.split(";")):
            found = next((p for p in PACKAGES if p in frame), None)
            if found is not None:
                package = found.rstrip("/")
                name, _, where = frame.partition(" (")
                short = where.split(found, 1)[-1].split(":")[0]
                function = f"{package}/{short}: {name}"
                break
        by_package[package] = by_package.get(package, 0) + n
        by_function[function] = by_function.get(function, 0) + n
    lines = [f"{total} samples of the client process (py-spy, 500 Hz).", ""]
    lines += ["| layer (with the helpers it calls) | share |", "|---|---|"]
    for layer, n in sorted(by_layer.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {layer} | {n / total:.1%} |")
    lines += ["", "| package (deepest frame) | share |", "|---|---|"]
    for package, n in sorted(by_package.items(), key=lambda kv: -kv[1]):
        if n / total >= 0.005:
            lines.append(f"| {package} | {n / total:.1%} |")
    lines += ["", "| function (deepest frame in a package) | share |", "|---|---|"]
    for function, n in sorted(by_function.items(), key=lambda kv: -kv[1])[:25]:
        lines.append(f"| {function} | {n / total:.1%} |")
    return "\n".join(lines)


def main() -> None:
    """Register the devices, run the rounds, print (and optionally record) the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", type=Path, help="replace the bulk section of this file")
    parser.add_argument("--profile", choices=["async"], help="py-spy over the async bulk instead")
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    pin_self()
    if args.profile:
        print(profile(args.seconds, args.concurrency))
        return
    with standalone_mock() as server:
        register_devices(server.url, [hwid(n) for n in range(DEVICES)])
        report = measure(server, args.calls, args.concurrency, args.rounds)
    print(report)
    if args.write is not None:
        write_section(args.write, report)


if __name__ == "__main__":
    main()

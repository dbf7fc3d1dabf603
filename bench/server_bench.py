"""Load benchmarks of the mock on one server process, measured with wrk on loopback.

``throughput``: a valid registerDevice (fresh hwid, userId, three tags) on the mock, on a bare
Starlette endpoint that returns the same JSON on the same uvicorn stack, and optionally on Prism
mocking the same spec; alternating rounds in one run; reports req/s, p50, p99 and the ratios.
The load generator must not be the bound: wrk's CPU is measured each round (refused at 90% of
its core or more), and a bare round with twice the connections, in every round, must not answer
more than 10% above the bare rounds (medians); otherwise the run exits non-zero and records nothing.
``soak``: 100,000+ setTags calls; the server's RSS is sampled as the count grows.

The server is pinned to CPU 0 and wrk to CPU 1 when the machine has two or more. Usage::

    python bench/server_bench.py throughput [--seconds 8] [--rounds 3] [--prism PATH] [--write FILE]
    python bench/server_bench.py profile [--app bare_app:app] [--seconds 8]
    python bench/server_bench.py soak [--requests 100000]
    python bench/server_bench.py inprocess [--calls 20000]   # the ASGI apps alone, no sockets
    python bench/server_bench.py growth [--seconds 4] [--rounds 3]   # throughput at 1,000 and 200,000 devices

``nox -s bench_mock`` installs Prism and writes the throughput section of bench/RESULTS.md.
"""

import argparse
import contextlib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONNECTIONS = 8
BARE = "bare Starlette endpoint"
MOCK = "pushwoosh_mock (validated, stateful)"
SERVER_STACK = frozenset(
    {
        "uvicorn",
        "asyncio",
        "starlette",
        "h11",
        "httptools",
        "uvloop",
        "anyio",
        "_weakrefset",
        "click",
        "runpy",
    }
)
"""Top-level modules charged to the server stack when profiling."""
SECTION_START = "<!-- throughput:start -->"
SECTION_END = "<!-- throughput:end -->"


def _pin(cpu: int) -> list[str]:
    return (
        ["taskset", "-c", str(cpu)]
        if shutil.which("taskset") and (os.cpu_count() or 1) >= 2
        else []
    )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(app: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start uvicorn with one worker on a free port; return the process and base URL."""
    port = _free_port()
    command = [*_pin(0), sys.executable, "-m", "uvicorn", app, "--port", str(port),
               "--workers", "1", "--log-level", "warning", "--no-access-log"]  # fmt: skip
    if app.endswith(":create_app"):
        command.append("--factory")
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, "PYTHONPATH": f"{ROOT}:{HERE}"}
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.post(f"{url}/json/1.3/registerDevice", content=b"{}", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{app} did not start")


def run_wrk(
    url: str,
    script: str,
    seconds: int,
    *,
    connections: int = CONNECTIONS,
    server: Callable[[], float] | None = None,
) -> dict[str, float]:
    """Run wrk and return requests/s, p50 and p99 in milliseconds, the request count, and the
    CPU of wrk and (given a reader of its CPU seconds) of the server, as shares of one core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_before = server() if server is not None else 0.0
    started = time.perf_counter()
    done = subprocess.run(
        [*_pin(1), "wrk", "-t1", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "-s", str(HERE / script), url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrk_cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / wall
    server_cpu = (server() - server_before) / wall if server is not None else 0.0
    out = done.stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw non-2xx answers:\n{out}")

    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert match, out
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    assert rps and total, out
    return {
        "rps": float(rps.group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "requests": float(total.group(1)),
        "wrk_cpu": wrk_cpu,
        "server_cpu": server_cpu,
    }


def cpu_of(pid: int) -> Callable[[], float]:
    """A reader of the CPU seconds of a process and its children (Prism's node may fork)."""
    process = psutil.Process(pid)

    def seconds() -> float:
        total = 0.0
        for each in [process, *process.children(recursive=True)]:
            with contextlib.suppress(psutil.NoSuchProcess):
                times = each.cpu_times()
                total += times.user + times.system
        return total

    return seconds


def check_happy_path(url: str) -> None:
    """Fail before timing anything unless registerDevice is answered 200/200."""
    body = {
        "request": {
            "application": "BENCH-APP01", "hwid": "check", "device_type": 3, "push_token": "tok",
            "language": "en", "timezone": 3600, "userId": "u1",
            "tags": {"Level": 1, "List": ["a", "b"], "Plan": "gold"},
        }
    }  # fmt: skip
    answer = httpx.post(
        f"{url}/json/1.3/registerDevice", json=body, headers={"Authorization": "Token dev-token"}
    )
    assert answer.status_code == 200 and answer.json()["status_code"] == 200, answer.text


def start_prism(prism: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start Prism mocking the spec on a free port, pinned like the Python servers."""
    port = _free_port()
    command = [*_pin(0), prism, "mock", str(ROOT / "openapi" / "pushwoosh.yaml"),
               "--port", str(port), "--host", "127.0.0.1", "--errors"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.post(f"{url}/json/1.3/registerDevice", content=b"{}", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("prism did not start")


WRK_SATURATED = 0.90
"""wrk at or above this share of its core may be what bounds a round: no ratio is recorded."""
STARVED = 0.80
"""A server below this share of its core was short of CPU (other work on the machine), or idle."""
MORE_LOAD_RISE = 0.10
"""Bare rounds with twice the connections faster than this over the bare rounds (medians): the
load was not enough to keep the server busy, and no ratio is recorded."""


def throughput(seconds: int, rounds: int, prism: str | None) -> tuple[str, list[str]]:
    """Alternate bare, mock, (if given) Prism and a bare round with twice the connections (the
    load check); return a Markdown report and the reasons (if any) not to trust its ratios."""
    check = f"{BARE}, wrk -c{2 * CONNECTIONS} (load check)"
    servers: dict[str, tuple[Callable[[], tuple[subprocess.Popen[bytes], str]], int]] = {
        BARE: (lambda: start_server("bare_app:app"), CONNECTIONS),
        MOCK: (lambda: start_server("pushwoosh_mock:create_app"), CONNECTIONS),
    }
    if prism is not None:
        version = subprocess.run([prism, "--version"], capture_output=True, text=True).stdout
        prism_name = f"Prism {version.strip()} (stateless)"
        servers[prism_name] = (lambda: start_prism(prism), CONNECTIONS)
    servers[check] = (lambda: start_server("bare_app:app"), 2 * CONNECTIONS)

    def measured(name: str) -> dict[str, float]:
        start, connections = servers[name]
        process, url = start()
        try:
            check_happy_path(url)
            run_wrk(url, "register_device.lua", 2)  # warm-up
            result = run_wrk(
                url, "register_device.lua", seconds, connections=connections,
                server=cpu_of(process.pid),
            )  # fmt: skip
        finally:
            process.terminate()
            process.wait()
        print(
            f"{name} (-c{connections}): {result['rps']:.0f} req/s, wrk CPU"
            f" {result['wrk_cpu']:.0%}, server CPU {result['server_cpu']:.0%}",
            file=sys.stderr,
        )
        return result

    results: dict[str, list[dict[str, float]]] = {name: [] for name in servers}
    for _ in range(rounds):
        for name in servers:
            results[name].append(measured(name))
    rows, medians = [], {}
    for name, runs in results.items():
        medians[name] = {k: statistics.median(r[k] for r in runs) for k in ("rps", "p50", "p99")}
        m = medians[name]
        each = ", ".join(f"{r['rps']:.0f}" for r in runs)
        wrk = ", ".join(f"{r['wrk_cpu']:.0%}" for r in runs)
        cpu = ", ".join(f"{r['server_cpu']:.0%}" for r in runs)
        medians[name]["per_cpu"] = statistics.median(
            r["rps"] / r["server_cpu"] for r in runs if r["server_cpu"] > 0
        )
        rows.append(
            f"| {name} | {m['rps']:.0f} ({each}) | {m['p50']:.2f} | {m['p99']:.2f} | {wrk} | {cpu}"
            f" | {m['per_cpu']:.0f} |"
        )
    bare = medians[BARE]["rps"]
    rise = medians[check]["rps"] / bare - 1
    problems = [
        f"{name}, round {number}: wrk used {r['wrk_cpu']:.0%} of its core"
        for name, runs in results.items()
        for number, r in enumerate(runs, 1)
        if r["wrk_cpu"] >= WRK_SATURATED
    ]
    if rise > MORE_LOAD_RISE:
        problems.append(
            f"the bare endpoint answered {rise:+.0%} with twice the connections (medians): the"
            " load did not keep the server busy"
        )
    starved = [
        f"{name} round {number} ({r['server_cpu']:.0%})"
        for name, runs in results.items()
        for number, r in enumerate(runs, 1)
        if r["server_cpu"] < STARVED
    ]
    mock = medians[MOCK]["rps"]
    per_cpu = medians[MOCK]["per_cpu"] / medians[BARE]["per_cpu"]
    ratios = [
        f"**mock / bare: {mock / bare:.2f}** (target ≥ 0.80; per server CPU second: {per_cpu:.2f})"
    ]
    if prism is not None:
        ratios.append(f"**mock / Prism: {mock / medians[prism_name]['rps']:.2f}** (target ≥ 4)")
    report = "\n".join([
        f"wrk -t1 -c{CONNECTIONS} -d{seconds}s, {rounds} alternating rounds, medians; one server"
        f" process on CPU 0, wrk on CPU 1; {stack()}. wrk and server CPU: shares of one core"
        " over each round (wrk is one thread; at 90% or more the run is refused as possibly"
        f" bound by the load generator). Load check: a bare round with -c{2 * CONNECTIONS} in"
        f" every round, whose median answered {rise:+.0%} against the bare median (more than"
        " +10% is refused). Requests per server CPU second (req/s over the server's share of its"
        " core, median of the rounds) is what each server does with the CPU it got: steadier than"
        " req/s when other work takes part of the server's core.",
        "",
        "| server | req/s (each round) | p50 ms | p99 ms | wrk CPU (each round) | server CPU (each round) | requests per server CPU second |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "; ".join(ratios),
        *(
            ["", "The server had less than 80% of its core in " + ", ".join(starved) + ": other"
             " work on the machine took the rest (compare the rounds)."]
            if starved else []
        ),
    ])  # fmt: skip
    return report, problems


def stack() -> str:
    """Name the server stack the Python servers run on (uvicorn picks the fastest installed)."""
    from importlib.metadata import version
    from importlib.util import find_spec

    http = "httptools" if find_spec("httptools") else "h11"
    loop = "uvloop" if find_spec("uvloop") else "asyncio"
    return f"uvicorn {version('uvicorn')} with {http} and {loop}"


def write_section(path: Path, report: str) -> None:
    """Replace the throughput section of RESULTS.md (between its markers) with the report."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(SECTION_START) + len(SECTION_START), text.index(SECTION_END)
    path.write_text(f"{text[:start]}\n{report}\n{text[end:]}", encoding="utf-8")


def soak(requests: int) -> str:
    """Send at least ``requests`` setTags calls; return a Markdown report of RSS as they grow."""
    process, url = start_server("pushwoosh_mock:create_app")
    server = psutil.Process(process.pid)
    try:
        with httpx.Client(base_url=url, headers={"Authorization": "Token dev-token"}) as client:
            for n in range(100):
                body = {
                    "request": {"application": "BENCH-APP01", "hwid": f"soak-{n}", "device_type": 3}
                }
                client.post("/json/1.3/registerDevice", json=body).raise_for_status()
        samples = [(0, server.memory_info().rss)]
        sent = 0
        while sent < requests:
            sent += int(run_wrk(url, "set_tags_cycle.lua", 4)["requests"])
            samples.append((sent, server.memory_info().rss))
        journal = httpx.get(f"{url}/__mock/requests").json()
        counter = httpx.post(
            f"{url}/json/1.3/getTags",
            json={"request": {"application": "BENCH-APP01", "hwid": "soak-1"}},
            headers={"Authorization": "Token dev-token"},
        ).json()["response"]["result"]["Counter"]
    finally:
        process.terminate()
        process.wait()
    first_after_warmup = samples[1][1]
    growth = (samples[-1][1] - first_after_warmup) / 2**20
    lines = [f"| {count} | {rss / 2**20:.1f} |" for count, rss in samples]
    return "\n".join([
        f"{sent} setTags calls over 100 devices (wrk -c{CONNECTIONS}), default journal size.",
        "",
        "| requests sent | server RSS MiB |",
        "|---|---|",
        *lines,
        "",
        f"RSS change from the first sample after warm-up to the end: {growth:+.1f} MiB; "
        f"journal kept {journal['kept']} of {journal['total']} calls; one device's counter: {counter}.",
    ])  # fmt: skip


def idle() -> str:
    """Start the standalone mock, let it settle, and return its resident memory in MiB."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pushwoosh_mock", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(400):
            try:
                httpx.get(f"http://127.0.0.1:{port}/__mock/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        time.sleep(1)
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
    finally:
        process.terminate()
        process.wait()
    return f"`python -m pushwoosh_mock`, idle after start: {rss:.1f} MiB resident"


def profile(app: str, seconds: int) -> str:
    """Sample the server with py-spy under wrk load; return where its CPU time goes, per request.

    Each sample is charged to its deepest frame that is either the app's own code (with the
    libraries it calls: SQLite, the Rust validator, orjson, json) or the server stack (uvicorn,
    asyncio, Starlette, ...): time in ``send`` is the server's, not the app's.
    """
    process, url = start_server(app)
    samples = Path(tempfile.mkdtemp()) / "samples.txt"
    try:
        check_happy_path(url)
        run_wrk(url, "register_device.lua", 2)  # warm-up
        spy = subprocess.Popen(
            [shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy"), "record", "-p", str(process.pid), "-d", str(seconds - 2), "-r", "1000",
             "-f", "raw", "-o", str(samples)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        load = run_wrk(url, "register_device.lua", seconds)
        spy.wait()
    finally:
        process.terminate()
        process.wait()
    own = "pushwoosh_mock/" if app.startswith("pushwoosh_mock") else "bare_app.py"
    charged: dict[str, int] = {}
    for line in samples.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        key = "other"
        for frame in reversed(stack.split(";")):
            if own in frame:
                key = "app: " + _frame_name(frame)
                break
            top = frame[frame.find("(") + 1 :].split(":")[0].split("/")[0].removesuffix(".py")
            if top in SERVER_STACK:
                key = "stack: " + top
                break
        charged[key] = charged.get(key, 0) + int(count)
    total = sum(charged.values())
    per_request = 1e6 / load["rps"]
    rows = [
        f"| {key} | {n / total:.1%} | {n / total * per_request:.1f} |"
        for key, n in sorted(charged.items(), key=lambda item: -item[1])
        if n / total >= 0.005
    ]
    in_app = sum(n for key, n in charged.items() if key.startswith("app: ")) / total
    return "\n".join([
        f"`{app}` under wrk -c{CONNECTIONS}: {load['rps']:.0f} req/s, {per_request:.0f} µs of one"
        f" core per request, {in_app:.0%} of it in the app's own code; {total} samples.",
        "",
        "| charged to | share | µs per request |",
        "|---|---|---|",
        *rows,
    ])  # fmt: skip


def inprocess(calls: int, rounds: int) -> str:
    """CPU per call of the ASGI apps themselves (no server, no sockets): the mock and the bare
    endpoint called in a loop with fresh registerDevice bodies (random hwids, as
    register_device.lua sends), alternating rounds."""
    import asyncio
    import importlib
    import random

    sys.path.insert(0, str(HERE))
    # This tree's mock, not the one the environment installed (an editable install points at
    # another work tree: a run from a worktree of an older release would measure the newer code).
    sys.path.insert(0, str(ROOT))
    from pushwoosh_mock import create_app

    bare = importlib.import_module("bare_app").app
    apps = {MOCK: create_app(), BARE: bare}
    headers = [
        (b"host", b"127.0.0.1"),
        (b"content-type", b"application/json"),
        (b"authorization", b"Token dev-token"),
    ]
    counter = 0

    async def one(app: Any) -> None:
        nonlocal counter
        counter += 1
        body = (
            b'{"request":{"application":"BENCH-APP01","hwid":"bench-%d-%d","device_type":3,'
            b'"push_token":"tok","language":"en","timezone":3600,"userId":"u%d",'
            b'"tags":{"Level":%d,"List":["a","b"],"Plan":"gold"}}}'
        ) % (random.randint(1, 1_000_000), counter, counter % 1000, counter % 50)
        scope = {
            "type": "http", "method": "POST", "path": "/json/1.3/registerDevice",
            "raw_path": b"/json/1.3/registerDevice", "query_string": b"", "root_path": "",
            "headers": [*headers, (b"content-length", b"%d" % len(body))], "scheme": "http",
            "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5000), "http_version": "1.1",
            "asgi": {"version": "3.0"},
        }  # fmt: skip
        sent: list[Any] = []

        async def receive() -> Any:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Any) -> None:
            sent.append(message)

        await app(scope, receive, send)
        assert sent[0]["status"] == 200, sent

    async def run(app: Any, n: int) -> float:
        started = time.process_time()
        for _ in range(n):
            await one(app)
        return (time.process_time() - started) / n * 1e6

    async def main() -> dict[str, list[float]]:
        for app in apps.values():
            await run(app, 2000)  # warm-up
        samples: dict[str, list[float]] = {name: [] for name in apps}
        for _ in range(rounds):
            for name, app in apps.items():
                samples[name].append(await run(app, calls))
        return samples

    samples = asyncio.run(main())
    lines = [
        f"In process, {calls:,} fresh registerDevice calls a round, {rounds} alternating rounds"
        " (CPU µs per call, median and each round):",
        "",
    ]
    for name, values in samples.items():
        each = ", ".join(f"{v:.1f}" for v in values)
        lines.append(f"- {name}: {statistics.median(values):.1f} µs ({each})")
    mock, bare = (statistics.median(samples[k]) for k in (MOCK, BARE))
    lines.append(f"- mock / bare (calls per CPU second): {bare / mock:.2f}")
    return "\n".join(lines)


GROWTH_SIZES = (1_000, 200_000)
"""The stored devices the growth benchmark compares registerDevice throughput at."""
FILL_CONNECTIONS = 32


def _fill(url: str, devices: int) -> int:
    """Register fresh devices with wrk until at least `devices` are stored; return how many."""
    stored = 0
    while stored < devices:
        chunk = 1 if devices - stored < 20_000 else 2
        stored += int(
            run_wrk(url, "register_device.lua", chunk, connections=FILL_CONNECTIONS)["requests"]
        )
    return stored


def growth(seconds: int, rounds: int) -> tuple[str, list[str]]:
    """registerDevice throughput (a new device each call, as in `throughput`) on a mock that
    stores about 1,000 devices (a fresh server filled to 1,000 each round) and one that stores
    200,000 or more (filled once, growing with each round); alternating rounds."""
    small, large = (f"{size:,} devices stored" for size in GROWTH_SIZES)
    samples: dict[str, list[dict[str, float]]] = {small: [], large: []}
    stored = {small: 0, large: 0}
    big, big_url = start_server("pushwoosh_mock:create_app")
    try:
        stored[large] = _fill(big_url, GROWTH_SIZES[1])
        for _ in range(rounds):
            process, url = start_server("pushwoosh_mock:create_app")
            try:
                stored[small] = _fill(url, GROWTH_SIZES[0])
                samples[small].append(
                    run_wrk(url, "register_device.lua", seconds, server=cpu_of(process.pid))
                )
            finally:
                process.terminate()
                process.wait()
            result = run_wrk(big_url, "register_device.lua", seconds, server=cpu_of(big.pid))
            samples[large].append(result)
            stored[large] += int(result["requests"])
    finally:
        big.terminate()
        big.wait()
    problems = [
        f"{name}: wrk used {r['wrk_cpu']:.0%} of its core"
        for name, results in samples.items()
        for r in results
        if r["wrk_cpu"] >= WRK_SATURATED
    ]
    lines = [
        f"registerDevice throughput against the state's size: wrk -c{CONNECTIONS}, {rounds}"
        f" alternating rounds of {seconds} s, server and wrk pinned to a core each; a new device"
        " per call.",
        "",
        "| state | req/s (median) | rounds | server CPU | wrk CPU |",
        "|---|---|---|---|---|",
    ]
    medians = {}
    for name, results in samples.items():
        medians[name] = statistics.median(r["rps"] for r in results)
        each = ", ".join(f"{r['rps']:.0f}" for r in results)
        server = statistics.median(r["server_cpu"] for r in results)
        wrk = max(r["wrk_cpu"] for r in results)
        lines.append(f"| {name} | {medians[name]:,.0f} | {each} | {server:.0%} | {wrk:.0%} (max) |")
    lines += [
        "",
        f"With {GROWTH_SIZES[1]:,}+ devices stored (up to {stored[large]:,} by the last round)"
        f" the mock answers {medians[large] / medians[small]:.2f}x its throughput with"
        f" {GROWTH_SIZES[0]:,}.",
    ]
    return "\n".join(lines), problems


def _frame_name(frame: str) -> str:
    """`Store.register_device (pushwoosh_mock/store.py:160)` → `store.Store.register_device`."""
    function, _, where = frame.partition(" (")
    module = where.split(":")[0].rsplit("/", 1)[-1].removesuffix(".py")
    return f"{module}.{function}"


def main() -> None:
    """Run one benchmark and print its Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="bench", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--seconds", type=int, default=8)
    t.add_argument("--rounds", type=int, default=3)
    t.add_argument("--prism", help="the prism executable; Prism joins the comparison")
    t.add_argument("--write", type=Path, help="replace the throughput section of this file")
    p = sub.add_parser("profile")
    p.add_argument("--app", default="pushwoosh_mock:create_app")
    p.add_argument("--seconds", type=int, default=8)
    s = sub.add_parser("soak")
    s.add_argument("--requests", type=int, default=100_000)
    sub.add_parser("idle")
    g = sub.add_parser("growth")
    g.add_argument("--seconds", type=int, default=4)
    g.add_argument("--rounds", type=int, default=3)
    i = sub.add_parser("inprocess")
    i.add_argument("--calls", type=int, default=20_000)
    i.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.bench == "inprocess":
        print(inprocess(args.calls, args.rounds))
        return
    if args.bench == "idle":
        print(idle())
        return
    if shutil.which("wrk") is None:
        sys.exit("wrk is required (Debian: apt-get install wrk)")
    if args.bench == "profile":
        print(profile(args.app, args.seconds))
        return
    if args.bench == "soak":
        print(soak(args.requests))
        return
    if args.bench == "growth":
        report, problems = growth(args.seconds, args.rounds)
        print(report)
        if problems:
            sys.exit("the load generator may have been the bound:\n  " + "\n  ".join(problems))
        return
    report, problems = throughput(args.seconds, args.rounds, args.prism)
    print(report)
    if problems:
        sys.exit(
            "not recorded: the load generator may have been the bound:\n  " + "\n  ".join(problems)
        )
    if args.write is not None:
        write_section(args.write, report)


if __name__ == "__main__":
    main()

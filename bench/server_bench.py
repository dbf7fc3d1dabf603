"""Load benchmarks of the mock on one uvicorn worker, measured with wrk on loopback.

``throughput``: validated registerDevice on the mock against a bare Starlette endpoint that
returns the same JSON, in the same run, alternating rounds; reports req/s, p50, p99 and the ratio.
``soak``: 100,000+ setTags calls; the server's RSS is sampled as the count grows.

The server is pinned to CPU 0 and wrk to CPU 1 when the machine has two or more. Usage::

    python bench/server_bench.py throughput [--seconds 10] [--rounds 3]
    python bench/server_bench.py soak [--requests 100000]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONNECTIONS = 32


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


def run_wrk(url: str, script: str, seconds: int) -> dict[str, float]:
    """Run wrk and return requests/s, p50 and p99 in milliseconds, and the request count."""
    done = subprocess.run(
        [*_pin(1), "wrk", "-t1", f"-c{CONNECTIONS}", f"-d{int(seconds)}s", "--latency", "-s", str(HERE / script), url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
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
    }


def check_happy_path(url: str) -> None:
    """Fail before timing anything unless registerDevice is answered 200/200."""
    body = {"request": {"application": "BENCH-APP01", "hwid": "check", "device_type": 3}}
    answer = httpx.post(
        f"{url}/json/1.3/registerDevice", json=body, headers={"Authorization": "Token dev-token"}
    )
    assert answer.status_code == 200 and answer.json()["status_code"] == 200, answer.text


def throughput(seconds: int, rounds: int) -> str:
    """Alternate bare and mock rounds; return a Markdown report."""
    apps = {
        "bare Starlette endpoint": "bare_app:app",
        "pushwoosh_mock (validated)": "pushwoosh_mock:create_app",
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in apps}
    for _ in range(rounds):
        for name, app in apps.items():
            process, url = start_server(app)
            try:
                check_happy_path(url)
                run_wrk(url, "register_device.lua", 2)  # warm-up
                results[name].append(run_wrk(url, "register_device.lua", seconds))
            finally:
                process.terminate()
                process.wait()
    rows, medians = [], {}
    for name, runs in results.items():
        medians[name] = {k: statistics.median(r[k] for r in runs) for k in ("rps", "p50", "p99")}
        m = medians[name]
        each = ", ".join(f"{r['rps']:.0f}" for r in runs)
        rows.append(f"| {name} | {m['rps']:.0f} ({each}) | {m['p50']:.2f} | {m['p99']:.2f} |")
    bare, mock = medians["bare Starlette endpoint"], medians["pushwoosh_mock (validated)"]
    ratio = mock["rps"] / bare["rps"]
    return "\n".join([
        f"wrk -t1 -c{CONNECTIONS} -d{seconds}s, {rounds} alternating rounds, medians; one uvicorn worker.",
        "",
        "| server | req/s (each round) | p50 ms | p99 ms |",
        "|---|---|---|---|",
        *rows,
        "",
        f"**Ratio mock / bare: {ratio:.2f}** (target ≥ 0.70)",
    ])  # fmt: skip


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


def main() -> None:
    """Run one benchmark and print its Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="bench", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--seconds", type=int, default=10)
    t.add_argument("--rounds", type=int, default=3)
    s = sub.add_parser("soak")
    s.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is required (Debian: apt-get install wrk)")
    print(
        throughput(args.seconds, args.rounds) if args.bench == "throughput" else soak(args.requests)
    )


if __name__ == "__main__":
    main()

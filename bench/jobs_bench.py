"""The Audience API's jobs from the client: tags in bulk, and an export's rows.

``set-tags``: the standalone mock (``--quiet --job-delay 0``, pinned to CPU 0) with N devices
registered by ``bulk_register_device`` in calls of 1,000 (not timed); then, each variant in its own
client process pinned to CPU 1 (so peak RSS, ``ru_maxrss``, is that variant's alone),
``client.bulk.set_tags_job`` over a generator of N updates, and a sequential loop of
``client.set_tags`` over the same devices (over N/10 of them, extrapolated, when N calls would take
more than about 3 minutes at the rate of a 1,000-call probe). Calls are counted from the mock's
journal (its ``total`` before and after) and by the client process (its own calls and polls).
Wall time, devices/s, the client's CPU seconds (``process_time``) and the mock's (utime + stime
from ``/proc/<pid>/stat``) over the timed stretch; the tags are read back on a sample of devices
with ``get_tags`` before anything is reported. Two diagnostic rows run ``set_tags_job`` with the
client's waits skipped (``clock.waits_replaced``, the test harness's hook) to show what the calls
themselves cost, at N and N/10.

``rows``: synthetic exports in the vendor's shape (a ZIP holding
``export_segment_<APPCODE>_<unixtime>.csv``, the header ``Hwid,User ID,Push Token,Type,Type
(humanized),<tags>`` as the mock writes it) of each size, served by ``http.server`` on loopback in
this process (CPU 0); each size read by ``client.jobs.rows(url)`` in a fresh process (CPU 1),
consuming every row. Rows/s, time to the first row (the download and the ZIP's opening), peak RSS,
the file's size, and the file server's CPU; a baseline process only imports the client and builds
one (the same script, so the same imports).

Usage::

    python bench/jobs_bench.py set-tags [--devices 200000] [--loop-devices N]
    python bench/jobs_bench.py rows [--sizes 1000,250000,500000,1000000] [--rounds 2]
"""

import argparse
import contextlib
import csv
import functools
import http.server
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from standalone import APP, pin_self, standalone_mock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REGISTER_CALL = 1000
"""Devices per bulkRegisterDevice call while the state is built (not timed)."""
PROBE_CALLS = 1000
"""setTags calls of the untimed probe that decides whether the loop is sampled."""
LOOP_LIMIT_SECONDS = 180.0
"""A loop over every device expected to take longer than this is timed over N/10 devices."""
VERIFY = 200
"""Devices read back with getTags after each variant."""
TAG_COLUMNS = ("City", "Interests", "Language", "Level", "Plan")
"""The synthetic export's tag columns (sorted, as the mock writes them)."""
TYPES = {1: "IOS", 3: "ANDROID", 12: "FIREFOX"}
VARIANTS = {
    "job": "`bulk.set_tags_job(updates, create_missing_tags=True)`, as shipped",
    "job-nowait": "`bulk.set_tags_job`, the client's waits skipped (diagnostic)",
    "loop": "sequential `client.set_tags(hwid=…, tags=…)`, one client",
}


def hwid(n: int) -> str:
    return f"jobs-bench-{n:07d}"


def peak_rss_mib() -> float:
    """This process's peak resident set so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def journal_total(url: str) -> int:
    """The calls the mock has journaled since it started (the /__mock routes are not)."""
    total: int = httpx.get(f"{url}/__mock/requests", params={"limit": 0}).json()["total"]
    return total


def client_for(url: str) -> Any:
    from pushwoosh_generated import PushwooshClient
    from pushwoosh_mock import DEV_SERVER_TOKEN, DEV_TOKEN

    return PushwooshClient(DEV_TOKEN, server_token=DEV_SERVER_TOKEN, application=APP, base_url=url)


def child(*args: str) -> dict[str, Any]:
    """Run this script's internal subcommand in a fresh process; return its JSON line."""
    done = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"{' '.join(args[:1])} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = os.getloadavg()[0]
    return result


def baseline() -> dict[str, Any]:
    """A process that imports the client and builds one, nothing more."""
    pin_self()
    with client_for("http://127.0.0.1:9"):
        pass
    return {"peak_rss": peak_rss_mib()}


# ---- set-tags --------------------------------------------------------------------------------


def register(url: str, devices: int) -> None:
    """Register the devices with bulkRegisterDevice, 1,000 a call."""
    with client_for(url) as client:
        for first in range(0, devices, REGISTER_CALL):
            client.bulk_register_device(
                devices=[
                    {"hwid": hwid(n), "push_token": f"token-{n}", "platform": 3}
                    for n in range(first, min(first + REGISTER_CALL, devices))
                ]
            )


def expected_tags(variant: str, n: int) -> dict[str, Any]:
    """The tags a variant sets on device n (each variant its own values, so a read-back tells)."""
    return {"Batch": variant, "Score": n}


def one_set_tags(variant: str, url: str, mock_pid: int, devices: int) -> dict[str, Any]:
    """One variant in this process, pinned to CPU 1; the tags read back before returning."""
    from pushwoosh_generated import clock

    pin_self()
    result: dict[str, Any] = {"variant": variant, "devices": devices}
    with client_for(url) as client:
        if variant == "loop":
            probe = range(devices - PROBE_CALLS, devices)
            started = time.perf_counter()
            for n in probe:
                client.set_tags(hwid=hwid(n), tags=expected_tags("probe", n))
            estimate = devices * (time.perf_counter() - started) / PROBE_CALLS
            result["probe_estimate"] = estimate
            timed = devices if estimate <= LOOP_LIMIT_SECONDS else devices // 10
        else:
            timed = devices
        result["timed_devices"] = timed
        sleeps: list[float] = []

        def counted_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            if variant == "job":
                time.sleep(seconds)

        async def no_async_sleep(seconds: float) -> None:  # the blocking client never calls it
            raise AssertionError("async wait in a blocking client")

        journal_before = journal_total(url)
        mock_before = proc_cpu_seconds(mock_pid)
        cpu_before = time.process_time()
        started = time.perf_counter()
        if variant == "loop":
            calls = 0
            for n in range(timed):
                client.set_tags(hwid=hwid(n), tags=expected_tags(variant, n))
                calls += 1
            result["client_calls"] = {"setTags": calls}
        else:
            updates = ({"hwid": hwid(n), "tags": expected_tags(variant, n)} for n in range(timed))
            with clock.waits_replaced(counted_sleep, no_async_sleep):
                report = client.bulk.set_tags_job(updates, create_missing_tags=True)
            if not report.ok or report.applied != timed:
                sys.exit(f"set_tags_job: {report.applied} applied, {report.failures[:3]}")
            result["client_calls"] = {"bulkSetTags": report.calls, "status polls": len(sleeps)}
            result["slept"] = sum(sleeps) if variant == "job" else 0.0
        result["wall"] = time.perf_counter() - started
        result["client_cpu"] = time.process_time() - cpu_before
        result["mock_cpu"] = proc_cpu_seconds(mock_pid) - mock_before
        result["journal_calls"] = journal_total(url) - journal_before
        result["peak_rss"] = peak_rss_mib()
        step = max(1, timed // VERIFY)
        checked = sorted({*range(0, timed, step)[:VERIFY], timed - 1})
        wrong = [
            n
            for n in checked
            if {k: v for k, v in client.get_tags(hwid=hwid(n)).items() if k in ("Batch", "Score")}
            != expected_tags(variant, n)
        ]
        if wrong:
            sys.exit(
                f"{variant}: tags not read back on {len(wrong)} devices, e.g. {hwid(wrong[0])}"
            )
        result["verified"] = len(checked)
    return result


def set_tags(devices: int) -> str:
    """Every variant against one mock holding the devices; return the Markdown report."""
    runs = []
    base = child("baseline")
    with standalone_mock("--quiet", "--job-delay", "0") as server:
        started = time.perf_counter()
        register(server.url, devices)
        print(f"registered {devices:,} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        pid = str(server.process.pid)
        plan = [("job", devices), ("job-nowait", devices), ("job-nowait", devices // 10)]
        for variant, size in [*plan, ("loop", devices)]:
            result = child("one-set-tags", variant, server.url, pid, str(size))
            print(json.dumps(result), file=sys.stderr)
            runs.append(result)
    lines = [
        f"{devices:,} devices registered on the standalone mock (`--quiet --job-delay 0`, one"
        " process pinned to CPU 0) with `bulk_register_device`, 1,000 a call (not timed); each"
        " row is its own client process pinned to CPU 1, so its peak RSS (ru_maxrss) is its own."
        " Calls: the mock's journal `total` before and after the timed stretch (the client's own"
        " count in brackets). CPU: seconds over the timed stretch, the client's `process_time` and"
        " the mock's utime + stime from /proc/<pid>/stat, with each as a share of the wall time."
        f" Tags read back with `get_tags` on {VERIFY + 1} devices spread over each row's devices"
        " before recording: all matched. Baseline: a process of the same script that imports the"
        f" client and builds one, {base['peak_rss']:.1f} MiB peak RSS. Load average: the machine's"
        " 1-minute figure when the row's process ended (2 cores; above 2, other work was waiting"
        " for a core).",
        "",
        "| variant | devices timed | calls (journal; client's count) | wall s | devices/s |"
        " client CPU s (share) | mock CPU s (share) | client peak RSS MiB | load avg (1 min) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        timed, wall = r["timed_devices"], r["wall"]
        own = ", ".join(f"{name} {count:,}" for name, count in r["client_calls"].items())
        name = VARIANTS[r["variant"]]
        if r["variant"] == "job":
            name += f" (of the wall time, {r['slept']:.0f} s asleep in the client's polling waits)"
        wall_text = f"{wall:.1f}"
        if timed != r["devices"]:
            whole = wall * r["devices"] / timed
            wall_text += f" (x{r['devices'] // timed} ≈ {whole:.0f} for all {r['devices']:,})"
            name += f" (sampled: a 1,000-call probe predicted {r['probe_estimate']:.0f} s for all)"
        lines.append(
            f"| {name} | {timed:,} | {r['journal_calls']:,} ({own}) | {wall_text} |"
            f" {timed / wall:,.0f} | {r['client_cpu']:.2f} ({r['client_cpu'] / wall:.0%}) |"
            f" {r['mock_cpu']:.2f} ({r['mock_cpu'] / wall:.0%}) | {r['peak_rss']:.1f} |"
            f" {r['load']:.2f} |"
        )
    return "\n".join(lines)


# ---- rows ------------------------------------------------------------------------------------


def write_export(path: Path, rows: int, seed: int = 1) -> int:
    """A ZIP holding one export CSV of ``rows`` devices (streamed, never whole in memory);
    return the CSV's uncompressed size."""
    rng = random.Random(seed)
    member = f"export_segment_{APP}_{int(time.time())}.csv"
    header = ["Hwid", "User ID", "Push Token", "Type", "Type (humanized)", *TAG_COLUMNS]
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(member, "w") as raw,
        io.TextIOWrapper(raw, encoding="utf-8", newline="") as text,
    ):
        writer = csv.writer(text)
        writer.writerow(header)
        for n in range(rows):
            kind = (1, 3, 3, 12)[n % 4]
            writer.writerow(
                [
                    f"{rng.getrandbits(128):032x}",
                    f"user-{n}" if n % 3 else "",
                    f"{rng.getrandbits(256):064x}",
                    kind,
                    TYPES[kind],
                    ("Berlin", "Lisbon", "", "Austin")[n % 4],
                    "news,sport" if n % 5 == 0 else "",
                    ("en", "de", "pt")[n % 3],
                    n % 50,
                    ("gold", "free", "")[n % 3],
                ]
            )
    return archive.getinfo(member).file_size


def one_rows(url: str, expected: int) -> dict[str, Any]:
    """Read every row of the file at ``url`` with ``client.jobs.rows``, pinned to CPU 1."""
    pin_self()
    with client_for("http://127.0.0.1:9") as client:
        cpu_before = time.process_time()
        started = time.perf_counter()
        first = None
        head: dict[str, Any] = {}
        count = tags = 0
        for row in client.jobs.rows(url):
            if first is None:
                first = time.perf_counter() - started
                head = row
            count += 1
            tags += len(row["tags"])
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_before
    if count != expected or head["type_humanized"] not in TYPES.values() or not tags:
        sys.exit(f"rows: {count} of {expected} rows, first {head}")
    return {
        "rows": count,
        "wall": wall,
        "first_row": first,
        "cpu": cpu,
        "tags": tags,
        "peak_rss": peak_rss_mib(),
    }


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def file_server(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on a free loopback port from a thread of this process."""
    handler = functools.partial(Quiet, directory=str(directory))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()


def rows(sizes: list[int], rounds: int) -> str:
    """Each size in a fresh process, the sizes in turn, ``rounds`` times; the Markdown report."""
    if (os.cpu_count() or 1) >= 2:
        os.sched_setaffinity(0, {0})  # the file server's thread; the readers are on CPU 1
    with tempfile.TemporaryDirectory(prefix="jobs-bench-") as temp:
        directory = Path(temp)
        files = {}
        for size in sizes:
            started = time.perf_counter()
            unpacked = write_export(directory / f"export-{size}.zip", size)
            packed = (directory / f"export-{size}.zip").stat().st_size
            files[size] = (packed, unpacked)
            print(
                f"{size:,} rows: {packed / 2**20:.1f} MiB ZIP, {unpacked / 2**20:.1f} MiB CSV"
                f" ({time.perf_counter() - started:.0f} s to write)",
                file=sys.stderr,
            )
        runs: dict[int, list[dict[str, Any]]] = {size: [] for size in sizes}
        bases = []
        with file_server(directory) as url:
            for _ in range(rounds):
                bases.append(child("baseline")["peak_rss"])
                for size in sizes:
                    served = time.process_time()
                    result = child("one-rows", f"{url}/export-{size}.zip", str(size))
                    result["server_cpu"] = time.process_time() - served
                    print(f"{size:,}: {json.dumps(result)}", file=sys.stderr)
                    runs[size].append(result)
    lines = [
        f"Synthetic exports in the vendor's shape (a ZIP, deflated, holding one"
        f" `export_segment_{APP}_<unixtime>.csv`: `Hwid` 32 hex, `User ID`, `Push Token` 64 hex,"
        f" `Type`, `Type (humanized)`, then {len(TAG_COLUMNS)} tag columns, some cells empty),"
        " served by `http.server` in a thread of the bench process on loopback (CPU 0); each"
        " cell is a fresh process on CPU 1 running `client.jobs.rows(url)` over every row. The"
        " download goes to a spooled temp file (in memory up to 16 MiB, on disk beyond), so the"
        " first row comes after the whole download. Peak RSS is the process's ru_maxrss;"
        f" baseline (the same script, importing the client and building one): {' / '.join(f'{b:.1f}' for b in bases)} MiB."
        f" {rounds} rounds, sizes in turn within a round; each figure is round 1 / round 2 / …;"
        " file server CPU is the bench process's CPU seconds while the reader ran; load average:"
        " the machine's 1-minute figure when the reader ended (2 cores; above 2, other work was"
        " waiting for a core).",
        "",
        "| rows | ZIP MiB | CSV MiB | rows/s | wall s | first row s | reader CPU s |"
        " file server CPU s | peak RSS MiB | over baseline MiB | load avg (1 min) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sizes:
        packed, unpacked = files[size]
        r = runs[size]
        for x, b in zip(r, bases, strict=True):
            x["rate"] = x["rows"] / x["wall"]
            x["over"] = x["peak_rss"] - b
        cells = [
            " / ".join(format(x[key], spec) for x in r)
            for key, spec in [
                ("rate", ",.0f"), ("wall", ".1f"), ("first_row", ".2f"), ("cpu", ".1f"),
                ("server_cpu", ".2f"), ("peak_rss", ".1f"), ("over", "+.1f"), ("load", ".2f"),
            ]
        ]  # fmt: skip
        lines.append(
            f"| {size:,} | {packed / 2**20:.1f} | {unpacked / 2**20:.1f} | {' | '.join(cells)} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Run one benchmark and print its Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="bench", required=True)
    s = sub.add_parser("set-tags", help="bulk.set_tags_job against a loop of set_tags")
    s.add_argument("--devices", type=int, default=200_000)
    r = sub.add_parser("rows", help="jobs.rows over exports of growing size")
    r.add_argument("--sizes", default="1000,250000,500000,1000000")
    r.add_argument("--rounds", type=int, default=2)
    o = sub.add_parser("one-set-tags", help="(internal) one variant in this process")
    o.add_argument("variant", choices=sorted(VARIANTS))
    o.add_argument("url")
    o.add_argument("mock_pid", type=int)
    o.add_argument("devices", type=int)
    w = sub.add_parser("one-rows", help="(internal) read one export in this process")
    w.add_argument("url")
    w.add_argument("expected", type=int)
    sub.add_parser("baseline", help="(internal) import the client and build one")
    args = parser.parse_args()
    if args.bench == "set-tags":
        print(set_tags(args.devices))
    elif args.bench == "rows":
        print(rows([int(size) for size in args.sizes.split(",")], args.rounds))
    elif args.bench == "one-set-tags":
        print(json.dumps(one_set_tags(args.variant, args.url, args.mock_pid, args.devices)))
    elif args.bench == "one-rows":
        print(json.dumps(one_rows(args.url, args.expected)))
    else:
        print(json.dumps(baseline()))


if __name__ == "__main__":
    main()

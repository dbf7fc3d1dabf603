"""Helpers shared by the load benchmarks: a pinned standalone mock and CPU meters.

With two or more cores the server runs on CPU 0 and the measuring process on CPU 1, so the
client's work and the server's never share a core.
"""

import contextlib
import os
import resource
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import psutil

from pushwoosh_mock import DEV_TOKEN

APP = "BENCH-APP01"
SERVER_CPU = 0
CLIENT_CPU = 1
HEADERS = {
    "Authorization": f"Token {DEV_TOKEN}",
    "Content-Type": "application/json; charset=utf-8",
    "Accept": "application/json",
}
"""What the client sends with every Device API call (less its User-Agent)."""


def two_cores() -> bool:
    """Whether the server and the client can each have a core."""
    return (os.cpu_count() or 1) >= 2


def pin_self(cpu: int = CLIENT_CPU) -> None:
    """Run this process (and the threads it starts) on one CPU, when there are two."""
    if two_cores():
        os.sched_setaffinity(0, {cpu})


def pinned(cpu: int) -> list[str]:
    """A command prefix that runs a program on one CPU (taskset), when there are two."""
    return ["taskset", "-c", str(cpu)] if shutil.which("taskset") and two_cores() else []


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A running standalone mock: its base URL and its process (for CPU and memory)."""

    url: str
    process: Any  # psutil.Process

    def cpu_seconds(self) -> float:
        """CPU seconds the server has used so far (user and system)."""
        times = self.process.cpu_times()
        return float(times.user + times.system)


@contextlib.contextmanager
def standalone_mock(*extra: str) -> Iterator[Server]:
    """Run `python -m pushwoosh_mock` (one process, pinned to CPU 0) on a free loopback port."""
    port = free_port()
    command = [*pinned(SERVER_CPU), sys.executable, "-m", "pushwoosh_mock", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--token", DEV_TOKEN, *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(f"{url}/__mock/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("the mock did not start")
        yield Server(url, psutil.Process(process.pid))
    finally:
        process.terminate()
        process.wait(10)


def register_devices(url: str, hwids: list[str]) -> None:
    """Register the devices (raw httpx, one at a time) so that setTags on them succeeds."""
    with httpx.Client(base_url=url, headers=HEADERS) as http:
        for hwid in hwids:
            body = {"request": {"application": APP, "hwid": hwid, "device_type": 3}}
            answer = http.post("/json/1.3/registerDevice", json=body)
            assert answer.status_code == 200 and answer.json()["status_code"] == 200, answer.text


class Meter:
    """Wall time, this process's CPU and the server's CPU over a stretch of work."""

    def __init__(self, server: Server) -> None:
        self._server = server

    def __enter__(self) -> "Meter":
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        self._server_cpu = self._server.cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._wall
        self.client_cpu = (time.process_time() - self._cpu) / self.seconds
        """This process's CPU over the stretch, as a share of one core."""
        self.server_cpu = (self._server.cpu_seconds() - self._server_cpu) / self.seconds
        """The server's CPU over the stretch, as a share of one core."""


def children_cpu_seconds() -> float:
    """CPU seconds of the children this process has waited for (wrk after `subprocess.run`)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

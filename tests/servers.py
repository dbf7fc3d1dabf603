"""Start the mock as a real process on a free loopback port, for tests and the demo."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

STARTUP_TIMEOUT = 20.0


def free_port() -> int:
    """Return a loopback port that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RunningServer:
    """A mock server process and its base URL."""

    process: subprocess.Popen[str]
    url: str

    def kill(self) -> None:
        """Kill the process with SIGKILL, as a crash would."""
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> str:
        """Stop the process gracefully and return what it printed."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            output, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
        return output or ""


def start(*args: str) -> RunningServer:
    """Start ``python -m pushwoosh_mock`` with the arguments and wait until it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pushwoosh_mock", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the mock exited at start:\n{process.communicate()[0]}")
        try:
            if httpx.get(f"{url}/__mock/health", timeout=1).status_code == 200:
                return RunningServer(process, url)
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the mock did not answer within {STARTUP_TIMEOUT} s")


@contextmanager
def running(*args: str) -> Iterator[RunningServer]:
    """Run a mock process for the duration of the block."""
    server = start(*args)
    try:
        yield server
    finally:
        server.stop()

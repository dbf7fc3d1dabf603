"""Serve a mock on a free loopback port from a background thread (for demos and sync tests)."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from .app import MockServer

STARTUP_TIMEOUT = 15.0


@contextmanager
def serve_in_thread(app: MockServer, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run uvicorn in a daemon thread for the block; yield the base URL (port 0 picks a free one)."""
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="pushwoosh-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the mock server did not start on {host}:{port}")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)

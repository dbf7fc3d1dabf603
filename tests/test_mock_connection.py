"""Tests for the connection-drop adapter: the one place that reaches into the server's internals."""

import threading
import time
from typing import Any

import httpx
import pytest
import uvicorn

from pushwoosh_mock import ConnectionDropped, Fault, MockServer
from pushwoosh_mock.connection import drop_connection

REGISTER = {"request": {"application": "XXXXX-XXXXX", "hwid": "h1", "device_type": 3}}


async def _send(message: Any) -> None:
    """An ASGI send that is a plain function, as httpx.ASGITransport's is."""


class TestDropConnection:
    """drop_connection on the kinds of ``send`` it can meet."""

    async def test_in_process_raises_connection_dropped(self) -> None:
        """Without a server connection behind ``send`` the caller gets ConnectionDropped."""
        with pytest.raises(ConnectionDropped):
            await drop_connection(_send)

    async def test_aborts_the_transport(self) -> None:
        """A server connection's transport is aborted."""

        class Transport:
            aborted = False

            def abort(self) -> None:
                self.aborted = True

        class Cycle:
            transport = Transport()

            async def send(self, message: Any) -> None:
                """Stand-in for uvicorn's RequestResponseCycle.send."""

        cycle = Cycle()
        await drop_connection(cycle.send)
        assert cycle.transport.aborted

    async def test_changed_server_internals_fail_loudly(self) -> None:
        """A connection object without the expected transport is a RuntimeError naming the adapter."""

        class RenamedCycle:
            async def send(self, message: Any) -> None:
                """A server whose connection keeps its socket elsewhere."""

        with pytest.raises(RuntimeError, match=r"RenamedCycle has no transport.*connection\.py"):
            await drop_connection(RenamedCycle().send)


@pytest.mark.parametrize("http", ["h11", "httptools"])
def test_real_socket_is_closed_on_each_uvicorn_protocol(mock: MockServer, http: str) -> None:
    """Under uvicorn, with either HTTP implementation, the client sees the connection close."""
    server = uvicorn.Server(
        uvicorn.Config(mock, port=0, http=http, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    mock.faults.add(Fault(operation="registerDevice", drop="before", times=1))
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": "Token dev-token"}
        ) as client:
            # Closed with no answer: seen as a close (RemoteProtocolError), or as a reset while
            # the request was still being written or read, as the race between the two goes.
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
                client.post("/json/1.3/registerDevice", json=REGISTER)
            assert client.post("/json/1.3/registerDevice", json=REGISTER).status_code == 200
    finally:
        server.should_exit = True
        thread.join(timeout=15)

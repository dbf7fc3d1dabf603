"""Tests for the standalone server: command line, persistence across restarts, kill -9."""

import threading
from pathlib import Path

import httpx
import pytest

from pushwoosh_mock.__main__ import build_parser, config_from

from .conftest import APP
from .servers import running, start

AUTH = {"Authorization": "Token dev-token"}


def register(client: httpx.Client, hwid: str, **fields: object) -> httpx.Response:
    return client.post(
        "/json/1.3/registerDevice",
        json={"request": {"application": APP, "hwid": hwid, "device_type": 3, **fields}},
    )


class TestCommandLine:
    """Tests for the argument parser."""

    def test_defaults(self) -> None:
        """Loopback, port 8080, the development token, in-memory state."""
        args = build_parser().parse_args([])
        config = config_from(args)
        assert (args.host, args.port) == ("127.0.0.1", 8080)
        assert dict(config.tokens) == {"dev-token": None}
        assert (config.strict, config.state_file, config.applications) == (False, None, None)

    def test_tokens_and_restrictions(self) -> None:
        """--token repeats; TOKEN:m1,m2 restricts a token to those methods."""
        args = build_parser().parse_args(
            ["--token", "a", "--token", "b:getTags,setTags", "--strict"]
        )
        config = config_from(args)
        assert dict(config.tokens) == {"a": None, "b": frozenset({"getTags", "setTags"})}
        assert config.strict

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--token", ":getTags"], "empty token"),
            (["--token", "a:"], "lists no methods"),
            (["--journal-size", "0"], "expected a whole number >= 1"),
            (["--port", "http"], "invalid int value"),
        ],
    )
    def test_bad_arguments(
        self, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad argument exits 2 with a message naming it."""
        with pytest.raises(SystemExit) as exited:
            build_parser().parse_args(argv)
        assert exited.value.code == 2
        assert message in capsys.readouterr().err


class TestStandaloneServer:
    """Tests that start `python -m pushwoosh_mock` as a real process."""

    def test_dev_token_is_printed_and_works(self) -> None:
        """Without --token the development token is accepted and announced."""
        server = start()
        try:
            with httpx.Client(base_url=server.url, headers=AUTH) as client:
                assert register(client, "h1").json()["status_code"] == 200
        finally:
            output = server.stop()
        assert "accepting the development token 'dev-token'" in output

    def test_tokens_and_strict(self) -> None:
        """--token replaces the development token; restrictions give 403; --strict gives 400."""
        flags = ("--token", "full", "--token", "reader:getTags", "--strict")
        with running(*flags) as server, httpx.Client(base_url=server.url) as client:
            assert register(client, "h1").status_code == 401
            client.headers["Authorization"] = "Token reader"
            assert register(client, "h1").status_code == 403
            client.headers["Authorization"] = "Token full"
            bad = client.post("/json/1.3/registerDevice", json={"request": {"application": APP}})
            assert bad.status_code == 400

    def test_restart_keeps_state(self, tmp_path: Path) -> None:
        """With --state-file, devices and tags survive a restart."""
        state = tmp_path / "state.sqlite3"
        with (
            running("--state-file", str(state)) as server,
            httpx.Client(base_url=server.url, headers=AUTH) as client,
        ):
            register(client, "h1", userId="alex", tags={"Level": 1})
            client.post(
                "/json/1.3/setTags",
                json={
                    "request": {
                        "application": APP,
                        "userId": "alex",
                        "tags": {"Level": {"operation": "increment", "value": 4}},
                    }
                },
            )
        with (
            running("--state-file", str(state)) as server,
            httpx.Client(base_url=server.url, headers=AUTH) as client,
        ):
            tags = client.post(
                "/json/1.3/getTags", json={"request": {"application": APP, "hwid": "h1"}}
            ).json()
        assert tags["response"] == {"result": {"Level": 5}}

    def test_kill_9_during_writes_keeps_every_acknowledged_change(self, tmp_path: Path) -> None:
        """Writers register devices until SIGKILL; after restart every acknowledged device is there."""
        state = tmp_path / "state.sqlite3"
        server = start("--state-file", str(state))
        acknowledged: list[str] = []
        lock = threading.Lock()
        enough = threading.Event()

        def writer(name: str) -> None:
            with httpx.Client(base_url=server.url, headers=AUTH, timeout=5) as client:
                for n in range(2000):
                    hwid = f"{name}-{n}"
                    try:
                        response = register(client, hwid, tags={"N": n})
                    except httpx.TransportError:
                        return
                    if response.status_code == 200 and response.json()["status_code"] == 200:
                        with lock:
                            acknowledged.append(hwid)
                            if len(acknowledged) >= 200:
                                enough.set()

        threads = [threading.Thread(target=writer, args=(f"w{i}",)) for i in range(4)]
        for thread in threads:
            thread.start()
        assert enough.wait(timeout=60), "the writers did not get 200 acknowledgements"
        server.kill()
        for thread in threads:
            thread.join(timeout=30)
        with (
            running("--state-file", str(state)) as restarted,
            httpx.Client(base_url=restarted.url) as client,
        ):
            devices = {d["hwid"] for d in client.get("/__mock/state").json()["devices"]}
        assert len(acknowledged) >= 200
        missing = set(acknowledged) - devices
        assert missing == set()

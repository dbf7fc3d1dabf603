"""What a careless or hostile client sends, over real HTTP: nothing wedges the mock or its state.

Each test is the regression test of one finding: integral floats, numbers beyond a double, deep
nesting, CPU-heavy bodies, journal and header sizes, state files shared or broken, control routes
reached from a browser or another host, and the memory of an idle mock.
"""

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.config import MAX_BODY_BYTES
from pushwoosh_mock.jsonio import MAX_DEPTH
from pushwoosh_mock.threaded import serve_in_thread

from .conftest import APP
from .servers import free_port, running, start

AUTH = {"Authorization": "Token dev-token"}


@pytest.fixture
def served() -> Iterator[tuple[MockServer, httpx.Client]]:
    """A fresh mock on a loopback port, and an authenticated client of it."""
    server = create_app()
    with (
        serve_in_thread(server) as url,
        httpx.Client(base_url=url, headers=AUTH, timeout=60) as client,
    ):
        yield server, client
    server.store.close()


def call(client: httpx.Client, method: str, **request: Any) -> dict[str, Any]:
    """POST one API call (application filled in) and return the HTTP 200 envelope."""
    response = client.post(f"/json/1.3/{method}", json={"request": {"application": APP, **request}})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def post_raw(client: httpx.Client, method: str, content: bytes) -> httpx.Response:
    return client.post(
        f"/json/1.3/{method}", content=content, headers={"Content-Type": "application/json"}
    )


class TestNumbers:
    """Integral floats where the API has integers, and numbers a double cannot hold."""

    @pytest.mark.parametrize("badge", ["1.0", "1e2", "-0.0"])
    def test_integral_badge_is_stored_as_an_integer(
        self, served: tuple[MockServer, httpx.Client], badge: str, tmp_path: Path
    ) -> None:
        """A badge of 1.0, 1e2 or -0.0 is kept as 1, 100 or 0 and the state stays readable."""
        _, client = served
        call(client, "registerDevice", hwid="h1", device_type=1)
        body = f'{{"request": {{"application": "{APP}", "hwid": "h1", "badge": {badge}}}}}'
        assert post_raw(client, "setBadge", body.encode()).json()["status_code"] == 200
        state = client.get("/__mock/state")
        assert state.status_code == 200, state.text
        assert state.json()["devices"][0]["badge"] == int(float(badge))

    def test_integral_badge_survives_a_restart(self, tmp_path: Path) -> None:
        """With a state file, /__mock/state still answers after a restart (it answered 500)."""
        state_file = tmp_path / "state.sqlite3"
        for _ in range(2):
            with (
                running("--state-file", str(state_file)) as server,
                httpx.Client(base_url=server.url, headers=AUTH) as client,
            ):
                call(client, "registerDevice", hwid="h1", device_type=1)
                post_raw(
                    client,
                    "setBadge",
                    f'{{"request": {{"application": "{APP}", "hwid": "h1", "badge": 1.0}}}}'.encode(),
                )
                state = client.get("/__mock/state")
                assert state.status_code == 200, state.text
                assert state.json()["devices"][0]["badge"] == 1

    def test_increment_by_a_float_keeps_an_integer_tag(
        self, served: tuple[MockServer, httpx.Client]
    ) -> None:
        """An increment by 1.0 adds 1; the next integer increment still applies."""
        _, client = served
        call(client, "registerDevice", hwid="h1", device_type=3)
        float_step = (
            f'{{"request": {{"application": "{APP}", "hwid": "h1",'
            ' "tags": {"N": {"operation": "increment", "value": 1.0}}}}'
        )
        assert post_raw(client, "setTags", float_step.encode()).json()["status_code"] == 200
        step = {"N": {"operation": "increment", "value": 2}}
        assert call(client, "setTags", hwid="h1", tags=step)["status_code"] == 200
        tags = call(client, "getTags", hwid="h1")["response"]["result"]
        assert tags == {"N": 3}
        assert type(tags["N"]) is int

    @pytest.mark.parametrize(
        "body",
        [
            f'{{"request": {{"application": "{APP}", "hwid": "h1", "badge": 1e400}}}}',
            f'{{"request": {{"application": "{APP}", "hwid": 5, "extra": -1e400}}}}',
        ],
        ids=["valid-otherwise", "refused-anyway"],
    )
    def test_number_beyond_a_double_is_a_400_and_the_journal_stays_readable(
        self, served: tuple[MockServer, httpx.Client], body: str
    ) -> None:
        """1e400 is refused as NaN is; /__mock/requests still answers (it answered 500)."""
        _, client = served
        response = post_raw(client, "setBadge", body.encode())
        assert response.status_code == 400
        assert "too large for a double" in response.json()["status_message"]
        journal = client.get("/__mock/requests")
        assert journal.status_code == 200, journal.text
        assert journal.json()["calls"][-1]["status"] == 400


class TestNesting:
    """Bodies nested deeper than the store and the encoder can hold."""

    @pytest.mark.parametrize("levels", [600, 1020])
    def test_deep_unknown_field_is_a_400_and_journaled(
        self, served: tuple[MockServer, httpx.Client], levels: int
    ) -> None:
        """A body nested 600 or 1,020 levels in an unknown field is a 400 (it was accepted, or a
        500 not journaled), and the journal still answers."""
        _, client = served
        call(client, "registerDevice", hwid="h1", device_type=3)
        deep = "[" * levels + "]" * levels
        body = f'{{"request": {{"application": "{APP}", "hwid": "h1", "badge": 1, "x": {deep}}}}}'
        response = post_raw(client, "setBadge", body.encode())
        assert (response.status_code, response.json()["status_message"]) == (
            400,
            f"Malformed JSON: nested deeper than {MAX_DEPTH} levels",
        )
        journal = client.get("/__mock/requests")
        assert journal.status_code == 200, journal.text
        assert journal.json()["calls"][-1]["status"] == 400

    def test_nesting_at_the_limit_is_accepted(
        self, served: tuple[MockServer, httpx.Client]
    ) -> None:
        """A body exactly MAX_DEPTH levels deep is valid, kept and served."""
        _, client = served
        call(client, "registerDevice", hwid="h1", device_type=3)
        inner = MAX_DEPTH - 2  # inside the body and the request object
        deep = "[" * inner + "]" * inner
        body = f'{{"request": {{"application": "{APP}", "hwid": "h1", "badge": 2, "x": {deep}}}}}'
        assert post_raw(client, "setBadge", body.encode()).json()["status_code"] == 200
        assert client.get("/__mock/requests").status_code == 200


def small_call_latencies(client: httpx.Client, stop: threading.Event) -> list[float]:
    """Send small getTags calls one after another until ``stop``; return their latencies."""
    latencies = []
    while not stop.is_set():
        started = time.perf_counter()
        call(client, "getTags", hwid="h1")
        latencies.append(time.perf_counter() - started)
    return latencies


def worst_stall(url: str, heavy: list[bytes], method: str) -> tuple[float, float]:
    """Return the median latency of small calls alone, and the worst one while ``heavy`` bodies
    are being answered on another connection."""
    with (
        httpx.Client(base_url=url, headers=AUTH, timeout=120) as small,
        httpx.Client(base_url=url, headers=AUTH, timeout=120) as big,
    ):
        quiet = [0.0] * 20
        for n in range(len(quiet)):
            started = time.perf_counter()
            call(small, "getTags", hwid="h1")
            quiet[n] = time.perf_counter() - started
        stop = threading.Event()
        latencies: list[float] = []
        probe = threading.Thread(target=lambda: latencies.extend(small_call_latencies(small, stop)))
        probe.start()
        try:
            for body in heavy:
                post_raw(big, method, body)
        finally:
            stop.set()
            probe.join()
        return statistics.median(quiet), max(latencies)


class TestNoStall:
    """One CPU-heavy call never holds up the others (measured as a ratio to the same run)."""

    STALL_RATIO = 1000
    """Worst small-call latency during the heavy calls over the quiet median of the same run: a
    blocked server measured 5,000-fold and more (stalls of 5 to 20 s against ~1 ms calls); one
    that answers measured 6- to 180-fold on two loaded cores."""

    def test_refused_huge_list_tag(self) -> None:
        """Describing why a list tag of 262,000 integers is refused does not stall other calls
        (it blocked the server about 7 s)."""
        body = (
            f'{{"request": {{"application": "{APP}", "hwid": "h1", "tags": {{"L": ['
            + ",".join(["1"] * 262_000)
            + "]}}}"
        ).encode()
        assert len(body) < MAX_BODY_BYTES
        with running() as server:
            with httpx.Client(base_url=server.url, headers=AUTH) as client:
                call(client, "registerDevice", hwid="h1", device_type=3)
                answer = post_raw(client, "setTags", body).json()
                assert answer["status_code"] == 210
                assert answer["status_message"].startswith("request.tags.L: expected")
            quiet, worst = worst_stall(server.url, [body] * 3, "setTags")
        assert worst < quiet * self.STALL_RATIO, (quiet, worst)

    def test_append_to_a_long_list(self) -> None:
        """Appending 40,000 new values to a 40,000-value list tag does not stall other calls
        (append was quadratic: 17-20 s of a blocked server)."""
        with (
            running() as server,
            httpx.Client(base_url=server.url, headers=AUTH, timeout=120) as client,
        ):
            call(client, "registerDevice", hwid="h1", device_type=3)
            first = [f"a{n}" for n in range(40_000)]
            call(client, "setTags", hwid="h1", tags={"L": first})
            bodies = [
                httpx.Request(
                    "POST",
                    server.url,
                    json={
                        "request": {
                            "application": APP,
                            "hwid": "h1",
                            "tags": {
                                "L": {
                                    "operation": "append",
                                    "value": [f"r{round}-{n}" for n in range(40_000)],
                                }
                            },
                        }
                    },
                ).read()
                for round in range(3)
            ]
            quiet, worst = worst_stall(server.url, bodies, "setTags")
            tags = call(client, "getTags", hwid="h1")["response"]["result"]
        assert len(tags["L"]) == 160_000
        assert worst < quiet * self.STALL_RATIO, (quiet, worst)

    def test_reading_a_journal_of_big_bodies(self) -> None:
        """Reading a journal of 25 bodies of ~1 MiB does not stall other calls (it took 5 s)."""
        filler = ["x"] * 200_000  # many small values: what a deep copy of the journal paid for
        with (
            running() as server,
            httpx.Client(base_url=server.url, headers=AUTH, timeout=120) as client,
        ):
            call(client, "registerDevice", hwid="h1", device_type=3)
            for _ in range(25):
                call(client, "getTags", hwid="h1", filler=filler)
            stop = threading.Event()
            latencies: list[float] = []
            probe = threading.Thread(
                target=lambda: latencies.extend(small_call_latencies(client, stop))
            )
            quiet = []
            for _ in range(20):
                started = time.perf_counter()
                call(client, "getTags", hwid="h1")
                quiet.append(time.perf_counter() - started)
            with httpx.Client(base_url=server.url, timeout=120) as reader:
                probe.start()
                try:
                    for _ in range(3):
                        listing = reader.get("/__mock/requests")
                        assert listing.status_code == 200
                finally:
                    stop.set()
                    probe.join()
        assert len(listing.json()["calls"]) >= 25
        assert max(latencies) < statistics.median(quiet) * self.STALL_RATIO


class TestAppend:
    """A list tag behaves as a set."""

    def test_append_keeps_no_duplicates(self, served: tuple[MockServer, httpx.Client]) -> None:
        """Appending values already there, or repeated in the call, adds each new one once."""
        _, client = served
        call(client, "registerDevice", hwid="h1", device_type=3, tags={"L": ["a", "b"]})
        change = {"L": {"operation": "append", "value": ["b", "c", "c", "d", "a"]}}
        call(client, "setTags", hwid="h1", tags=change)
        assert call(client, "getTags", hwid="h1")["response"]["result"] == {
            "L": ["a", "b", "c", "d"]
        }


class TestSizes:
    """The journal is bounded by bytes, and headers by size."""

    def test_journal_is_bounded_by_bytes(self) -> None:
        """Refused bodies of ~1 MiB each never hold more than the journal's byte budget (each
        took ~3 MB, so ~3 GB at the default count), and the newest are the ones kept."""
        budget = 4 * 1024 * 1024
        server = create_app(journal_bytes=budget)
        filler = "x" * (1024 * 1024 - 100)
        with (
            serve_in_thread(server) as url,
            httpx.Client(base_url=url, headers=AUTH, timeout=60) as client,
        ):
            for n in range(12):
                response = client.post(
                    "/json/1.3/setBadge",
                    json={"request": {"application": APP, "hwid": n, "filler": filler}},
                )
                assert response.json()["status_code"] == 210
                assert server.journal.bytes <= budget
            listing = client.get("/__mock/requests").json()
        assert listing["total"] == 12
        assert 2 <= listing["kept"] < 12
        assert [c["body"]["request"]["hwid"] for c in listing["calls"]][-1] == 11

    def test_a_body_over_the_per_call_limit_is_kept_truncated(self) -> None:
        """A body larger than the journal keeps whole is kept as its first bytes, marked so."""
        server = create_app(max_body_bytes=4 * 1024 * 1024)
        server.journal.body_bytes = 64 * 1024
        with serve_in_thread(server) as url, httpx.Client(base_url=url, headers=AUTH) as client:
            call(client, "getTags", hwid="h1", filler="y" * 100_000)
            kept = client.get("/__mock/requests").json()["calls"][-1]
        assert (kept["truncated"], kept["size"], kept["body"]) == (True, kept["size"], None)
        assert kept["size"] > 100_000
        assert kept["body_text"].startswith('{"request":')
        assert len(kept["body_text"]) < 3000

    def test_huge_header_is_a_431(self, served: tuple[MockServer, httpx.Client]) -> None:
        """A request with 1 MiB of headers is refused with 431 (a 64 MiB one was answered 200)."""
        _, client = served
        response = client.post(
            "/json/1.3/getTags",
            json={"request": {"application": APP, "hwid": "h1"}},
            headers={"X-Filler": "z" * (1024 * 1024)},
        )
        assert response.status_code == 431
        assert response.json()["status_message"] == "Request headers larger than 32768 bytes"
        assert client.get("/__mock/health").status_code == 200


def run_mock(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run `python -m pushwoosh_mock` expecting it to exit at start; return what it did."""
    return subprocess.run(
        [sys.executable, "-m", "pushwoosh_mock", "--port", str(free_port()), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class TestStateFiles:
    """One process per state file; every start-up failure is one line naming the file."""

    def test_second_process_on_one_state_file_refuses(self, tmp_path: Path) -> None:
        """A second mock on the same state file exits 2 naming the file; the first keeps every
        acknowledged change (two mocks lost 71 of 2,000 increments, and a reset on one wiped
        the other)."""
        state = tmp_path / "state.sqlite3"
        with (
            running("--state-file", str(state)) as first,
            httpx.Client(base_url=first.url, headers=AUTH) as client,
        ):
            call(client, "registerDevice", hwid="h1", device_type=3)
            second = run_mock("--state-file", str(state))
            assert second.returncode == 2
            assert second.stderr.strip().splitlines() == [
                f"pushwoosh-mock: state file {state}: in use by another process"
                " (one mock per state file)"
            ]
            for _ in range(50):
                call(
                    client, "setTags", hwid="h1", tags={"N": {"operation": "increment", "value": 1}}
                )
            assert call(client, "getTags", hwid="h1")["response"]["result"] == {"N": 50}

    @pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
    def test_read_only_state_file(self, tmp_path: Path) -> None:
        """A read-only state file is one line and exit 2 (it was a raw sqlite traceback)."""
        state = tmp_path / "state.sqlite3"
        with running("--state-file", str(state)):
            pass
        state.chmod(0o444)
        done = run_mock("--state-file", str(state))
        assert done.returncode == 2
        assert done.stderr.strip().splitlines() == [
            f"pushwoosh-mock: state file {state}: read-only: the mock must write its state"
        ]

    @pytest.mark.parametrize(
        ("prepare", "reason"),
        [
            ("corrupt", "not a SQLite database, or corrupt"),
            ("missing-directory", "its directory {parent} does not exist"),
        ],
    )
    def test_broken_state_file(self, tmp_path: Path, prepare: str, reason: str) -> None:
        """A corrupt file, or one in a missing directory, is one line naming it and exit 2."""
        if prepare == "corrupt":
            state = tmp_path / "state.sqlite3"
            state.write_bytes(b"this is not a database" * 100)
        else:
            state = tmp_path / "nowhere" / "state.sqlite3"
        done = run_mock("--state-file", str(state))
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines() == [
            f"pushwoosh-mock: state file {state}: {reason.format(parent=state.parent)}"
        ]


class TestControlRoutes:
    """The /__mock/ routes answer this machine only, unless configured; a token when exposed."""

    def test_foreign_origin_cannot_reset(self) -> None:
        """A text/plain POST from a foreign Origin (no preflight needed) is refused and the
        state stays (it reset the mock)."""
        with running() as server, httpx.Client(base_url=server.url, headers=AUTH) as client:
            call(client, "registerDevice", hwid="h1", device_type=3)
            reset = client.post(
                "/__mock/reset",
                content=b"{}",
                headers={"Content-Type": "text/plain", "Origin": "https://evil.example"},
            )
            assert reset.status_code == 403
            assert "Origin 'https://evil.example'" in reset.json()["status_message"]
            assert len(client.get("/__mock/state").json()["devices"]) == 1
            local = client.post("/__mock/reset", headers={"Origin": "http://localhost:3000"})
            assert local.status_code == 200

    def test_foreign_host_is_refused(self) -> None:
        """A Host that is not loopback (DNS rebinding) cannot read or change the mock."""
        with running() as server, httpx.Client(base_url=server.url) as client:
            for method, path in [("GET", "/__mock/state"), ("POST", "/__mock/reset")]:
                refused = client.request(method, path, headers={"Host": "evil.example:8080"})
                assert refused.status_code == 403, refused.text
            assert client.get("/__mock/state").status_code == 200

    def test_allowed_host_and_origin(self) -> None:
        """--allow-host and --allow-origin open the control routes to those names."""
        flags = ("--allow-host", "mock.test", "--allow-origin", "https://app.example")
        with running(*flags) as server, httpx.Client(base_url=server.url) as client:
            headers = {"Host": "mock.test:80", "Origin": "https://app.example"}
            assert client.get("/__mock/state", headers=headers).status_code == 200
            other = {"Host": "mock.test", "Origin": "https://other.example"}
            assert client.get("/__mock/state", headers=other).status_code == 403

    @pytest.mark.parametrize(
        ("flags", "message"),
        [
            ((), "--host 0.0.0.0 is not loopback: give --token (the development token"),
            (("--token", "dev-token"), "the development token 'dev-token' is public"),
            (("--token", "secret"), "give --server-token (the development server token"),
            (
                ("--token", "secret", "--server-token", "s"),
                "give --control-token to guard /__mock/",
            ),
        ],
    )
    def test_exposed_without_protection_refuses_to_start(
        self, flags: tuple[str, ...], message: str
    ) -> None:
        """Listening on every interface needs real API and server tokens and a control token."""
        done = run_mock("--host", "0.0.0.0", *flags)
        assert done.returncode == 2
        assert message in done.stderr

    def test_control_token(self) -> None:
        """With --control-token, /__mock/ routes but health need `Authorization: Bearer`."""
        flags = ("--token", "secret", "--control-token", "ctl")
        with running(*flags) as server, httpx.Client(base_url=server.url) as client:
            assert client.get("/__mock/health").status_code == 200
            assert client.get("/__mock/state").status_code == 401
            wrong = {"Authorization": "Bearer nope"}
            assert client.post("/__mock/reset", headers=wrong).status_code == 401
            right = {"Authorization": "Bearer ctl"}
            assert client.get("/__mock/state", headers=right).status_code == 200

    def test_exposed_with_tokens_serves(self) -> None:
        """--host 0.0.0.0 starts with an API token and a control token."""
        server = start(
            "--host", "0.0.0.0", "--token", "secret", "--server-token", "s", "--control-token", "ctl"
        )  # fmt: skip
        try:
            headers = {"Authorization": "Bearer ctl"}
            assert httpx.get(f"{server.url}/__mock/state", headers=headers).status_code == 200
        finally:
            server.stop()


def test_idle_memory() -> None:
    """An idle mock holds its spec once: a new server adds far less than the ~265 MB that 340
    validators, each embedding the whole components tree, took."""
    script = (
        "import gc, psutil; p = psutil.Process(); import pushwoosh_mock;"
        " before = p.memory_info().rss; app = pushwoosh_mock.create_app(); gc.collect();"
        " print((p.memory_info().rss - before) // 2**20)"
    )
    grown = int(
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout
    )
    assert grown < 80, f"a new mock added {grown} MB"

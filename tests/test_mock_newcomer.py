"""The mock and its pytest plugin, safe and obvious for a newcomer: a base install that never
breaks pytest, a served mock that sets every variable a client reads, a journal that says what a
failed call sent and which calls were retries, assertions that name the spec's field, and a
standalone mock that says what it answered."""

import contextlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from pushwoosh_generated import PushwooshClient, errors
from pushwoosh_mock import DEV_SERVER_TOKEN, DEV_TOKEN, MockServer
from pushwoosh_mock.transport import AsyncInProcessTransport, InProcessTransport

from .conftest import APP, Api
from .servers import start
from .utils import ROOT

HINT = 'pip install "pushwoosh-generated[mock]"'
"""What every part of the mock says when the ``mock`` extra is not installed."""


# ---- 1. A base install never breaks pytest ------------------------------------------------------


@dataclass
class BaseInstall:
    """A fresh virtual environment with the wheel installed without extras, and pytest."""

    python: Path
    work: Path

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        """Run a command of the environment in its own folder, away from this checkout."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV", "PUSHWOOSH_"))
        }
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=self.work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def pytest(self, source: str) -> subprocess.CompletedProcess[str]:
        """Run pytest on one test file with this source."""
        (self.work / "test_it.py").write_text(source, encoding="utf-8")
        return self.run(self.python, "-m", "pytest", "-p", "no:cacheprovider", "test_it.py")


@pytest.fixture(scope="module")
def base_install(tmp_path_factory: pytest.TempPathFactory) -> BaseInstall:
    """Build the wheel and install it with no extra (the uv cache makes this take seconds)."""
    where = tmp_path_factory.mktemp("base-install")
    uv = [sys.executable, "-m", "uv"]

    def run(*args: str | Path, cwd: Path = where) -> None:
        done = subprocess.run(
            [*uv, *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr

    run("build", "--wheel", "--out-dir", where / "dist", cwd=ROOT)
    run("venv", "--quiet", where / "venv")
    python = where / "venv" / "bin" / "python"
    wheel = next((where / "dist").glob("*.whl"))
    run("pip", "install", "--quiet", "--python", python, wheel, "pytest")
    work = where / "work"
    work.mkdir()
    return BaseInstall(python, work)


@pytest.mark.slow
class TestBaseInstall:
    """Tests of the wheel installed without the ``mock`` extra."""

    def test_pytest_runs_unrelated_tests(self, base_install: BaseInstall) -> None:
        """The plugin registered by the entry point loads: an unrelated test passes (exit 0)."""
        done = base_install.pytest("def test_sum():\n    assert 1 + 1 == 2\n")
        assert done.returncode == 0, done.stdout + done.stderr
        assert "1 passed" in done.stdout

    def test_fixture_says_what_to_install(self, base_install: BaseInstall) -> None:
        """A test that uses a fixture of the mock fails with the command to run, no traceback
        of a missing module."""
        done = base_install.pytest(
            "def test_uses_the_mock(pushwoosh_mock):\n    pass\n\ndef test_other():\n    pass\n"
        )
        assert done.returncode == 1, done.stdout + done.stderr
        assert HINT in done.stdout
        assert "1 passed" in done.stdout
        assert "ModuleNotFoundError" not in done.stdout

    @pytest.mark.parametrize("command", [("-m", "pushwoosh_mock"), ("pushwoosh-mock",)])
    def test_standalone_mock_exits_2_with_the_hint(
        self, base_install: BaseInstall, command: tuple[str, ...]
    ) -> None:
        """``python -m pushwoosh_mock`` and the ``pushwoosh-mock`` script exit 2 with the hint."""
        if command[0] == "-m":
            done = base_install.run(base_install.python, *command)
        else:
            done = base_install.run(base_install.python.parent / command[0])
        assert done.returncode == 2, done.stdout + done.stderr
        assert HINT in done.stderr
        assert "Traceback" not in done.stderr

    def test_import_names_the_extra(self, base_install: BaseInstall) -> None:
        """``from pushwoosh_mock import create_app`` raises an ImportError naming the extra, not
        a bare ModuleNotFoundError."""
        done = base_install.run(
            base_install.python,
            "-c",
            "try:\n"
            "    from pushwoosh_mock import create_app\n"
            "except ImportError as exc:\n"
            "    print(type(exc).__name__, isinstance(exc, ModuleNotFoundError), exc)\n",
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.startswith("MissingExtraError False ")
        assert HINT in done.stdout


# ---- 2. pushwoosh_server sets every variable a client reads -------------------------------------


def test_server_fixture_lets_a_client_build_itself(pushwoosh_server: MockServer) -> None:
    """An app that builds ``PushwooshClient()`` with no argument works under the fixture: base
    URL, both tokens and the application come from the environment."""
    assert os.environ["PUSHWOOSH_APPLICATION"] == pushwoosh_server.application
    with PushwooshClient() as client:
        client.register_device(hwid="phone-1", device_type=3)
        client.create_message(notifications=[{"content": "Hi", "devices": ["phone-1"]}])
    pushwoosh_server.assert_request_made(
        "registerDevice", hwid="phone-1", application=pushwoosh_server.application
    )
    pushwoosh_server.assert_request_made("createMessage", application=pushwoosh_server.application)


# ---- 3. What did my app send when it failed? ---------------------------------------------------


class TestFaultedCallsKeepTheirBody:
    """A call answered by an injected fault is journaled with what it sent."""

    def test_body_of_a_faulted_call(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A 210 forced by a fault: the journal shows the fields the app sent."""
        pushwoosh_mock.fail_next("setTags", status_code=210, status_message="Bad tag")
        with pytest.raises(errors.ArgumentError):
            pushwoosh_client.set_tags(hwid="phone-1", tags={"Plan": "gold"})
        (call,) = pushwoosh_mock.requests("setTags")
        assert call.fields["tags"] == {"Plan": "gold"}
        assert call.fields["hwid"] == "phone-1"

    @pytest.mark.parametrize(
        "fault",
        [{"status": 503}, {"drop": "before"}, {"status_code": 210}],
    )
    async def test_over_http_with_secrets_masked(
        self, api: Api, mock: MockServer, fault: dict[str, object]
    ) -> None:
        """GET /__mock/requests shows a faulted call's body, its server token masked."""
        added = await api.client.post(
            "/__mock/faults", json={"operation": "createMessage", **fault}
        )
        assert added.status_code == 201
        body = {
            "request": {
                "application": APP,
                "auth": DEV_SERVER_TOKEN,
                "notifications": [{"content": f"Hi, {DEV_TOKEN}"}],
            }
        }
        with contextlib.suppress(httpx.TransportError):  # a dropped connection
            await api.post("createMessage", body)
        journal = (await api.client.get("/__mock/requests?operation=createMessage")).json()
        (call,) = journal["calls"]
        assert call["body"] == {
            "request": {
                "application": APP,
                "auth": "***",
                "notifications": [{"content": "Hi, ***"}],
            }
        }
        assert DEV_SERVER_TOKEN not in str(journal) and DEV_TOKEN not in str(journal)


class TestAttempts:
    """Each journal entry's attempt number and the entry it retries."""

    def test_a_retried_call(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A 503 retried by the client: attempt 1, then attempt 2 retrying it; the count of
        assert_request_made counts the faulted attempt."""
        pushwoosh_client.register_device(hwid="phone-1", device_type=3)
        pushwoosh_mock.fail_next("setTags", status=503)
        pushwoosh_client.set_tags(hwid="phone-1", tags={"Plan": "gold"})
        first, second = pushwoosh_mock.requests("setTags")
        assert (first.status, first.attempt, first.retry_of) == (503, 1, None)
        assert (second.status, second.attempt, second.retry_of) == (200, 2, first.id)
        pushwoosh_mock.assert_request_made("setTags", count=2, hwid="phone-1")
        pushwoosh_client.set_tags(hwid="phone-1", tags={"Plan": "gold"})  # after a success: new
        assert pushwoosh_mock.requests("setTags")[-1].attempt == 1

    async def test_over_http(self, api: Api, mock: MockServer) -> None:
        """Entries carry ``id``, ``attempt`` and ``retry_of``; a different body, or the same
        body from another client, is a first attempt."""
        mock.fail_next("getTags", status=500, times=2)
        fields = {"request": {"application": APP, "hwid": "h1"}}
        assert (await api.post("getTags", fields)).status_code == 500
        other = {"request": {"application": APP, "hwid": "h2"}}
        assert (await api.post("getTags", other)).status_code == 500  # another body
        async with httpx.AsyncClient(
            transport=AsyncInProcessTransport(mock),
            base_url="http://localhost",
            headers={"Authorization": f"Token {DEV_TOKEN}", "User-Agent": "another-app"},
        ) as another:
            await another.post("/json/1.3/getTags", json=fields)  # another client
        await api.post("getTags", fields)  # the retry
        calls = (await api.client.get("/__mock/requests")).json()["calls"]
        assert [(c["id"], c["attempt"], c["retry_of"]) for c in calls] == [
            (1, 1, None),
            (2, 1, None),
            (3, 1, None),
            (4, 2, 1),
        ]

    async def test_an_api_error_is_a_failed_attempt(self, api: Api) -> None:
        """A 210 (HTTP 200) fails the attempt too: the same call again is its retry."""
        fields = {"request": {"application": APP, "hwid": "nobody", "tags": {"A": 1}}}
        assert (await api.call("setTags", fields["request"]))["status_code"] == 210
        assert (await api.call("setTags", fields["request"]))["status_code"] == 210
        calls = (await api.client.get("/__mock/requests")).json()["calls"]
        assert [(c["attempt"], c["retry_of"]) for c in calls] == [(1, None), (2, 1)]


class TestFaultsOverHttp:
    """POST /__mock/faults without ``times`` fails the next call only, as fail_next does."""

    async def test_once_by_default(self, api: Api) -> None:
        added = await api.client.post(
            "/__mock/faults", json={"operation": "getTags", "status": 503}
        )
        assert added.json()["times"] == 1
        fields = {"request": {"application": APP, "hwid": "h1"}}
        assert (await api.post("getTags", fields)).status_code == 503
        assert (await api.post("getTags", fields)).status_code == 200

    async def test_until_cleared_when_asked(self, api: Api) -> None:
        """``"times": null`` keeps the fault until it is cleared."""
        await api.client.post(
            "/__mock/faults", json={"operation": "getTags", "status": 503, "times": None}
        )
        fields = {"request": {"application": APP, "hwid": "h1"}}
        for _ in range(3):
            assert (await api.post("getTags", fields)).status_code == 503


class TestDidYouMean:
    """A misspelt field or operation is named with the spec's spelling."""

    def test_snake_case_field(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        pushwoosh_client.register_device(hwid="phone-1", device_type=3, user_id="ann")
        with pytest.raises(AssertionError, match="did you mean 'userId'"):
            pushwoosh_mock.assert_request_made("registerDevice", user_id="ann")

    def test_misspelt_field(self, pushwoosh_mock: MockServer) -> None:
        """Even where no call would match (count=0), an unknown field is refused."""
        with pytest.raises(AssertionError, match="did you mean 'hwid'"):
            pushwoosh_mock.assert_request_made("registerDevice", count=0, hwdi="phone-1")

    def test_a_field_sent_but_undocumented_is_matched(self, pushwoosh_mock: MockServer) -> None:
        """A field the spec does not list but a call did send (an escape hatch) is matched."""
        with httpx.Client(
            transport=InProcessTransport(pushwoosh_mock),
            base_url="http://localhost",
            headers={"Authorization": f"Token {DEV_TOKEN}"},
        ) as client:
            client.post(
                "/json/1.3/getTags",
                json={"request": {"application": APP, "hwid": "h1", "extra": 1}},
            )
        pushwoosh_mock.assert_request_made("getTags", extra=1)

    def test_misspelt_operation(self, pushwoosh_mock: MockServer) -> None:
        with pytest.raises(ValueError, match="did you mean 'registerDevice'"):
            pushwoosh_mock.assert_request_made("registerDevic")

    async def test_misspelt_operation_over_http(self, api: Api) -> None:
        response = await api.client.get("/__mock/requests?operation=setTag")
        assert response.status_code == 400
        assert "did you mean 'setTags'" in response.json()["status_message"]


# ---- 4. The standalone mock says what it answered -----------------------------------------------

LINE = re.compile(r"^(\S+) (\d{3}|0)(?: \(([^)]*)\))? (\d+\.\d) ms$")
"""A per-request line: ``registerDevice 200 (status_code 200) 1.2 ms``."""


def _calls(url: str) -> None:
    """A success, a 210, a Remote API call with its token in the body, an unknown method."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Token {DEV_TOKEN}"}) as client:
        client.post(
            "/json/1.3/registerDevice",
            json={"request": {"application": APP, "hwid": "h1", "device_type": 3}},
        )
        client.post("/json/1.3/getTags", json={"request": {"application": APP}})
        client.post(
            "/json/1.3/createMessage",
            json={
                "request": {
                    "application": APP,
                    "auth": DEV_SERVER_TOKEN,
                    "notifications": [{"content": "x", "filter": "nope"}],
                }
            },
        )
        client.post(f"/json/1.3/{DEV_TOKEN}", json={})


@pytest.mark.slow
class TestStandaloneLog:
    """``python -m pushwoosh_mock`` logs one line per API call, and prints what to export."""

    def test_one_line_per_call(self) -> None:
        server = start()
        try:
            _calls(server.url)
        finally:
            output = server.stop()
        logged = [line for line in output.splitlines() if LINE.match(line)]
        assert [LINE.match(line).groups()[:3] for line in logged] == [  # type: ignore[union-attr]
            ("registerDevice", "200", "status_code 200"),
            ("getTags", "200", "status_code 210"),
            ("createMessage", "200", "status_code 210"),
            ("***", "404", "status_code 404"),
        ]
        for line in logged:
            assert DEV_TOKEN not in line and DEV_SERVER_TOKEN not in line

    def test_exports_at_start(self) -> None:
        server = start("--application", "APP01-00000")
        output = server.stop()
        assert f"export PUSHWOOSH_BASE_URL={server.url}" in output.splitlines()
        assert f"export PUSHWOOSH_API_TOKEN={DEV_TOKEN}" in output.splitlines()
        assert f"export PUSHWOOSH_SERVER_TOKEN={DEV_SERVER_TOKEN}" in output.splitlines()
        assert "export PUSHWOOSH_APPLICATION=APP01-00000" in output.splitlines()

    def test_quiet(self) -> None:
        server = start("--quiet")
        try:
            _calls(server.url)
        finally:
            output = server.stop()
        assert not [line for line in output.splitlines() if LINE.match(line)]
        assert "export PUSHWOOSH_BASE_URL=" in output

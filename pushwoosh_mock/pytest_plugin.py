"""pytest fixtures for testing code that calls Pushwoosh: registered by installing
``pushwoosh-generated`` (entry point ``pytest11``); the mock they serve needs the ``mock`` extra.
The plugin loads in any environment, extra or not, so that it never breaks a pytest run; a test
that uses one of its fixtures without the extra fails saying what to install.

    def test_signup_sets_three_tags(pushwoosh_client, pushwoosh_mock):
        signup(pushwoosh_client, user="ann")
        pushwoosh_mock.assert_request_made("setTags", userId="ann", tags={"Plan": "free"})

Fixtures:

- ``pushwoosh_mock``: a fresh in-process mock for the test (a ``MockServer``: state, journal,
  faults, seeds, ``fail_next``, ``assert_request_made``, ``requests``, ``messages``); its answers
  are checked against the spec after the test.
- ``pushwoosh_client`` / ``async_pushwoosh_client``: a ``PushwooshClient`` /
  ``AsyncPushwooshClient`` wired to it in process (no socket), both tokens set, the application
  ``pushwoosh_mock.application``. Retries keep the client's policy, but their waits are skipped
  (recorded in ``pushwoosh_mock.waits``), unless the marker says ``sleep=True``. Rate limits are
  in step: without ``sleep=True`` neither the client nor the mock limits calls (a limit's wait
  would be real time) unless the marker gives the mock ``rate_limits=``, then answered with 429;
  with it both keep the spec's limits.
- ``pushwoosh_server``: the same mock served on a loopback port, for code that builds its own
  client or is not Python: ``.url``, ``.token``, ``.server_token``, ``.application``, and every
  variable the client reads set for the test (``PUSHWOOSH_BASE_URL``, ``PUSHWOOSH_API_TOKEN``,
  ``PUSHWOOSH_SERVER_TOKEN``, ``PUSHWOOSH_APPLICATION``): ``PushwooshClient()`` works as is.

Options as a marker: ``@pytest.mark.pushwoosh(applications=["APP01-00000"], strict=True)`` (any
``MockConfig`` field, plus ``application`` for the clients and ``sleep``).
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .extra import MissingExtraError, require

if TYPE_CHECKING:  # the plugin loads with the package; its fixtures import what they use
    from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient

    from .app import MockServer

DEFAULT_APPLICATION = "TEST1-00000"
"""The application code of the fixtures' clients unless the marker gives one."""
CLIENT_OPTIONS = ("application", "sleep")
"""Marker options for the fixtures, not for the mock's configuration."""


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker."""
    config.addinivalue_line(
        "markers",
        "pushwoosh(**options): options of the pushwoosh_mock fixture (MockConfig fields such as"
        " applications=, strict=, tokens=; application= for the clients; sleep=True to wait out"
        " retries for real)",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("pushwoosh")
    if marker is None:
        return {}
    if marker.args:
        raise pytest.UsageError("@pytest.mark.pushwoosh takes keyword options only")
    return dict(marker.kwargs)


def _require_mock() -> None:
    """Fail the test (not the run) when the mock's extra is not installed, saying what to do."""
    try:
        require()
    except MissingExtraError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def pushwoosh_mock(request: pytest.FixtureRequest) -> Iterator["MockServer"]:
    """A fresh in-process Pushwoosh mock for this test."""
    _require_mock()
    from .app import create_app

    options = _options(request)
    application = options.pop("application", DEFAULT_APPLICATION)
    if not options.pop("sleep", False):  # the clients do not limit either: see _client_options
        options.setdefault("rate_limits", {})
    options.setdefault("debug", True)
    options.setdefault("job_delay", 0)  # the clients' waits are skipped: jobs end at once
    mock = create_app(**options)
    mock.application = application
    try:
        yield mock
    finally:
        mock.store.close()
    mock.check_response_errors()


@pytest.fixture
def _pushwoosh_waits(
    request: pytest.FixtureRequest, pushwoosh_mock: "MockServer"
) -> Iterator[None]:
    """Skip the clients' retry waits (recording them), unless the test asks to sleep: through
    the clients' documented seam, `pushwoosh_generated.clock.waits_replaced`."""
    if _options(request).get("sleep"):
        yield
        return
    from pushwoosh_generated import clock

    def skip(seconds: float) -> None:
        pushwoosh_mock.waits.append(seconds)

    async def async_skip(seconds: float) -> None:
        pushwoosh_mock.waits.append(seconds)

    with clock.waits_replaced(skip, async_skip):
        yield


def _client_options(request: pytest.FixtureRequest, mock: "MockServer") -> dict[str, Any]:
    options: dict[str, Any] = {
        "token": mock.token,
        "server_token": mock.server_token,
        "application": mock.application,
        "base_url": "http://localhost",
        "journey_base_url": "http://localhost",  # the Customer Journey API's calls too
    }
    if not _options(request).get("sleep"):  # a limit's wait would be real time
        options["rate_limits"] = {
            op.name: None for op in mock.spec.operations.values() if op.rate_limit
        }
    return options


@pytest.fixture
def pushwoosh_client(
    request: pytest.FixtureRequest, pushwoosh_mock: "MockServer", _pushwoosh_waits: None
) -> Iterator["PushwooshClient"]:
    """A PushwooshClient on the in-process mock (no socket)."""
    import httpx

    from pushwoosh_generated import PushwooshClient

    from .transport import InProcessTransport

    transport = InProcessTransport(pushwoosh_mock)
    # Closing the transport is all closing the httpx client would do, and leaves the client
    # open: a call still in flight, and its retries, meet a closed connection
    # (APIConnectionError), not a closed httpx client (RuntimeError).
    http = httpx.Client(transport=transport)
    with PushwooshClient(http_client=http, **_client_options(request, pushwoosh_mock)) as client:
        try:
            yield client
        finally:
            transport.close()


@pytest.fixture
def async_pushwoosh_client(
    request: pytest.FixtureRequest, pushwoosh_mock: "MockServer", _pushwoosh_waits: None
) -> "AsyncPushwooshClient":
    """An AsyncPushwooshClient on the in-process mock (no socket). A plain fixture, so that it
    serves any async test runner (pytest-asyncio, anyio); in-process, it holds no connection."""
    import httpx

    from pushwoosh_generated import AsyncPushwooshClient

    from .transport import AsyncInProcessTransport

    http = httpx.AsyncClient(transport=AsyncInProcessTransport(pushwoosh_mock))
    return AsyncPushwooshClient(http_client=http, **_client_options(request, pushwoosh_mock))


@pytest.fixture
def pushwoosh_server(
    pushwoosh_mock: "MockServer", monkeypatch: pytest.MonkeyPatch
) -> Iterator["MockServer"]:
    """The test's mock served on a loopback port, with every environment variable the client
    reads set (``environment``), so that code which builds ``PushwooshClient()`` runs as is."""
    from .threaded import serve_in_thread

    with serve_in_thread(pushwoosh_mock) as url:
        pushwoosh_mock.url = url
        for name, value in pushwoosh_mock.environment().items():
            monkeypatch.setenv(name, value)
        try:
            yield pushwoosh_mock
        finally:
            pushwoosh_mock.url = None

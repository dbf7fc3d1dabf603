"""Tests for the pytest plugin (`pushwoosh_mock.pytest_plugin`), run in pytester's own sessions."""

import os
import shutil

import pytest

from .utils import ROOT

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in the pytester directory, in a subprocess (the plugin loads by entry point)."""
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto", *args)


def test_three_line_signup_test(pytester: pytest.Pytester) -> None:
    """A new user's "signup sets three tags" test is three lines, with no fixture of its own."""
    pytester.makepyfile(
        test_signup="""
        def test_signup_sets_three_tags(pushwoosh_client, pushwoosh_mock):
            pushwoosh_client.set_tags(user_id="ann", tags={"Plan": "free", "Level": 1, "VIP": False})
            pushwoosh_mock.assert_request_made("setTags", userId="ann", tags={"Plan": "free"})
        """
    )
    run(pytester).assert_outcomes(passed=1)


def test_the_shop_example(pytester: pytest.Pytester) -> None:
    """The sample shop's tests (a 210, a 503 with Retry-After, a dropped connection after the
    change, a push to a user; sync and async) pass with the plugin alone."""
    shutil.copytree(ROOT / "examples" / "shop", pytester.path / "shop")
    result = run(pytester, "shop")
    result.assert_outcomes(passed=7)


def test_failure_shows_the_closest_calls(pytester: pytest.Pytester) -> None:
    """A failed assertion names what was expected and lists the calls closest to it."""
    pytester.makepyfile(
        """
        def test_wrong(pushwoosh_client, pushwoosh_mock):
            pushwoosh_client.register_device(hwid="phone-1", device_type=3)
            pushwoosh_client.register_device(hwid="phone-2", device_type=3)
            pushwoosh_mock.assert_request_made("registerDevice", hwid="phone-3")
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*expected 1 registerDevice call(s) with hwid='phone-3', found 0*",
            "*HTTP 200: {*'hwid': 'phone-1'*",
        ]
    )


def test_marker_options_and_misspelt_faults(pytester: pytest.Pytester) -> None:
    """The marker configures the mock; a misspelt operation in a fault is refused from Python."""
    pytester.makepyfile(
        """
        import pytest
        from pushwoosh_generated import errors

        @pytest.mark.pushwoosh(applications=["APP01-00000"], application="OTHER-00000")
        def test_unknown_application(pushwoosh_client):
            with pytest.raises(errors.ArgumentError, match="Application not found"):
                pushwoosh_client.get_tags(hwid="h")

        def test_misspelt(pushwoosh_mock):
            with pytest.raises(ValueError, match="did you mean 'setTags'"):
                pushwoosh_mock.fail_next("setTag", status=503)

        def test_impossible(pushwoosh_mock):
            with pytest.raises(ValueError, match="status: expected one of 429, 500, 502, 503"):
                pushwoosh_mock.fail_next("setTags", status=418)
        """
    )
    run(pytester).assert_outcomes(passed=3)


def test_served_mock_sets_the_environment(pytester: pytest.Pytester) -> None:
    """pushwoosh_server serves the mock on a port and sets the client's variables for the test
    only; a client built from the environment reaches it."""
    pytester.makepyfile(
        """
        import os
        from pushwoosh_generated import PushwooshClient

        def test_served(pushwoosh_server):
            assert os.environ["PUSHWOOSH_BASE_URL"] == pushwoosh_server.url
            with PushwooshClient(application="APP") as client:
                client.register_device(hwid="h", device_type=3)
                client.create_message(notifications=[{"content": "x"}], broadcast=True)
            pushwoosh_server.assert_request_made("registerDevice", hwid="h")
            assert len(pushwoosh_server.messages()) == 1

        def test_after():
            assert "PUSHWOOSH_BASE_URL" not in os.environ
        """
    )
    env_before = {k: os.environ.get(k) for k in ("PUSHWOOSH_BASE_URL", "PUSHWOOSH_API_TOKEN")}
    assert env_before["PUSHWOOSH_BASE_URL"] is None
    run(pytester).assert_outcomes(passed=2)


def test_sleep_true_waits_for_real(pytester: pytest.Pytester) -> None:
    """With sleep=True the client waits out Retry-After; by default the wait is only recorded."""
    pytester.makepyfile(
        """
        import time
        import pytest

        @pytest.mark.pushwoosh(sleep=True)
        def test_real(pushwoosh_client, pushwoosh_mock):
            pushwoosh_mock.fail_next("getTags", status=503, retry_after=1)
            started = time.monotonic()
            pushwoosh_client.get_tags(user_id="u")
            assert time.monotonic() - started >= 0.9
            assert pushwoosh_mock.waits == []

        def test_virtual(pushwoosh_client, pushwoosh_mock):
            pushwoosh_mock.fail_next("getTags", status=503, retry_after=30)
            pushwoosh_client.get_tags(user_id="u")
            assert pushwoosh_mock.waits == [30]
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_answers_outside_the_spec_fail_the_test(pytester: pytest.Pytester) -> None:
    """The mock checks its own answers against the spec after each test (debug mode)."""
    pytester.makepyfile(
        """
        def test_it(pushwoosh_mock):
            pushwoosh_mock.response_errors.append("getTags: something the spec does not allow")
        """
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*responses outside the spec*"])

"""Stateless property tests: every operation, all phases, positive and negative data."""

from collections.abc import Iterator
from typing import Any

import pytest

from .schema import APP, CI_EXAMPLES, generated_calls, load

schema = load(APP, CI_EXAMPLES)


@pytest.fixture(scope="module", autouse=True)
def report(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many requests the stateless run generated."""
    APP.reset()
    yield
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(
            f"\nstateless: {generated_calls(APP)} generated requests over {len(APP.spec.operations)} operations"
        )


@schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation(case: Any) -> None:
    """Every generated request gets an answer that the spec and our checks accept."""
    case.call_and_validate()
    APP.check_response_errors()

"""Tests for the property suite's setup: generation does not depend on how the suite is started."""

import importlib
import sys

from hypothesis.internal.conjecture import providers

from .property import schema


def test_local_constants_are_pinned() -> None:
    """Importing another local module (as collecting the client's tests does) leaves the pool of
    literals hypothesis draws from unchanged, so `pytest`, `pytest tests/property` and `nox`
    generate the same calls (the stateful gate counted 11 calls in one, 32 in the other)."""
    assert schema.__name__  # the suite's setup has pinned the pool
    before = providers._get_local_constants()
    strings = list(before.strings)
    assert "Invalid API Token" in strings  # a literal of the mock under test
    saved = {n: m for n, m in sys.modules.items() if n.startswith("pushwoosh_generated")}
    for name in saved:
        del sys.modules[name]
    try:
        importlib.import_module("pushwoosh_generated")
        after = providers._get_local_constants()
    finally:
        # The modules the later tests imported stay the ones in use: a second copy of the
        # package would raise errors of other classes than those the tests catch.
        for name in [n for n in sys.modules if n.startswith("pushwoosh_generated")]:
            del sys.modules[name]
        sys.modules.update(saved)
    assert after is before
    assert list(after.strings) == strings

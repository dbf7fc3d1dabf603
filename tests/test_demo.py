"""Tests for `examples/demo.py`, the README's main job."""

import importlib.util
import sys

import pytest

from .utils import ROOT


def test_demo_runs_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo exits 0 and every step is as expected, the 210 step included."""
    spec = importlib.util.spec_from_file_location("demo", ROOT / "examples" / "demo.py")
    assert spec is not None and spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    sys.modules["demo"] = demo
    spec.loader.exec_module(demo)
    assert demo.main() == 0
    output = capsys.readouterr().out
    assert "FAIL" not in output
    assert "21 of 21 steps as expected" in output
    assert "a 210 about the request: 'RequestArgumentError'" in output

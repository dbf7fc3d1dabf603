"""Tests for the release gate's Python side and its version rule (releases/gate.py).

The spec side is Optic's, run by `nox -s breaking_changes`; here it is replaced by a stub where a
test needs the spec to break or not.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from releases import gate


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    """A scratch release recorded from the working tree."""
    assert gate.record(tmp_path) == 0
    return tmp_path


def _device_type_members(api: dict[str, Any]) -> dict[str, Any]:
    models = api["pushwoosh_generated"]["members"]["models"]["members"]
    members: dict[str, Any] = models["device_type"]["members"]["DeviceType"]["members"]
    return members


def _release_had_one_more_device_type(baseline: Path) -> None:
    """Rewrite the record as if the release had a DeviceType value the tree no longer has."""
    path = baseline / "python-api.json"
    api = json.loads(path.read_text(encoding="utf-8"))
    members = _device_type_members(api)
    members["XIAOMI"] = {**members["SMS"], "name": "XIAOMI", "value": "19"}
    path.write_text(json.dumps(api), encoding="utf-8")


def test_record_keeps_the_spec_and_the_api(baseline: Path) -> None:
    """The record holds the spec as it is and both packages' APIs."""
    assert (baseline / "pushwoosh.yaml").read_bytes() == gate.SPEC.read_bytes()
    api = json.loads((baseline / "python-api.json").read_text(encoding="utf-8"))
    assert set(api) == set(gate.PACKAGES)
    assert "WHATSAPP" in _device_type_members(api)


def test_unchanged_api_has_no_break(baseline: Path) -> None:
    """The tree compared with a record of itself breaks nothing."""
    assert gate.python_breaks(baseline) == []


def test_removed_enum_value_is_a_break(baseline: Path) -> None:
    """A DeviceType value the release had and the tree lacks is reported as removed."""
    _release_had_one_more_device_type(baseline)
    breaks = gate.python_breaks(baseline)
    assert len(breaks) == 1
    assert "DeviceType.XIAOMI" in breaks[0] and "removed" in breaks[0]


@pytest.mark.parametrize(
    ("released", "current", "status"),
    [
        ((1, 4, 0), (1, 4, 0), 1),
        ((1, 4, 0), (1, 5, 0), 1),
        ((0, 2, 0), (0, 3, 0), 1),
        ((1, 4, 0), (2, 0, 0), 0),
        ((0, 2, 0), (1, 0, 0), 0),
    ],
    ids=["same version", "minor bump", "0.x minor bump", "major bump", "0.x to 1.0"],
)
def test_a_break_needs_a_major_bump(
    baseline: Path,
    monkeypatch: pytest.MonkeyPatch,
    released: tuple[int, int, int],
    current: tuple[int, int, int],
    status: int,
) -> None:
    """A removed DeviceType value passes the gate only with a higher major version."""
    _release_had_one_more_device_type(baseline)
    monkeypatch.setattr(gate, "spec_breaks", lambda *_: (False, "Optic: no change"))
    monkeypatch.setattr(gate, "version_of", lambda path: current if path == gate.SPEC else released)
    assert gate.check(baseline, optic="unused") == status


def test_a_spec_break_alone_fails(baseline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A break Optic reports fails the gate even when the Python API is unchanged."""
    monkeypatch.setattr(gate, "spec_breaks", lambda *_: (True, "Optic: removed enum option"))
    assert gate.check(baseline, optic="unused") == 1


def test_version_going_down_fails(baseline: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tree older than the release fails, break or not."""
    monkeypatch.setattr(gate, "spec_breaks", lambda *_: (False, "Optic: no change"))
    monkeypatch.setattr(
        gate, "version_of", lambda path: (0, 9, 0) if path == gate.SPEC else (1, 0, 0)
    )
    assert gate.check(baseline, optic="unused") == 1


def test_record_names_no_path_of_this_machine(baseline: Path) -> None:
    """File paths in the recorded API are relative to the repository."""
    text = (baseline / "python-api.json").read_text(encoding="utf-8")
    assert str(gate.ROOT) not in text
    assert '"filepath":"pushwoosh_generated/__init__.py"' in text

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
    explained = breaks[0].explain()
    assert "DeviceType.XIAOMI" in explained and "removed" in explained
    assert gate.broken_name(breaks[0]) == "pushwoosh_generated.models.device_type.DeviceType.XIAOMI"


@pytest.fixture
def notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch CHANGELOG.md the gate reads instead of the repository's."""
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    monkeypatch.setattr(gate, "CHANGELOG", path)
    return path


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
    notes: Path,
    monkeypatch: pytest.MonkeyPatch,
    released: tuple[int, int, int],
    current: tuple[int, int, int],
    status: int,
) -> None:
    """A removed DeviceType value passes the gate only with a higher major version (and notes
    that say what broke)."""
    notes.write_text(
        f"## [{gate._text(current)}] - 2027-01-01\n\n| before | after |\n|---|---|\n"
        "| `DeviceType.XIAOMI` | gone |\n",
        encoding="utf-8",
    )
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


def test_a_major_release_must_name_what_broke(
    baseline: Path, notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A major bump whose release notes never name a removed public name fails the gate, and
    passes once the unreleased notes name it."""
    _release_had_one_more_device_type(baseline)
    monkeypatch.setattr(gate, "spec_breaks", lambda *_: (False, "Optic: no change"))
    monkeypatch.setattr(
        gate, "version_of", lambda path: (2, 0, 0) if path == gate.SPEC else (1, 0, 0)
    )
    notes.write_text("## [Unreleased]\n\n- `set_tags` is faster\n", encoding="utf-8")
    assert gate.check(baseline, optic="unused") == 1
    notes.write_text("## [Unreleased]\n\n| `DeviceType.XIAOMI` | gone |\n", encoding="utf-8")
    assert gate.check(baseline, optic="unused") == 0


def test_notes_name_a_member_by_itself_or_by_its_class() -> None:
    """A row naming a method's class covers the method; a parameter is named by itself."""
    notes = "| `PushwooshClientWithRawResponse` | rebuilt |\n| `Fault(latency=…)` | keywords |"
    assert gate.undocumented_breaks(
        [
            "pushwoosh_generated.client.PushwooshClientWithRawResponse.get_tags",
            "pushwoosh_mock.faults.Fault.__init__(latency)",
            "pushwoosh_mock.faults.Fault.__init__(drop)",  # the class, named
            "pushwoosh_mock.journal.Journal.record(entry)",
        ],
        notes,
    ) == ["pushwoosh_mock.journal.Journal.record(entry)"]


def test_release_notes_are_the_versions_section_or_unreleased() -> None:
    """The notes of a version are its own section; an unreleased version reads [Unreleased]."""
    changelog = "# C\n\n## [Unreleased]\n\nnext\n\n## [1.0.0] - 2026-12-02\n\none\n\n## [0.2.0]\n"
    assert gate.release_notes(changelog, (1, 0, 0)).startswith("## [1.0.0]")
    assert "one" in gate.release_notes(changelog, (1, 0, 0))
    assert "next" in gate.release_notes(changelog, (2, 0, 0))

"""Record a release, and refuse changes that break its users without a major version bump.

    python releases/gate.py record                 # after setting info.version and CHANGELOG.md
    python releases/gate.py check --optic OPTIC    # what `nox -s breaking_changes` runs

A release is recorded in ``releases/baseline/`` (committed, so a fresh clone has it, tags or no
tags): the spec as released (``pushwoosh.yaml``, whose ``info.version`` is the release's version)
and the Python public API of the packages (``python-api.json``, griffe's dump).

``check`` compares the working tree with the baseline: the spec with Optic's breaking-change
rules (a removed enum value, a new required field, a removed operation, ...), the Python API with
griffe. Breaking changes are accepted only when the spec's ``info.version`` has a higher major
number than the release (0.x included: 0.2.0 to 0.3.0 is not a major bump). Without a baseline
there is nothing to compare, and ``check`` says so.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import griffe
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "pushwoosh.yaml"
CHANGELOG = ROOT / "CHANGELOG.md"
BASELINE = ROOT / "releases" / "baseline"
PACKAGES = ("pushwoosh_generated", "pushwoosh_mock")
"""The packages whose public API the wheel ships."""
OPTIC_NOISE = "invalid allOf variant at"
"""Optic prints this for allOf members without properties; it is no finding."""


def version_of(spec: Path) -> tuple[int, int, int]:
    """Return ``info.version`` of a spec as (major, minor, patch)."""
    text = yaml.safe_load(spec.read_text(encoding="utf-8"))["info"]["version"]
    major, minor, patch = (int(part) for part in str(text).split("."))
    return major, minor, patch


def _text(version: tuple[int, int, int]) -> str:
    return ".".join(map(str, version))


def _relative_paths(node: Any) -> Any:
    """Return the dump with each ``filepath`` relative to the repository (no machine's paths)."""
    if isinstance(node, list):
        return [_relative_paths(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _relative_paths(value) for key, value in node.items()}
    paths = result.get("filepath")
    if isinstance(paths, str):
        result["filepath"] = Path(paths).relative_to(ROOT).as_posix()
    elif isinstance(paths, list):
        result["filepath"] = [Path(path).relative_to(ROOT).as_posix() for path in paths]
    return result


def python_api() -> dict[str, Any]:
    """Return griffe's JSON form of each package's API, by package name."""
    dumps = {}
    for package in PACKAGES:
        module = griffe.load(package, search_paths=[ROOT], store_source=False)
        dumps[package] = _relative_paths(json.loads(module.as_json()))
    return dumps


def _load_api(data: dict[str, Any]) -> griffe.Object:
    """Rebuild a package's API from its dump, with the collection griffe needs for aliases."""
    module: griffe.Object = json.loads(json.dumps(data), object_hook=griffe.json_decoder)
    collection = griffe.ModulesCollection()
    collection.set_member(module.path, module)
    module._modules_collection = collection  # the loader sets it; a decoded dump has none
    return module


def python_breaks(baseline: Path) -> list[griffe.Breakage]:
    """Return every break of the public Python API since the release, as griffe finds them."""
    recorded = json.loads((baseline / "python-api.json").read_text(encoding="utf-8"))
    breaks: list[griffe.Breakage] = []
    for package in PACKAGES:
        if package not in recorded:
            continue
        old = _load_api(recorded[package])
        new = griffe.load(package, search_paths=[ROOT], store_source=False)
        breaks.extend(griffe.find_breaking_changes(old, new))
    return breaks


def release_notes(changelog: str, version: tuple[int, int, int]) -> str:
    """Return the CHANGELOG section of a version (``## [1.2.0] - …``), or ``[Unreleased]``'s
    when the version has none yet."""
    sections = re.split(r"(?m)^(?=## \[)", changelog)
    for heading in (f"## [{_text(version)}]", "## [Unreleased]"):
        for section in sections:
            if section.startswith(heading):
                return section
    return ""


def broken_name(breakage: griffe.Breakage) -> str:
    """Return the dotted name a break concerns: the parameter's for a parameter change (a
    function's removed keyword argument), the object's for anything else."""
    for value in (breakage.old_value, breakage.new_value):
        if isinstance(value, griffe.Parameter):
            return f"{breakage.obj.path}({value.name})"
    return str(breakage.obj.path)


def undocumented_breaks(broken: list[str], notes: str) -> list[str]:
    """Return the broken names (from broken_name) that the release notes never name in
    backticks, by their last part or their parent's (a row about a class covers its members):
    a major release says how to move from each thing it breaks."""
    quoted = " ".join(re.findall(r"`([^`]*)`", notes))

    def named(name: str) -> bool:
        parts = [
            part for part in name.rstrip(")").replace("(", ".").split(".") if part != "__init__"
        ]
        return any(re.search(rf"\b{re.escape(part)}\b", quoted) for part in parts[-2:])

    return sorted(name for name in set(broken) if not named(name))


def spec_breaks(baseline: Path, optic: str) -> tuple[bool, str]:
    """Run Optic's checks from the released spec to the current one; return (broken, report)."""
    result = subprocess.run(
        [optic, "diff", str(baseline / "pushwoosh.yaml"), str(SPEC), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "OPTIC_TELEMETRY_LEVEL": "off"},
    )
    report = "\n".join(
        line for line in (result.stdout + result.stderr).splitlines() if OPTIC_NOISE not in line
    )
    return result.returncode != 0, report


def check(baseline: Path, optic: str) -> int:
    """Compare the tree with the release; 0 when nothing breaks or the major version went up."""
    if not (baseline / "pushwoosh.yaml").is_file():
        print(f"no release recorded in {baseline}: nothing to compare yet")
        return 0
    released, current = version_of(baseline / "pushwoosh.yaml"), version_of(SPEC)
    print(f"release {_text(released)} -> working tree {_text(current)}")
    if current < released:
        print(f"info.version {_text(current)} is lower than the release {_text(released)}")
        return 1
    spec_broken, report = spec_breaks(baseline, optic)
    print(report)
    breaks = python_breaks(baseline)
    for breakage in breaks:
        print(f"python API: {breakage.explain(style=griffe.ExplanationStyle.ONE_LINE)}")
    if not spec_broken and not breaks:
        print("no breaking change in the spec or the Python API")
        return 0
    if current[0] > released[0]:
        notes = release_notes(CHANGELOG.read_text(encoding="utf-8"), current)
        missing = undocumented_breaks([broken_name(b) for b in breaks], notes)
        if missing:
            print(
                "FAIL: the CHANGELOG's notes for this release do not name what broke: "
                + ", ".join(missing)
                + " (add a row to its 'what broke, and how to move' table)"
            )
            return 1
        print(f"breaking changes accepted: major version {released[0]} -> {current[0]}")
        return 0
    what = " and ".join(
        name for name, broken in (("the spec", spec_broken), ("the Python API", breaks)) if broken
    )
    print(
        f"FAIL: {what} break users of {_text(released)}; raise the major version of info.version"
        f" (to {current[0] + 1}.0.0) or undo the change"
    )
    return 1


def record(baseline: Path) -> int:
    """Make the working tree the released baseline, after checking version and changelog.

    Any other folder than ``releases/baseline`` is a scratch baseline (to try the gate on): it
    needs no CHANGELOG section.
    """
    current = version_of(SPEC)
    if (baseline / "pushwoosh.yaml").is_file():
        released = version_of(baseline / "pushwoosh.yaml")
        if current <= released:
            print(f"info.version {_text(current)} is not above the release {_text(released)}")
            return 1
    heading = f"## [{_text(current)}]"
    scratch = baseline != BASELINE  # a scratch baseline, to try the gate, needs no release notes
    if not scratch and heading not in CHANGELOG.read_text(encoding="utf-8"):
        print(f"CHANGELOG.md has no `{heading} - DATE` section: write the release notes first")
        return 1
    baseline.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SPEC, baseline / "pushwoosh.yaml")
    api = json.dumps(python_api(), sort_keys=True, separators=(",", ":"))
    (baseline / "python-api.json").write_text(api + "\n", encoding="utf-8")
    print(f"recorded release {_text(current)} in {baseline}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run `record` or `check`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["record", "check"])
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the release's folder")
    parser.add_argument("--optic", default="optic", help="the Optic CLI (check only)")
    args = parser.parse_args(argv)
    baseline = args.baseline.resolve()
    return record(baseline) if args.command == "record" else check(baseline, args.optic)


if __name__ == "__main__":
    sys.exit(main())

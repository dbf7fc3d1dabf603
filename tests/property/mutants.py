"""Mutation proof: inject realistic bugs into a copy of the mock, one at a time, and show that the
property suite fails for each, naming the check that caught it.

Usage: ``python -m tests.property.mutants [NAME ...]`` (or ``nox -s mutants``). Exit status 0 when
every mutant is caught.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANT_ENV = "PUSHWOOSH_MOCK_MUTANT"
"""Set to the mutated package's folder; the property tests refuse to run on any other copy."""
PACKAGE = ROOT / "pushwoosh_mock"
FAILURE_TITLE = re.compile(r"^[\s|]*- (ST\d+ .+?)\s*$", re.MULTILINE)
"""How schemathesis names each distinct failure: `- ST401 API accepts requests without authentication`."""


@dataclass(frozen=True)
class Mutant:
    """One bug: replace ``old`` with ``new`` in a module of the mock."""

    name: str
    module: str
    old: str
    new: str


MUTANTS = (
    Mutant("no bug (the suite must pass)", "api.py", "", ""),
    Mutant(
        "token not checked",
        "api.py",
        "    def _authorize(self, headers: dict[bytes, bytes], operation: str) -> None:\n",
        "    def _authorize(self, headers: dict[bytes, bytes], operation: str) -> None:\n        return\n",
    ),
    Mutant(
        "increment ignored",
        "tags.py",
        "        tags[name] = current + value\n",
        "        tags[name] = current\n",
    ),
    Mutant(
        "invalid device_type accepted as 200/200",
        "spec.py",
        "        errors = list(operation.request.iter_errors(body))\n",
        "        errors = [e for e in operation.request.iter_errors(body) if list(e.instance_path)[-1:] != ['device_type']]\n"
        "        if not errors:\n"
        "            return None\n",
    ),
    Mutant(
        "status_message missing from an error",
        "api.py",
        '    return {"status_code": ARGUMENT_ERROR, "status_message": message, "response": None}\n',
        '    return {"status_code": ARGUMENT_ERROR, "response": None}\n',
    ),
    Mutant(
        "a 500 on a non-ASCII tag name",
        "operations.py",
        '    if "hwid" in request:\n        store.set_device_tags(',
        '    if not all(name.isascii() for name in request["tags"]):\n'
        '        raise RuntimeError("non-ASCII tag name")\n'
        '    if "hwid" in request:\n        store.set_device_tags(',
    ),
    Mutant(
        "setTags by userId touching only one device",
        "store.py",
        "            now = time.time()\n            for device in devices:\n",
        "            now = time.time()\n            for device in devices[:1]:\n",
    ),
    Mutant(
        "unregisterDevice deletes the tags",
        "store.py",
        '"push_token = NULL, registered = 0")',
        "\"push_token = NULL, registered = 0, tags = '{}'\")",
    ),
    Mutant(
        "null does not delete a tag (plain values)",
        "store.py",
        '"tags = json_patch(tags, ?)", _dumps(changes))',
        '"tags = json_patch(tags, ?)", _dumps({k: v for k, v in changes.items() if v is not None}))',
    ),
    Mutant(
        "null does not delete a tag (beside an operation)",
        "tags.py",
        "    if change is None:\n        tags.pop(name, None)\n        return\n",
        "    if change is None:\n        return\n",
    ),
)


@dataclass
class Outcome:
    """What the property suite did on one mutant."""

    mutant: Mutant
    caught: bool
    checks: list[str]
    seconds: float


def write_mutant(mutant: Mutant, scratch: Path) -> Path:
    """Copy the mock into ``scratch`` with the bug in it; return the copy's package folder."""
    target = scratch / "pushwoosh_mock"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copyfile(ROOT / "openapi" / "pushwoosh.yaml", target / "pushwoosh.yaml")
    module = target / mutant.module
    source = module.read_text(encoding="utf-8")
    if not mutant.old:
        return target
    if source.count(mutant.old) != 1:
        raise SystemExit(
            f"mutant {mutant.name!r}: the code to replace is not found once in {mutant.module}"
        )
    module.write_text(source.replace(mutant.old, mutant.new), encoding="utf-8")
    return target


def run(mutant: Mutant) -> Outcome:
    """Run the property suite against a copy of the mock with the bug in it."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch:
        package = write_mutant(mutant, Path(scratch))
        env = {
            **os.environ,
            "PYTHONPATH": f"{scratch}{os.pathsep}{ROOT}",
            "PROPERTY_EXAMPLES": os.environ.get("PROPERTY_EXAMPLES", "25"),
            "PROPERTY_NO_SHRINK": "1",
            MUTANT_ENV: str(package),
        }
        done = subprocess.run(
            [sys.executable, "-P", "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "--import-mode=append", "tests/property"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    output = done.stdout + done.stderr
    if done.returncode not in (0, 1) or "ERROR collecting" in output:
        raise SystemExit(f"mutant {mutant.name!r}: the suite did not run:\n{output[-3000:]}")
    found = list(dict.fromkeys(FAILURE_TITLE.findall(output)))
    return Outcome(mutant, done.returncode != 0, found, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    """Run the clean copy and every mutant, two at a time; print a table; 0 when all is as expected."""
    names = set(argv if argv is not None else sys.argv[1:])
    baseline, *mutants = MUTANTS
    chosen = [baseline, *(m for m in mutants if not names or m.name in names)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        clean, *outcomes = pool.map(run, chosen)
    print("| injected bug | caught | by check | seconds |")
    print("|---|---|---|---|")
    for outcome in outcomes:
        checks = "; ".join(outcome.checks) or "(a test failed outside schemathesis)"
        print(
            f"| {outcome.mutant.name} | {'yes' if outcome.caught else 'NO'} | {checks} | {outcome.seconds:.0f} |"
        )
    missed = [o.mutant.name for o in outcomes if not o.caught]
    if clean.caught:
        print(f"\nthe property suite fails on the mock without any bug: {'; '.join(clean.checks)}")
    if missed:
        print(f"\nnot caught: {', '.join(missed)}")
    print(
        f"\nmutation proof: {len(outcomes) - len(missed)} of {len(outcomes)} injected bugs caught"
    )
    return 1 if missed or clean.caught else 0


if __name__ == "__main__":
    sys.exit(main())

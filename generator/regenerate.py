"""Regenerate ``pushwoosh_generated/`` from ``openapi/pushwoosh.yaml``, or check that it is current.

The package is a pure function of ``openapi/``, ``generator/`` and ``pushwoosh_spec/`` (the one
reader of what the spec says about an operation, whose facts the templates only write down): it is generated into a scratch
folder by the pinned openapi-python-client, run in process so that the templates also see the
spec's own extensions (``x-pushwoosh-repeat``) and so that component schemas no operation uses
(``SdkFields``) are left out of the public models; the request schemas are written for the
client's argument checks, every file it writes is marked as generated, and the tree is formatted
with settings given on the command line (no config file can change the output). Only the marked
files are replaced or compared: the package's hand-written modules (the runtime, ``lib/``) live
there once, unmarked, and the generator never touches them.

Usage::

    python generator/regenerate.py           # rewrite pushwoosh_generated/
    python generator/regenerate.py --check   # exit 1 with a diff when it is not current
"""

import argparse
import difflib
import filecmp
import functools
import hashlib
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
import upstream  # generator/upstream.py: every use of openapi-python-client's API

from pushwoosh_spec.facts import (  # the one reader of the spec's facts
    OperationFacts,
    SpecError,
    datetime_fields,
    read_operations,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "pushwoosh.yaml"
GENERATOR = ROOT / "generator"
CONFIG = GENERATOR / "config.yaml"
TEMPLATES = GENERATOR / "templates"
MACROS = GENERATOR / "macros"
RESULTS = GENERATOR / "results.yaml"
FACTS = ROOT / "pushwoosh_spec"
"""The reader of the spec's facts, which the templates are given (an input like generator/)."""
PACKAGE_NAME = "pushwoosh_generated"
PACKAGE = ROOT / PACKAGE_NAME

HEADER = (
    "# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.\n"
    "# Do not edit: change the spec or generator/ and run `nox -s generate`.\n"
)
"""The mark of every Python file the generator writes; a file without it is hand-written."""
JSON_MARK = "Generated from openapi/pushwoosh.yaml by generator/regenerate.py; do not edit."
"""The mark of a JSON file the generator writes (its top-level ``$comment``)."""
RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
PYPROJECT = ROOT / "pyproject.toml"


def generator_version() -> str:
    """Return the openapi-python-client version pinned in pyproject.toml (its one home)."""
    dev = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    for requirement in dev["dev"]:
        match = re.fullmatch(r"openapi-python-client==([\w.]+)", requirement)
        if match:
            return match.group(1)
    sys.exit("pyproject.toml must pin openapi-python-client with ==")


def _run(args: list[str], cwd: Path) -> None:
    """Run a command with this interpreter's scripts on PATH; fail loudly with its output."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


def _digest(paths: list[Path]) -> str:
    """Return the SHA-256 of the files, in the given order."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.relative_to(ROOT).as_posix().encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


def _write_version_module(package: Path) -> None:
    """Write the package version (the spec's info.version) and the inputs' digests."""
    spec_version = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["version"]
    generator_files = sorted(
        p
        for folder in (GENERATOR, FACTS)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    (package / "_version.py").write_text(
        '"""The package version and what it was generated from."""\n\n'
        f'__version__ = "{spec_version}"\n'
        f'SPEC_SHA256 = "{_digest([SPEC])}"\n'
        f'GENERATOR_SHA256 = "{_digest(generator_files)}"\n'
        f'OPENAPI_PYTHON_CLIENT_VERSION = "{generator_version()}"\n',
        encoding="utf-8",
    )


SUPERSEDED_OUTPUTS = {
    "errors.py": "upstream's UnexpectedStatus alone; the package's hand-written errors.py is the error tree",
}
"""Files upstream writes that the generator leaves out because a hand-written module of the
package takes their place, each on purpose and why."""


def is_generated(path: Path) -> bool:
    """Tell whether a file of the package was written by the generator (it carries the mark)."""
    if path.suffix == ".py":
        with path.open(encoding="utf-8") as file:
            return file.read(len(HEADER)) == HEADER
    if path.suffix == ".json":
        document = json.loads(path.read_text(encoding="utf-8"))
        return isinstance(document, dict) and document.get("$comment") == JSON_MARK
    return False


def _drop_superseded_outputs(destination: Path) -> None:
    """Remove the upstream outputs a hand-written module replaces; refuse any other collision
    with a hand-written file of the package, and report a replacement upstream no longer needs."""
    for name in SUPERSEDED_OUTPUTS:
        if not (destination / name).exists():
            sys.exit(f"SUPERSEDED_OUTPUTS names {name}, which upstream no longer writes")
        (destination / name).unlink()
    for name in sorted(_tree(destination)):
        committed = PACKAGE / name
        if committed.is_file() and not is_generated(committed):
            sys.exit(f"the generator writes {name}, which is a hand-written file of the package")


def _facts_of(facts: dict[tuple[str, str], OperationFacts], endpoint: Any) -> OperationFacts:
    """The facts of the operation a template's endpoint stands for (by method and path)."""
    return facts[str(endpoint.method).upper(), endpoint.path.get_untrusted_value()]


def generate(destination: Path) -> Path:
    """Generate the package into ``destination`` (which must not exist) and return it."""
    installed, pinned = version("openapi-python-client"), generator_version()
    if installed != pinned:
        sys.exit(f"openapi-python-client {pinned} is required, {installed} is installed")
    document: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    openapi, config = upstream.read_spec(document, CONFIG, SPEC, destination)
    upstream.keep_models(openapi, upstream.reachable_models(openapi))
    try:
        facts = read_operations(document)
    except SpecError as error:
        sys.exit(f"{SPEC.relative_to(ROOT)}: {error}")
    results = yaml.safe_load(RESULTS.read_text(encoding="utf-8"))
    unknown = set(results) - set(facts)
    if unknown:
        sys.exit(f"{RESULTS.name} names operations the spec does not have: {sorted(unknown)}")
    template_globals = {
        "facts_of": functools.partial(_facts_of, {(f.method, f.path): f for f in facts.values()}),
        "python_keywords": frozenset(keyword.kwlist),
        "result_classes": results,
        "item_models": frozenset(
            items.schema for operation in facts.values() for items in operation.list_items.values()
        ),
        "datetime_fields": datetime_fields(document),
    }
    problems = upstream.build(
        upstream.project(openapi, config, TEMPLATES, MACROS, template_globals)
    )
    if problems:  # warnings fail too: a warning means a schema was not generated as written
        sys.exit("\n".join(problems))
    _drop_superseded_outputs(destination)
    schemas = {
        "$comment": JSON_MARK,
        "components": {"schemas": document["components"]["schemas"]},
        "requests": {name: read.request_schema for name, read in facts.items() if read.parameters},
    }
    (destination / "_request_schemas.json").write_text(
        json.dumps(schemas, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    _write_version_module(destination)
    for path in sorted(destination.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    _run(
        ["ruff", "check", *RUFF_SETTINGS, "--select", "F401,I,UP", "--fix-only", "--quiet", "."],
        cwd=destination,
    )
    _run(["ruff", "format", *RUFF_SETTINGS, "--quiet", "."], cwd=destination)
    return destination


def _tree(root: Path) -> set[str]:
    """Return the relative paths of the files under root, caches left out."""
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def generated_files(root: Path) -> set[str]:
    """Return the relative paths of the files under root that carry the generator's mark."""
    return {name for name in _tree(root) if is_generated(root / name)}


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Return a readable diff from the fresh tree to the committed one; empty when equal."""
    fresh, committed = _tree(expected), generated_files(actual)
    lines = [f"Missing from {PACKAGE_NAME}/: {name}" for name in sorted(fresh - committed)]
    lines += [f"Unexpected output in {PACKAGE_NAME}/: {name}" for name in sorted(committed - fresh)]
    _, mismatch, errors = filecmp.cmpfiles(
        expected, actual, sorted(fresh & committed), shallow=False
    )
    for name in mismatch + errors:
        lines += difflib.unified_diff(
            (actual / name).read_text(encoding="utf-8").splitlines(),
            (expected / name).read_text(encoding="utf-8").splitlines(),
            f"committed/{name}",
            f"regenerated/{name}",
            lineterm="",
        )
    return lines


def replace_generated(fresh: Path, package: Path) -> None:
    """Replace the generated files of the package with a fresh generation, leaving every
    hand-written file where it is; folders left empty are removed."""
    for name in sorted(generated_files(package) if package.is_dir() else set()):
        (package / name).unlink()
    for name in sorted(_tree(fresh)):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh / name, package / name)
    for folder in sorted((p for p in package.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def main(argv: list[str] | None = None) -> int:
    """Regenerate, or with --check compare a fresh generation with the committed package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of rewriting")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = generate(Path(scratch) / PACKAGE_NAME)
        if args.check:
            if not PACKAGE.is_dir():
                print(f"{PACKAGE_NAME}/ is missing: run `nox -s generate`", file=sys.stderr)
                return 1
            lines = diff_trees(fresh, PACKAGE)
            if lines:
                print("\n".join(lines), file=sys.stderr)
                print(f"\n{PACKAGE_NAME}/ is out of date: run `nox -s generate`", file=sys.stderr)
                return 1
            print(f"{PACKAGE_NAME}/ matches a fresh generation")
            return 0
        replace_generated(fresh, PACKAGE)
    print(f"{PACKAGE_NAME}/ regenerated from {SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

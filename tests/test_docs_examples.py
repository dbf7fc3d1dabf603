"""Every ```python block of README.md and docs/ runs against the mock, as printed.

A page's blocks run in order in one namespace, with a mock served on a loopback port that accepts
the pages' placeholder tokens (`YOUR_DEVICE_API_TOKEN`, `YOUR_SERVER_API_TOKEN`) besides the
development ones, and the client's environment (`PUSHWOOSH_BASE_URL`, `PUSHWOOSH_API_TOKEN`,
`PUSHWOOSH_SERVER_TOKEN`) pointing at it; a block with top-level `await` runs in an event loop.
Blocks that are files of a project run as one: a block whose first line is `# file: NAME.py` is
written to that file, a block that defines `test_` functions to a test module, and pytest runs
them in a folder of their own with no configuration but the plugin's (so async tests need the
runner the page names). A block right below `<!-- not-run: reason -->` is not run; a block that
only includes a file of the repository (`--8<--`) is that file's tests' to run.
"""

import ast
import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pushwoosh_mock import DEV_SERVER_TOKEN, DEV_TOKEN, create_app
from pushwoosh_mock.threaded import serve_in_thread

from .utils import ROOT

PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.M | re.S)
NOT_RUN = re.compile(r"<!-- not-run: (.+?) -->\s*$")
FILE = re.compile(r"# file: ([\w/]+\.py)\n")
INCLUDE = "--8<--"
PLACEHOLDER_TOKEN = "YOUR_DEVICE_API_TOKEN"
PLACEHOLDER_SERVER_TOKEN = "YOUR_SERVER_API_TOKEN"
MOST_NOT_RUN = 3
"""How many blocks the whole documentation may leave unrun: few, each with its reason."""


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    code: str
    not_run: str | None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> Iterator[Block]:
    """The page's python blocks, each with the reason it is not run, if it is marked."""
    text = page.read_text(encoding="utf-8")
    for match in BLOCK.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marked = NOT_RUN.search(before)
        line = text.count("\n", 0, match.start()) + 2
        yield Block(page, line, match.group(1), marked.group(1) if marked else None)


def runnable(page: Path) -> list[Block]:
    return [b for b in blocks(page) if b.not_run is None and INCLUDE not in b.code]


def is_test_module(block: Block) -> bool:
    return (
        bool(FILE.match(block.code))
        or re.search(r"^(async )?def test_", block.code, re.M) is not None
    )


def test_pages_have_examples() -> None:
    """The pages are found, most of them hold examples, and few blocks are left unrun."""
    assert (ROOT / "docs" / "guides" / "quickstart.md") in PAGES
    every = [block for page in PAGES for block in blocks(page)]
    assert len([b for b in every if b.not_run is None]) >= 15
    unrun = [f"{b.where}: {b.not_run}" for b in every if b.not_run is not None]
    assert len(unrun) <= MOST_NOT_RUN, unrun


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A mock on loopback accepting the development and the placeholder tokens, the client's
    environment pointing at it."""
    mock = create_app(
        tokens={DEV_TOKEN: None, PLACEHOLDER_TOKEN: None},
        server_tokens=frozenset({DEV_SERVER_TOKEN, PLACEHOLDER_SERVER_TOKEN}),
        debug=True,
    )
    with serve_in_thread(mock) as url:
        monkeypatch.setenv("PUSHWOOSH_BASE_URL", url)
        monkeypatch.setenv("PUSHWOOSH_API_TOKEN", DEV_TOKEN)
        monkeypatch.setenv("PUSHWOOSH_SERVER_TOKEN", DEV_SERVER_TOKEN)
        yield url
    mock.check_response_errors()


def run_block(block: Block, namespace: dict[str, Any]) -> None:
    """Run one block in the page's namespace (top-level `await` in an event loop)."""
    code = compile(
        block.code, block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
    )
    if code.co_flags & 0x80:  # inspect.CO_COROUTINE: the block awaits at its top level
        asyncio.run(eval(code, namespace))
    else:
        exec(code, namespace)


def run_test_modules(modules: list[Block], folder: Path) -> None:
    """Write the blocks as a project's files and run pytest on them, configured by nothing but
    the plugin, as in a project that installed the package."""
    for number, block in enumerate(modules):
        named = FILE.match(block.code)
        path = folder / (named.group(1) if named else f"test_example_{number}.py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block.code, encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PUSHWOOSH_")}
    environment["PYTHONPATH"] = os.pathsep.join([str(folder), str(ROOT)])
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        cwd=folder, env=environment, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    where = ", ".join(block.where for block in modules)
    assert done.returncode == 0, f"the tests of {where} failed:\n{done.stdout}\n{done.stderr}"
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout


@pytest.mark.parametrize(
    "page", [p for p in PAGES if runnable(p)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_page_examples_run(page: Path, served: str, tmp_path: Path) -> None:
    """The page's examples run in order against the mock; its test modules pass under pytest."""
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    modules = []
    for block in runnable(page):
        if is_test_module(block):
            modules.append(block)
        else:
            run_block(block, namespace)
    if modules:
        run_test_modules(modules, tmp_path)


def test_http_reference_python_samples_run(served: str) -> None:
    """The Python sample of each operation in the HTTP reference (written from the spec's
    example at build time) is a call the client takes: the mock answers it, a 210 or a 404
    included (the examples name devices, messages and jobs the mock has not seen), or a 400 with
    gRPC code 9 (the seeded journey is running, which the lifecycle's start example does not
    leave)."""
    from docbuild.codesamples import python_sample
    from docbuild.spec import families, load
    from pushwoosh_generated import errors

    document = load()
    ran = []
    for family in families(document):
        for method in family.methods:
            source = python_sample(document, method)
            try:
                exec(compile(source, f"x-codeSamples of {method.facts.name}", "exec"), {})
            except (errors.ArgumentError, errors.NotFoundError):
                pass
            except errors.BadRequestError as refused:
                if refused.code != 9:  # only a state the example's action does not leave
                    raise
            ran.append(method.facts.name)
    assert len(ran) == len(set(ran)) >= 44

"""MkDocs hook (`mkdocs.yml`: `hooks`): the reference pages, written at build time from the spec.

- The Python reference: one page per API family (the spec's tags) with the methods of
  `PushwooshClient` and `AsyncPushwooshClient` that send its operations, rendered from their
  docstrings by mkdocstrings; the grouping is read from the spec, never kept by hand.
- The HTTP reference: the spec bundled by Redocly, each operation given its Python and curl
  samples (`x-codeSamples`, see `codesamples.py`), rendered by `redocly build-docs` into
  `http/index.html`, and a page that lists the operations by family with links into it.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads hooks by path

from docbuild.codesamples import inject
from docbuild.spec import ROOT, SPEC, Family, Method, families, load

REDOCLY = ROOT / "interop" / "node_modules" / ".bin" / "redocly"
HTTP_PAGE = "http/index.html"
"""Where the rendered HTTP reference lands in the site."""
MATERIAL = importlib.util.find_spec("material")
FAVICON = Path(str(MATERIAL and MATERIAL.origin)).parent / "templates/assets/images/favicon.png"
"""The theme's icon, also served as `/favicon.ico`, which Redoc's page lets the browser ask for."""


def operation_route(method: Method) -> str:
    """The fragment of an operation's page in the rendered reference (Redoc routes by hash:
    `#/<tag>/<operationid in lower case>`)."""
    return f"#/{method.spec['tags'][0]}/{method.facts.name.lower()}"


PYTHON = "reference/python"
OTHER_PAGES = {
    "results": "Results",
    "errors": "Errors",
    "testing": "Testing: fixtures and MockServer",
}
"""The Python reference's pages besides the clients' and the families'."""


def _families() -> list[Family]:
    return families(load())


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Fill the nav's `Python reference` entry with the generated pages, one per family."""
    pages: list[Any] = [{"Clients": f"{PYTHON}/index.md"}]
    pages += [{f"{f.name} methods": f"{PYTHON}/{f.name}.md"} for f in _families()]
    pages += [{title: f"{PYTHON}/{name}.md"} for name, title in OTHER_PAGES.items()]
    for entry in config.nav or []:
        if isinstance(entry, dict) and "Python reference" in entry:
            entry["Python reference"] = pages
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and the rendered HTTP reference to the site's files."""
    found = _families()
    pages = {f"{PYTHON}/index.md": clients_page(found)}
    pages.update({f"{PYTHON}/{family.name}.md": family_page(family) for family in found})
    pages[f"{PYTHON}/results.md"] = RESULTS_PAGE
    pages[f"{PYTHON}/errors.md"] = ERRORS_PAGE
    pages[f"{PYTHON}/testing.md"] = TESTING_PAGE
    pages["reference/http.md"] = http_page(found)
    for path, content in pages.items():
        files.append(File.generated(config, path, content=content))
    bundled, rendered = render_http_reference()
    files.append(File.generated(config, "pushwoosh.json", content=bundled))
    files.append(File.generated(config, HTTP_PAGE, content=rendered))
    files.append(File.generated(config, "favicon.ico", abs_src_path=str(FAVICON)))
    return files


def _object(path: str, **options: Any) -> str:
    lines = [f"::: {path}"]
    if options:
        lines.append("    options:")
        lines += [f"      {key}: {json.dumps(value)}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


def clients_page(found: list[Family]) -> str:
    """The two client classes, their options and the methods besides the API's."""
    rows = "\n".join(
        f"| [{family.name}]({family.name}.md) | {family.description} | "
        + ", ".join(f"`{m.operation.python_name}`" for m in family.methods)
        + " |"
        for family in found
    )
    return f"""# The clients

`PushwooshClient` and `AsyncPushwooshClient` have one method per operation of the spec, named
after its operationId, grouped here by the spec's API families:

| family | what it is | methods |
|---|---|---|
{rows}

Each method's page shows the sync method and its `async` twin; the
[HTTP reference](../http.md) shows the request each one sends.

{_object("pushwoosh_generated.PushwooshClient", members=["with_options", "close", "with_raw_response", "bulk", "jobs", "pages"], inherited_members=True)}
{_object("pushwoosh_generated.AsyncPushwooshClient", members=["with_options", "aclose", "with_raw_response", "bulk", "jobs", "pages"], inherited_members=True)}
"""


def family_page(family: Family) -> str:
    """One family's methods, sync then async, with links to their HTTP operations."""
    rows = "\n".join(
        f"| [`{m.operation.python_name}`](#pushwoosh_generated.PushwooshClient.{m.operation.python_name})"
        f" | [{m.facts.name}](../../{HTTP_PAGE}{operation_route(m)}) | {m.summary} |"
        for m in family.methods
    )
    parts = [
        f"# {family.name} methods\n\n{family.description}\n\n"
        f"| method | operation | what it does |\n|---|---|---|\n{rows}\n"
    ]
    for cls in ("PushwooshClient", "AsyncPushwooshClient"):
        parts.append(f"## {cls}\n")
        parts += [
            _object(
                f"pushwoosh_generated.{cls}.{m.operation.python_name}",
                heading_level=3,
                show_root_full_path=False,
            )
            for m in family.methods
        ]
    return "\n".join(parts)


def http_page(found: list[Family]) -> str:
    """Every operation by family, each linked to its place in the rendered reference."""
    parts = [
        "# HTTP reference\n\n"
        f"[The full reference]({'../' + HTTP_PAGE}), rendered by Redoc from `openapi/pushwoosh.yaml`: "
        "every operation with its fields, their sources, the vendor's examples and a request "
        "sample for the Python client and for curl, written from the spec at build time. The same "
        "spec is [`pushwoosh.json`](../pushwoosh.json), bundled as one JSON file.\n"
    ]
    for family in found:
        parts.append(f"## {family.name}\n\n{family.description}\n")
        parts += [
            f"- [{m.facts.name}](../{HTTP_PAGE}{operation_route(m)}): {m.summary} "
            f"(Python: [`{m.operation.python_name}`](python/{family.name}.md#pushwoosh_generated.PushwooshClient.{m.operation.python_name}))"
            for m in family.methods
        ]
        parts.append("")
    return "\n".join(parts)


RESULTS_PAGE = f"""# Results

What the methods return when the answer is more than a plain value, what `client.bulk` gives per
item, what a job-starting method returns and `client.jobs` waits for, and the raw view of
`client.with_raw_response`.

{_object("pushwoosh_generated.results", show_root_heading=False)}
{_object("pushwoosh_generated.ItemResult")}
{_object("pushwoosh_generated.lib.jobs", show_root_heading=True)}
{_object("pushwoosh_generated.RawResponse")}
"""

ERRORS_PAGE = f"""# Errors

{_object("pushwoosh_generated.errors", show_root_heading=False)}
"""

TESTING_PAGE = f"""# Testing: fixtures and MockServer

The pytest plugin that installing `pushwoosh-generated[mock]` registers, and the mock its
fixtures give (see the [testing guide](../../guides/testing.md)).

{_object("pushwoosh_mock.pytest_plugin", show_root_heading=False, filters=["!^_"])}
{_object("pushwoosh_mock.MockServer")}
"""


def _redocly(*arguments: str) -> None:
    if not REDOCLY.exists():
        raise RuntimeError(f"{REDOCLY} is missing: run `npm ci --prefix interop`")
    # REDOCLY_TELEMETRY=off: the CLI sends nothing, and the page it writes reports nothing
    environment = {**os.environ, "REDOCLY_TELEMETRY": "off"}
    subprocess.run(
        [str(REDOCLY), *arguments], check=True, capture_output=True, cwd=ROOT, env=environment
    )


def render_http_reference() -> tuple[bytes, bytes]:
    """Bundle the spec, give each operation its code samples, render it with Redoc (its
    scripts inlined, so the page needs no network); return the bundle and the page."""
    with tempfile.TemporaryDirectory() as scratch:
        bundled = Path(scratch) / "pushwoosh.json"
        _redocly("bundle", str(SPEC), "--ext", "json", "-o", str(bundled))
        document = json.loads(bundled.read_text(encoding="utf-8"))
        sampled = Path(scratch) / "pushwoosh.samples.json"
        sampled.write_text(json.dumps(inject(document), ensure_ascii=False), encoding="utf-8")
        html = Path(scratch) / "index.html"
        _redocly(
            "build-docs", str(sampled), "--config", str(ROOT / "redocly.yaml"), "--inlineBundle",
            "--title", "Pushwoosh API: HTTP reference", "-o", str(html),
        )  # fmt: skip
        return bundled.read_bytes(), html.read_bytes()

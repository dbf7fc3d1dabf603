"""Tests that the client example in README.md runs as printed (against the mock)."""

import re

import pytest

from pushwoosh_mock import DEV_TOKEN, create_app
from pushwoosh_mock.config import DEV_SERVER_TOKEN
from pushwoosh_mock.threaded import serve_in_thread

from .utils import ROOT


def readme_client_example() -> str:
    """Return the first Python block of the README's client section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The client") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


CONSTRUCTOR = (
    '"YOUR_DEVICE_API_TOKEN", server_token="YOUR_SERVER_API_TOKEN", application="XXXXX-XXXXX"'
)


def test_client_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's client example registers a device, sets tags, reads them back and sends
    a push that reaches the user's device."""
    code = readme_client_example()
    assert CONSTRUCTOR in code
    mock = create_app(debug=True)
    with serve_in_thread(mock) as url:
        code = code.replace(
            CONSTRUCTOR,
            f'"{DEV_TOKEN}", server_token="{DEV_SERVER_TOKEN}", application="XXXXX-XXXXX",'
            f' base_url="{url}"',
        )
        exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip().splitlines() == [
        "{'Level': 1, 'Plan': 'gold'}",
        "[None]",
    ]
    assert [m.hwids for m in mock.messages()] == [["HWID"]]
    mock.check_response_errors()


QUICKSTART = [
    "python3 -m pip install nox uv && python3 -m nox -s demo",
    "python3 -m pip install nox uv && python3 -m nox",
]


def test_the_two_quickstart_commands_come_first() -> None:
    """The README's first code block holds the two commands that run the demo and the suite."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```bash\n(.*?)```", text, re.S)
    assert first is not None and text.index("```bash") < text.index("## The client")
    assert [line.split("#")[0].strip() for line in first.group(1).splitlines()] == QUICKSTART


def test_the_readme_links_every_guide() -> None:
    """The README is the front door: each guide is linked from it, and each link resolves."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\((docs/[^)#]+)", text))
    assert all((ROOT / path).is_file() for path in linked), linked
    guides = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs" / "guides").glob("*.md")}
    assert guides <= linked, guides - linked


def _client_methods() -> dict[str, str]:
    """Each operation's client method, by operationId (the generated descriptors)."""
    from docbuild.spec import client_operations

    return {name: operation.python_name for name, operation in client_operations().items()}


def test_the_readme_lists_every_method_once_by_family() -> None:
    """The README's "The API it covers" names each client method once, and nothing else."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The API it covers", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"`([a-z_]+)`", section.split("\n- ", 1)[1])
    assert sorted(listed) == sorted(_client_methods().values())
    assert len(listed) == len(set(listed))


def test_the_method_index_places_every_operation() -> None:
    """Every operation of the spec is in the method index (a vendor row or an SDK method), with
    its client method; every row not in the spec says why."""
    text = (ROOT / "docs" / "guides" / "method-index.md").read_text(encoding="utf-8")
    methods = _client_methods()
    named = set(re.findall(r"`([a-z][A-Za-z]+)`", text))
    assert set(methods) <= named
    for name in set(methods) & named:
        assert f"`{methods[name]}`" in text, name
    for row in re.findall(r"^\| \d+ \|.*$", text, re.M):
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert (cells[2] == "no" and len(cells[3]) > 20) or cells[2].startswith("`"), row

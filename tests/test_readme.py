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

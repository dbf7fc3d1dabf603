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

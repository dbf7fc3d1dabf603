"""Tests that the client example in README.md runs as printed (against the mock)."""

import re

import pytest

from pushwoosh_mock import DEV_TOKEN, create_app
from pushwoosh_mock.threaded import serve_in_thread

from .utils import ROOT


def readme_client_example() -> str:
    """Return the first Python block of the README's client section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The client") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


def test_client_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's client example sets tags and prints them back."""
    code = readme_client_example()
    assert 'PushwooshClient("YOUR_DEVICE_API_TOKEN", application="XXXXX-XXXXX")' in code
    mock = create_app(debug=True)
    mock.store.register_device({"application": "XXXXX-XXXXX", "hwid": "HWID", "device_type": 3})
    with serve_in_thread(mock) as url:
        code = code.replace(
            'PushwooshClient("YOUR_DEVICE_API_TOKEN", application="XXXXX-XXXXX")',
            f'PushwooshClient("{DEV_TOKEN}", application="XXXXX-XXXXX", base_url="{url}")',
        )
        exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "{'Level': 1, 'Plan': 'gold'}"
    mock.check_response_errors()

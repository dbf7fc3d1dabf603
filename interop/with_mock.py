"""Run a command against a standalone mock server started for it, then stop the server.

    python interop/with_mock.py [--python PYTHON] -- COMMAND ...

The mock (``PYTHON -m pushwoosh_mock``) listens on a free loopback port and accepts one fresh
token. In COMMAND, ``{url}`` and ``{token}`` are replaced by the server's base URL and the
token; the command's exit status is this script's. The server's output is printed when the
command fails.
"""

import argparse
import secrets
import socket
import subprocess
import sys
import time
import urllib.request

STARTUP_SECONDS = 30.0


def free_port() -> int:
    """Return a loopback port that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_healthy(url: str, server: subprocess.Popen[str]) -> None:
    """Return when the server answers its health route; raise if it exits or takes too long."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the mock exited with status {server.returncode} before answering")
        try:
            with urllib.request.urlopen(f"{url}/__mock/health", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the mock did not answer within {STARTUP_SECONDS:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """Start the mock, run the command, stop the mock; return the command's exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs the mock")
    parser.add_argument("command", nargs="+", help="the command; {url} and {token} are filled in")
    args = parser.parse_args(argv)
    port, token = free_port(), f"interop-{secrets.token_hex(8)}"
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [args.python, "-m", "pushwoosh_mock", "--port", str(port), "--token", token],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_healthy(url, server)
        command = [part.format(url=url, token=token) for part in args.command]
        status = subprocess.run(command, check=False).returncode
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    if status != 0:
        print(f"--- mock output ---\n{output}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Run the mock as a standalone server: ``python -m pushwoosh_mock`` or ``pushwoosh-mock``.

At start it prints the variables a client reads, to export; then one line per API call
(``registerDevice 200 (status_code 200) 1.2 ms``, logger ``pushwoosh_mock.requests``) unless
``--quiet``. Without the ``mock`` extra it says what to install and exits 2.
"""

import argparse
import logging
import shlex
import sys
from pathlib import Path

from . import extra
from .config import (
    DEFAULT_JOB_DELAY,
    DEFAULT_JOURNAL_BYTES,
    DEFAULT_JOURNAL_SIZE,
    DEV_SERVER_TOKEN,
    DEV_TOKEN,
    MockConfig,
    is_loopback,
    parse_rate_limit,
    parse_token,
)


def _token(value: str) -> tuple[str, frozenset[str] | None]:
    try:
        return parse_token(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _rate_limit(value: str) -> tuple[str, tuple[int, float] | None]:
    try:
        return parse_rate_limit(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(
        prog="pushwoosh-mock", description="A stateful mock Pushwoosh server driven by the spec."
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    parser.add_argument(
        "--token",
        action="append",
        type=_token,
        metavar="TOKEN[:METHOD,...]",
        help=f"an accepted token, optionally restricted to some methods; repeatable "
        f"(default: {DEV_TOKEN})",
    )
    parser.add_argument(
        "--server-token",
        action="append",
        type=_token,
        metavar="TOKEN[:API,...]",
        help="a server token accepted in request.auth by createMessage and the other Remote API"
        " methods, optionally restricted to some APIs (TOKEN:push: no `email`, so"
        f" createEmailMessage is refused with HTTP 403); repeatable (default: {DEV_SERVER_TOKEN})",
    )
    parser.add_argument(
        "--rate-limit",
        action="append",
        type=_rate_limit,
        metavar="OPERATION=CALLS/SECONDS",
        help="calls per period before HTTP 429 (createMessage=600/60 by default, as the spec"
        " says); OPERATION=off lifts one; repeatable",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="answer schema violations with HTTP 400 instead of 200 + 210",
    )
    parser.add_argument(
        "--strict-events",
        action="store_true",
        help="postEvent takes only the events createEvent defined (210 for another)",
    )
    parser.add_argument(
        "--state-file", type=Path, help="keep the state in this SQLite file across restarts"
    )
    parser.add_argument(
        "--application",
        action="append",
        metavar="CODE",
        help="an application code that exists; repeatable (default: any code)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="validate every response against the spec"
    )
    parser.add_argument(
        "--job-delay",
        type=_seconds,
        default=DEFAULT_JOB_DELAY,
        metavar="SECONDS",
        help="seconds a job (a scheduled statistics request) stays pending"
        f" (default: {DEFAULT_JOB_DELAY:g}; 0: done at the next read)",
    )
    parser.add_argument(
        "--journal-size",
        type=_positive,
        default=DEFAULT_JOURNAL_SIZE,
        help=f"calls kept in the request journal (default: {DEFAULT_JOURNAL_SIZE})",
    )
    parser.add_argument(
        "--journal-bytes",
        type=_positive,
        default=DEFAULT_JOURNAL_BYTES,
        help=f"bytes the request journal holds at most (default: {DEFAULT_JOURNAL_BYTES})",
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="require 'Authorization: Bearer TOKEN' on the /__mock/ routes (required, with"
        " --token, when --host is not loopback)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name the /__mock/ routes answer besides loopback ones ('*': any); repeatable",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="do not log a line per API call (operation, HTTP status, status_code, milliseconds)",
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="a browser Origin (https://app.example) allowed on the /__mock/ routes; repeatable",
    )
    parser.add_argument(
        "--custom-plan-off",
        action="store_true",
        help="refuse the Custom Plan methods (createApplication, getMessageLog, …) with 210, as"
        " the API answers an account outside that plan",
    )
    return parser


def check_exposure(args: argparse.Namespace) -> str | None:
    """Return why these arguments would expose the mock beyond this machine unprotected, or None.

    Listening on another interface serves the control routes (reset, faults, seeds) and accepts
    the API's token to anyone who can reach the port: the public development token is refused
    there, and the control routes need their own token.
    """
    if is_loopback(args.host):
        return None
    if not args.token:
        return (
            f"--host {args.host} is not loopback: give --token (the development token"
            f" {DEV_TOKEN!r} is public)"
        )
    if any(token == DEV_TOKEN for token, _ in args.token):
        return f"--host {args.host} is not loopback: the development token {DEV_TOKEN!r} is public"
    if not args.server_token or any(token == DEV_SERVER_TOKEN for token, _ in args.server_token):
        return (
            f"--host {args.host} is not loopback: give --server-token (the development server"
            f" token {DEV_SERVER_TOKEN!r} is public)"
        )
    if not args.control_token:
        return f"--host {args.host} is not loopback: give --control-token to guard /__mock/"
    return None


def config_from(args: argparse.Namespace) -> MockConfig:
    """Return the server settings the parsed arguments describe."""
    tokens = dict(args.token) if args.token else {DEV_TOKEN: None}
    rate_limits = None
    if args.rate_limit:
        from .spec import Spec

        operations = Spec().operations
        spec_limits = {op.name: op.rate_limit for op in operations.values() if op.rate_limit}
        given = dict(args.rate_limit)
        unknown = sorted(set(given) - set(operations))
        if unknown:
            raise argparse.ArgumentTypeError(f"--rate-limit: unknown operation {unknown[0]!r}")
        merged = {**spec_limits, **given}
        rate_limits = {op: limit for op, limit in merged.items() if limit is not None}
    return MockConfig(
        tokens=tokens,
        server_tokens=frozenset(dict(args.server_token or [(DEV_SERVER_TOKEN, None)])),
        server_token_apis={t: apis for t, apis in args.server_token or [] if apis is not None},
        rate_limits=rate_limits,
        strict=args.strict,
        strict_events=args.strict_events,
        state_file=args.state_file,
        applications=frozenset(args.application) if args.application else None,
        debug=args.debug,
        journal_size=args.journal_size,
        job_delay=args.job_delay,
        journal_bytes=args.journal_bytes,
        control_token=args.control_token,
        allowed_hosts=frozenset(name.lower() for name in args.allow_host),
        allowed_origins=frozenset(args.allow_origin),
        custom_plan_off=args.custom_plan_off,
    )


def log_requests() -> None:
    """Print each API call's line (``api.REQUEST_LOG``) on standard output, as it is answered."""
    from .api import REQUEST_LOG

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(REQUEST_LOG)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and serve until interrupted."""
    parser = build_parser()
    args = parser.parse_args(argv)
    missing = extra.missing_module()
    if missing is not None:
        parser.exit(2, f"pushwoosh-mock: {extra.message(missing)}\n")
    import uvicorn

    from .app import create_app
    from .backend import StateFileError

    exposure = check_exposure(args)
    if exposure is not None:
        parser.exit(2, f"pushwoosh-mock: {exposure}\n")
    try:
        app = create_app(config_from(args))
    except StateFileError as exc:
        parser.exit(2, f"pushwoosh-mock: {exc}\n")
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    if not args.token:
        print(
            f"pushwoosh-mock: no --token given, accepting the development token {DEV_TOKEN!r}",
            flush=True,
        )
    if not args.server_token:
        print(
            "pushwoosh-mock: no --server-token given, accepting the development server token"
            f" {DEV_SERVER_TOKEN!r} in request.auth",
            flush=True,
        )
    where = f"state in {args.state_file}" if args.state_file else "state in memory"
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{args.port}"
    print(
        f"pushwoosh-mock: serving on {url} ({where}); give clients base_url='{url}'",
        flush=True,
    )
    if args.application:
        app.application = args.application[0]
    print("pushwoosh-mock: a client reads these variables; to use this mock, paste:", flush=True)
    for name, value in app.environment(url).items():
        print(f"export {name}={shlex.quote(value)}", flush=True)
    if not args.quiet:
        log_requests()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        h11_max_incomplete_event_size=app.config.max_header_bytes,
    )


if __name__ == "__main__":
    main()

"""Run the mock as a standalone server: ``python -m pushwoosh_mock`` or ``pushwoosh-mock``."""

import argparse
from pathlib import Path

from .app import create_app
from .config import DEFAULT_JOURNAL_SIZE, DEV_TOKEN, MockConfig, parse_token


def _token(value: str) -> tuple[str, frozenset[str] | None]:
    try:
        return parse_token(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value}")
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
        "--strict",
        action="store_true",
        help="answer schema violations with HTTP 400 instead of 200 + 210",
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
        "--journal-size",
        type=_positive,
        default=DEFAULT_JOURNAL_SIZE,
        help=f"calls kept in the request journal (default: {DEFAULT_JOURNAL_SIZE})",
    )
    return parser


def config_from(args: argparse.Namespace) -> MockConfig:
    """Return the server settings the parsed arguments describe."""
    tokens = dict(args.token) if args.token else {DEV_TOKEN: None}
    return MockConfig(
        tokens=tokens,
        strict=args.strict,
        state_file=args.state_file,
        applications=frozenset(args.application) if args.application else None,
        debug=args.debug,
        journal_size=args.journal_size,
    )


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and serve until interrupted."""
    import uvicorn

    args = build_parser().parse_args(argv)
    app = create_app(config_from(args))
    if not args.token:
        print(
            f"pushwoosh-mock: no --token given, accepting the development token {DEV_TOKEN!r}",
            flush=True,
        )
    where = f"state in {args.state_file}" if args.state_file else "state in memory"
    print(f"pushwoosh-mock: serving http://{args.host}:{args.port}/json/1.3/ ({where})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()

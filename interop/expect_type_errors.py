"""Check that tsc rejects a deliberately wrong file exactly where it says it should.

    python interop/expect_type_errors.py TSC_COMMAND ... -- FILE

Every line of FILE that ends with ``// expect-error TSnnnn`` must get that error from tsc, and
no other line may get any: a type that stops catching a mistake fails the check, and so does a
type that starts rejecting valid code.
"""

import re
import subprocess
import sys
from pathlib import Path

MARK = re.compile(r"//\s*expect-error\s+(TS\d+)\s*$")
REPORTED = re.compile(r"^(?P<file>[^(\s]+)\((?P<line>\d+),\d+\): error (?P<code>TS\d+):")


def expected_errors(path: Path) -> set[tuple[int, str]]:
    """Return (line, code) for every marked line of the file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        (number, match.group(1))
        for number, text in enumerate(lines, start=1)
        if (match := MARK.search(text))
    }


def reported_errors(output: str, path: Path) -> set[tuple[int, str]]:
    """Return (line, code) for every tsc error reported in the file."""
    found = set()
    for line in output.splitlines():
        match = REPORTED.match(line.strip())
        if match and Path(match["file"]).name == path.name:
            found.add((int(match["line"]), match["code"]))
    return found


def main(argv: list[str]) -> int:
    """Run tsc, compare its errors with the marks; 0 when they match exactly."""
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    command, path = argv[:split], Path(argv[split + 1])
    expected = expected_errors(path)
    if not expected:
        print(f"{path}: no line is marked `// expect-error TSnnnn`", file=sys.stderr)
        return 1
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    reported = reported_errors(result.stdout + result.stderr, path)
    missed = sorted(expected - reported)
    unexpected = sorted(reported - expected)
    for line, code in missed:
        print(f"{path}:{line}: expected {code}, but tsc accepted the line", file=sys.stderr)
    for line, code in unexpected:
        print(f"{path}:{line}: unexpected {code}", file=sys.stderr)
    if result.returncode == 0 or missed or unexpected:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        return 1
    print(f"{path}: tsc rejected each of the {len(expected)} marked lines, and nothing else")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Summarise a finished ``mutmut run``: the mutation score and the surviving mutants by function.

Run by ``nox -s mutation`` after mutmut; prints Markdown for bench/RESULTS.md.
"""

import re
import subprocess
from collections import Counter, defaultdict

LINE = re.compile(r"^\s*(?P<name>\S+__mutmut_\d+): (?P<status>.+?)\s*$")


def main() -> None:
    """Print the score (killed / killed + survived) and the survivors grouped by function."""
    done = subprocess.run(
        ["mutmut", "results", "--all", "true"], capture_output=True, text=True, check=True
    )
    statuses: Counter[str] = Counter()
    survivors: defaultdict[str, list[str]] = defaultdict(list)
    for line in done.stdout.splitlines():
        match = LINE.match(line)
        if match is None:
            continue
        status = match["status"]
        statuses[status] += 1
        if status == "survived":
            function = match["name"].rsplit("__mutmut_", 1)[0]
            survivors[function].append(match["name"])
    ran = statuses["killed"] + statuses["survived"]
    score = statuses["killed"] / max(ran, 1)
    print(
        f"mutation score: {score:.0%} ({statuses['killed']} killed, {statuses['survived']} survived;"
        f" timeouts are not counted as kills: {statuses['timeout']}); other: "
        + ", ".join(
            f"{n} {s}"
            for s, n in sorted(statuses.items())
            if s not in ("killed", "survived", "timeout")
        )
    )
    print("\n| function | surviving mutants |\n|---|---|")
    for function, names in sorted(survivors.items(), key=lambda item: -len(item[1])):
        print(f"| `{function}` | {len(names)} |")


if __name__ == "__main__":
    main()

"""Check that the Java client generated from the spec marks required exactly what the spec does.

    python interop/check_java_required.py SPEC -- JAVA_COMMAND ...

For every request schema (`*Params`, `SetMADIDBody`), the fields its Java model's getters mark
`@JsonProperty(required = true)` (printed by interop/java/RequiredFields.java, which JAVA_COMMAND
runs with the class names appended) must be the fields the spec lists in `required` on the
schema or on the allOf member that holds the properties, but for fields that may be null
(`lat`, `madid`): a Java object cannot tell a null field from an absent one without the
jackson-databind-nullable module, so the generator leaves those unmarked.
"""

import subprocess
import sys
from pathlib import Path

import yaml


def may_be_null(spec: dict, schema: dict) -> bool:
    """Whether a field's schema (its $ref followed) accepts null."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def expected(spec: dict) -> dict[str, set[str]]:
    """Return the required fields of each request schema that Java can mark, by schema name."""
    found = {}
    for name, schema in spec["components"]["schemas"].items():
        if name.endswith("Params") or name == "SetMADIDBody":
            found[name] = {
                field
                for holder in [schema, *schema.get("allOf", [])]
                for field in holder.get("required", [])
                if not may_be_null(spec, holder["properties"][field])
            }
    return found


def main(argv: list[str]) -> int:
    """Run the Java reflection, compare, and report every difference; 0 when none."""
    split = argv.index("--")
    spec = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    wanted = expected(spec)
    done = subprocess.run([*argv[split + 1 :], *sorted(wanted)], capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        return 1
    marked: dict[str, set[str]] = {name: set() for name in wanted}
    for line in done.stdout.split():
        name, field = line.split(".", 1)
        marked[name].add(field)
    problems = [
        f"{name}: Java marks {sorted(marked[name])}, the spec requires {sorted(fields)}"
        for name, fields in sorted(wanted.items())
        if marked[name] != fields
    ]
    print(
        "\n".join(problems) or f"Java marks required what the spec does, in {len(wanted)} schemas"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The spec as the mock uses it: operations by name, compiled validators, documented examples."""

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

from pushwoosh_spec.facts import HTTP_METHODS, OperationFacts, Placement, read_operations, resolve

PACKAGE_SPEC = Path(__file__).resolve().parent / "pushwoosh.yaml"
"""Where a built distribution ships the spec."""
SOURCE_SPEC = Path(__file__).resolve().parent.parent / "openapi" / "pushwoosh.yaml"
"""Where the spec lives in a source checkout."""
PATH_PREFIX = "/json/1.3/"
"""Where the API's methods live; a call to an unknown method under it is a 404 in the envelope."""
MAX_MESSAGE = 300
"""Longest status_message for one schema violation; longer ones are cut."""
SHRINK = 32
"""Lists longer than this are cut before a violation is described (more than any minItems)."""
JsonPath = tuple[str | int, ...]
"""Where a node is in a JSON document: object keys and list indexes."""
MORE_ERRORS = 99
"""How many further violations are counted in "(and N more)"."""


def default_spec_path() -> Path:
    """Return the shipped spec, or the source checkout's one."""
    return PACKAGE_SPEC if PACKAGE_SPEC.is_file() else SOURCE_SPEC


@cache
def load_spec(path: Path) -> dict[str, Any]:
    """Parse the spec once per path; callers treat the result as read-only."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return spec


def _pointer(document: Any, ref: str) -> Any:
    """Return the node a local ``#/...`` reference points to."""
    node = document
    for part in ref.removeprefix("#/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its facts (pushwoosh_spec.facts) and its compiled validators."""

    facts: OperationFacts
    request: jsonschema_rs.Validator
    responses: Mapping[int, jsonschema_rs.Validator]
    examples: Mapping[int, Any]
    """One documented example body per response status."""

    @property
    def name(self) -> str:
        return self.facts.name

    @property
    def path(self) -> str:
        return self.facts.path

    @property
    def enveloped(self) -> bool:
        """The body wraps the fields in ``request`` (every json 1.3 method)."""
        return self.facts.envelope

    @property
    def status_only(self) -> bool:
        """The success answer has no ``response`` key (its documented schema declares none)."""
        return self.facts.status_only

    @property
    def token(self) -> str:
        """Which token authorises it: ``device`` or ``server``."""
        return self.facts.token.value

    @property
    def token_in_body(self) -> bool:
        """The token travels in the body's ``auth`` (not in the Authorization header)."""
        return self.facts.placement is not Placement.HEADER

    @property
    def rate_limit(self) -> tuple[int, float] | None:
        return self.facts.rate_limit

    @property
    def max_body_bytes(self) -> int | None:
        return self.facts.max_body_bytes

    @property
    def missing(self) -> Mapping[str, str]:
        return self.facts.missing


class Spec:
    """The operations of a spec, each with its validators compiled once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_spec_path()
        self.document = load_spec(self.path)
        self.version: str = self.document["info"]["version"]
        self._root = {"components": {"schemas": self.document["components"]["schemas"]}}
        self._validators = jsonschema_rs.validator_map_for(self._root, validate_formats=True)
        """Every schema compiled once, sharing one copy of the components (one validator per
        schema would embed the whole tree each time)."""
        self.operations: dict[str, Operation] = dict(self._operations())
        self.by_path: dict[str, Operation] = {op.path: op for op in self.operations.values()}

    def _validator(self, schema_ref: str) -> jsonschema_rs.Validator:
        validator = self._validators.get(schema_ref)
        if validator is None:
            raise LookupError(f"{self.path}: no schema at {schema_ref}")
        return validator

    def _operations(self) -> Iterator[tuple[str, Operation]]:
        for name, facts in read_operations(self.document).items():
            responses: dict[int, jsonschema_rs.Validator] = {}
            examples: dict[int, Any] = {}
            for status, schema in facts.responses.items():
                if schema is not None:
                    responses[status] = self._validator(f"#/components/schemas/{schema}")
            for status, response in facts_responses(self.document, facts):
                example = _first_example(self.document, response)
                if example is not None:
                    examples[status] = example
            request = self._validator(f"#/components/schemas/{facts.body_schema}")
            yield name, Operation(facts, request, responses, examples)

    def violation(self, operation: Operation, body: Any) -> str | None:
        """Return ``"<path>: <what was expected>"`` for the first violation, or None.

        Describing a violation costs far more than finding one (jsonschema-rs gathers every
        branch's errors of a failed oneOf: 8 s for a list tag of 262,000 integers), so it is
        described on a small instance that fails the same way (see ``_reduce``).
        """
        validator = operation.request
        if validator.is_valid(body):
            return None
        instance, offsets = _reduce(validator, body)
        errors = validator.iter_errors(instance)
        first = next(errors)
        recorded = self._recorded_missing(operation, first)
        if recorded is not None:
            return recorded
        message = self._describe(first, offsets)
        more = sum(1 for _ in islice(errors, MORE_ERRORS))
        if more:
            message += f" (and {more}{'+' if more == MORE_ERRORS else ''} more)"
        return message

    def _recorded_missing(
        self, operation: Operation, error: jsonschema_rs.ValidationError
    ) -> str | None:
        """The recorded answer for a missing request field, or for none of the alternatives
        (``x-pushwoosh-missing``: ``auth``, ``application or applications_group``), if any."""
        keyword = error.schema_path[-1] if error.schema_path else None
        if not operation.missing or keyword not in ("required", "anyOf"):
            return None
        if list(error.instance_path) != (["request"] if operation.enveloped else []):
            return None
        if keyword == "required":
            missing = error.message.split('"')[1] if '"' in error.message else ""
        else:
            parent = _pointer(self._root, "#/" + "/".join(str(p) for p in error.schema_path[:-1]))
            options = parent.get("anyOf", []) if isinstance(parent, dict) else []
            missing = " or ".join(" and ".join(o.get("required", [])) for o in options)
        return operation.missing.get(missing)

    def _describe(
        self, error: jsonschema_rs.ValidationError, offsets: Mapping[JsonPath, int]
    ) -> str:
        path = _format_path(_true_path(error.instance_path, offsets))
        keyword = error.schema_path[-1] if error.schema_path else None
        try:
            parent = _pointer(self._root, "#/" + "/".join(str(p) for p in error.schema_path[:-1]))
        except (KeyError, IndexError, ValueError, TypeError):
            parent, keyword = {}, None
        if not isinstance(parent, dict):
            parent, keyword = {}, None
        if keyword == "anyOf" and all(
            isinstance(option, dict) and "required" in option for option in parent["anyOf"]
        ):
            forms = " or ".join(_required_form(option) for option in parent["anyOf"])
            expected = f"expected {forms}"
        elif keyword == "enum" and isinstance(parent.get("enum"), list):
            expected = "expected one of " + ", ".join(json.dumps(v) for v in parent["enum"])
        elif keyword == "maxItems" and isinstance(parent.get("maxItems"), int):
            expected = f"more than {parent['maxItems']} items: the limit is {parent['maxItems']}"
        elif keyword in ("anyOf", "oneOf"):
            described = resolve(self.document, parent).get("description", "")
            first = described.split("\n\n")[0].replace("\n", " ").strip()
            expected = f"expected {first[0].lower()}{first[1:]}" if first else error.message
        else:
            expected = error.message
        message = f"{path}: {expected}"
        return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _required_form(option: Mapping[str, Any]) -> str:
    """Describe one alternative of an anyOf of required sets: `userId (non-empty)`."""
    properties = option.get("properties", {})
    return " and ".join(
        f"{name} (non-empty)" if properties.get(name, {}).get("minLength") else name
        for name in option["required"]
    )


def facts_responses(
    document: Mapping[str, Any], facts: OperationFacts
) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """Yield each documented status of an operation with its JSON media object."""
    item = document["paths"][facts.path]
    operation = next(item[method] for method in HTTP_METHODS if method in item)
    for status, response in operation.get("responses", {}).items():
        media = resolve(document, response).get("content", {}).get("application/json")
        if media is not None:
            yield int(status), media


def _first_example(document: dict[str, Any], media: Mapping[str, Any]) -> Any:
    """Return the first documented example of a media type, or None."""
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        return resolve(document, example)["value"]
    return None


def _shrink(value: Any, path: JsonPath, cuts: list[tuple[JsonPath, list[Any]]]) -> Any:
    """Copy a JSON value with every list cut to SHRINK items (its items shrunk too); record each
    cut list, at full length with its items shrunk, in ``cuts``."""
    if isinstance(value, dict):
        return {k: _shrink(v, (*path, k), cuts) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) <= SHRINK:
            return [_shrink(v, (*path, i), cuts) for i, v in enumerate(value)]
        full = [_shrink(v, (*path, i), []) for i, v in enumerate(value)]
        cuts.append((path, full))
        return [_shrink(v, (*path, i), cuts) for i, v in enumerate(value[:SHRINK])]
    return value


def _replaced(value: Any, path: JsonPath, replacement: Any) -> Any:
    """Return a copy of a JSON value with the node at ``path`` replaced (the rest shared)."""
    if not path:
        return replacement
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, replacement)}
    copy = list(value)
    copy[int(head)] = _replaced(value[int(head)], rest, replacement)
    return copy


def _reduce(validator: jsonschema_rs.Validator, body: Any) -> tuple[Any, dict[JsonPath, int]]:
    """Return a small instance that fails as ``body`` does, and the index offsets of lists whose
    reported items stand for later ones, so that a message names the true path.

    Lists are cut to their first SHRINK items. When that is still invalid, the fault is within it.
    Otherwise each cut list is restored in turn; for the first that fails, a binary search finds
    the shortest failing prefix (a few dozen ``is_valid`` calls, each microseconds): its last item
    alone is the fault (reported at its true index), or the list as a whole is (too long, not
    unique), and that prefix is shown.
    """
    cuts: list[tuple[JsonPath, list[Any]]] = []
    small = _shrink(body, (), cuts)
    if not validator.is_valid(small):
        return small, {}
    for path, full in cuts:
        if validator.is_valid(_replaced(small, path, full)):
            continue
        valid, invalid = SHRINK, len(full)
        while invalid - valid > 1:
            middle = (valid + invalid) // 2
            if validator.is_valid(_replaced(small, path, full[:middle])):
                valid = middle
            else:
                invalid = middle
        alone = _replaced(small, path, full[invalid - 1 : invalid])
        if not validator.is_valid(alone):
            return alone, {path: invalid - 1}
        return _replaced(small, path, full[:invalid]), {}
    return body, {}  # a fault no single list explains: describe the body itself


def _true_path(instance_path: Any, offsets: Mapping[JsonPath, int]) -> list[Any]:
    """Shift the list index that follows an offset path back to the item it stands for."""
    parts: list[Any] = list(instance_path)
    for path, offset in offsets.items():
        depth = len(path)
        if tuple(parts[:depth]) == path and len(parts) > depth and isinstance(parts[depth], int):
            parts[depth] += offset
    return parts


def _format_path(parts: Any) -> str:
    """Return a readable JSON path: ``request.tags.ListTag[0]``; the body itself is ``body``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"

"""The spec as the mock uses it: operations by name, compiled validators, documented examples."""

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

from pushwoosh_spec.facts import (
    ErrorBody,
    Location,
    OperationFacts,
    Placement,
    read_operations,
    resolve,
)
from pushwoosh_spec.violations import MORE_ERRORS, Violation, first_violation

PACKAGE_SPEC = Path(__file__).resolve().parent / "pushwoosh.yaml"
"""Where a built distribution ships the spec."""
SOURCE_SPEC = Path(__file__).resolve().parent.parent / "openapi" / "pushwoosh.yaml"
"""Where the spec lives in a source checkout."""
PATH_PREFIX = "/json/1.3/"
"""Where the API's methods live; a call to an unknown method under it is a 404 in the envelope."""
MAX_MESSAGE = 300
"""Longest status_message for one schema violation; longer ones are cut."""


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'setTags'?)`` for the known name closest to a misspelt one, or ``""``."""
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_operation(name: str, operations: Iterable[str]) -> str:
    """How the mock refuses an operation the spec does not have, wherever it is named (a fault,
    an assertion, the journal's filter): ``unknown operation 'setTag' (did you mean 'setTags'?)``."""
    return f"unknown operation {name!r}{did_you_mean(name, operations)}"


def default_spec_path() -> Path:
    """Return the shipped spec, or the source checkout's one."""
    return PACKAGE_SPEC if PACKAGE_SPEC.is_file() else SOURCE_SPEC


@cache
def load_spec(path: Path) -> dict[str, Any]:
    """Parse the spec once per path; callers treat the result as read-only."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return spec


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its facts (pushwoosh_spec.facts) and its compiled validators."""

    facts: OperationFacts
    request: jsonschema_rs.Validator
    responses: Mapping[int, jsonschema_rs.Validator]
    examples: Mapping[int, Any]
    """One documented example body per response status."""

    @cached_property
    def name(self) -> str:
        return self.facts.name

    @cached_property
    def path(self) -> str:
        return self.facts.path

    @cached_property
    def enveloped(self) -> bool:
        """The body wraps the fields in ``request`` (every json 1.3 method)."""
        return self.facts.envelope

    @cached_property
    def status_only(self) -> bool:
        """The success answer has no ``response`` key (its documented schema declares none)."""
        return self.facts.status_only

    @cached_property
    def token(self) -> str:
        """Which token authorises it: ``device`` or ``server``."""
        return self.facts.token.value

    @cached_property
    def token_in_body(self) -> bool:
        """The token travels in the body's ``auth`` (not in the Authorization header)."""
        return self.facts.placement is not Placement.HEADER

    @cached_property
    def rate_limit(self) -> tuple[int, float] | None:
        return self.facts.rate_limit

    @cached_property
    def max_body_bytes(self) -> int | None:
        return self.facts.max_body_bytes

    @cached_property
    def missing(self) -> Mapping[str, str]:
        return self.facts.missing

    @cached_property
    def plain(self) -> bool:
        """The answer is plain JSON, refusals HTTP error statuses (the v2 families)."""
        return self.facts.answer.value == "plain"

    @cached_property
    def error_body(self) -> ErrorBody:
        return self.facts.error_body

    def parameters(
        self, values: Mapping[str, str], query: Iterable[tuple[str, str]]
    ) -> dict[str, Any]:
        """The call's path and query parameters as fields, each read as its schema's type (a
        value that is not one stays a string, for the schema check to refuse by name)."""
        found: dict[str, Any] = {}
        given = dict(query)
        for name, parameter in self.facts.parameters.items():
            text = values.get(name) if parameter.location is Location.PATH else given.get(name)
            if text is not None:
                found[name] = _typed(text, parameter.schema.get("type"))
        return found


def _typed(text: str, kind: Any) -> Any:
    """A parameter's text as its schema's type: `true`/`false`, a whole number, or the text."""
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "integer" and re.fullmatch(r"-?[0-9]{1,18}", text):
        return int(text)
    return text


@dataclass(frozen=True)
class Route:
    """The operations served at one path of the spec, by HTTP method; a path with parameters
    (``/api/v2/audience/bulkSetTags/{request_id}``) matches by its pattern."""

    methods: Mapping[str, Operation]
    pattern: re.Pattern[str] | None = None


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
        methods: dict[str, dict[str, Operation]] = {}
        for operation in self.operations.values():
            methods.setdefault(operation.path, {})[operation.facts.method] = operation
        self._fixed = {
            path: Route(by_method) for path, by_method in methods.items() if "{" not in path
        }
        self._templated = [
            Route(by_method, _pattern(path)) for path, by_method in methods.items() if "{" in path
        ]
        self.by_path: dict[str, Operation] = {
            path: next(iter(by_method.values()))
            for path, by_method in methods.items()
            if "{" not in path and len(by_method) == 1
        }
        """The operation at each path that has one and no parameters (every json 1.3 method);
        ``route`` serves any path and method."""

    def route(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The operations served at a path, with the values of its path parameters; None when
        the spec has no such path."""
        fixed = self._fixed.get(path)
        if fixed is not None:
            return fixed, {}
        for route in self._templated:
            assert route.pattern is not None
            match = route.pattern.fullmatch(path)
            if match is not None:
                return route, match.groupdict()
        return None

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
            if facts.parameters:  # checked with the body's fields, beside them
                request = jsonschema_rs.validator_for({**self._root, **facts.request_schema})
            else:
                request = self._validator(f"#/components/schemas/{facts.body_schema}")
            yield name, Operation(facts, request, responses, examples)

    def violation(self, operation: Operation, body: Any) -> str | None:
        """Return ``"<path>: <what was expected>"`` for the first violation, or None; the words
        come from the shared describer (pushwoosh_spec.violations)."""
        found = first_violation(operation.request, body, self._root)
        if found is None:
            return None
        recorded = self._recorded_missing(operation, found)
        if recorded is not None:
            return recorded
        if found.missing is not None:
            message = f"{_format_path((*found.path, found.missing))}: is required"
        elif found.summary is not None and not found.forms:
            got = f", got {found.given}" if found.given else ""
            message = f"{_format_path(found.path)}: expected {found.summary}{got}"
        else:
            message = f"{_format_path(found.path)}: {found.problem}"
        message += found.suggestion
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        if found.more:
            message += f" (and {found.more}{'+' if found.more == MORE_ERRORS else ''} more)"
        return message

    @staticmethod
    def _recorded_missing(operation: Operation, found: Violation) -> str | None:
        """The recorded answer for a missing request field, or for none of the alternatives
        (``x-pushwoosh-missing``: ``auth``, ``application or applications_group``), if any."""
        if not operation.missing or list(found.path) != (
            ["request"] if operation.enveloped else []
        ):
            return None
        if found.missing is not None:
            return operation.missing.get(found.missing)
        if found.forms:
            return operation.missing.get(" or ".join(" and ".join(form) for form in found.forms))
        return None


def facts_responses(
    document: Mapping[str, Any], facts: OperationFacts
) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """Yield each documented status of an operation with its JSON media object."""
    operation = document["paths"][facts.path][facts.method.lower()]
    for status, response in operation.get("responses", {}).items():
        media = resolve(document, response).get("content", {}).get("application/json")
        if media is not None:
            yield int(status), media


def _pattern(path: str) -> re.Pattern[str]:
    """The pattern of a path with parameters: each ``{name}`` one segment."""
    parts = re.split(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", path)
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)"
        for index, part in enumerate(parts)
    )
    return re.compile(pattern)


def _first_example(document: dict[str, Any], media: Mapping[str, Any]) -> Any:
    """Return the first documented example of a media type, or None."""
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        return resolve(document, example)["value"]
    return None


def _format_path(parts: Any) -> str:
    """Return a readable JSON path: ``request.tags.ListTag[0]``; the body itself is ``body``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"

"""Helpers shared by the tests: the spec, its operations, and JSON Schema validators for them."""

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import yaml
from referencing.jsonschema import DRAFT202012

from pushwoosh_spec.facts import read_operations

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "pushwoosh.yaml"
SPEC_URI = "urn:pushwoosh-spec"


@cache
def load_spec() -> dict[str, Any]:
    """Return the parsed spec (cached: treat it as read-only)."""
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def operations() -> dict[str, dict[str, Any]]:
    """Return each operation's own text in the spec by operationId (which operations there are,
    and where, is the facts reader's to say; the tests of the spec read what it writes)."""
    paths = load_spec()["paths"]
    return {
        name: paths[facts.path][facts.method.lower()]
        for name, facts in read_operations(load_spec()).items()
    }


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level) and return the node it points to."""
    while "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@cache
def _registry() -> referencing.Registry[Any]:
    resource: referencing.Resource[Any] = DRAFT202012.create_resource(load_spec())
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    return registry


def validator_for(schema_ref: str) -> jsonschema.Draft202012Validator:
    """Return a format-checking 2020-12 validator for a `#/...` reference into the spec."""
    return jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_ref}"},
        registry=_registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def request_validator(operation_id: str) -> jsonschema.Draft202012Validator:
    """Return the validator of an operation's request: its body, and its path and query
    parameters beside the body's fields where it has any (the facts' ``request_schema``)."""
    schema = read_operations(load_spec())[operation_id].request_schema
    return jsonschema.Draft202012Validator(
        _anchored(schema),
        registry=_registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def _anchored(node: Any) -> Any:
    """A schema whose local references point into the spec's document in the registry."""
    if isinstance(node, dict):
        return {
            key: f"{SPEC_URI}{value}"
            if key == "$ref" and value.startswith("#")
            else _anchored(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchored(item) for item in node]
    return node


def response_validator(operation_id: str, status: str) -> jsonschema.Draft202012Validator:
    """Return the validator of an operation's response body for one status."""
    response = resolve(operations()[operation_id]["responses"][status])
    return validator_for(
        response["content"]["application/json"]["schema"]["$ref"].removeprefix("#")
    )


def vendor_examples() -> Iterator[tuple[str, str, str, Any]]:
    """Yield (operationId, "request" or the status, example name, value) for every example."""
    for operation_id, operation in operations().items():
        content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        for name, example in content.get("examples", {}).items():
            yield operation_id, "request", name, resolve(example)["value"]
        for status, response in operation["responses"].items():
            media = resolve(response).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                yield operation_id, status, name, resolve(example)["value"]
            if "example" in media:
                yield operation_id, status, "example", media["example"]

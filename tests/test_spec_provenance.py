"""Tests that every statement of the spec says where it comes from (the `x-source` extension).

`x-sources` at the top of the spec defines each source once: a vendor page (`url`), a file of an
official SDK or Pushwoosh repository (`repository`, `file`), a Pushwoosh issue thread, a file of
a third-party library (its code or recorded answers, where nothing else says the same) or the
mock's own choice (`note`). Every operation, server, response, header, security scheme,
component schema and field names one or more of them.
"""

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from .utils import load_spec

KINDS = {
    "vendor": {"title", "url"},
    "sdk": {"title", "repository", "file"},
    "issue": {"title", "repository", "url"},
    "library": {"title", "repository", "file"},
    "mock": {"title", "note"},
}
VENDOR_HOSTS = (
    "https://docs.pushwoosh.com/",
    "https://help.pushwoosh.com/",
    "https://www.pushwoosh.com/",
    "https://pushwoosh.readme.io/",
    "https://pushwoosh.gitbook.io/",
)
LENGTH_AND_RANGE = {
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
}
"""Length and range keywords: the mock's choice, unless a vendor page states the limit."""
MOCK_ONLY_STATUSES = {"413", "429", "431", "503"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (path, operation) for every operation of the spec, whatever its HTTP method."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, item[method]


def _schema_nodes(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield every sub-schema of ``schema`` (itself included) with its JSON path."""
    if not isinstance(schema, dict):
        return
    yield where, schema
    for key in ("allOf", "anyOf", "oneOf"):
        for index, member in enumerate(schema.get(key, [])):
            yield from _schema_nodes(member, f"{where}/{key}/{index}")
    for key in ("if", "then", "else", "not", "items", "additionalProperties"):
        yield from _schema_nodes(schema.get(key), f"{where}/{key}")
    for name, member in schema.get("properties", {}).items():
        yield from _schema_nodes(member, f"{where}/properties/{name}")


def _is_pure_ref(node: dict[str, Any]) -> bool:
    return set(node) == {"$ref"}


def nodes_needing_a_source(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (path, node) for every node that must carry `x-source`."""
    for index, server in enumerate(spec.get("servers", [])):
        yield f"servers/{index}", server
    for path, item in spec["paths"].items():
        for index, server in enumerate(item.get("servers", [])):
            yield f"paths/{path}/servers/{index}", server
        for method, operation in item.items():
            if method == "servers":
                continue
            where = f"paths/{path}/{method}"
            yield where, operation
            for status, response in operation["responses"].items():
                if not _is_pure_ref(response):
                    yield f"{where}/responses/{status}", response
    components = spec["components"]
    for kind in ("responses", "headers", "securitySchemes"):
        for name, node in components.get(kind, {}).items():
            yield f"components/{kind}/{name}", node
    for name, schema in components["schemas"].items():
        yield f"components/schemas/{name}", schema
        for where, node in _schema_nodes(schema, f"components/schemas/{name}"):
            parts = where.split("/")
            is_field = parts[-2] == "properties" and "if" not in parts  # a condition is no field
            if is_field and not _is_pure_ref(node):
                yield where, node


def missing_sources(spec: dict[str, Any]) -> list[str]:
    """Return the path of every node without `x-source`, or naming an undefined source."""
    defined = spec.get("x-sources", {})
    problems = []
    for where, node in nodes_needing_a_source(spec):
        names = node.get("x-source")
        if not isinstance(names, list) or not names:
            problems.append(f"{where}: no x-source")
            continue
        problems.extend(f"{where}: unknown source {n!r}" for n in names if n not in defined)
    return problems


def _sources_of(spec: dict[str, Any], node: dict[str, Any]) -> set[str]:
    return {spec["x-sources"][name]["kind"] for name in node.get("x-source", [])}


class TestProvenance:
    """Tests for `x-sources` and `x-source`."""

    def test_every_node_names_a_known_source(self) -> None:
        """Every operation, server, response, header, schema and field has a defined source."""
        assert missing_sources(load_spec()) == []

    def test_the_check_sees_a_missing_source(self) -> None:
        """Removing one field's source, deep in an allOf, is reported with the field's path."""
        spec = copy.deepcopy(load_spec())
        fields = spec["components"]["schemas"]["CreateTargetedMessageParams"]["allOf"][1]
        del fields["properties"]["devices_filter"]["x-source"]
        spec["paths"]["/json/1.3/setBadge"]["post"]["x-source"] = ["nowhere"]
        assert missing_sources(spec) == [
            "paths//json/1.3/setBadge/post: unknown source 'nowhere'",
            "components/schemas/CreateTargetedMessageParams/allOf/1/properties/devices_filter:"
            " no x-source",
        ]

    def test_sources_are_well_formed_and_used(self) -> None:
        """Each source has one kind and that kind's fields, and something in the spec cites it."""
        spec = load_spec()
        cited = {name for _, node in nodes_needing_a_source(spec) for name in node["x-source"]}
        for name, source in spec["x-sources"].items():
            kind = source["kind"]
            assert set(source) == KINDS[kind] | {"kind"}, name
            if kind == "vendor":
                assert source["url"].startswith(VENDOR_HOSTS), name
            if kind == "issue":
                assert source["url"].startswith(
                    f"https://github.com/{source['repository']}/issues/"
                ), name
            if kind in ("sdk", "issue"):
                assert source["repository"].startswith("Pushwoosh/"), name
            if kind == "library":
                assert not source["repository"].startswith("Pushwoosh/"), name
            assert name in cited, f"{name} is never cited"

    def test_every_operation_cites_the_vendor_or_an_sdk(self) -> None:
        """Every operation is a vendor method, one an official SDK calls or one a Pushwoosh
        library sends, or one that third-party libraries send and whose description says it
        rests on them (getPushHistory); the mock invents none."""
        spec = load_spec()
        for _, operation in _operations(spec):
            sources = _sources_of(spec, operation)
            assert {"vendor", "sdk"} & sources or (
                "library" in sources and "librar" in operation["description"]
            ), operation["operationId"]

    def test_an_operation_resting_on_a_library_says_so(self) -> None:
        """An operation that a third-party library's code or recorded answers support, and no
        vendor page, says so in its description."""
        spec = load_spec()
        for _, operation in _operations(spec):
            kinds = _sources_of(spec, operation) | _sources_of(spec, operation["responses"]["200"])
            if "library" in kinds and "vendor" not in kinds:
                assert "librar" in operation["description"], operation["operationId"]

    def test_lengths_and_ranges_are_the_mock_s_choice(self) -> None:
        """A length or range cites the mock, or a vendor page that states it (1,000 devices per
        notification, 30 inbox days)."""
        spec = load_spec()
        for name, schema in spec["components"]["schemas"].items():
            for where, node in _schema_nodes(schema, name):
                if LENGTH_AND_RANGE & set(node):
                    assert {"mock", "vendor"} & _sources_of(spec, node), where
        for name, header in spec["components"]["headers"].items():
            assert "mock" in _sources_of(spec, header), name

    @pytest.mark.parametrize("status", sorted(MOCK_ONLY_STATUSES))
    def test_statuses_the_vendor_does_not_document(self, status: str) -> None:
        """HTTP 413, 429, 431 and 503 are answered only by the mock, and say so."""
        spec = load_spec()
        for path, operation in _operations(spec):
            reference = operation["responses"][status]["$ref"]
            response = spec["components"]["responses"][reference.rsplit("/", 1)[-1]]
            assert _sources_of(spec, response) == {"mock"}, path
            assert "mock" in response["description"], path

    def test_mock_checks_stay_out_of_generated_clients(self) -> None:
        """The mock's lengths sit under `then`, which code generators skip and validators apply;
        only the vendor's own limits reach generated clients."""
        spec = load_spec()
        for name, schema in spec["components"]["schemas"].items():
            for where, node in _schema_nodes(schema, name):
                if LENGTH_AND_RANGE & set(node) and "vendor" not in _sources_of(spec, node):
                    assert "/then/" in where, where

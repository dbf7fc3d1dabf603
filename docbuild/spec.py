"""The spec's operations by API family (its tags), each with the client method that sends it."""

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import pushwoosh_generated.api
from pushwoosh_generated._operation import Operation
from pushwoosh_spec.facts import OperationFacts, read_operations

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "pushwoosh.yaml"


@dataclass(frozen=True)
class Method:
    """One operation of the spec and the client method that sends it."""

    facts: OperationFacts
    operation: Operation[Any]
    """The generated descriptor: the method's name and its keyword argument per JSON field."""
    summary: str
    spec: dict[str, Any]
    """The operation object of the spec."""


@dataclass(frozen=True)
class Family:
    """A tag of the spec: its name, its description and its operations in the spec's order."""

    name: str
    description: str
    methods: list[Method]


def load(path: Path = SPEC) -> dict[str, Any]:
    """Read the spec."""
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def client_operations() -> dict[str, Operation[Any]]:
    """Every generated operation descriptor by operationId (from `pushwoosh_generated.api`)."""
    found: dict[str, Operation[Any]] = {}
    for info in pkgutil.walk_packages(
        pushwoosh_generated.api.__path__, pushwoosh_generated.api.__name__ + "."
    ):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if isinstance(operation, Operation):
            found[operation.name] = operation
    return found


def families(document: dict[str, Any]) -> list[Family]:
    """The spec's tags in its order, each with its operations; every operation has one tag and
    a client method, or the build stops naming it."""
    operations = client_operations()
    described = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    grouped: dict[str, list[Method]] = {name: [] for name in described}
    specs = {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    for name, facts in read_operations(document).items():
        spec = specs[name]
        tags = spec.get("tags", [])
        if len(tags) != 1 or tags[0] not in grouped:
            raise ValueError(f"{name}: one tag of the spec's `tags` list expected, got {tags}")
        if name not in operations:
            raise ValueError(f"{name}: no client method (run `nox -s generate`)")
        method = Method(facts, operations[name], spec.get("summary", ""), spec)
        grouped[tags[0]].append(method)
    return [Family(name, described[name], grouped[name]) for name in described if grouped[name]]

"""Every use of openapi-python-client's Python API, in one module.

Its authors document the command line, not the Python API: ``Config.from_sources``,
``GeneratorData.from_dict``, ``Project`` and its Jinja environment, and the property classes
the templates read are internals that may change in any release. regenerate.py reaches them
only through the functions here, and tests/test_generator_upstream.py checks each of them (and
the property attributes our macros read) against the pinned version, so that a new version
that moves one fails there, with its name, rather than somewhere in a generated file.
"""

import contextlib
import io
from pathlib import Path
from typing import Any

import jinja2
import openapi_python_client
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property

UPSTREAM_TEMPLATES = Path(openapi_python_client.__path__[0]) / "templates"
"""The pinned version's own templates (the ones generator/templates/ overrides)."""

PROPERTY_ATTRIBUTES = {
    "every property": ("name", "python_name", "description", "get_type_string", "get_imports"),
    "the names": ("get_untrusted_value",),
    "ModelProperty": (
        "class_info",
        "required_properties",
        "optional_properties",
        "additional_properties",
        "get_lazy_imports",
    ),
    "UnionProperty": ("inner_properties",),
    "ListProperty": ("inner_property",),
    "EnumProperty": ("values", "value_type", "class_info"),
    "ConstProperty": ("value",),
}
"""What generator/macros/ and generator/templates/ read of the properties upstream builds."""


def read_spec(
    document: dict[str, Any], config_file: Path, spec: Path, destination: Path
) -> tuple[GeneratorData, Config]:
    """Parse the spec as upstream does; exit with upstream's own words when it cannot."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_file), MetaType.NONE, spec, "utf-8", False, destination
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise SystemExit(
            f"openapi-python-client could not read the spec: {openapi.header} {openapi.detail}"
        )
    return openapi, config


def operation_properties(openapi: GeneratorData) -> list[Property]:
    """The request bodies and responses of every operation, as upstream parsed them."""
    return [
        prop
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for prop in [
            *(b.prop for b in endpoint.bodies),
            *(r.prop for r in endpoint.responses.patterns),
        ]
    ]


def reachable_models(openapi: GeneratorData) -> set[str]:
    """Return the class names of the models some operation's body or response uses."""
    seen: set[str] = set()
    pending = operation_properties(openapi)
    while pending:
        prop = pending.pop()
        if isinstance(prop, ModelProperty):
            if prop.class_info.name in seen:
                continue
            seen.add(prop.class_info.name)
            pending += [*(prop.required_properties or []), *(prop.optional_properties or [])]
            if isinstance(prop.additional_properties, Property):
                pending.append(prop.additional_properties)
        pending += getattr(prop, "inner_properties", [])
        inner = getattr(prop, "inner_property", None)
        if inner is not None:
            pending.append(inner)
    return seen


def keep_models(openapi: GeneratorData, names: set[str]) -> None:
    """Generate only the models named (the others are parsed but not written)."""
    openapi.models = [model for model in openapi.models if model.class_info.name in names]


def project(
    openapi: GeneratorData,
    config: Config,
    templates: Path,
    macros: Path,
    template_globals: dict[str, Any],
) -> Project:
    """A Project rendering with our template overrides, our macros folder and our globals."""
    built = Project(openapi=openapi, config=config, custom_template_path=templates)
    overrides = built.env.loader
    assert overrides is not None
    built.env.loader = jinja2.ChoiceLoader([overrides, jinja2.FileSystemLoader(macros)])
    built.env.globals.update(template_globals)
    return built


def build(built: Project) -> list[str]:
    """Write the package; return every problem upstream reported (warnings included)."""
    with contextlib.redirect_stdout(io.StringIO()):  # it prints the scratch folder's path
        problems = built.build()
    return [f"{p.level}: {p.header}\n{p.detail}" for p in problems]

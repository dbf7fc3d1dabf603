"""What the generator uses of openapi-python-client, checked against the pinned version: the
functions of generator/upstream.py, the property attributes the macros read, the template
overrides' headers, and the upstream outputs the runtime replaces."""

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

import regenerate  # noqa: E402
import upstream  # noqa: E402

HEADER = re.compile(r"\{#- Override of openapi-python-client (\S+) templates/(\S+), ")

TINY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1.0.0"},
    "paths": {
        "/json/1.3/op": {
            "post": {
                "operationId": "op",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Body"}}
                    },
                },
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Body": {
                "type": "object",
                "required": ["kind", "op"],
                "properties": {
                    "kind": {"type": "integer", "enum": [1, 3]},
                    "op": {"type": "string", "const": "increment"},
                    "values": {"type": "array", "items": {"type": "string"}},
                    "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
            "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
        }
    },
}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("tiny")
    spec = folder / "tiny.yaml"
    spec.write_text(yaml.safe_dump(TINY_SPEC), encoding="utf-8")
    openapi, _ = upstream.read_spec(TINY_SPEC, regenerate.CONFIG, spec, folder / "out")
    return openapi


class TestUpstreamFunctions:
    """generator/upstream.py against the pinned openapi-python-client."""

    def test_read_spec_and_reachable_models(self, parsed: Any) -> None:
        assert {m.class_info.name for m in parsed.models} >= {"Body", "Unused"}
        reachable = upstream.reachable_models(parsed)
        assert "Body" in reachable and "Unused" not in reachable
        upstream.keep_models(parsed, reachable)
        assert "Unused" not in {m.class_info.name for m in parsed.models}

    def test_the_property_attributes_the_macros_read(self, parsed: Any) -> None:
        body = next(m for m in parsed.models if m.class_info.name == "Body")
        fields = body.required_properties + body.optional_properties
        properties = {p.name.get_untrusted_value(): p for p in fields}
        kinds: dict[str, Any] = {type(p).__name__: p for p in [body, *properties.values()]}
        kinds["the names"] = body.required_properties[0].name
        assert (
            properties["tags"].additional_properties.get_type_string().as_unembedded_code() == "str"
        )
        for kind, attributes in upstream.PROPERTY_ATTRIBUTES.items():
            everyone = [v for k, v in kinds.items() if k != "the names"]
            targets = everyone if kind == "every property" else [kinds[kind]]
            for target in targets:
                for attribute in attributes:
                    assert hasattr(target, attribute), f"{type(target).__name__}.{attribute}"

    def test_an_unreadable_spec_exits_with_upstream_words(self, tmp_path: Path) -> None:
        spec = tmp_path / "bad.yaml"
        spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
        with pytest.raises(SystemExit, match="could not read the spec"):
            upstream.read_spec({"openapi": "3.1.0"}, regenerate.CONFIG, spec, tmp_path / "out")


class TestTemplateOverrides:
    """Every override names the pinned version and an upstream template that exists."""

    @pytest.mark.parametrize(
        "template",
        sorted(
            p.relative_to(regenerate.TEMPLATES).as_posix()
            for p in regenerate.TEMPLATES.rglob("*.jinja")
        ),
        ids=str,
    )
    def test_header_names_the_pinned_version(self, template: str) -> None:
        text = (regenerate.TEMPLATES / template).read_text(encoding="utf-8")
        match = HEADER.match(text)
        assert match, f"{template}: no override header"
        assert match[1] == regenerate.generator_version(), template
        assert match[2] == template
        assert (upstream.UPSTREAM_TEMPLATES / template).is_file(), template

    def test_the_check_sees_a_stale_version(self) -> None:
        stale = "{#- Override of openapi-python-client 0.28.0 templates/client.py.jinja, ..."
        match = HEADER.match(stale)
        assert match and match[1] != regenerate.generator_version()


class TestSupersededOutputs:
    """Upstream outputs make way for hand-written modules only where SUPERSEDED_OUTPUTS says so."""

    def test_every_announced_output_is_dropped(self, tmp_path: Path) -> None:
        for name in regenerate.SUPERSEDED_OUTPUTS:
            (tmp_path / name).write_text("", encoding="utf-8")
        regenerate._drop_superseded_outputs(tmp_path)
        assert not any(tmp_path.iterdir())

    def test_an_output_colliding_with_a_hand_written_module_is_refused(
        self, tmp_path: Path
    ) -> None:
        for name in [*regenerate.SUPERSEDED_OUTPUTS, "_operation.py"]:
            (tmp_path / name).write_text("", encoding="utf-8")
        with pytest.raises(SystemExit, match=r"writes _operation\.py, which is a hand-written"):
            regenerate._drop_superseded_outputs(tmp_path)

    def test_a_replacement_upstream_no_longer_needs_is_reported(self, tmp_path: Path) -> None:
        with pytest.raises(SystemExit, match="no longer writes"):
            regenerate._drop_superseded_outputs(tmp_path)


class TestGeneratedFiles:
    """Only the files the generator writes carry its mark; regeneration leaves the rest alone."""

    def test_hand_written_modules_are_unmarked_and_generated_ones_marked(self) -> None:
        generated = regenerate.generated_files(regenerate.PACKAGE)
        assert {"client.py", "__init__.py", "_version.py", "_request_schemas.json"} <= generated
        assert "models/notification.py" in generated
        for hand_written in ("_base_client.py", "errors.py", "lib/bulk.py", "py.typed"):
            assert (regenerate.PACKAGE / hand_written).is_file()
            assert hand_written not in generated

    def test_replacing_keeps_hand_written_files_and_drops_stale_generated_ones(
        self, tmp_path: Path
    ) -> None:
        package, fresh = tmp_path / "package", tmp_path / "fresh"
        (package / "models").mkdir(parents=True)
        (package / "own.py").write_text('"""Hand-written."""\n', encoding="utf-8")
        (package / "models" / "stale.py").write_text(regenerate.HEADER, encoding="utf-8")
        (fresh / "models").mkdir(parents=True)
        (fresh / "models" / "new.py").write_text(regenerate.HEADER + "X = 1\n", encoding="utf-8")
        regenerate.replace_generated(fresh, package)
        assert sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py")) == [
            "models/new.py",
            "own.py",
        ]

    def test_no_file_of_the_package_copies_another_file_of_the_repository(self) -> None:
        root = regenerate.ROOT
        ignored = {".git", ".venv", ".nox", "node_modules", "dist", "build", ".ci-venv", "mutants"}
        seen: dict[bytes, str] = {}
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if (
                not path.is_file()
                or ignored & set(relative.parts)
                or "__pycache__" in relative.parts
            ):
                continue
            if relative.parts[0].startswith(".") or path.stat().st_size < 200:
                continue  # tiny files (empty markers, one-line __init__) say too little to copy
            seen.setdefault(path.read_bytes(), relative.as_posix())
        package = regenerate.PACKAGE
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.stat().st_size >= 200:
                original = seen.get(path.read_bytes())
                assert original == path.relative_to(root).as_posix(), (path, original)

"""Tests for `pushwoosh_generated`: typed models, round trips, defaults, version, freshness."""

import importlib
import inspect
import re
import subprocess
import sys
import typing
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import snake_case

import pushwoosh_generated
import pushwoosh_generated.models
from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient
from pushwoosh_generated.models import DeviceType, IncrementOperation, SetTagsBody
from pushwoosh_spec.facts import read_operations

from .utils import ROOT, load_spec, operations, vendor_examples

FACTS = read_operations(load_spec())


def _snake(name: str) -> str:
    """The generator's own snake_case of an operationId (setMADID -> set_madid)."""
    return str(snake_case(name))


def endpoint_module(operation_id: str) -> Any:
    """Return the generated module of an operation."""
    tag = _snake(operations()[operation_id]["tags"][0])  # messaging-v2: messaging_v2
    return importlib.import_module(f"pushwoosh_generated.api.{tag}.{_snake(operation_id)}")


def hints_of(obj: Any) -> dict[str, Any]:
    """Return resolved annotations; models import each other only while type checking."""
    return typing.get_type_hints(obj, localns=vars(pushwoosh_generated.models))


def body_class(operation_id: str) -> type[Any]:
    """Return the generated class of an operation's request body."""
    body: type[Any] = getattr(
        pushwoosh_generated.models, endpoint_module(operation_id).OPERATION.body_schema
    )
    return body


class TestRequestModels:
    """Tests for the models generated from the request bodies."""

    @pytest.mark.parametrize("operation_id", sorted(n for n, f in FACTS.items() if f.body_schema))
    def test_body_and_request_are_typed(self, operation_id: str) -> None:
        """The body and its `request` are attrs classes with typed fields, never Any."""
        body = body_class(operation_id)
        assert attrs.has(body), body
        request_type = hints_of(body).get("request", body)  # setMADID has no envelope
        assert attrs.has(request_type), f"{operation_id}: request is {request_type!r}"
        hints = hints_of(request_type)
        server = operations()[operation_id]["x-pushwoosh-token"] == "server"
        token_in_body = FACTS[operation_id].token_field is not None
        if server and token_in_body:
            assert hints["auth"] is str
        elif not server:
            assert hints["application"] is str
        fields = {f.name for f in attrs.fields(request_type)} - {"additional_properties"}
        # setMADID: three fields; the Device API's requests carry the vendor's common fields
        # (application and what names the device or user), never the SDK-only ones (extra_body=)
        assert len(fields) >= (1 if server else 3 if request_type is body else 2)
        assert not fields & {"v", "package", "android_package", "notification_types"}
        assert all(hints[name] is not Any for name in fields)

    def test_every_request_example_round_trips(self) -> None:
        """Each vendor request example parses into the typed model and serialises back unchanged."""
        count = 0
        for operation_id, where, name, value in vendor_examples():
            if where != "request":
                continue
            parsed = body_class(operation_id).from_dict(value)
            assert parsed.to_dict() == value, f"{operation_id}/{name}"
            count += 1
        assert count == sum(
            len(op["requestBody"]["content"]["application/json"]["examples"])
            for op in operations().values()
            if "requestBody" in op
        )

    def test_tag_operations_parse_to_their_classes(self) -> None:
        """Increment, append and remove parse to their own classes; plain values stay plain."""
        body = SetTagsBody.from_dict(
            {
                "request": {
                    "application": "XXXXX-XXXXX",
                    "hwid": "h",
                    "tags": {
                        "Level": {"operation": "increment", "value": -1},
                        "List": {"operation": "append", "value": ["a"]},
                        "Gone": {"operation": "remove", "value": "a"},
                        "Plain": ["a", "b"],
                        "Deleted": None,
                    },
                }
            }
        )
        tags = body.request.tags.additional_properties
        assert isinstance(tags["Level"], IncrementOperation) and tags["Level"].value == -1
        assert type(tags["List"]).__name__ == "AppendOperation"
        assert type(tags["Gone"]).__name__ == "RemoveOperation"
        assert tags["Plain"] == ["a", "b"] and tags["Deleted"] is None

    def test_device_type_member_names(self) -> None:
        """DeviceType members carry the platform names of the spec."""
        spec_enum = load_spec()["components"]["schemas"]["DeviceType"]
        names = dict(zip(spec_enum["x-enum-varnames"], spec_enum["enum"], strict=True))
        assert {member.name: member.value for member in DeviceType} == names
        assert DeviceType.WHATSAPP.value == 21


class TestClient:
    """Tests for the generated front door: one method per operation, keyword arguments."""

    @pytest.mark.parametrize("operation_id", sorted(operations()))
    def test_one_method_per_operation(self, operation_id: str) -> None:
        """Each operation is a method of both clients and of their raw views, keyword-only."""
        name = _snake(operation_id)
        for cls in (PushwooshClient, AsyncPushwooshClient):
            method = getattr(cls, name)
            parameters = list(inspect.signature(method).parameters.values())[1:]
            assert parameters and all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
            assert method.__doc__ and operation_id in method.__doc__
        assert inspect.iscoroutinefunction(AsyncPushwooshClient.__dict__[name])
        module = endpoint_module(operation_id)
        assert module.OPERATION.name == operation_id
        assert module.OPERATION.repeat.value == operations()[operation_id]["x-pushwoosh-repeat"]

    @pytest.mark.parametrize("operation_id", sorted(operations()))
    def test_required_fields_are_required_arguments(self, operation_id: str) -> None:
        """A field the request schema requires (application and the server token aside) is an
        argument with no default: the body's, and the path's and query's parameters."""
        facts = FACTS[operation_id]
        required = {name for name, p in facts.parameters.items() if p.required}
        if facts.body_schema is not None:
            request = body_class(operation_id)
            required |= {
                f.name
                for f in attrs.fields(hints_of(request).get("request", request))
                if f.default is attrs.NOTHING
            }
        required |= {name for name, p in FACTS[operation_id].parameters.items() if p.required}
        required -= {"application", "auth"}  # both filled by the client
        signature = inspect.signature(getattr(PushwooshClient, _snake(operation_id)))
        without_default = {
            name for name, p in signature.parameters.items() if p.default is inspect.Parameter.empty
        } - {"self"}
        assert without_default == required

    def test_helper_schemas_are_not_public_models(self) -> None:
        """Component schemas no operation uses (SdkFields, *Fields) generate no model."""
        assert not hasattr(pushwoosh_generated.models, "SdkFields")
        assert not [name for name in dir(pushwoosh_generated.models) if name.endswith("Fields")]


class TestVersion:
    """Tests for the single source of the version."""

    def test_package_version_is_spec_version(self) -> None:
        """The package's __version__ is the spec's info.version."""
        from pushwoosh_generated._version import __version__

        assert __version__ == load_spec()["info"]["version"]
        assert pushwoosh_generated.__name__ == "pushwoosh_generated"

    def test_distribution_version_comes_from_the_spec(self) -> None:
        """pyproject.toml reads the version from the spec instead of repeating it."""
        pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        assert 'dynamic = ["version"]' in pyproject
        assert 'path = "openapi/pushwoosh.yaml"' in pyproject
        pattern = re.search(r'pattern = "(.*)"', pyproject)
        assert pattern is not None
        regex = pattern.group(1).replace("\\\\", "\\")
        spec_text = (ROOT / "openapi" / "pushwoosh.yaml").read_text(encoding="utf-8")
        matches = re.findall(regex, spec_text)
        assert matches == [load_spec()["info"]["version"]]


class TestGeneratedFiles:
    """Tests for the committed generated tree."""

    def test_every_generated_file_has_the_header(self) -> None:
        """Each file the templates write says where it comes from and not to edit it; the
        hand-written modules beside them carry no such header."""
        package = ROOT / "pushwoosh_generated"
        templated = [*package.glob("api/**/*.py"), *package.glob("models/*.py")]
        templated += [package / name for name in ("__init__.py", "client.py", "types.py")]
        for path in templated:
            head = path.read_text(encoding="utf-8").splitlines()[:2]
            assert head[0].startswith("# Generated from openapi/pushwoosh.yaml"), path
            assert "Do not edit" in head[1], path
        for path in [*package.glob("_*.py"), *package.glob("lib/*.py"), package / "errors.py"]:
            if path.name not in ("_version.py", "__init__.py"):
                assert "Generated from" not in path.read_text(encoding="utf-8")[:200], path

    def test_committed_package_matches_a_fresh_generation(self) -> None:
        """Regenerating into a scratch folder gives the committed package byte for byte."""
        done = subprocess.run(
            [sys.executable, str(ROOT / "generator" / "regenerate.py"), "--check"],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr[-5000:]

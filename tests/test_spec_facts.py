"""Tests for pushwoosh_spec.facts, the one reader of what the spec says about an operation.

Besides the spec's own operations, a small document describes the families that answer plain JSON
and carry the server token elsewhere (a flat body with `auth` at the top; a header with another
prefix; another host), so that adding them is a spec change the reader already understands.
"""

from typing import Any

import pytest

from pushwoosh_spec.facts import (
    AnswerShape,
    ErrorBody,
    JobFacts,
    Placement,
    Repeat,
    SpecError,
    Token,
    enum_names,
    pointer,
    read_operations,
)
from tests.utils import load_spec


def _operation(**extra: Any) -> dict[str, Any]:
    return {
        "operationId": "op",
        "x-pushwoosh-repeat": "safe",
        "x-pushwoosh-token": "server",
        "requestBody": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}
        },
        "responses": {
            "200": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plain"}}}
            }
        },
        **extra,
    }


def _document(operation: dict[str, Any], body: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "paths": {"/api/v2/thing": {"post": operation, **extra}},
        "components": {
            "schemas": {
                "Body": body,
                "Plain": {"type": "object", "properties": {"request_id": {"type": "string"}}},
            },
            "securitySchemes": {
                "ServerHeader": {"type": "apiKey", "in": "header", "name": "Authorization", "x-pushwoosh-prefix": "Api"},
                "Bare": {"type": "apiKey", "in": "header", "name": "Authorization"},
            },
        },
    }  # fmt: skip


FLAT = {
    "type": "object",
    "required": ["auth", "devices"],
    "properties": {"auth": {"type": "string"}, "devices": {"type": "array", "maxItems": 50}},
}


class TestTheSpecsOwnOperations:
    """The facts of the operations the spec has today."""

    def test_every_operation_is_read(self) -> None:
        facts = read_operations(load_spec())
        operations = [
            (method.upper(), path)
            for path, item in load_spec()["paths"].items()
            for method in ("get", "post", "put", "delete", "patch")
            if method in item
        ]
        assert sorted((f.method, f.path) for f in facts.values()) == sorted(operations)

    def test_the_device_api_sends_the_token_in_a_header_and_answers_an_envelope(self) -> None:
        set_tags = read_operations(load_spec())["setTags"]
        assert (set_tags.token, set_tags.placement, set_tags.header_prefix) == (
            Token.DEVICE,
            Placement.HEADER,
            "Token",
        )
        assert set_tags.envelope and set_tags.answer is AnswerShape.STATUS_ENVELOPE
        assert set_tags.repeat is Repeat.UNLESS_INCREMENT
        assert set_tags.arguments == set_tags.fields  # no token field to fill in

    def test_the_remote_api_puts_the_server_token_in_the_envelope(self) -> None:
        create = read_operations(load_spec())["createMessage"]
        assert (create.token, create.placement, create.token_field) == (
            Token.SERVER,
            Placement.REQUEST_AUTH,
            "auth",
        )
        assert "auth" not in create.arguments and "auth" in create.fields
        assert create.max_items == {
            "notifications": 1000,
            "notifications.devices": 1000,
            "notifications.users": 1000,
        }
        assert create.rate_limit == (600, 60.0) and create.max_body_bytes == 10_000_000
        assert create.defaults_application  # application or applications_group

    def test_set_madid_is_flat_on_its_own_host(self) -> None:
        madid = read_operations(load_spec())["setMADID"]
        assert not madid.envelope and madid.placement is Placement.HEADER
        assert madid.server == "https://tracking.svc-nue.pushwoosh.com"

    def test_device_type_names_come_from_the_spec(self) -> None:
        names = enum_names(load_spec(), "DeviceType")
        assert names[3] == "ANDROID" and names[21] == "WHATSAPP"


class TestOtherFamilies:
    """Families with flat bodies, header tokens, plain answers and other hosts."""

    def test_a_flat_body_carries_auth_at_the_top_and_answers_plain_json(self) -> None:
        facts = read_operations(_document(_operation(security=[]), FLAT))["op"]
        assert not facts.envelope and facts.placement is Placement.BODY_AUTH
        assert facts.answer is AnswerShape.PLAIN and not facts.status_only
        assert facts.arguments == ("devices",) and facts.max_items == {"devices": 50}

    def test_a_server_token_in_a_header_with_its_prefix_on_another_host(self) -> None:
        document = _document(
            _operation(security=[{"ServerHeader": []}]),
            {"type": "object", "properties": {"users": {"type": "array"}}},
            servers=[{"url": "https://journey.pushwoosh.com"}],
        )
        facts = read_operations(document)["op"]
        assert (facts.token, facts.placement, facts.header_prefix) == (
            Token.SERVER,
            Placement.HEADER,
            "Api",
        )
        assert facts.server == "https://journey.pushwoosh.com"
        assert facts.token_field is None and facts.arguments == ("users",)
        assert facts.other_prefixes == ()

    def test_another_security_alternative_is_another_accepted_prefix(self) -> None:
        """A second requirement of `security` (either scheme will do) is a prefix a server
        also accepts; the client sends the first one's."""
        document = _document(
            _operation(security=[{"ServerHeader": []}, {"BearerHeader": []}, {"ServerHeader": []}]),
            {"type": "object", "properties": {"user_ids": {"type": "array"}}},
        )
        document["components"]["securitySchemes"]["BearerHeader"] = {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "x-pushwoosh-prefix": "Bearer",
        }
        facts = read_operations(document)["op"]
        assert (facts.placement, facts.header_prefix, facts.other_prefixes) == (
            Placement.HEADER,
            "Api",
            ("Bearer",),
        )
        document["components"]["securitySchemes"]["BearerHeader"]["name"] = "X-Token"
        with pytest.raises(SpecError, match="security schemes name different headers"):
            read_operations(document)


STATUS = {
    "operationId": "status",
    "x-pushwoosh-repeat": "safe",
    "x-pushwoosh-token": "server",
    "security": [{"ServerHeader": []}],
    "parameters": [
        {"name": "request_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "detailed", "in": "query", "schema": {"type": "boolean", "default": False}},
    ],
    "responses": {
        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plain"}}}},
        "404": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gone"}}}},
    },
}  # fmt: skip


def _with_status(operation: dict[str, Any], **job: Any) -> dict[str, Any]:
    start = _operation(security=[], **({"x-pushwoosh-job": job} if job else {}))
    document = _document(start, FLAT)
    document["paths"]["/api/v2/thing/{request_id}"] = {"get": operation}
    document["components"]["schemas"]["Gone"] = {
        "type": "object",
        "properties": {"message": {"type": "string"}},
    }
    return document


class TestParametersAndPlainErrors:
    """A GET whose inputs are path and query parameters, answering plain JSON and refusing with
    the family's own error body (the Audience API's bulkSetTags status)."""

    def test_parameters_are_fields_and_the_request_schema_holds_them(self) -> None:
        status = read_operations(_with_status(STATUS))["status"]
        assert (status.method, status.body_schema, status.envelope) == ("GET", None, False)
        assert status.fields == ("request_id", "detailed")
        assert status.required == {"request_id"}
        assert {n: p.location.value for n, p in status.parameters.items()} == {
            "request_id": "path",
            "detailed": "query",
        }
        assert status.request_schema == {
            "type": "object",
            "properties": {
                "request_id": {"type": "string"},
                "detailed": {"type": "boolean", "default": False},
            },
            "required": ["request_id"],
        }
        assert (status.placement, status.header_prefix) == (Placement.HEADER, "Api")

    def test_a_body_with_parameters_is_checked_beside_them(self) -> None:
        with_body = {**STATUS, "requestBody": _operation()["requestBody"]}
        status = read_operations(_with_status(with_body))["status"]
        assert status.request_schema["allOf"][0] == {"$ref": "#/components/schemas/Body"}
        assert status.fields[:3] == ("request_id", "auth", "devices")

    @pytest.mark.parametrize(
        ("schema", "shape"),
        [
            ({"message": {"type": "string"}}, ErrorBody.MESSAGE),
            ({"error": {"type": "string"}}, ErrorBody.ERROR),
            ({"code": {"type": "integer"}, "message": {"type": "string"}}, ErrorBody.GATEWAY),
            ({"status_code": {"type": "integer"}, "status_message": {}}, ErrorBody.STATUS_MESSAGE),
        ],
    )
    def test_the_error_body_is_read_from_the_refusals_schema(
        self, schema: dict[str, Any], shape: ErrorBody
    ) -> None:
        document = _with_status(STATUS)
        document["components"]["schemas"]["Gone"] = {"type": "object", "properties": schema}
        assert read_operations(document)["status"].error_body is shape

    def test_a_v2_job_names_its_states_and_file(self) -> None:
        job = {"status": "status", "id": "/request_id", "as": "request_id", "result": "/",
               "schema": "Plain", "state": "/status", "done": ["Completed"],
               "failed": ["Failed"], "progress": "/progress", "file": ["/filename", "/csv"]}  # fmt: skip
        read = read_operations(_with_status(STATUS, **job))["op"].job
        assert read is not None
        assert (read.state, read.done, read.failed, read.progress, read.file) == (
            "/status",
            ("Completed",),
            ("Failed",),
            "/progress",
            ("/filename", "/csv"),
        )

    @pytest.mark.parametrize(
        ("parameter", "message"),
        [
            ({"name": "X-Id", "in": "header", "schema": {}}, "only path and query"),
            ({"name": "request_id", "in": "query"}, "has no schema"),
        ],
    )
    def test_a_parameter_the_client_could_not_send(
        self, parameter: dict[str, Any], message: str
    ) -> None:
        with pytest.raises(SpecError, match=message):
            read_operations(_with_status({**STATUS, "parameters": [parameter]}))

    def test_a_name_both_parameter_and_field(self) -> None:
        clash = {**STATUS, "requestBody": _operation()["requestBody"]}
        clash["parameters"] = [{"name": "auth", "in": "query", "schema": {"type": "string"}}]
        with pytest.raises(SpecError, match="auth is both a parameter and a body field"):
            read_operations(_with_status(clash))


class TestRefusals:
    """What the reader cannot read is a SpecError that names the operation."""

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            ({"x-pushwoosh-repeat": "sometimes"}, "x-pushwoosh-repeat must be one of safe"),
            ({"x-pushwoosh-token": "admin"}, "x-pushwoosh-token must be one of device, server"),
            ({"security": [{"Bare": []}]}, "needs x-pushwoosh-prefix"),
        ],
        ids=["repeat", "token", "prefix"],
    )
    def test_unknown_vocabulary(self, change: dict[str, Any], message: str) -> None:
        with pytest.raises(SpecError, match=message) as caught:
            read_operations(_document(_operation(**{"security": [], **change}), FLAT))
        assert str(caught.value).startswith("op (POST /api/v2/thing)")

    def test_a_token_with_nowhere_to_go(self) -> None:
        body = {"type": "object", "properties": {"devices": {"type": "array"}}}
        with pytest.raises(SpecError, match="where does the token go"):
            read_operations(_document(_operation(security=[]), body))


class TestJobs:
    """`x-pushwoosh-job`: how to follow the job an operation starts."""

    def test_the_scheduled_requests_name_get_results(self) -> None:
        facts = read_operations(load_spec())
        starts = sorted(name for name, op in facts.items() if op.job is not None)
        assert starts == [
            "bulkSetTags",
            "exportSegment",
            "getAppStats",
            "getCampaignStats",
            "getEventStatistics",
            "getMsgPlatformsStats",
            "getMsgStats",
        ]
        job = facts["getMsgStats"].job
        assert job == JobFacts(
            status="getResults",
            id="/response/request_id",
            id_field="request_id",
            pending=("Result is not ready yet",),
            result="/response",
            schema="GetMsgStatsResult",
        )
        assert facts["getMsgStats"].repeat is Repeat.UNSAFE
        assert facts["getResults"].repeat is Repeat.SAFE
        events = facts["getEventStatistics"].job
        assert events is not None and (events.schema, events.many) == ("EventStatisticsRow", True)

    def test_the_audience_jobs_name_their_states_and_file(self) -> None:
        facts = read_operations(load_spec())
        export = facts["exportSegment"].job
        assert export is not None
        assert (export.status, export.id, export.id_field, export.state) == (
            "getExportSegmentResult",
            "/task_id",
            "task_id",
            "/status",
        )
        assert (export.done, export.failed, export.file) == (
            ("completed",),
            ("failed",),
            ("/filename", "/csv_filename"),
        )
        status = facts["getBulkSetTagsStatus"]
        assert (status.method, status.body_schema, status.header_prefix) == ("GET", None, "Token")
        assert {name: p.location.value for name, p in status.parameters.items()} == {
            "request_id": "path",
            "detailed": "query",
        }
        assert facts["bulkSetTags"].min_items == {"devices": 50}
        assert facts["bulkSetTags"].repeat is Repeat.UNSAFE

    def test_each_family_refuses_in_its_own_body(self) -> None:
        facts = read_operations(load_spec())
        assert {
            name: facts[name].error_body.value
            for name in ("setTags", "createMessage", "bulkSetTags", "totalsByIntervals", "notify")
        } == {
            "setTags": "status_message",
            "createMessage": "status_message",
            "bulkSetTags": "message",
            "totalsByIntervals": "error",
            "notify": "gateway",
        }

    def test_a_pointer_reads_into_an_answer(self) -> None:
        answer = {"response": {"rows": [{"id": "a/b"}]}}
        assert pointer(answer, "/response/rows/0/id") == "a/b"
        assert pointer(answer, "/") == answer
        with pytest.raises(KeyError):
            pointer(answer, "/response/nothing")

    @pytest.mark.parametrize(
        ("job", "message"),
        [
            ("nope", "x-pushwoosh-job must be an object"),
            ({"status": "op"}, "x-pushwoosh-job needs id, as, result, schema"),
            (
                {
                    "status": "op",
                    "id": "request_id",
                    "as": "auth",
                    "result": "/",
                    "schema": "Plain",
                },
                "id, result, state, progress and file are JSON pointers",
            ),
            (
                {"status": "op", "id": "/x", "as": "auth", "result": "/", "schema": "Missing"},
                "schema 'Missing' is not a component",
            ),
            (
                {"status": "other", "id": "/x", "as": "auth", "result": "/", "schema": "Plain"},
                "names no operation 'other'",
            ),
            (
                {"status": "op", "id": "/x", "as": "task", "result": "/", "schema": "Plain"},
                "op has no field 'task'",
            ),
            (
                {
                    "status": "op",
                    "id": "/x",
                    "as": "auth",
                    "result": "/",
                    "schema": "Plain",
                    "state": "/status",
                },
                "has a state but no done values",
            ),
            (
                {
                    "status": "op",
                    "id": "/x",
                    "as": "auth",
                    "result": "/",
                    "schema": "Plain",
                    "file": "/filename",
                },
                "file must be a list of JSON pointers",
            ),
        ],
        ids=["shape", "keys", "pointer", "schema", "status", "field", "no-done", "file"],
    )
    def test_a_job_the_reader_cannot_follow(self, job: Any, message: str) -> None:
        operation = _operation(security=[], **{"x-pushwoosh-job": job})
        with pytest.raises(SpecError, match=message):
            read_operations(_document(operation, FLAT))

"""Tests for the mock's protocol: routing, auth, envelope, validation, limits, Prefer, debug."""

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.config import DEV_SERVER_TOKEN
from pushwoosh_mock.responses import HANDLERS
from pushwoosh_spec.facts import Placement

from .conftest import APP, Api
from .test_spec import INVALID_BODIES
from .utils import SPEC_PATH, operations, vendor_examples


async def client_for(server: MockServer, token: str | None = "dev-token") -> httpx.AsyncClient:
    headers = {"Authorization": f"Token {token}"} if token else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server), base_url="http://localhost", headers=headers
    )


async def _what_the_example_names(api: Api, operation_id: str, request: Any) -> dict[str, Any]:
    """Create what a Remote API example acts on (a scheduled message, a segment, a tag), and
    return the fields that name it."""

    async def server(method: str, **fields: Any) -> dict[str, Any]:
        answer = await api.post(method, {"request": {"auth": DEV_SERVER_TOKEN, **fields}})
        body: dict[str, Any] = answer.json()
        assert body["status_code"] == 200, body
        return body

    if operation_id in (
        "deleteMessage",
        "getMessageDetails",
        "cancelMessage",
        "getMsgStats",
        "getMsgPlatformsStats",
    ):
        created = await server(
            "createMessage",
            application=APP,
            notifications=[{"send_date": "2099-01-01 00:00", "content": "later"}],
        )
        return {"message": created["response"]["Messages"][0]}
    if operation_id == "getResults":
        started = await server(
            "getAppStats",
            application=APP,
            datefrom="2024-01-01 00:00:00",
            dateto="2024-01-31 23:59:59",
        )
        return {"request_id": started["response"]["request_id"]}
    if operation_id == "getExportSegmentResult":
        export = await api.client.post(
            "/api/v2/audience/exportSegment",
            json={"auth": DEV_SERVER_TOKEN, "filterExpression": f'A("{APP}")'},
        )
        return {"task_id": export.json()["task_id"]}
    if operation_id in ("totalsByIntervals", "cancelNotification"):
        created = await server(
            "createMessage",
            application=APP,
            notifications=[{"send_date": "2099-01-01 00:00", "content": "later"}],
        )
        return {"message_code": created["response"]["Messages"][0]}
    if operation_id in (
        "getApplication",
        "updateApplication",
        "deleteApplication",
        "configureApplication",
    ):
        created = await server("createApplication", title="Example")
        return {"application": created["response"]["application"]}
    if operation_id in ("getPreset", "deletePreset"):
        await server(
            "createPreset",
            name="Example",
            applicationCode=APP,
            content={"message": "Hi"},
            segmentation={"platforms": [3]},
        )
        listed = await server("listPresets", application=APP)
        return {"preset_code": listed["response"]["presets"][-1]["code"]}
    if operation_id == "deleteCampaign":
        created = await server("createCampaign", application=APP, name="Example")
        return {"campaign": created["response"]["campaign"]}
    if operation_id == "exportSegment" and "filterCode" in request:
        await server("createFilter", name=request["filterCode"], filter_expression=f'A("{APP}")')
    if operation_id == "deleteFilter":
        await server("createFilter", name=request["name"], filter_expression=f'A("{APP}")')
    if operation_id == "deleteTag":
        await server("addTag", tag={"name": request["tag"]["name"], "type": 2})
    if operation_id == "updateLiveActivity":  # an update by id names an activity started
        for notification in request["notifications"]:
            if "live_activity_id" in notification:
                start = {"content-state": {}, "attributes-type": "A", "attributes": {}}
                await server(
                    "startLiveActivity",
                    application=request["application"],
                    notifications=[
                        {
                            "content": "started",
                            "live_activity": start,
                            "live_activity_id": notification["live_activity_id"],
                        }
                    ],
                )
    if operation_id in ("updateGeoZone", "deleteGeoZone"):  # the zones it names, by their new ids
        zone = {"name": "Store", "lat": 40.7, "lng": -73.9, "cooldown": 60, "range": 100}
        named = request["geozones"]
        added = await server(
            "addGeoZone",
            application=request["application"],
            geozones=[{**zone, "content": "Welcome"} for _ in named],
        )
        ids = added["response"]["GeoZones"]
        if operation_id == "deleteGeoZone":
            return {"geozones": ids}
        return {"geozones": [{**change, "id": id_} for change, id_ in zip(named, ids, strict=True)]}
    if operation_id == "deleteGeoZoneCluster":
        added = await server("addGeoZoneCluster", application=request["application"], name="C")
        return {"geoZoneCluster": added["response"]["GeoZoneCluster"]}
    if operation_id in JOURNEY_LEFT:  # the seeded journey (the examples') in a state it leaves
        seeded = await api.client.put(
            f"/__mock/journeys/{request['uuid']}", json={"status": JOURNEY_LEFT[operation_id]}
        )
        assert seeded.status_code == 200, seeded.json()
    return {}


JOURNEY_LEFT = {
    "startJourney": "STATUS_PAUSED",
    "draftJourney": "STATUS_FINISHED",
    "archiveJourney": "STATUS_DRAFT",
}
"""A state each lifecycle example's action leaves, where the seeded one (running) is not."""


def error(status: int, message: str) -> dict[str, Any]:
    return {"status_code": status, "status_message": message, "response": None}


class TestRouting:
    """Tests for routes derived from the spec."""

    def test_every_spec_operation_is_served(self, mock: MockServer) -> None:
        """The mock serves exactly the operations of the spec; each state handler is one of them."""
        assert set(mock.spec.operations) == set(operations())
        assert set(HANDLERS) == set(operations())

    def test_an_operation_without_a_handler_stops_the_start(self, tmp_path: Path) -> None:
        """A spec operation the mock does not implement is refused at start-up (it used to be
        answered with its documented example, as if it had worked)."""
        document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
        document["paths"]["/json/1.3/sendPigeon"] = {
            "post": {**document["paths"]["/json/1.3/getTags"]["post"], "operationId": "sendPigeon"}
        }
        spec = tmp_path / "pushwoosh.yaml"
        spec.write_text(yaml.safe_dump(document), encoding="utf-8")
        with pytest.raises(RuntimeError, match="does not implement: sendPigeon"):
            create_app(spec_path=spec)

    async def test_a_method_without_the_envelope(self, api: Api, mock: MockServer) -> None:
        """setMADID is served at its own path, its body the fields themselves."""
        await api.register("h1")
        fields = {"application": APP, "hwid": "h1", "madid": None}
        response = await api.client.post(mock.spec.operations["setMADID"].path, json=fields)
        assert (response.status_code, response.json()["status_code"]) == (200, 200)
        wrapped = await api.client.post(
            mock.spec.operations["setMADID"].path, json={"request": fields}
        )
        assert wrapped.json()["status_code"] == 210

    async def test_unknown_method(self, api: Api) -> None:
        """An unknown method is a 404 with a JSON error body."""
        response = await api.post("sendPigeon", {"request": {}})
        assert response.status_code == 404
        assert response.json() == error(404, "Unknown method: sendPigeon")

    @pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO"])
    async def test_other_http_methods(self, api: Api, method: str) -> None:
        """Any HTTP method but POST is a 405 with Allow: POST."""
        response = await api.client.request(method, "/json/1.3/setTags")
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        assert response.json()["status_code"] == 405

    async def test_unknown_path(self, api: Api) -> None:
        """A path outside the API is a JSON 404."""
        response = await api.client.get("/elsewhere")
        assert response.status_code == 404 and response.json()["status_code"] == 404


class TestAuth:
    """Tests for token checks."""

    @pytest.mark.parametrize(
        ("header", "message"),
        [
            (None, "Authorization header missing: expected 'Token <token>'"),
            ("Bearer dev-token", "Authorization header malformed: expected 'Token <token>'"),
            ("Token ", "Authorization header malformed: expected 'Token <token>'"),
            ("Token wrong", "Invalid API Token"),
        ],
    )
    async def test_rejected(self, mock: MockServer, header: str | None, message: str) -> None:
        """A missing, malformed or unknown token is a 401, and nothing is applied."""
        async with await client_for(mock, token=None) as client:
            headers = {"Authorization": header} if header else {}
            response = await client.post(
                "/json/1.3/registerDevice",
                json={"request": {"application": APP, "hwid": "h", "device_type": 3}},
                headers=headers,
            )
        assert (response.status_code, response.json()) == (401, error(401, message))
        assert mock.store.snapshot()["devices"] == []

    async def test_prefix_is_case_insensitive(self, api: Api) -> None:
        """`token X` is accepted like `Token X`."""
        response = await api.post(
            "getTags",
            {"request": {"application": APP, "userId": "u"}},
            headers={"Authorization": "token dev-token"},
        )
        assert response.json()["status_code"] == 200

    async def test_restricted_token(self) -> None:
        """A token limited to some methods gets 403 on the others."""
        server = create_app(tokens={"reader": frozenset({"getTags"}), "admin": None}, debug=True)
        async with await client_for(server, "reader") as client:
            body = {"request": {"application": APP, "userId": "u", "tags": {"a": 1}}}
            denied = await client.post("/json/1.3/setTags", json=body)
            allowed = await client.post("/json/1.3/getTags", json=body)
        assert (denied.status_code, denied.json()) == (
            403,
            error(403, "Token restrictions forbid this operation."),
        )
        assert allowed.status_code == 200
        server.check_response_errors()


class TestMalformedRequests:
    """Tests for bodies that are not a JSON envelope."""

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"", "Malformed JSON: Expecting value: line 1 column 1 (char 0)"),
            (
                b"{",
                "Malformed JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
            ),
            (b'{"request": NaN}', "Malformed JSON: NaN is not valid JSON"),
            (b"\xff\xfe", "Malformed JSON: the body is not UTF-8 (invalid start byte)"),
            (
                b'{"request": {"a": "\\ud800"}}',
                "Malformed JSON: a string escapes a lone surrogate (\\uD800-\\uDFFF)",
            ),
            (b"[" * 50_000 + b"]" * 50_000, "Malformed JSON: nested deeper than 64 levels"),
            (b"[1, 2]", "Malformed request: expected a JSON object with a 'request' envelope"),
            (b'"request"', "Malformed request: expected a JSON object with a 'request' envelope"),
            (b'{"requests": {}}', "Malformed request: the 'request' envelope is missing"),
        ],
        ids=[
            "empty",
            "truncated",
            "nan",
            "not-utf8",
            "lone-surrogate",
            "deep",
            "list",
            "string",
            "no-envelope",
        ],
    )
    async def test_400(self, api: Api, content: bytes, message: str) -> None:
        """Each malformed body is a 400 with a specific message in the error envelope."""
        response = await api.post("setTags", content=content)
        assert (response.status_code, response.json()) == (400, error(400, message))

    async def test_text_plain_body_is_accepted(self, api: Api) -> None:
        """The web SDK's `text/plain;charset=UTF-8` JSON body is parsed like JSON."""
        response = await api.post(
            "getTags",
            content=json.dumps({"request": {"application": APP, "userId": "u"}}).encode(),
            headers={"Content-Type": "text/plain;charset=UTF-8"},
        )
        assert response.json()["status_code"] == 200

    async def test_body_over_1_mib(self, api: Api) -> None:
        """A body over 1 MiB is a 413, whether or not its length is declared."""
        big = json.dumps(
            {"request": {"application": APP, "userId": "u", "pad": "x" * (1 << 20)}}
        ).encode()
        declared = await api.post("getTags", content=big)

        async def stream() -> Any:
            yield big

        streamed = await api.post("getTags", content=stream())
        for response in (declared, streamed):
            assert response.status_code == 413
            assert response.json() == error(413, "Request body larger than 1048576 bytes")


class TestValidation:
    """Tests for schema validation against the spec."""

    @pytest.mark.parametrize(("operation_id", "body"), INVALID_BODIES.values(), ids=INVALID_BODIES)
    async def test_invalid_body_is_210_with_the_field(
        self, api: Api, operation_id: str, body: Any
    ) -> None:
        """Every invalid body of the spec table is HTTP 200, status_code 210, naming the field."""
        response = await api.post(operation_id, body)
        if not isinstance(body, dict) or "request" not in body:
            assert response.status_code == 400
            return
        answer = response.json()
        assert (response.status_code, answer["status_code"], answer["response"]) == (200, 210, None)
        assert answer["status_message"].startswith("request")
        assert ": " in answer["status_message"]

    @pytest.mark.parametrize(
        ("operation_id", "request_", "message"),
        [
            ("setTags", {"tags": {}}, "request: expected hwid or userId (non-empty)"),
            ("getTags", {"userId": ""}, "request: expected hwid or userId (non-empty)"),
            ("registerDevice", {"hwid": "h"}, "request: expected hwid and device_type or email"),
            (
                "setBadge",
                {"hwid": "h", "badge": "4"},
                "request.badge: expected integer, got a string ('4')",
            ),
            (
                "registerDevice",
                {"hwid": "h", "device_type": 2},
                "request.device_type: expected one of 1, 3, 7, 8, 9, 10, 11, 12, 14, 17, 18, 21, got an integer (2)",
            ),
            (
                "registerDevice",
                {"hwid": "0000000", "device_type": 18},
                "request.hwid: '0000000' does not match '^\\\\+[0-9]{7,15}$'",
            ),
            (
                "setTags",
                {"hwid": "h", "tags": {"L": [1]}},
                "request.tags.L: expected a string, integer, decimal, boolean, list of strings, null (deletes the tag), or an increment, append or remove operation, got a list",
            ),
            (
                "postEvent",
                {"hwid": "h", "event": "e"},
                "request.attributes: is required",
            ),
        ],
    )
    async def test_messages(
        self, api: Api, operation_id: str, request_: dict[str, Any], message: str
    ) -> None:
        """The status_message is `<path of the field>: <what was expected>`."""
        body = await api.call(operation_id, request_)
        assert body == {"status_code": 210, "status_message": message, "response": None}

    async def test_strict_mode_answers_400(self) -> None:
        """With strict, a schema violation is an HTTP 400 with the same message."""
        server = create_app(strict=True, debug=True)
        async with await client_for(server) as client:
            response = await client.post(
                "/json/1.3/setTags", json={"request": {"application": APP, "tags": {}}}
            )
        assert (response.status_code, response.json()) == (
            400,
            error(400, "request: expected hwid or userId (non-empty)"),
        )

    async def test_unknown_fields_are_ignored(self, api: Api) -> None:
        """Fields the SDKs send beyond the spec are accepted."""
        await api.register("h1", v="6.7.1", notificationTypes=7, unknown_field={"x": [1]})
        assert await api.tags(hwid="h1") == {}

    @pytest.mark.parametrize(
        "example",
        [e for e in vendor_examples() if e[1] == "request"],
        ids=lambda e: f"{e[0]}-{e[2]}",
    )
    async def test_vendor_examples_are_accepted(
        self, api: Api, mock: MockServer, example: Any
    ) -> None:
        """Each vendor request example is applied (its device registered first where needed)."""
        operation_id, _, _, body = example
        operation = mock.spec.operations[operation_id]
        mock.store.job_delay = 0  # a scheduled request's result is ready at once
        request = body["request"] if operation.enveloped else body
        registration = None
        if "hwid" in request and operation_id != "registerDevice":
            registration = {"hwid": request["hwid"], "device_type": 3}
        if operation_id == "setEmailTags":
            registration = {"email": request["email"]}
        if registration is not None:
            await api.post(
                "registerDevice",
                {"request": {"application": request["application"], **registration}},
            )
        headers = {}
        if operation.token == "server":  # the token where the operation takes it
            fields = {**request, **await _what_the_example_names(api, operation_id, request)}
            placement = operation.facts.placement
            if placement is Placement.REQUEST_AUTH:
                body = {"request": {**fields, "auth": DEV_SERVER_TOKEN}}
            elif placement is Placement.BODY_AUTH:
                body = {**fields, "auth": DEV_SERVER_TOKEN}
            else:
                body = fields
                headers["Authorization"] = f"{operation.facts.header_prefix} {DEV_SERVER_TOKEN}"
        path = operation.path
        for parameter in operations()[operation_id].get("parameters", []):  # their examples
            if parameter["in"] == "path":
                path = path.replace(f"{{{parameter['name']}}}", str(parameter["example"]))
        response = await api.client.post(path, json=body, headers=headers)
        assert response.status_code == 200, response.json()
        if not operation.plain:
            assert response.json()["status_code"] == 200, response.json()

    async def test_application_allow_list(self) -> None:
        """With a list of applications, any other code is a 210 `Application not found`."""
        server = create_app(applications=frozenset({"AAAAA-BBBBB"}), debug=True)
        async with await client_for(server) as client:
            other = await client.post(
                "/json/1.3/getTags", json={"request": {"application": APP, "userId": "u"}}
            )
            known = await client.post(
                "/json/1.3/getTags", json={"request": {"application": "AAAAA-BBBBB", "userId": "u"}}
            )
        assert other.json() == {
            "status_code": 210,
            "status_message": "Application not found",
            "response": None,
        }
        assert known.json()["status_code"] == 200


class TestPrefer:
    """Tests for Prism's `Prefer: code=NNN` header."""

    @pytest.mark.parametrize("code", [200, 400, 401, 403, 404, 413, 429, 500, 503])
    async def test_documented_example(self, api: Api, code: int) -> None:
        """The documented example of that status is returned, and state is untouched."""
        response = await api.post(
            "getTags",
            {"request": {"application": APP, "hwid": "h"}},
            headers={"Prefer": f"code={code}"},
        )
        assert response.status_code == code
        assert response.json()["status_code"] in (code, 200)

    async def test_undocumented_code(self, api: Api) -> None:
        """A status the operation does not document is a 400 that lists the documented ones."""
        response = await api.post("getTags", {"request": {}}, headers={"Prefer": "code=418"})
        assert response.status_code == 400
        assert "code=418 is not documented for getTags" in response.json()["status_message"]


class TestDebugMode:
    """Tests for response validation in debug mode."""

    async def test_out_of_spec_response_is_reported(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A handler answering outside the spec is recorded and fails check_response_errors."""
        monkeypatch.setitem(HANDLERS, "getTags", lambda store, request: {"status_code": "200"})
        await api.post("getTags", {"request": {"application": APP, "userId": "u"}})
        with pytest.raises(AssertionError, match="getTags"):
            mock.check_response_errors()
        mock.response_errors.clear()


class TestUnexpectedErrors:
    """Tests for the safety net around the API path."""

    async def test_bug_in_a_handler_is_a_json_500_and_the_server_goes_on(
        self, api: Api, mock: MockServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An exception inside a handler is answered as a JSON 500, and later calls still work."""

        def broken(store: Any, request: Any) -> Any:
            raise RuntimeError("boom")

        monkeypatch.setitem(HANDLERS, "setBadge", broken)
        response = await api.post(
            "setBadge", {"request": {"application": APP, "hwid": "h", "badge": 1}}
        )
        assert (response.status_code, response.json()) == (500, error(500, "Internal error"))
        assert (await api.call("getTags", {"userId": "u"}))["status_code"] == 200

"""Tests for `openapi/pushwoosh.yaml`: validity, examples, and the bodies its schemas reject."""

import copy
from typing import Any

import pytest
from openapi_spec_validator import validate

from .utils import load_spec, operations, request_validator, response_validator, vendor_examples

DEVICE_OPERATIONS = {
    "registerDevice",
    "unregisterDevice",
    "setTags",
    "getTags",
    "setBadge",
    "applicationOpen",
    "pushStat",
    "messageDeliveryEvent",
    "registerEmail",
    # the methods the official SDKs call beyond the vendor's Device API page
    "setEmailTags",
    "deleteDevice",
    "checkDevice",
    "multiRegisterDevice",
    "setPurchase",
    "setMADID",
    "createTestDevice",
    "setActivityToken",
    "setActivityPushToStartToken",
    "getInboxMessages",
    "inboxStatus",
    "getInApps",
    "triggerInAppAction",
    "richMediaAction",
    "getNearestZone",
    "getConfig",
    "pageVisit",
    "applicationEvent",
    "getPopupForms",
    "getPopupFormContent",
    "recordPopupFormEvent",
}
USER_OPERATIONS = {"registerUser", "postEvent", "registerEmailUser", "mergeUser"}
MESSAGE_OPERATIONS = {
    "createMessage",
    "createTargetedMessage",
    "deleteMessage",
    "getMessageDetails",
    "cancelMessage",
    "getPushHistory",
}
STATISTICS_OPERATIONS = {
    "getResults",
    "getMsgStats",
    "getMsgPlatformsStats",
    "getAppStats",
    "getCampaignStats",
    "getEventStatistics",
    "getApplicationSubscribersStats",
}
"""Statistics: scheduled requests (whose result getResults answers) and counts."""
SEGMENT_OPERATIONS = {
    "createFilter",
    "listFilters",
    "deleteFilter",
    "addTag",
    "listTags",
    "deleteTag",
}
ADMIN_OPERATIONS = {
    "applications": {
        "createApplication",
        "getApplication",
        "getApplications",
        "updateApplication",
        "deleteApplication",
        "configureApplication",
        "getUnregisteredDevices",
    },
    "presets": {"createPreset", "getPreset", "listPresets", "deletePreset"},
    "campaigns": {"createCampaign", "getCampaigns", "deleteCampaign"},
    "test-devices": {"listTestDevices"},
    "geozones": {
        "addGeoZone",
        "updateGeoZone",
        "deleteGeoZone",
        "listGeoZones",
        "addGeoZoneCluster",
        "deleteGeoZoneCluster",
        "listGeoZoneClusters",
    },
    "channels": {
        "createEmailMessage",
        "createSMSMessage",
        "createWhatsAppMessage",
        "createKakaoMessage",
        "createLineMessage",
    },
    "events": {"createEvent"},
    "live-activities": {"startLiveActivity", "updateLiveActivity"},
}
"""The json 1.3 methods a backend manages entities and other channels with (server token)."""
CHANNEL_DEVICE_OPERATIONS = {"deleteEmail"}
"""A channel's method the SDKs call with the Device API token (it removes an email subscriber)."""
REMOTE_OPERATIONS = (
    MESSAGE_OPERATIONS
    | SEGMENT_OPERATIONS
    | STATISTICS_OPERATIONS
    | {name for names in ADMIN_OPERATIONS.values() for name in names}
)
"""The Remote API: the server token in `request.auth`, no header."""
AUDIENCE_OPERATIONS = {
    "bulkSetTags": ("POST", "/api/v2/audience/bulkSetTags"),
    "getBulkSetTagsStatus": ("GET", "/api/v2/audience/bulkSetTags/{request_id}"),
    "bulkRegisterDevice": ("POST", "/api/v2/audience/bulkRegisterDevice"),
    "exportSegment": ("POST", "/api/v2/audience/exportSegment"),
    "getExportSegmentResult": ("POST", "/api/v2/audience/exportSegment/result"),
}
STATISTICS_V2_OPERATIONS = {
    "listMessages": ("POST", "/api/v2/messages:list"),
    "totalsByIntervals": ("POST", "/api/v2/statistics/messages/totalsByIntervals"),
    "getMessageLog": ("POST", "/api/v2/statistics/getMessageLog"),
}
MESSAGING_V2_OPERATIONS = {
    "notify": ("POST", "/messaging/v2/notify"),
    "cancelNotification": ("POST", "/messaging/v2/cancel"),
}
V2_OPERATIONS = AUDIENCE_OPERATIONS | STATISTICS_V2_OPERATIONS | MESSAGING_V2_OPERATIONS
"""The newer families: flat bodies, plain JSON answers, HTTP error statuses (Audience API v2:
`auth` in the body, but a GET's in the header; Statistics v2 and Messaging v2: a header)."""
JOURNEY_OPERATIONS = {
    "getJourneyStatistics": ("GET", "/api/journey/{id}/statistics/external"),
    "startJourneyForUsers": ("POST", "/api/journey/{id}/start/external"),
    "dropJourneyUsers": ("POST", "/api/journey/drop-users/external"),
    "startJourney": ("POST", "/api/v3/journeygateway/start"),
    "pauseJourney": ("POST", "/api/v3/journeygateway/pause"),
    "finishJourney": ("POST", "/api/v3/journeygateway/finish"),
    "draftJourney": ("POST", "/api/v3/journeygateway/draft"),
    "archiveJourney": ("POST", "/api/v3/journeygateway/archive"),
}
"""The Customer Journey API, on its own host: flat bodies, `Authorization: Api <token>` (drop-users
also `Bearer`), plain JSON answers, gRPC-Gateway refusals."""
JOURNEY_SERVER = "https://journey.pushwoosh.com"
TAG_OF = {
    **{name: tag for tag, names in ADMIN_OPERATIONS.items() for name in names},
    "deleteEmail": "channels",
    **dict.fromkeys(JOURNEY_OPERATIONS, "journeys"),
    **dict.fromkeys(AUDIENCE_OPERATIONS, "audience"),
    **dict.fromkeys(STATISTICS_V2_OPERATIONS, "statistics"),
    **dict.fromkeys(MESSAGING_V2_OPERATIONS, "messaging-v2"),
    **dict.fromkeys(DEVICE_OPERATIONS, "device"),
    **dict.fromkeys(USER_OPERATIONS, "user"),
    **dict.fromkeys(MESSAGE_OPERATIONS, "messages"),
    **dict.fromkeys(SEGMENT_OPERATIONS, "segments"),
    **dict.fromkeys(STATISTICS_OPERATIONS, "statistics"),
}
OWN_PATHS = {"setMADID": "/api/v2/device-api/setMADID"}
"""Methods the SDKs send elsewhere than /json/1.3/, to a server of their own."""
EXAMPLES = list(vendor_examples())


class TestDocument:
    """Tests for the document as a whole."""

    def test_is_valid_openapi_3_1(self) -> None:
        """The spec passes the OpenAPI 3.1 validator."""
        spec = load_spec()
        assert spec["openapi"] == "3.1.0"
        validate(spec)

    def test_operations_and_tags(self) -> None:
        """Every json 1.3 method is a POST under /json/1.3/ with its name as operationId; the
        v2 families' methods are where the vendor documents them, on api.pushwoosh.com, the
        Customer Journey API's on journey.pushwoosh.com (which `journey_base_url` replaces)."""
        ops = operations()
        assert set(ops) == (
            DEVICE_OPERATIONS
            | USER_OPERATIONS
            | REMOTE_OPERATIONS
            | CHANNEL_DEVICE_OPERATIONS
            | set(V2_OPERATIONS)
            | set(JOURNEY_OPERATIONS)
        )
        for path, item in load_spec()["paths"].items():
            method = next(m for m in ("get", "post") if m in item)
            operation_id = item[method]["operationId"]
            if operation_id in JOURNEY_OPERATIONS:
                assert (method.upper(), path) == JOURNEY_OPERATIONS[operation_id]
                assert [server["url"] for server in item["servers"]] == [JOURNEY_SERVER]
                assert item["servers"][0]["x-pushwoosh-base-url"] == "journey"
                assert item[method]["tags"] == [TAG_OF[operation_id]]
                assert item[method]["summary"]
                continue
            if operation_id in V2_OPERATIONS:
                assert (method.upper(), path) == V2_OPERATIONS[operation_id]
                assert [server["url"] for server in item["servers"]] == [
                    "https://api.pushwoosh.com"
                ]
                assert item[method]["tags"] == [TAG_OF[operation_id]]
                continue
            if operation_id in OWN_PATHS:
                assert path == OWN_PATHS[operation_id] and list(item) == ["servers", "post"]
            else:
                assert list(item) == ["post"]
                assert path == f"/json/1.3/{operation_id}"
            assert item["post"]["tags"] == [TAG_OF[operation_id]]
            assert item["post"]["summary"]

    def test_servers_and_security(self) -> None:
        """The three documented servers and the `Authorization: Token` header are declared."""
        spec = load_spec()
        urls = [server["url"] for server in spec["servers"]]
        assert urls == [
            "https://api.pushwoosh.com",
            "https://go.pushwoosh.com",
            "https://{app_code}.api.pushwoosh.com",
        ]
        scheme = spec["components"]["securitySchemes"]["DeviceToken"]
        assert (scheme["type"], scheme["in"], scheme["name"]) == (
            "apiKey",
            "header",
            "Authorization",
        )
        assert spec["security"] == [{"DeviceToken": []}]

    def test_which_token_each_operation_takes(self) -> None:
        """The Remote API takes the server token in `request.auth` and declares no header
        scheme; every other operation takes the Device API token in the header."""
        schemes = load_spec()["components"]["securitySchemes"]
        for operation_id, operation in operations().items():
            if operation_id in REMOTE_OPERATIONS:
                assert operation["x-pushwoosh-token"] == "server", operation_id
                assert operation["security"] == [], operation_id
                schema = request_validator(operation_id).schema
                assert schema  # the request schema is reachable
            elif operation_id in V2_OPERATIONS:
                assert operation["x-pushwoosh-token"] == "server", operation_id
                in_body = operation["security"] == []
                expected_in_body = operation_id in AUDIENCE_OPERATIONS and (
                    operation_id != "getBulkSetTagsStatus"
                )
                assert in_body == expected_in_body, operation_id
                for requirement in operation["security"]:
                    for name in requirement:
                        assert schemes[name]["x-pushwoosh-prefix"] in ("Token", "Api")
            elif operation_id in JOURNEY_OPERATIONS:  # the header, `Api` first
                assert operation["x-pushwoosh-token"] == "server", operation_id
                prefixes = [
                    schemes[name]["x-pushwoosh-prefix"]
                    for requirement in operation["security"]
                    for name in requirement
                ]
                alternatives = ["Api", "Bearer"] if operation_id == "dropJourneyUsers" else ["Api"]
                assert prefixes == alternatives, operation_id
            else:
                assert operation["x-pushwoosh-token"] == "device", operation_id
                assert "security" not in operation, operation_id

    def test_error_statuses(self) -> None:
        """Every operation documents 200, 400 and 500; those of the Device API token also 401,
        403 and 404 (the Remote API's token errors are 210 answers), the v2 families and the
        Customer Journey API 401 and 404."""
        for operation_id, operation in operations().items():
            expected = {"200", "400", "500"}
            if operation_id in V2_OPERATIONS or operation_id in JOURNEY_OPERATIONS:  # plain JSON
                expected |= {"401", "404"}
            elif operation_id not in REMOTE_OPERATIONS:
                expected |= {"401", "403", "404"}
            assert expected <= set(operation["responses"]), operation_id

    def test_device_type_names(self) -> None:
        """DeviceType is an integer enum with one name and one description per value."""
        device_type = load_spec()["components"]["schemas"]["DeviceType"]
        assert device_type["enum"] == [1, 3, 7, 8, 9, 10, 11, 12, 14, 17, 18, 21]
        assert len(device_type["x-enum-varnames"]) == len(device_type["enum"])
        assert len(device_type["x-enum-descriptions"]) == len(device_type["enum"])

    def test_tag_reads_and_writes(self) -> None:
        """getTags answers TagValues (plain values); what setTags takes, TagUpdate, is TagValue's
        members (written out for typescript-fetch), null, and the three operations."""
        schemas = load_spec()["components"]["schemas"]
        assert schemas["GetTagsResult"]["properties"]["result"] == {
            "$ref": "#/components/schemas/TagValues"
        }
        assert schemas["TagValues"]["additionalProperties"] == {
            "$ref": "#/components/schemas/TagValue"
        }
        assert schemas["Tags"]["additionalProperties"] == {"$ref": "#/components/schemas/TagUpdate"}
        plain = schemas["TagValue"]["oneOf"]
        update = schemas["TagUpdate"]["oneOf"]
        assert update[: len(plain)] == plain
        assert [m.get("$ref", m.get("title")) for m in update[len(plain) :]] == [
            "DeleteTag",
            "#/components/schemas/IncrementOperation",
            "#/components/schemas/AppendOperation",
            "#/components/schemas/RemoveOperation",
        ]

    def test_required_sits_beside_the_properties(self) -> None:
        """Every request schema lists `required` on the schema that holds the properties, so
        that generators which do not merge allOf still mark them required."""
        schemas = load_spec()["components"]["schemas"]
        checked = 0
        for name, schema in schemas.items():
            if not (name.endswith("Params") or name == "SetMADIDBody"):
                continue
            holders = [schema, *schema.get("allOf", [])]
            for holder in holders:
                for field in holder.get("required", []):
                    assert field in holder.get("properties", {}), f"{name}: {field}"
            assert any(h.get("required") for h in holders), name
            checked += 1
        assert checked >= 30

    def test_links_from_register_device(self) -> None:
        """registerDevice links every operation on the same device, passing its whole request.

        A link's `requestBody` is a single runtime expression (a string): openapi-generator
        rejects an object there, and schemathesis merges the registration's fields (application,
        hwid) into the body it generates for the target.
        """
        links = operations()["registerDevice"]["responses"]["200"]["links"]
        assert set(links) == (DEVICE_OPERATIONS | USER_OPERATIONS) - {
            "registerDevice",
            "registerEmail",
        }
        for name, link in links.items():
            assert link["operationId"] == name
            assert link["requestBody"] == "$request.body"
            assert link["description"]

    def test_every_operation_is_described(self) -> None:
        """Every operation has a summary and a description."""
        for operation_id, operation in operations().items():
            assert operation["summary"].strip(), operation_id
            assert operation["description"].strip(), operation_id

    def test_http_400_body_needs_no_status_code(self) -> None:
        """The vendor gives HTTP 400 no status_code: a body with only a message is valid."""
        for operation_id in operations():
            validator = response_validator(operation_id, "400")
            assert validator.is_valid({"status_message": "Malformed request string"})
            assert validator.is_valid({})


def _example_id(index: int, example: tuple[str, str, str, Any]) -> str:
    operation_id, where, name, _ = example
    return f"{index + 1}/{len(EXAMPLES)}-{operation_id}-{where}-{name}"


class TestExamples:
    """Tests for the named examples attached to the operations."""

    def test_count(self) -> None:
        """Every operation carries request and response examples."""
        assert len(EXAMPLES) >= 30
        for operation_id, operation in operations().items():
            kinds = {where for op, where, _, _ in EXAMPLES if op == operation_id}
            if "requestBody" in operation:  # a GET's inputs are its parameters
                assert "request" in kinds, operation_id
            assert "200" in kinds, operation_id

    @pytest.mark.parametrize(
        "example", EXAMPLES, ids=[_example_id(i, e) for i, e in enumerate(EXAMPLES)]
    )
    def test_validates(self, example: tuple[str, str, str, Any]) -> None:
        """The example validates against its operation's schema (JSON Schema 2020-12)."""
        operation_id, where, _, value = example
        if where == "request":
            validator = request_validator(operation_id)
            # the request schema holds the path and query parameters beside the body's fields:
            # a body example is checked with its parameters' own examples
            parameters = operations()[operation_id].get("parameters", [])
            value = {p["name"]: p["example"] for p in parameters if "example" in p} | value
        else:
            validator = response_validator(operation_id, where)
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(value)]
        assert errors == []


def _example(operation_id: str, name: str) -> dict[str, Any]:
    for op, where, example_name, value in EXAMPLES:
        if (op, where, example_name) == (operation_id, "request", name):
            return copy.deepcopy(value)
    raise LookupError(f"{operation_id} has no request example {name}")


def _without(operation_id: str, name: str, field: str) -> dict[str, Any]:
    body = _example(operation_id, name)
    del body["request"][field]
    return body


def _with(operation_id: str, name: str, **fields: Any) -> dict[str, Any]:
    body = _example(operation_id, name)
    body["request"].update(fields)
    return body


INVALID_BODIES: dict[str, tuple[str, Any]] = {
    "no envelope": ("registerDevice", _example("registerDevice", "sms")["request"]),
    "envelope not an object": ("setBadge", {"request": ["XXXXX-XXXXX"]}),
    "missing application": ("unregisterDevice", _without("unregisterDevice", "device", "application")),
    "application not a string": ("applicationOpen", _with("applicationOpen", "device", application=12345)),
    "registerDevice without hwid or email": ("registerDevice", _without("registerDevice", "whatsapp", "hwid")),
    "registerDevice hwid without device_type": ("registerDevice", _without("registerDevice", "sms", "device_type")),
    "badge is a string": ("setBadge", _with("setBadge", "device", badge="4")),
    "badge is missing": ("setBadge", _without("setBadge", "device", "badge")),
    "hwid is an integer": ("pushStat", _with("pushStat", "device", hwid=12345)),
    "empty hwid": ("messageDeliveryEvent", _with("messageDeliveryEvent", "device", hwid="")),
    "device_type outside the enum": ("registerDevice", _with("registerDevice", "sms", device_type=2)),
    "device_type as a string": ("registerUser", _with("registerUser", "device", device_type="3")),
    "timezone not numeric": ("registerDevice", _with("registerDevice", "whatsapp", timezone="CET")),
    "setTags without tags": ("setTags", _without("setTags", "increment", "tags")),
    "setTags without hwid or userId": ("setTags", _without("setTags", "byUserId", "userId")),
    "setTags by an empty userId": ("setTags", _with("setTags", "byUserId", userId="")),
    "getTags without hwid or userId": ("getTags", _without(
        "getTags", "device", "hwid") | {"request": {"application": "XXXXX-XXXXX"}}),
    "tags not an object": ("setTags", _with("setTags", "increment", tags=["Level"])),
    "unknown tag operation": ("setTags", _with("setTags", "increment", tags={"Level": {"operation": "multiply", "value": 2}})),
    "increment with a string": ("setTags", _with("setTags", "increment", tags={"Level": {"operation": "increment", "value": "1"}})),
    "increment with a float": ("setTags", _with("setTags", "increment", tags={"Level": {"operation": "increment", "value": 1.5}})),
    "increment without value": ("setTags", _with("setTags", "increment", tags={"Level": {"operation": "increment"}})),
    "append a string": ("setTags", _with("setTags", "append", tags={"ListTag": {"operation": "append", "value": "tag2"}})),
    "remove a number": ("setTags", _with("setTags", "remove", tags={"ListTag": {"operation": "remove", "value": 3}})),
    "object tag value": ("setTags", _with("setTags", "plainValues", tags={"Price": {"amount": 9.99}})),
    "list of integers": ("setTags", _with("setTags", "plainValues", tags={"ListTag": [1, 2]})),
    "postEvent without attributes": ("postEvent", _without("postEvent", "event", "attributes")),
    "postEvent without event": ("postEvent", _without("postEvent", "event", "event")),
    "postEvent attributes not an object": ("postEvent", _with("postEvent", "event", attributes="login")),
    "postEvent without hwid or userId": ("postEvent", {"request": {
        "application": "XXXXX-XXXXX", "event": "activityCompleted", "attributes": {}}}),
    "SMS hwid without +": ("registerDevice", _with("registerDevice", "sms", hwid="0000000000")),
    "SMS hwid with letters": ("registerDevice", _with("registerDevice", "sms", hwid="+12345abc99")),
    "SMS hwid too long": ("registerDevice", _with("registerDevice", "sms", hwid="+1234567890123456")),
    "WhatsApp hwid without prefix": ("registerDevice", _with("registerDevice", "whatsapp", hwid="+0000000000")),
    "WhatsApp hwid with a bad number": ("registerDevice", _with("registerDevice", "whatsapp", hwid="whatsapp:0000000000")),
    "malformed email": ("registerEmail", _with("registerEmail", "email", email="not-an-address")),
    "registerEmail without email": ("registerEmail", _without("registerEmail", "email", "email")),
}  # fmt: skip


class TestInvalidBodies:
    """Tests for the bodies the schemas must reject."""

    @pytest.mark.parametrize(("operation_id", "body"), INVALID_BODIES.values(), ids=INVALID_BODIES)
    def test_rejected(self, operation_id: str, body: Any) -> None:
        """The request schema rejects the body."""
        assert not request_validator(operation_id).is_valid(body)

    def test_unknown_fields_are_accepted(self) -> None:
        """Fields the SDKs send beyond the docs do not make a request invalid."""
        body = _with("registerDevice", "sms", v="6.7.1", notificationTypes=7, somethingNew={"a": 1})
        assert request_validator("registerDevice").is_valid(body)

    @pytest.mark.parametrize("timezone", [3600, "3600", "-3600", 3600.0, 19800.5])
    def test_timezone_forms_of_real_sdks(self, timezone: Any) -> None:
        """The timezone is accepted as an integer, a numeric string (iOS) or a float (Windows)."""
        body = _with("registerDevice", "whatsapp", timezone=timezone)
        assert request_validator("registerDevice").is_valid(body)

    @pytest.mark.parametrize(
        ("operation_id", "name", "fields"),
        [
            ("registerDevice", "whatsapp", {"userId": "u" * 300}),
            ("unregisterDevice", "device", {"hwid": "h" * 300}),
            ("unregisterDevice", "device", {"application": "APP-1"}),
            ("registerDevice", "whatsapp", {"language": "zh-Hant-TW-x-private-use-subtag-long"}),
            ("setBadge", "device", {"badge": 2**40}),
        ],
        ids=["long userId", "long hwid", "other application code form", "long locale", "big badge"],
    )
    def test_constraints_nobody_states_are_absent(
        self, operation_id: str, name: str, fields: dict[str, Any]
    ) -> None:
        """Lengths, formats and ranges that neither the vendor nor an SDK states are not enforced."""
        assert request_validator(operation_id).is_valid(_with(operation_id, name, **fields))


def test_few_enough_yaml_aliases_for_java_parsers() -> None:
    """openapi-generator's YAML parser (snakeyaml) refuses more than 50 aliases of non-scalar nodes."""
    import yaml

    from .utils import SPEC_PATH

    events = yaml.parse(SPEC_PATH.read_text(encoding="utf-8"))
    aliases = sum(isinstance(event, yaml.AliasEvent) for event in events)
    assert aliases <= 50, f"{aliases} YAML aliases: openapi-generator stops above 50"

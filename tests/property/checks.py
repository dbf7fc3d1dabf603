"""Schemathesis checks of our own, for what the schema alone cannot say.

Loaded by the pytest property tests and, through ``hooks`` in schemathesis.toml, by ``st run``.
The semantic checks read state back through the API itself (probe calls), so they work against
any server that implements the spec, not only the in-process mock.

- ``negative_data_rejected``: invalid input must be rejected: HTTP 200 + status_code 210 (the
  API's way), or whatever the built-in ``negative_data_rejection`` accepts (strict mode's 400).
- ``valid_data_not_rejected_by_schema``: a valid request must never get a schema-violation 210.
- ``tags_read_back``: after setTags, getTags returns the plain values set, deleted tags are gone,
  and applying the same operations again moves each tag as increment / append / remove say; by
  userId, getTags by userId sees the values and so does every device of the user.
- ``unregistered_device_keeps_tags``: after unregisterDevice, the device still has its tags.
- ``deleted_device_is_gone``: after deleteDevice, checkDevice and getTags no longer find it.
- ``merged_user_moves_tags``: after mergeUser, the new user reads the old user's tags.
- ``multi_registered_devices_exist``: after multiRegisterDevice, each push device it named exists.
- ``message_reaches_its_targets``, ``deleted_message_stays_unsent``,
  ``repeated_transaction_sends_once``: after a createMessage succeeds, probe messages show that
  `users` and `devices` reach exactly their devices (unknown ones reported), a deleted scheduled
  message is not sent, and a repeated transactionId answers the first message's code. They read
  a message back with getMessageDetails, whose answer is the mock's (no source shows the
  vendor's), so these three hold for the mock only.
- ``statistics_count_what_happened``: after a createMessage succeeds, probe messages' statistics
  (getMsgStats, collected with getResults, and Statistics v2's totalsByIntervals) equal the
  devices reached and the deliveries and opens reported with their hash, each scheduled result
  being its own message's. The counting rules are the mock's (the vendor documents the fields,
  not how each is counted).
- ``bulk_set_tags_applies_what_it_reports``: after a bulkSetTags starts, its detailed status
  adds up to the devices it was given, and the devices it counts as applied read the values back.
"""

import hashlib
import json
import math
import os
from typing import Any

import schemathesis
from schemathesis import Case as GenericCase
from schemathesis import CheckContext, Response
from schemathesis.specs.openapi.checks import negative_data_rejection

Case = GenericCase[Any]
PATH = "/json/1.3/"
PROBE_HEADER = "X-Property-Probe"
"""Marks the checks' own calls, so that statistics of generated calls can leave them out."""
SCHEMA_VIOLATION_PREFIXES = ("request", "body")
"""A schema-violation status_message names the field: `request.hwid: ...`."""


def _envelope(response: Response) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _is_positive(case: Case) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_positive


def _is_negative(case: Case) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_negative


def _succeeded(response: Response) -> bool:
    envelope = _envelope(response)
    return (
        response.status_code == 200 and envelope is not None and envelope.get("status_code") == 200
    )


def _request_fields(case: Case) -> dict[str, Any] | None:
    body: Any = case.body
    if not isinstance(body, dict) or not isinstance(body.get("request"), dict):
        return None
    fields: dict[str, Any] = body["request"]
    return fields


SERVER_TOKEN = os.environ.get("PUSHWOOSH_SERVER_TOKEN", "dev-server-token")
"""The server token of the Remote API methods (createMessage …), which travels in the body."""


@schemathesis.hook
def map_body(context: Any, body: Any) -> Any:
    """Give the server token to the calls that carry it in the body (`request.auth`, or `auth`
    at the top of a flat body), as the auth section gives the header schemes theirs: OpenAPI
    has no security scheme for a token in the body. A generated `auth` that is not a string
    (invalid data) is left as it is."""
    operation = getattr(context, "operation", None)
    raw = getattr(getattr(operation, "definition", None), "raw", {})
    if isinstance(raw, dict) and raw.get("x-pushwoosh-token") == "server":
        request = body.get("request") if isinstance(body, dict) else None
        fields = request if isinstance(request, dict) else body
        if isinstance(fields, dict) and isinstance(fields.get("auth"), str):
            fields["auth"] = SERVER_TOKEN
    return body


DEVICE_TOKEN = os.environ.get("PUSHWOOSH_TOKEN", "dev-token")
"""The Device API token, for probes after a Remote API call (which carries no header)."""


def probe(case: Case, response: Response, method: str, request: dict[str, Any]) -> dict[str, Any]:
    """Call another operation with the same credentials and return its JSON answer."""
    operation = case.operation.schema[f"{PATH}{method}"]["POST"]
    authorization = response.request.headers.get("Authorization", f"Token {DEVICE_TOKEN}")
    probe_case = operation.Case(
        body={"request": request},
        headers={"Authorization": authorization, PROBE_HEADER: "1"},
        media_type="application/json",
    )
    answer = probe_case.call()
    envelope = _envelope(answer)
    assert envelope is not None, f"{method} probe: not a JSON object: {answer.content[:200]!r}"
    return envelope


@schemathesis.check
def negative_data_rejected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Invalid input is rejected with HTTP 200 + status_code 210, or as the built-in check wants."""
    if not _is_negative(case):
        return None
    envelope = _envelope(response)
    if response.status_code == 200 and envelope is not None and envelope.get("status_code") == 210:
        return None
    return negative_data_rejection(ctx, response, case)


@schemathesis.check
def valid_data_not_rejected_by_schema(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """A request the schema accepts never gets a schema-violation argument error."""
    if not _is_positive(case) or response.status_code != 200:
        return None
    envelope = _envelope(response) or {}
    message = envelope.get("status_message")
    if envelope.get("status_code") == 210 and isinstance(message, str):
        assert not message.startswith(SCHEMA_VIOLATION_PREFIXES), (
            f"A valid request was rejected as invalid: {message!r}"
        )
    return None


def _successful_call_of(method: str, case: Case, response: Response) -> dict[str, Any] | None:
    """Return the request fields of a valid call of ``method`` that succeeded, else None."""
    if (
        case.operation.path != f"{PATH}{method}"
        or not _is_positive(case)
        or not _succeeded(response)
    ):
        return None
    return _request_fields(case)


def _who(fields: dict[str, Any]) -> dict[str, Any]:
    """The device (hwid wins) or the user that setTags addressed."""
    return {"hwid": fields["hwid"]} if "hwid" in fields else {"userId": fields["userId"]}


def _read_tags(case: Case, response: Response, fields: dict[str, Any]) -> dict[str, Any]:
    answer = probe(
        case, response, "getTags", {"application": fields["application"], **_who(fields)}
    )
    assert answer.get("status_code") == 200, f"getTags after a successful setTags failed: {answer}"
    result = (answer.get("response") or {}).get("result")
    assert isinstance(result, dict), f"getTags has no result object: {answer}"
    return result


def _check_plain(tags: dict[str, Any], result: dict[str, Any]) -> None:
    for name, value in tags.items():
        if isinstance(value, dict):
            continue
        if value is None:
            assert name not in result, (
                f"tag {name!r} was deleted (null) but reads back as {result[name]!r}"
            )
        else:
            assert result.get(name) == value, (
                f"tag {name!r} was set to {value!r} but reads back as {result.get(name)!r}"
            )


def _check_operation(name: str, operation: dict[str, Any], before: Any, after: Any) -> None:
    kind: Any = operation.get("operation")
    value: Any = operation.get("value")
    if kind == "increment":
        assert after == (before or 0) + value, (
            f"tag {name!r}: {before!r} incremented by {value} reads back as {after!r}"
        )
    elif kind == "append":
        assert isinstance(after, list), f"tag {name!r}: append left {after!r}"
        assert all(item in after for item in value), (
            f"tag {name!r}: appended {value!r}, reads back as {after!r}"
        )
        assert all(item in after for item in (before or [])), (
            f"tag {name!r}: append lost values of {before!r}"
        )
    elif kind == "remove":
        removed = [value] if isinstance(value, str) else value
        assert not any(item in (after or []) for item in removed), (
            f"tag {name!r}: removed {removed!r}, reads back as {after!r}"
        )


@schemathesis.check
def tags_read_back(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Tags read back after setTags have the values set; operations move them as documented."""
    fields = _successful_call_of("setTags", case, response)
    if fields is None:
        return None
    tags = fields["tags"]
    before = _read_tags(case, response, fields)
    _check_plain(tags, before)
    _check_deletion(case, response, fields)
    if "hwid" not in fields:
        _check_every_device_of_the_user(case, response, fields)
    operations = {name: value for name, value in tags.items() if isinstance(value, dict)}
    if not operations:
        return None
    again = probe(
        case,
        response,
        "setTags",
        {"application": fields["application"], **_who(fields), "tags": operations},
    )
    if again.get("status_code") == 210:
        return (
            None  # the operation no longer fits the tag (e.g. increment on a list): nothing changed
        )
    assert again.get("status_code") == 200, f"repeating the operations failed: {again}"
    after = _read_tags(case, response, fields)
    for name, operation in operations.items():
        _check_operation(name, operation, before.get(name), after.get(name))
    return None


def _check_deletion(case: Case, response: Response, fields: dict[str, Any]) -> None:
    """For each tag the call deleted (null), give it a value, delete it again, and read it back."""
    deleted = [name for name, value in fields["tags"].items() if value is None]
    if not deleted:
        return
    who = {"application": fields["application"], **_who(fields)}
    counter = {"__probe_counter": {"operation": "increment", "value": 1}}
    # Once with plain values only, once mixed with an operation: servers may take two paths.
    for extra in ({}, counter):
        for tags in (
            {name: "to be deleted" for name in deleted},
            {**dict.fromkeys(deleted), **extra},
        ):
            answer = probe(case, response, "setTags", {**who, "tags": tags})
            assert answer.get("status_code") == 200, f"setTags {tags!r} failed: {answer}"
        result = _read_tags(case, response, fields)
        kept = [name for name in deleted if name in result]
        assert not kept, (
            f"tags set to null still read back: { {name: result[name] for name in kept} }"
        )


def _check_every_device_of_the_user(case: Case, response: Response, fields: dict[str, Any]) -> None:
    """Register two devices of the user, repeat the plain values by userId, read each device."""
    application, user = fields["application"], fields["userId"]
    plain = {name: value for name, value in fields["tags"].items() if not isinstance(value, dict)}
    devices = [f"probe-{user}-{n}"[:200] for n in (1, 2)]
    for hwid in devices:
        registered = probe(
            case,
            response,
            "registerDevice",
            {"application": application, "hwid": hwid, "device_type": 3, "userId": user},
        )
        assert registered.get("status_code") == 200, (
            f"registerDevice of a probe device failed: {registered}"
        )
    again = probe(
        case, response, "setTags", {"application": application, "userId": user, "tags": plain}
    )
    assert again.get("status_code") == 200, f"setTags by userId failed: {again}"
    for hwid in devices:
        result = _read_tags(case, response, {"application": application, "hwid": hwid})
        for name, value in plain.items():
            shown = result.get(name)
            assert shown == value or (value is None and name not in result), (
                f"setTags by userId {user!r} set {name!r} to {value!r}, but device {hwid!r} of that user reads {shown!r}"
            )


@schemathesis.check
def unregistered_device_keeps_tags(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """After unregisterDevice the device is still there, with its tags."""
    fields = _successful_call_of("unregisterDevice", case, response)
    if fields is None:
        return None
    device = {"application": fields["application"], "hwid": fields["hwid"]}
    marked = probe(case, response, "setTags", {**device, "tags": {"__kept": "yes"}})
    assert marked.get("status_code") == 200, f"setTags on an unregistered device failed: {marked}"
    again = probe(case, response, "unregisterDevice", device)
    assert again.get("status_code") == 200, f"unregisterDevice again failed: {again}"
    answer = probe(case, response, "getTags", device)
    result = (answer.get("response") or {}).get("result") or {}
    assert result.get("__kept") == "yes", f"the unregistered device lost its tags: {answer}"
    return None


@schemathesis.check
def deleted_device_is_gone(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After deleteDevice, checkDevice says the device does not exist and getTags cannot find it."""
    fields = _successful_call_of("deleteDevice", case, response)
    if fields is None:
        return None
    device = {"application": fields["application"], "hwid": fields["hwid"]}
    checked = probe(case, response, "checkDevice", device)
    assert (checked.get("response") or {}).get("exist") is False, (
        f"checkDevice after deleteDevice still finds {fields['hwid']!r}: {checked}"
    )
    tags = probe(case, response, "getTags", device)
    assert tags.get("status_code") == 210, f"getTags after deleteDevice answered {tags}"
    return None


@schemathesis.check
def merged_user_moves_tags(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After mergeUser, the new user reads the old user's tags that it did not have itself."""
    fields = _successful_call_of("mergeUser", case, response)
    if fields is None or fields["oldUserId"] == fields["newUserId"]:
        return None
    application, old, new = fields["application"], fields["oldUserId"], fields["newUserId"]
    if not old or not new:
        return None
    key = f"__merged_from {old}"  # a tag only the old user has (on a clash the new user's wins)
    marker = {"application": application, "userId": old, "tags": {key: "yes"}}
    assert probe(case, response, "setTags", marker).get("status_code") == 200
    again = probe(case, response, "mergeUser", {**fields})
    assert again.get("status_code") == 200, f"mergeUser again failed: {again}"
    read = probe(case, response, "getTags", {"application": application, "userId": new})
    result = (read.get("response") or {}).get("result") or {}
    assert result.get(key) == "yes", (
        f"mergeUser {old!r} -> {new!r}: the new user reads {result!r}, without the old user's tag"
    )
    return None


@schemathesis.check
def multi_registered_devices_exist(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """After multiRegisterDevice, every push device it named exists."""
    fields = _successful_call_of("multiRegisterDevice", case, response)
    if fields is None:
        return None
    for device in fields.get("push_devices") or []:
        if not device["hwid"]:
            continue  # checkDevice needs a non-empty hwid: an empty one cannot be asked about
        checked = probe(
            case,
            response,
            "checkDevice",
            {"application": fields["application"], "hwid": device["hwid"]},
        )
        assert (checked.get("response") or {}).get("exist") is True, (
            f"multiRegisterDevice answered 200 but {device['hwid']!r} does not exist: {checked}"
        )
    return None


FUTURE = "2099-01-01 00:00"
"""A send date that keeps a probe message scheduled (and so gives it a code)."""


def _probe_send(case: Case, response: Response, fields: dict[str, Any], **notification: Any) -> Any:
    """Create one scheduled probe message with the call's application and token; its answer."""
    answer = probe(
        case,
        response,
        "createMessage",
        {
            "application": fields["application"],
            "auth": fields["auth"],
            "notifications": [{"send_date": FUTURE, "content": "probe", **notification}],
        },
    )
    assert answer.get("status_code") == 200, f"a probe createMessage failed: {answer}"
    return answer["response"]


def _details(case: Case, response: Response, fields: dict[str, Any], code: str) -> dict[str, Any]:
    answer = probe(case, response, "getMessageDetails", {"auth": fields["auth"], "message": code})
    assert answer.get("status_code") == 200, f"getMessageDetails {code} failed: {answer}"
    message: dict[str, Any] = answer["response"]["message"]
    return message


def _created_message(case: Case, response: Response) -> dict[str, Any] | None:
    """The fields of a successful createMessage for one application, else None."""
    fields = _successful_call_of("createMessage", case, response)
    if fields is None or not isinstance(fields.get("application"), str):
        return None
    return fields


@schemathesis.check
def message_reaches_its_targets(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A message to `users` reaches exactly their devices with a push token; one to `devices`
    reaches those named and reports the others as UnknownDevices."""
    fields = _created_message(case, response)
    if fields is None:
        return None
    marker = hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[
        :12
    ]
    user = f"probe-user-{marker}"
    devices = [f"probe-{marker}-{n}" for n in range(3)]
    for n, hwid in enumerate(devices):
        registration = {"application": fields["application"], "hwid": hwid, "device_type": 3}
        registration |= {"push_token": f"token-{hwid}"} if n < 2 else {}  # the third has none
        registered = probe(case, response, "registerDevice", {**registration, "userId": user})
        assert registered.get("status_code") == 200, f"probe registerDevice failed: {registered}"
    to_user = _probe_send(case, response, fields, users=[user])
    reached = _details(case, response, fields, to_user["Messages"][0])["devices"]
    assert reached == 2, f"a push to user {user!r} (2 devices with a push token) reached {reached}"
    unknown = f"probe-nobody-{marker}"
    to_devices = _probe_send(case, response, fields, devices=[devices[0], unknown])
    code = to_devices["Messages"][0]
    reached = _details(case, response, fields, code)["devices"]
    assert reached == 1, f"a push to devices [{devices[0]!r}, {unknown!r}] reached {reached}"
    assert to_devices.get("UnknownDevices") == {code: [unknown]}, (
        f"UnknownDevices should list {unknown!r} only: {to_devices}"
    )
    return None


@schemathesis.check
def deleted_message_stays_unsent(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A scheduled message that deleteMessage deleted is deleted, never sent."""
    fields = _created_message(case, response)
    if fields is None:
        return None
    code = _probe_send(case, response, fields)["Messages"][0]
    assert _details(case, response, fields, code)["status"] == "scheduled"
    deleted = probe(case, response, "deleteMessage", {"auth": fields["auth"], "message": code})
    assert deleted.get("status_code") == 200, f"deleteMessage {code} failed: {deleted}"
    status = _details(case, response, fields, code)["status"]
    assert status == "deleted", f"message {code} after deleteMessage is {status!r}"
    return None


@schemathesis.check
def repeated_transaction_sends_once(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """Sending a notification again with the same transactionId answers the first message's
    code and creates nothing new."""
    fields = _created_message(case, response)
    if fields is None:
        return None
    transaction = (
        "probe-"
        + hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()
    )
    first = _probe_send(case, response, fields, transactionId=transaction)["Messages"]
    again = _probe_send(case, response, fields, transactionId=transaction)["Messages"]
    assert again == first, f"the same transactionId {transaction!r} gave {first} then {again}"
    return None


def _probe_stats(
    case: Case, response: Response, fields: dict[str, Any], code: str
) -> dict[str, int]:
    """getMsgStats of a message, its result collected with getResults: the totals by action."""
    started = probe(case, response, "getMsgStats", {"auth": fields["auth"], "message": code})
    assert started.get("status_code") == 200, f"getMsgStats {code} failed: {started}"
    request_id = started["response"]["request_id"]
    answer = probe(case, response, "getResults", {"auth": fields["auth"], "request_id": request_id})
    assert answer.get("status_code") == 200, f"getResults {request_id} failed: {answer}"
    totals: dict[str, int] = {}
    for row in answer["response"]["rows"]:
        totals[row["action"]] = totals.get(row["action"], 0) + int(row["count"])
    return totals


def _probe_sent(
    case: Case, response: Response, fields: dict[str, Any], marker: str, count: int
) -> str:
    """Register ``count`` probe devices and send them a message at once; return its code."""
    devices = [f"probe-stats-{marker}-{n}" for n in range(count)]
    for hwid in devices:
        registration = {"application": fields["application"], "hwid": hwid, "device_type": 3}
        registered = probe(case, response, "registerDevice", {**registration, "push_token": hwid})
        assert registered.get("status_code") == 200, f"probe registerDevice failed: {registered}"
    answer = probe(
        case,
        response,
        "createMessage",
        {
            "application": fields["application"],
            "auth": fields["auth"],
            "notifications": [{"content": "probe", "devices": devices}],
        },
    )
    assert answer.get("status_code") == 200, f"a probe createMessage failed: {answer}"
    code: str = answer["response"]["Messages"][0]
    return code


@schemathesis.check
def statistics_count_what_happened(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """A message's statistics equal what was recorded: its sends are the devices it reached,
    its deliveries and opens the messageDeliveryEvent and pushStat calls carrying its hash; and
    each scheduled request's result is its own message's (two messages, two different counts)."""
    fields = _created_message(case, response)
    if fields is None:
        return None
    marker = hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[
        :12
    ]
    first = _probe_sent(case, response, fields, marker + "a", 10)
    second = _probe_sent(case, response, fields, marker + "b", 12)
    for n in range(3):
        hwid = f"probe-stats-{marker}a-{n}"
        event = {"application": fields["application"], "hwid": hwid, "hash": first}
        delivered = probe(case, response, "messageDeliveryEvent", event)
        assert delivered.get("status_code") == 200, f"messageDeliveryEvent failed: {delivered}"
        if n == 0:
            opened = probe(case, response, "pushStat", event)
            assert opened.get("status_code") == 200, f"pushStat failed: {opened}"
    counted = _probe_stats(case, response, fields, first)
    assert counted == {"send": 10, "delivery": 3, "open": 1}, (
        f"a message to 10 devices with 3 deliveries and 1 open reported counted {counted}"
    )
    other = _probe_stats(case, response, fields, second)
    assert other == {"send": 12}, f"a message to 12 devices, nothing reported, counted {other}"
    totals = _probe_totals(case, response, first)
    assert totals == {"sends": 10, "deliveries": 3, "opens": 1}, (
        f"totalsByIntervals of a message to 10 devices with 3 deliveries and 1 open: {totals}"
    )
    return None


def probe_v2(
    case: Case, response: Response, operation_id: str, fields: dict[str, Any]
) -> tuple[int, Any]:
    """Call an operation of a family beyond json 1.3 (a flat body, the server token in `auth` or
    in the Authorization header, a plain answer); its HTTP status and JSON answer."""
    schema = case.operation.schema
    operation = next(
        op
        for path_item in schema.raw_schema["paths"].values()
        for method, op in path_item.items()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )
    path, method = next(
        (path, method.upper())
        for path, path_item in schema.raw_schema["paths"].items()
        for method, op in path_item.items()
        if op is operation
    )
    headers = {PROBE_HEADER: "1"}
    body = dict(fields)
    located: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
    for parameter in operation.get("parameters", []):
        if parameter["name"] in body:
            value = body.pop(parameter["name"])
            text = json.dumps(value) if isinstance(value, bool) else value
            located[parameter["in"]][parameter["name"]] = text
    if operation.get("security"):
        scheme = next(iter(operation["security"][0]))
        prefix = schema.raw_schema["components"]["securitySchemes"][scheme]["x-pushwoosh-prefix"]
        headers["Authorization"] = f"{prefix} {SERVER_TOKEN}"
    else:
        body = {**body, "auth": SERVER_TOKEN}
    arguments: dict[str, Any] = {
        "headers": headers,
        "path_parameters": located["path"],
        "query": located["query"],
    }
    if "requestBody" in operation:
        arguments |= {"body": body, "media_type": "application/json"}
    answer = schema[path][method].Case(**arguments).call()
    try:
        return answer.status_code, answer.json()
    except ValueError:
        return answer.status_code, None


def _probe_totals(case: Case, response: Response, code: str) -> dict[str, int]:
    """A message's sends, deliveries and opens summed over totalsByIntervals' hours and
    platforms (Statistics API v2; the counts are strings)."""
    status, answer = probe_v2(case, response, "totalsByIntervals", {"message_code": code})
    assert status == 200, f"totalsByIntervals {code} answered {status}: {answer}"
    sums = {"sends": 0, "deliveries": 0, "opens": 0}
    for row in answer.get("metrics") or []:
        for key in sums:
            sums[key] += int(row.get(key) or 0)
    return sums


@schemathesis.check
def bulk_set_tags_applies_what_it_reports(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """A bulkSetTags job does what its status says: the devices it counts as applied read back
    the values set (those named by user_id, which need no registration, are read by userId), and
    its counts add up to the devices it was given."""
    if case.operation.path != "/api/v2/audience/bulkSetTags" or response.status_code != 200:
        return None
    body: dict[str, Any] = case.body if isinstance(case.body, dict) else {}
    started: Any = response.json()
    status, answer = probe_v2(
        case,
        response,
        "getBulkSetTagsStatus",
        {"request_id": started["request_id"], "detailed": True},
    )
    assert status == 200, f"the status of bulkSetTags {started['request_id']} answered {status}"
    if answer.get("status") not in ("Completed", "Failed"):
        return None  # still running: nothing to compare yet
    devices: list[Any] = body.get("devices") or []
    assert answer.get("devices") == len(devices), f"status counts {answer} of {len(devices)}"
    assert answer.get("applied", 0) + answer.get("failed", 0) == len(devices), answer
    skipped = {json.dumps(error.get("device"), sort_keys=True) for error in answer["errors"]}
    for device in devices:
        user = device.get("user_id")
        if "hwid" in device or not isinstance(user, str) or not user:
            continue
        if json.dumps({"user_id": user}, sort_keys=True) in skipped:
            continue
        plain = {
            name: value for name, value in device["tags"].items() if not isinstance(value, list)
        }
        read = probe(
            case, response, "getTags", {"application": body["application"], "userId": user}
        )
        result = (read.get("response") or {}).get("result") or {}
        for name, value in plain.items():
            assert name in result and _same(result[name], value), (
                f"bulkSetTags counted user {user!r} as applied, but {name!r} reads"
                f" {result.get(name)!r}, not {value!r}"
            )
    return None


def _same(found: Any, value: Any) -> bool:
    """Equal as the API stores a plain tag value (a float as it was sent)."""
    return bool(found == value) or str(found) == str(value)


def _marker(fields: dict[str, Any]) -> str:
    """A short name unique to a call, for what a check creates."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:12]


@schemathesis.check
def preset_content_reaches_the_message(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """After a createMessage succeeds: a message naming a preset takes the preset's content,
    and one that gives its own content keeps it (the vendor: the request's fields win)."""
    fields = _created_message(case, response)
    if fields is None:
        return None
    marker = _marker(fields)
    created = probe(
        case,
        response,
        "createPreset",
        {
            "auth": fields["auth"],
            "name": f"probe-{marker}",
            "applicationCode": fields["application"],
            "content": {"message": {"en": f"preset {marker}"}},
            "segmentation": {"platforms": [3]},
        },
    )
    assert created.get("status_code") == 200, f"a probe createPreset failed: {created}"
    listed = probe(
        case,
        response,
        "listPresets",
        {"auth": fields["auth"], "application": fields["application"]},
    )
    presets = (listed.get("response") or {}).get("presets") or []
    code = next(p["code"] for p in presets if p.get("name") == f"probe-{marker}")
    codes = []
    for own in ({}, {"content": "own"}):  # without content of its own, then with
        notification = {"send_date": FUTURE, "preset": code, "devices": [f"probe-{marker}"]}
        answer = probe(
            case,
            response,
            "createMessage",
            {
                "application": fields["application"],
                "auth": fields["auth"],
                "notifications": [{**notification, **own}],
            },
        )
        assert answer.get("status_code") == 200, f"a createMessage with a preset failed: {answer}"
        codes.append(answer["response"]["Messages"][0])
    for sent, expected in zip(codes, ({"en": f"preset {marker}"}, "own"), strict=True):
        message = _details(case, response, fields, sent)
        content = (message.get("notification") or message).get("content")
        assert content == expected, (
            f"a message naming preset {code} with content {expected!r} expected reads {content!r}"
        )
    return None


@schemathesis.check
def deleted_application_refuses_registrations(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """After createApplication succeeds: the new application takes a registration, and once
    deleted refuses the next one as an unknown application."""
    fields = _successful_call_of("createApplication", case, response)
    if fields is None:
        return None
    code = response.json()["response"]["application"]
    registration = {"application": code, "hwid": f"probe-{code}", "device_type": 3}
    first = probe(case, response, "registerDevice", registration)
    assert first.get("status_code") == 200, f"a new application refused a device: {first}"
    deleted = probe(
        case, response, "deleteApplication", {"auth": fields["auth"], "application": code}
    )
    assert deleted.get("status_code") == 200, f"deleteApplication {code} failed: {deleted}"
    again = probe(case, response, "registerDevice", registration)
    assert again.get("status_code") == 210, (
        f"a deleted application {code} still takes registrations: {again}"
    )
    return None


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two points, in metres (a sphere of 6,371 km)."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


@schemathesis.check
def nearest_zone_is_the_nearest(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After addGeoZone succeeds: getNearestZone from a point answers the zone whose centre is
    nearest of those the application has (listGeoZones), and its distance."""
    fields = _successful_call_of("addGeoZone", case, response)
    if fields is None:
        return None
    application = fields["application"]
    listed = probe(
        case, response, "listGeoZones", {"auth": fields["auth"], "application": application}
    )
    zones = [
        zone
        for cluster in (listed.get("response") or {}).get("clusters") or []
        for zone in cluster.get("geoZones") or []
    ]
    if not zones:
        return None
    far = {  # a zone far from the first one, so that the nearest and the farthest differ
        "name": "probe far zone",
        "lat": float(zones[0]["lat"]) + (-20 if float(zones[0]["lat"]) > 0 else 20),
        "lng": float(zones[0]["lng"]),
        "cooldown": 60,
        "range": 100,
        "content": "far",
    }
    added = probe(
        case,
        response,
        "addGeoZone",
        {"auth": fields["auth"], "application": application, "geozones": [far]},
    )
    assert added.get("status_code") == 200, f"a probe addGeoZone failed: {added}"
    zones.append(far)
    hwid = f"probe-zones-{_marker(fields)}"
    registered = probe(
        case,
        response,
        "registerDevice",
        {"application": application, "hwid": hwid, "device_type": 3},
    )
    assert registered.get("status_code") == 200, registered
    point = (float(zones[0]["lat"]) + 0.01, float(zones[0]["lng"]) - 0.01)
    answer = probe(
        case,
        response,
        "getNearestZone",
        {"application": application, "hwid": hwid, "lat": point[0], "lng": point[1]},
    )
    found = answer.get("response") or {}
    best = min(_metres(point, (float(z["lat"]), float(z["lng"]))) for z in zones)
    assert abs(float(found.get("distance", -1)) - best) <= 1.5, (
        f"getNearestZone from {point} answered {found}, but the nearest zone is {best:.0f} m away"
    )
    return None

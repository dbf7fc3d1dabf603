"""What the spec says about each operation, read in one place.

The generator, the client (through the descriptors the generator writes from these facts), the
bulk planner and the mock all take an operation's rules from here: how its body is shaped, where
its token goes, how its answer is shaped, whether a repeat is safe, and the vendor's limits. A new
family of methods (a flat body with ``auth`` at the top, a server token in a header, plain JSON
answers, another host) is a spec change, read by the cases below.
"""

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
"""The methods of an OpenAPI path item that are operations."""


class SpecError(ValueError):
    """The spec says something the facts cannot be read from (which operation, what is wrong)."""


class Repeat(enum.StrEnum):
    """Whether a call may be sent again when its outcome is unknown (``x-pushwoosh-repeat``)."""

    SAFE = "safe"
    """Repeating leaves the same state: reads, registrations, absolute values."""
    UNSAFE = "unsafe"
    """Each call is counted: events, statistics, application opens."""
    UNLESS_INCREMENT = "unless-increment"
    """Safe, unless the tags carry an ``increment`` operation, which a repeat applies twice."""
    SAFE_WITH_TRANSACTION_ID = "safe-with-transaction-id"
    """Safe because every notification carries a ``transactionId`` the API sends once."""


class Token(enum.StrEnum):
    """Which token authorises an operation (``x-pushwoosh-token``)."""

    DEVICE = "device"
    """The Device API token, which the mobile SDKs use."""
    SERVER = "server"
    """The server API token, which only a backend holds."""


class Placement(enum.StrEnum):
    """Where an operation's token travels."""

    HEADER = "header"
    """``Authorization: <prefix> <token>``, the prefix from the security scheme."""
    REQUEST_AUTH = "request.auth"
    """In the body, inside the envelope: ``{"request": {"auth": …}}``."""
    BODY_AUTH = "auth"
    """In a flat body, at the top level: ``{"auth": …}``."""


class ErrorBody(enum.StrEnum):
    """Where an operation's refusals put their words (read from its error answers' schema)."""

    STATUS_MESSAGE = "status_message"
    """``{"status_code", "status_message"}``: the json 1.3 methods."""
    MESSAGE = "message"
    """``{"message": …}``: the Audience API."""
    ERROR = "error"
    """``{"error": …}``: Statistics v2."""
    GATEWAY = "gateway"
    """``{"code", "message", "details"}``: gRPC-Gateway (Messaging v2, Customer Journey)."""


class Location(enum.StrEnum):
    """Where a parameter of an operation travels (OpenAPI's ``in``)."""

    PATH = "path"
    QUERY = "query"


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter of an operation."""

    location: Location
    schema: Mapping[str, Any]
    """Its schema as the spec writes it (local ``$ref`` allowed)."""
    required: bool


class AnswerShape(enum.StrEnum):
    """How an operation's answer is shaped."""

    STATUS_ENVELOPE = "status-envelope"
    """``{"status_code", "status_message", "response"}``, HTTP 200 with a 210 for a refusal."""
    PLAIN = "plain"
    """The result itself as JSON, with HTTP error statuses for refusals."""


@dataclass(frozen=True)
class ListItems:
    """What the items of a list field of a request are, when they are objects (createMessage's
    ``notifications``): their schema, their fields, and the fields that narrow whom they reach."""

    schema: str
    """The component schema of the items (``Notification``)."""
    fields: tuple[str, ...]
    """Every field an item may have, as the spec lists them."""
    targeting: tuple[str, ...]
    """The fields marked ``x-pushwoosh-targeting``: an item with none of them (or only empty
    ones) reaches every device of the application."""


@dataclass(frozen=True)
class JobFacts:
    """How to follow the job an operation starts (``x-pushwoosh-job``): which operation reads
    it, where the id is, what "not ready" looks like, and what the result is."""

    status: str
    """The operationId that reads the job (``getResults``)."""
    id: str
    """A JSON pointer to the id in the start's answer (``/response/request_id``)."""
    id_field: str
    """The status operation's request field the id goes in (``request_id``)."""
    pending: tuple[str, ...]
    """The status messages of the status operation's refusals that mean "not ready yet"."""
    result: str
    """A JSON pointer to the result in the status operation's answer (``/response``)."""
    schema: str
    """The component schema of the result (``GetMsgStatsResult``); for a list, of its items."""
    many: bool = False
    """Whether the result is a list of ``schema`` (the spec's schema is an array of it)."""
    state: str | None = None
    """A JSON pointer to the job's state in the status answer (``/status``); None when the
    status operation refuses with a ``pending`` message until the job is done (getResults)."""
    done: tuple[Any, ...] = ()
    """The values of ``state`` that mean done."""
    failed: tuple[Any, ...] = ()
    """The values of ``state`` that mean failed; any other value means not done yet."""
    progress: str | None = None
    """A JSON pointer to a 0-100 progress figure in the status answer, where it has one."""
    file: tuple[str, ...] = ()
    """JSON pointers to the URL of the result's file in the status answer, first present wins."""


@dataclass(frozen=True)
class PageFacts:
    """How an operation's answers come in pages (``x-pushwoosh-pages``): where a page's items
    are, and what asks for the next page: a page number, or the cursor the answer gives."""

    items: str
    """A JSON pointer to the page's items in the 200 answer (``/response/applications``)."""
    page: str | None = None
    """Page-number paging: the request field of the page number."""
    first: int = 1
    """Page-number paging: the first page's number (getApplications counts from 0)."""
    total: str | None = None
    """Page-number paging: a JSON pointer to the answer's number of pages, where it gives one."""
    cursor: str | None = None
    """Cursor paging: the request field the next page's cursor goes in."""
    next: str | None = None
    """Cursor paging: a JSON pointer to the next page's cursor (absent, null or empty: the end)."""


def pointer(document: Any, where: str) -> Any:
    """Return the value a JSON pointer (``/response/request_id``) points at; KeyError when
    nothing is there."""
    node = document
    for part in where.split("/")[1:]:
        if part == "":
            continue
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, Mapping):
            node = node[key]
        else:
            raise KeyError(where)
    return node


@dataclass(frozen=True)
class OperationFacts:
    """One operation's rules, as the spec states them."""

    name: str
    """The operationId (``setTags``)."""
    method: str
    """The HTTP method, upper case."""
    path: str
    """The path on the server (``/json/1.3/setTags``)."""
    server: str | None
    """The operation's own host when the spec gives it one (setMADID's tracking host)."""
    body_schema: str | None
    """The component schema of the request body; None when the call has none (a GET)."""
    envelope: bool
    """Whether the fields travel inside ``{"request": …}``."""
    token: Token
    placement: Placement
    header_prefix: str | None
    """The word before the token in the Authorization header (``Token``), for HEADER."""
    other_prefixes: tuple[str, ...]
    """Further words a server accepts there, from the other alternatives of the operation's
    ``security`` list (dropJourneyUsers' ``Bearer``); a client sends ``header_prefix``."""
    answer: AnswerShape
    status_only: bool
    """The success answer carries no ``response`` member."""
    repeat: Repeat
    rate_limit: tuple[int, float] | None
    """Calls per seconds the vendor allows (``x-pushwoosh-rate-limit``)."""
    max_body_bytes: int | None
    """The largest body the vendor accepts (``x-pushwoosh-max-body-bytes``)."""
    max_items: Mapping[str, int]
    """The ``maxItems`` of each list field of the request by dotted path (``notifications``,
    and ``notifications.users`` for a field of the list's items)."""
    missing: Mapping[str, str]
    """The recorded 210 message for an absent required field (``x-pushwoosh-missing``)."""
    fields: tuple[str, ...]
    """The request's own fields, required ones first."""
    required: frozenset[str]
    """The fields the request schema requires."""
    defaults_application: bool
    """Whether a client's default ``application`` fills the call's: where the request requires
    one (or one of it and ``applications_group``), not where it is optional."""
    responses: Mapping[int, str | None] = field(default_factory=dict)
    """Each documented status with the component schema of its JSON answer, if any."""
    list_items: Mapping[str, ListItems] = field(default_factory=dict)
    """The request's list fields whose items are objects of a component schema, by field."""
    job: JobFacts | None = None
    """How to follow the job the operation starts (``x-pushwoosh-job``), if it starts one."""
    min_items: Mapping[str, int] = field(default_factory=dict)
    """The ``minItems`` of each list field of the request by dotted path (bulkSetTags'
    ``devices``)."""
    pages: PageFacts | None = None
    """How its answers come in pages (``x-pushwoosh-pages``), if they do."""
    plan: str | None = None
    """The plan the vendor offers the method on only (``x-pushwoosh-plan``: ``custom``)."""
    base_url_option: str | None = None
    """The name of the client option that replaces the operation's own server when set
    (``x-pushwoosh-base-url`` on the server: ``journey`` for ``journey_base_url``)."""
    parameters: Mapping[str, Parameter] = field(default_factory=dict)
    """The path and query parameters, by name: fields a caller gives like the body's."""
    error_body: ErrorBody = ErrorBody.STATUS_MESSAGE
    """How its refusals are shaped."""

    @property
    def request_schema(self) -> dict[str, Any]:
        """The JSON schema a whole request is checked against: its body's fields and its
        parameters side by side, in one object (references are to the spec's components)."""
        if not self.parameters and self.body_schema is not None:
            return {"$ref": f"#/components/schemas/{self.body_schema}"}
        own: dict[str, Any] = {
            "type": "object",
            "properties": {name: dict(p.schema) for name, p in self.parameters.items()},
            "required": [name for name, p in self.parameters.items() if p.required],
        }
        if self.body_schema is None:
            return own
        return {"allOf": [{"$ref": f"#/components/schemas/{self.body_schema}"}, own]}

    @property
    def token_field(self) -> str | None:
        """The body field the token travels in, if it travels in the body."""
        return None if self.placement is Placement.HEADER else "auth"

    @property
    def arguments(self) -> tuple[str, ...]:
        """The fields a caller gives: every field but the token the client fills in."""
        return tuple(name for name in self.fields if name != self.token_field)


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``#/…`` references until the node is not one."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_name(node: Mapping[str, Any], where: str) -> str:
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        raise SpecError(f"{where}: expected a $ref to a component schema")
    return ref.rsplit("/", 1)[-1]


def _choice(kind: type[enum.StrEnum], value: Any, where: str, extension: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise SpecError(f"{where}: {extension} must be one of {allowed}, not {value!r}") from None


def _security(
    document: Mapping[str, Any], operation: Mapping[str, Any], where: str
) -> tuple[str, ...]:
    """Return the header prefixes of the operation's security requirements, the first one the
    prefix a client sends and the others alternatives a server also accepts
    (``security: [{JourneyToken: []}, {JourneyBearerToken: []}]``: ``Api`` or ``Bearer``); empty
    when it has none. Every scheme is a header scheme of the same header."""
    requirements = operation.get("security", document.get("security", []))
    names = [name for requirement in requirements for name in requirement]
    prefixes: list[str] = []
    headers: set[Any] = set()
    for name in names:
        scheme = document.get("components", {}).get("securitySchemes", {}).get(name)
        if not isinstance(scheme, Mapping) or scheme.get("in") != "header":
            raise SpecError(f"{where}: security scheme {name!r} is not a header scheme")
        prefix = scheme.get("x-pushwoosh-prefix")
        if not isinstance(prefix, str) or not prefix:
            raise SpecError(f"{where}: security scheme {name!r} needs x-pushwoosh-prefix")
        headers.add(scheme.get("name"))
        if prefix not in prefixes:
            prefixes.append(prefix)
    if len(headers) > 1:
        raise SpecError(f"{where}: its security schemes name different headers")
    return tuple(prefixes)


def object_fields(document: Mapping[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    """Return an object schema's properties and required names, its ``allOf`` members merged
    (conditions under ``if``/``then`` and alternatives are rules, not fields)."""
    schema = resolve(document, schema)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for member in schema.get("allOf", []):
        inner, needed = object_fields(document, member)
        properties.update(inner)
        required |= needed
    properties.update(schema.get("properties", {}))
    required |= set(schema.get("required", []))
    return properties, required


def _request_object(
    document: Mapping[str, Any], body: Any
) -> tuple[bool, dict[str, Any], set[str]]:
    """Return whether the body is an envelope, and the request's fields and required names."""
    properties, required = object_fields(document, body)
    if "request" in properties:
        return True, *object_fields(document, properties["request"])
    return False, properties, required


def _item_limits(
    document: Mapping[str, Any],
    properties: Mapping[str, Any],
    prefix: str,
    keyword: str = "maxItems",
    depth: int = 0,
) -> Iterator[tuple[str, int]]:
    """Yield the ``maxItems`` (or ``minItems``) of each list field, by dotted path; the fields
    of a list's items are under the list's name (``notifications.users``)."""
    for name, node in properties.items():
        schema = resolve(document, node)
        if not isinstance(schema, Mapping):
            continue
        if keyword in schema:
            yield prefix + name, int(schema[keyword])
        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, Mapping) and depth < 2:
            inner, _ = object_fields(document, items)
            yield from _item_limits(document, inner, f"{prefix}{name}.", keyword, depth + 1)


def _list_items(document: Mapping[str, Any], properties: Mapping[str, Any]) -> dict[str, ListItems]:
    """The list fields of a request whose items are a component object schema with fields."""
    found: dict[str, ListItems] = {}
    for name, node in properties.items():
        schema = resolve(document, node)
        items = schema.get("items") if isinstance(schema, Mapping) else None
        if schema.get("type") != "array" or not isinstance(items, Mapping) or "$ref" not in items:
            continue
        fields, _ = object_fields(document, items)
        if fields:
            found[name] = ListItems(
                schema=_schema_name(items, name),
                fields=tuple(fields),
                targeting=tuple(
                    field
                    for field, inner in fields.items()
                    if resolve(document, inner).get("x-pushwoosh-targeting") is True
                ),
            )
    return found


def datetime_fields(document: Mapping[str, Any]) -> frozenset[str]:
    """The names of the fields marked ``x-pushwoosh-datetime`` in the component schemas: a
    `YYYY-MM-DD HH:mm` string a client may take as a date-time (``send_date``)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            for name, inner in node.get("properties", {}).items():
                if isinstance(inner, Mapping) and inner.get("x-pushwoosh-datetime") is True:
                    found.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("components", {}).get("schemas", {}))
    return frozenset(found)


def _answer(
    document: Mapping[str, Any], operation: Mapping[str, Any]
) -> tuple[AnswerShape, bool, dict[int, str | None]]:
    """Return the shape of the answer, whether success carries no data, and the schemas."""
    responses: dict[int, str | None] = {}
    shape, status_only = AnswerShape.PLAIN, False
    for status, response in operation.get("responses", {}).items():
        media = resolve(document, response).get("content", {}).get("application/json")
        name = None if media is None else _schema_name(media["schema"], f"{status} answer")
        responses[int(status)] = name
        if int(status) == 200 and name is not None:
            schema = resolve(document, media["schema"])
            properties = schema.get("properties", {})
            if "status_code" in properties:
                shape = AnswerShape.STATUS_ENVELOPE
                status_only = "response" not in properties
    return shape, status_only, responses


def _operations(
    document: Mapping[str, Any],
) -> Iterator[tuple[str, str, str, Mapping[str, Any], Any]]:
    for path, item in document.get("paths", {}).items():
        servers = item.get("servers") or []
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                own = operation.get("servers") or servers
                yield path, method, operation.get("operationId", ""), operation, own


def read_operation(
    document: Mapping[str, Any], path: str, method: str, operation: Mapping[str, Any], servers: Any
) -> OperationFacts:
    """Read one operation's facts; SpecError names the operation and what is wrong."""
    name = operation.get("operationId")
    where = f"{method.upper()} {path}"
    if not isinstance(name, str) or not name:
        raise SpecError(f"{where}: no operationId")
    where = f"{name} ({where})"
    parameters = _parameters(document, operation, where)
    body = operation.get("requestBody")
    media = None if body is None else body.get("content", {}).get("application/json")
    if body is not None and media is None:
        raise SpecError(f"{where}: its request body is not application/json")
    properties: dict[str, Any]
    needed: set[str]
    body_schema: str | None
    if media is None:
        body_schema, envelope, properties, needed = None, False, {}, set()
    else:
        body_schema = _schema_name(media["schema"], f"{where} request body")
        envelope, properties, needed = _request_object(document, media["schema"])
    clash = sorted(set(parameters) & set(properties))
    if clash:
        raise SpecError(f"{where}: {', '.join(clash)} is both a parameter and a body field")
    properties = {**{name: p.schema for name, p in parameters.items()}, **properties}
    needed |= {name for name, p in parameters.items() if p.required}
    required = frozenset(needed)
    fields = tuple(sorted(properties, key=lambda field: field not in required))
    token = _choice(Token, operation.get("x-pushwoosh-token"), where, "x-pushwoosh-token")
    repeat = _choice(Repeat, operation.get("x-pushwoosh-repeat"), where, "x-pushwoosh-repeat")
    prefixes = _security(document, operation, where)
    prefix = prefixes[0] if prefixes else None
    if prefix is not None:
        placement = Placement.HEADER
    elif "auth" in properties:
        placement = Placement.REQUEST_AUTH if envelope else Placement.BODY_AUTH
    else:
        raise SpecError(
            f"{where}: no security scheme and no `auth` field: where does the token go?"
        )
    rate = operation.get("x-pushwoosh-rate-limit")
    answer, status_only, responses = _answer(document, operation)
    max_items = dict(_item_limits(document, properties, ""))
    has_group = "applications_group" in properties
    return OperationFacts(
        name=name,
        method=method.upper(),
        path=path,
        server=servers[0]["url"] if servers else None,
        body_schema=body_schema,
        envelope=envelope,
        token=token,
        placement=placement,
        header_prefix=prefix,
        other_prefixes=prefixes[1:],
        answer=answer,
        status_only=status_only,
        repeat=repeat,
        rate_limit=None if rate is None else (int(rate["limit"]), float(rate["period"])),
        max_body_bytes=operation.get("x-pushwoosh-max-body-bytes"),
        max_items=max_items,
        missing=dict(operation.get("x-pushwoosh-missing", {})),
        fields=fields,
        required=required,
        defaults_application="application" in properties
        and ("application" in required or has_group),
        responses=responses,
        list_items=_list_items(document, properties),
        job=_job(document, operation.get("x-pushwoosh-job"), where),
        parameters=parameters,
        error_body=_error_body(document, operation),
        min_items=dict(_item_limits(document, properties, "", "minItems")),
        pages=_pages(operation.get("x-pushwoosh-pages"), properties, where),
        base_url_option=servers[0].get("x-pushwoosh-base-url") if servers else None,
        plan=operation.get("x-pushwoosh-plan"),
    )


def _parameters(
    document: Mapping[str, Any], operation: Mapping[str, Any], where: str
) -> dict[str, Parameter]:
    """Read the operation's path and query parameters (a header or cookie one is refused: the
    client would not know how to send it)."""
    found: dict[str, Parameter] = {}
    for node in operation.get("parameters", []):
        parameter = resolve(document, node)
        name, location = parameter.get("name"), parameter.get("in")
        if location not in ("path", "query") or not isinstance(name, str):
            raise SpecError(f"{where}: parameter {name!r} in {location!r}: only path and query")
        schema = parameter.get("schema")
        if not isinstance(schema, Mapping):
            raise SpecError(f"{where}: parameter {name!r} has no schema")
        found[name] = Parameter(
            Location(location), schema, location == "path" or parameter.get("required") is True
        )
    return found


def _pages(pages: Any, fields: Mapping[str, Any], where: str) -> PageFacts | None:
    """Read ``x-pushwoosh-pages``: page-number paging (``page``) or cursor paging (``cursor``
    and ``next``), the request fields named being the operation's own."""
    if pages is None:
        return None
    if not isinstance(pages, Mapping) or not str(pages.get("items", "")).startswith("/"):
        raise SpecError(f"{where}: x-pushwoosh-pages needs `items`, a JSON pointer")
    first = pages.get("first", 1)
    if isinstance(first, bool) or not isinstance(first, int):
        raise SpecError(f"{where}: x-pushwoosh-pages `first` must be a whole number")
    read = PageFacts(
        items=pages["items"],
        page=pages.get("page"),
        first=first,
        total=pages.get("total"),
        cursor=pages.get("cursor"),
        next=pages.get("next"),
    )
    if (read.page is None) == (read.cursor is None):
        raise SpecError(f"{where}: x-pushwoosh-pages needs `page` or `cursor` (one of them)")
    if read.cursor is not None and not str(read.next or "").startswith("/"):
        raise SpecError(f"{where}: x-pushwoosh-pages with a cursor needs `next`, a JSON pointer")
    field_name = read.page or read.cursor
    if field_name not in fields:
        raise SpecError(f"{where}: x-pushwoosh-pages names {field_name!r}, not a request field")
    return read


def _error_body(document: Mapping[str, Any], operation: Mapping[str, Any]) -> ErrorBody:
    """How the operation's refusals are shaped, from the schema of its first documented 4xx
    answer: ``status_message``, ``error``, ``code`` beside ``message``, or ``message``."""
    for status, response in sorted(operation.get("responses", {}).items(), key=lambda i: str(i[0])):
        if not str(status).startswith("4"):
            continue
        media = resolve(document, response).get("content", {}).get("application/json")
        if media is None:
            continue
        properties, _ = object_fields(document, media["schema"])
        if "status_message" in properties:
            return ErrorBody.STATUS_MESSAGE
        if "error" in properties:
            return ErrorBody.ERROR
        if "code" in properties and "message" in properties:
            return ErrorBody.GATEWAY
        if "message" in properties:
            return ErrorBody.MESSAGE
    return ErrorBody.STATUS_MESSAGE


def _job(document: Mapping[str, Any], job: Any, where: str) -> JobFacts | None:
    """Read ``x-pushwoosh-job``; the status operation is checked by ``read_operations``."""
    if job is None:
        return None
    if not isinstance(job, Mapping):
        raise SpecError(f"{where}: x-pushwoosh-job must be an object")
    needed = ("status", "id", "as", "result", "schema")
    absent = [key for key in needed if not isinstance(job.get(key), str)]
    if absent:
        raise SpecError(f"{where}: x-pushwoosh-job needs {', '.join(absent)} (strings)")
    files = job.get("file", [])
    if not isinstance(files, list):
        raise SpecError(f"{where}: x-pushwoosh-job file must be a list of JSON pointers")
    pointers = [job[key] for key in ("id", "result", "state", "progress") if key in job] + files
    if not all(isinstance(found, str) and found.startswith("/") for found in pointers):
        raise SpecError(
            f"{where}: x-pushwoosh-job id, result, state, progress and file are JSON pointers"
        )
    if "state" in job and not job.get("done"):
        raise SpecError(f"{where}: x-pushwoosh-job has a state but no done values")
    schemas = document.get("components", {}).get("schemas", {})
    schema = schemas.get(job["schema"])
    if not isinstance(schema, Mapping):
        raise SpecError(f"{where}: x-pushwoosh-job schema {job['schema']!r} is not a component")
    name, many = job["schema"], False
    if schema.get("type") == "array":
        name, many = _schema_name(schema.get("items", {}), f"{where} x-pushwoosh-job schema"), True
    return JobFacts(
        status=job["status"],
        id=job["id"],
        id_field=job["as"],
        pending=tuple(str(text) for text in job.get("pending", ())),
        result=job["result"],
        schema=name,
        many=many,
        state=job.get("state"),
        done=tuple(job.get("done", ())),
        failed=tuple(job.get("failed", ())),
        progress=job.get("progress"),
        file=tuple(files),
    )


def read_operations(document: Mapping[str, Any]) -> dict[str, OperationFacts]:
    """Return every operation's facts by operationId, in the spec's order."""
    facts: dict[str, OperationFacts] = {}
    for path, method, _, operation, servers in _operations(document):
        read = read_operation(document, path, method, operation, servers)
        if read.name in facts:
            raise SpecError(f"{read.name}: two operations share this operationId")
        facts[read.name] = read
    for read in facts.values():
        if read.job is None:
            continue
        status = facts.get(read.job.status)
        if status is None:
            raise SpecError(f"{read.name}: x-pushwoosh-job names no operation {read.job.status!r}")
        if read.job.id_field not in status.fields:
            raise SpecError(
                f"{read.name}: x-pushwoosh-job: {read.job.status} has no field {read.job.id_field!r}"
            )
    return facts


def enum_names(document: Mapping[str, Any], pointer: str) -> dict[Any, str]:
    """Return the names of an enum's values (``x-enum-varnames``) by a ``#/…`` pointer to its
    schema, or a component schema's name: ``{3: "ANDROID"}``."""
    ref = pointer if pointer.startswith("#/") else f"#/components/schemas/{pointer}"
    node = resolve(document, {"$ref": ref})
    names = node.get("x-enum-varnames")
    if not isinstance(names, list) or len(names) != len(node.get("enum", ())):
        raise SpecError(f"{pointer}: x-enum-varnames must name each enum value")
    return dict(zip(node["enum"], names, strict=True))


def operation_name(document: Mapping[str, Any], schema: str) -> str:
    """Return the ``operation`` a tag-operation schema fixes (``IncrementOperation``:
    ``increment``)."""
    properties, _ = object_fields(document, {"$ref": f"#/components/schemas/{schema}"})
    value = properties.get("operation", {}).get("const")
    if not isinstance(value, str):
        raise SpecError(f"{schema}: its operation must be a const string")
    return value

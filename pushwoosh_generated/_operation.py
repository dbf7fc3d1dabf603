"""One API method as the client sees it: where it goes, whether a repeat is safe, and how its
request is built and checked against the spec before anything is sent.

Each generated module under ``api/`` defines one ``Operation``; the client methods pass their
keyword arguments to it. The request schema is the spec's own (``_request_schemas.json``, written
by the regeneration), so what the client refuses is exactly what the spec forbids.
"""

import datetime
import difflib
import enum
import functools
import math
import re
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, Literal, TypeAlias, TypeVar

import attrs
import jsonschema_rs

from pushwoosh_spec.facts import ListItems, Location, PageFacts, Placement, Repeat, Token
from pushwoosh_spec.violations import Violation, first_violation, received, short_repr

from ._retries import transaction_items
from ._schemas import schemas
from .errors import InvalidArgumentError

R = TypeVar("R")

_SCALARS = (str, int, bool, type(None))


@attrs.frozen
class Operation(Generic[R]):
    """An API method: its name, path, repeat policy, argument names and result parser."""

    name: str
    """The method name, which is also the operationId (`setTags`)."""
    python_name: str
    """The client method's name (`set_tags`), used in error messages."""
    path: str
    """The path on the server (`/json/1.3/setTags`)."""
    repeat: Repeat
    """What `x-pushwoosh-repeat` says about sending the call twice."""
    arguments: Mapping[str, str]
    """The request's JSON field names, each with its keyword argument name."""
    body_schema: str | None
    """The name of the request body's component schema; None for a call without a body."""
    parse_result: Callable[[Any], R]
    """Turns the envelope's `response` member into the method's result."""
    envelope: bool = True
    """Whether the fields travel inside `{"request": ...}` (every json 1.3 method)."""
    server: str | None = None
    """The operation's own server, when the spec gives it one (setMADID's tracking host)."""
    token: Token = Token.DEVICE
    """Which token authorises it (`x-pushwoosh-token`)."""
    placement: Placement = Placement.HEADER
    """Where the token travels: the Authorization header, `request.auth` or a flat body's `auth`."""
    header_prefix: str | None = "Token"
    """The word before the token in the Authorization header, when it travels there."""
    rate_limit: tuple[int, float] | None = None
    """Calls per seconds the API allows (`x-pushwoosh-rate-limit`), which the client keeps."""
    max_body_bytes: int | None = None
    """The largest body the API accepts (`x-pushwoosh-max-body-bytes`)."""
    max_items: Mapping[str, int] = attrs.field(factory=dict)
    """The most items each list field takes, by dotted path (`notifications.users`)."""
    min_items: Mapping[str, int] = attrs.field(factory=dict)
    """The fewest items each list field takes, by dotted path (bulkSetTags' `devices`)."""
    defaults_application: bool = True
    """Whether the client's `application` fills the call's when it gives none: where the
    request requires one (or one of it and `applications_group`), not where it is optional."""
    list_items: Mapping[str, ListItems] = attrs.field(factory=dict)
    """The list fields whose items are objects (`notifications`): their fields and targeting."""
    method: str = "POST"
    """The HTTP method."""
    parameters: Mapping[str, Location] = attrs.field(factory=dict)
    """The fields that travel in the path (`{request_id}`) or the query, not the body."""
    pages: PageFacts | None = None
    """How its answers come in pages (`x-pushwoosh-pages`), which `client.pages()` follows."""
    base_url_option: str | None = None
    """The client option that replaces its own server when set (`journey`: `journey_base_url`)."""
    plain: bool = False
    """Whether the answer is the result itself, refusals being HTTP error statuses (the v2
    families), rather than the json 1.3 status envelope."""

    @property
    def token_in_body(self) -> bool:
        """Whether the token travels in the body's `auth` (filled in by the client)."""
        return self.placement is not Placement.HEADER

    @functools.cached_property
    def _validator(self) -> jsonschema_rs.Validator:
        """The spec's check of a whole request: its body, and its parameters beside the body's
        fields where it has any (the generator writes that schema from the facts)."""
        own = schemas().get("requests", {}).get(self.name)
        schema = own or {"$ref": f"#/components/schemas/{self.body_schema}"}
        return jsonschema_rs.validator_for({**schemas(), **schema})

    def url_path(self, body: Mapping[str, Any]) -> str:
        """The path of a call, its path parameters filled in (percent-encoded: an id with a
        `/` stays one segment)."""
        path = self.path
        for name, location in self.parameters.items():
            if location is Location.PATH:
                value = urllib.parse.quote(_text(body[name]), safe="")
                path = path.replace("{" + name + "}", value)
        return path

    def query(self, body: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The query parameters of a call, as given (a bool as `true` / `false`)."""
        return [
            (name, _text(body[name]))
            for name, location in self.parameters.items()
            if location is Location.QUERY and name in body
        ]

    def payload(self, body: Mapping[str, Any]) -> dict[str, Any] | None:
        """What the call sends as its JSON body: the request without its parameters; None for
        a call without a body."""
        if self.body_schema is None:
            return None
        return {name: value for name, value in body.items() if name not in self.parameters}

    def build_body(
        self,
        arguments: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        *,
        broadcast: bool = False,
    ) -> dict[str, Any]:
        """Return the body for these arguments (the envelope around them), checked against the spec.

        ``arguments`` maps JSON field names to the caller's values; absent ones are left out.
        ``extra_body`` adds fields the method has no argument for (those only the SDKs send);
        the spec still checks them. A list item given as a mapping (a notification) may hold
        only the fields its schema lists, and one without targeting is refused unless
        ``broadcast``. Raises InvalidArgumentError, naming the argument and what was expected,
        before anything is sent.
        """
        for name in self.list_items:
            items = arguments.get(name)
            if isinstance(items, list | tuple):
                for index, item in enumerate(items):
                    problem = self.item_problem(name, item)
                    if problem is not None:
                        raise self.refuse(name, f"[{index}]: {problem}")
        fields = {
            name: _to_json(value, self, name)
            for name, value in arguments.items()
            if value is not ABSENT
        }
        for name, value in self._extra_fields(extra_body).items():
            fields[name] = _to_json(value, self, name)
        if not broadcast:
            self._refuse_untargeted(fields)
        if self.repeat is Repeat.SAFE_WITH_TRANSACTION_ID:
            _complete_notifications(fields)
        body = self.wrap(fields)
        found = first_violation(self._validator, body, schemas())
        if found is not None:
            raise self._invalid(found)
        return body

    def item_problem(self, name: str, item: Any) -> str | None:
        """Say which key of a list item given as a mapping its schema does not list (with the
        nearest field it does), or None when every key is one of its fields."""
        rules = self.list_items.get(name)
        if rules is None or not isinstance(item, Mapping):
            return None
        unknown = [key for key in item if key not in rules.fields]
        if not unknown:
            return None
        key = unknown[0]
        what = _words(rules.schema)
        problem = f"{key!r} is not a {what} field"
        close = difflib.get_close_matches(str(key), rules.fields, n=1)
        if close:
            problem += f"; did you mean {close[0]!r}?"
        return (
            f"{problem} (a field the spec does not know is sent only from a {rules.schema}"
            f" model's additional_properties)"
        )

    def _refuse_untargeted(self, fields: Mapping[str, Any]) -> None:
        """Refuse an item that would reach every device of the application: one with none of
        its schema's targeting fields (`x-pushwoosh-targeting`), or only empty ones."""
        for name, rules in self.list_items.items():
            items = fields.get(name)
            if not rules.targeting or not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if isinstance(item, Mapping) and not any(
                    item.get(field) not in _EMPTY for field in rules.targeting
                ):
                    raise self.refuse(
                        name,
                        f"[{index}] has no targeting (none of {', '.join(rules.targeting)}, or"
                        " only empty ones), so it would reach every device of the application:"
                        " target it, or pass broadcast=True to send it to everyone on purpose",
                    )

    def _argument_of(self, field: str) -> str:
        """The keyword argument a field comes from: its own, or `extra_body[...]`."""
        if field in self.arguments:
            return self.arguments[field]
        return field if field == "auth" else f"extra_body[{field!r}]"

    def _extra_fields(self, extra_body: Mapping[str, Any] | None) -> Mapping[str, Any]:
        """Check `extra_body`: a mapping of field names that are not the method's arguments."""
        if extra_body is None:
            return {}
        if not isinstance(extra_body, Mapping):
            raise InvalidArgumentError(
                self.python_name,
                "extra_body",
                f"expected a mapping of field names to values, got {received(extra_body)}",
            )
        for name in extra_body:
            if not isinstance(name, str):
                raise InvalidArgumentError(
                    self.python_name, "extra_body", f"key {name!r} is not a string"
                )
            if name in self.arguments or name == "auth":
                given = (
                    "the client's server_token" if name == "auth" else f"{self.arguments[name]}="
                )
                raise InvalidArgumentError(
                    self.python_name, "extra_body", f"{name!r} is given as {given}, not here"
                )
        return extra_body

    def wrap(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Return the body to send: the `{"request": ...}` envelope around the fields."""
        return {"request": fields} if self.envelope else fields

    def fields_of(self, body: dict[str, Any]) -> dict[str, Any]:
        """Return the request fields of a body that `wrap()` built."""
        fields: dict[str, Any] = body["request"] if self.envelope else body
        return fields

    def refuse(self, name: str, problem: str) -> InvalidArgumentError:
        """Return the error for a field's value, naming its keyword argument."""
        return InvalidArgumentError(self.python_name, self.arguments.get(name, name), problem)

    def _invalid(self, found: Violation) -> InvalidArgumentError:
        """Word the first schema violation (from the shared describer) by keyword argument."""
        path = list(found.path)[1 if self.envelope else 0 :]  # drop "request"
        if not path and found.forms:
            forms = [" and ".join(self.arguments.get(n, n) for n in form) for form in found.forms]
            return InvalidArgumentError(
                self.python_name, " or ".join(forms), "one of these is required"
            )
        if not path and found.missing is not None:
            return InvalidArgumentError(
                self.python_name, self.arguments.get(found.missing, found.missing), "is required"
            )
        if found.missing is not None:
            path.append(found.missing)
        argument = self._argument_of(str(path[0])) if path else "request"
        problem = found.problem + found.suggestion
        return InvalidArgumentError(self.python_name, argument, _located(path[1:], problem))


_EMPTY: Final[tuple[object, ...]] = (None, [], {}, "")
"""Values that narrow nothing: a targeting field holding one of them does not count."""


def _text(value: Any) -> str:
    """A parameter's value as the URL carries it (JSON's words for booleans)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _words(name: str) -> str:
    """A schema's name as words: `PushDevice` -> `push device`."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


class _Absent(enum.Enum):
    """The default of every optional keyword argument: the field is not sent."""

    ABSENT = "ABSENT"

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Final = _Absent.ABSENT
"""The default of every optional argument; `None` is a value the API may accept."""
Absent: TypeAlias = Literal[_Absent.ABSENT]
"""The type of ABSENT, for signatures."""


def _complete_notifications(fields: dict[str, Any]) -> None:
    """Give every notification (or the request, when it has none) what makes it safe to send:

    - a `transactionId` when it has none, once per call: its retries carry the same ids, and
      Pushwoosh does not send a message twice for one id;
    - `send_date: now` when it has none: the newest vendor page makes it optional, an older one
      required (a request without it was answered `Cannot parse date`).
    """
    for item in transaction_items(fields):
        if isinstance(item, dict):
            if not item.get("transactionId"):
                item["transactionId"] = str(uuid.uuid4())
            item.setdefault("send_date", "now")


DATE_FORMAT = "%Y-%m-%d %H:%M"
"""How the API writes a moment (send_date, date tags): UTC unless a `timezone` says otherwise."""


class _Unsendable(Exception):
    """A value with no JSON form, raised where it is found and located on the way out."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str | int] = []
        """The keys and indices that lead to the value, innermost first."""


def _moment(value: datetime.datetime) -> str:
    """Write an aware datetime in UTC as the API reads it; a naive one is refused (which zone
    it means is a guess the client does not make)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise _Unsendable(
            "a naive datetime (no tzinfo) is ambiguous: give an aware one, such as"
            " datetime.now(timezone.utc)"
        )
    return value.astimezone(datetime.UTC).strftime(DATE_FORMAT)


def _to_json(value: Any, operation: Operation[Any], name: str) -> Any:
    """Return the JSON form of an argument, or refuse it naming where in it the value without
    one is (`notifications`: `[3]['send_date']`)."""
    try:
        return _json_form(value)
    except _Unsendable as exc:
        raise operation.refuse(name, _located(exc.path[::-1], exc.problem)) from None


def _json_form(value: Any) -> Any:
    """The JSON form of a value: enums by value, models by ``to_dict()``, aware datetimes as
    UTC `YYYY-MM-DD HH:mm`; raises _Unsendable for a value that has none."""
    if isinstance(value, _SCALARS):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, datetime.datetime):
        return _moment(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        raise _Unsendable(f"{value} is not a JSON number")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        converted = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unsendable(f"key {short_repr(key)} is not a string")
            try:
                converted[key] = _json_form(item)
            except _Unsendable as exc:
                exc.path.append(key)
                raise
        if isinstance(value.get("send_date"), datetime.datetime) and value.get("timezone"):
            raise _Unsendable(
                "send_date: a datetime is sent in UTC, so leave out `timezone` (or give"
                " send_date as a 'YYYY-MM-DD HH:mm' string in that time zone)"
            )
        return converted
    if isinstance(value, list | tuple):
        try:
            return [_json_form(item) for item in value]
        except _Unsendable as exc:
            exc.path.append(_first_unsendable(value))
            raise
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return _json_form(value.to_dict())
    raise _Unsendable(f"a value of type {type(value).__name__} cannot be sent as JSON")


def _first_unsendable(items: list[Any] | tuple[Any, ...]) -> int:
    """The index of the first item without a JSON form (looked for only once one failed)."""
    for index, item in enumerate(items):
        try:
            _json_form(item)
        except _Unsendable:
            return index
    return 0


def _located(path: list[Any], problem: str) -> str:
    """A problem prefixed with where it is inside an argument (`[3]['send_date']: ...`)."""
    where = "".join(f"[{part!r}]" for part in path)
    return f"{where}: {problem}" if where else problem

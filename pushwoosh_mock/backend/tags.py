"""Tag semantics, pure: apply a setTags map (plain values, null, increment, append, remove) to tags.

The only definition of what a tag change does: registerDevice, setTags by hwid and setTags by
userId all go through ``apply_changes``, and multiRegisterDevice's numbered operations are
translated into the same changes (``from_numbered``; their numbers and names are the spec's). An
operation that does not fit the tag's current value raises the API's argument error (210) and
changes nothing.
"""

from collections.abc import Mapping
from typing import Any

from pushwoosh_spec.facts import enum_names, operation_name

from ..errors import argument_error

Tags = dict[str, Any]
INCREMENT, APPEND, REMOVE = "increment", "append", "remove"
"""The setTags operations this module gives a meaning to (``apply_one``)."""
NUMBERED = "#/components/schemas/MultiRegisterTagValue/properties/operation"
"""Where the spec numbers multiRegisterDevice's tag operations."""
SET = "SET"
"""The spec's name of the numbered operation that sets the value (it has no operation object)."""


def _kind(value: Any) -> str:
    """Name the JSON type of a stored tag value for error messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a value of another kind"


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def apply_one(tags: Tags, name: str, change: Any) -> None:
    """Apply one tag change to ``tags`` in place, or raise an argument error leaving it unchanged."""
    if change is None:
        tags.pop(name, None)
        return
    if not isinstance(change, dict):
        tags[name] = list(change) if isinstance(change, list) else change
        return
    operation, value = change["operation"], change["value"]
    current = tags.get(name)
    if operation == INCREMENT:
        if current is None:
            current = 0
        if isinstance(current, bool) or not isinstance(current, int):
            raise argument_error(
                f"tag {name!r}: increment needs an integer tag, it holds {_kind(current)}"
            )
        tags[name] = current + value
    elif operation == APPEND:
        if current is None:
            current = []
        if not isinstance(current, list):
            raise argument_error(
                f"tag {name!r}: append needs a list tag, it holds {_kind(current)}"
            )
        seen = set(current)  # a list tag behaves as a set: linear, whatever the sizes
        added = []
        for item in value:
            if item not in seen:
                seen.add(item)
                added.append(item)
        tags[name] = current + added
    elif operation == REMOVE:
        if current is None:
            return
        if not isinstance(current, list):
            raise argument_error(
                f"tag {name!r}: remove needs a list tag, it holds {_kind(current)}"
            )
        removed = set(_as_list(value))
        tags[name] = [item for item in current if item not in removed]
    else:  # the schema admits no other operation; guard against a spec change
        raise argument_error(f"tag {name!r}: unknown operation {operation!r}")


def apply_changes(tags: Mapping[str, Any], changes: Mapping[str, Any]) -> Tags:
    """Return new tags with every change applied; on a clash raise ApiError (210), changing nothing."""
    result = dict(tags)
    for name, change in changes.items():
        apply_one(result, name, change)
    return result


def numbered_operations(document: Mapping[str, Any]) -> dict[int, str | None]:
    """multiRegisterDevice's numbered tag operations, read from the spec: each number's setTags
    operation (``1: "append"``), None for the one that sets the value."""
    found: dict[int, str | None] = {}
    for number, name in enum_names(document, NUMBERED).items():
        found[number] = (
            None if name == SET else operation_name(document, f"{name.title()}Operation")
        )
        if found[number] not in (None, INCREMENT, APPEND, REMOVE):
            raise ValueError(
                f"the spec's tag operation {found[number]!r} has no meaning in the mock"
            )
    return found


def from_numbered(
    name: str, change: Mapping[str, Any], operations: Mapping[int, str | None]
) -> Any:
    """Translate one multiRegisterDevice tag change (``{"operation": 3, "value": "2"}``) into
    setTags' form, by the ``numbered_operations``; a value that does not fit is a 210."""
    number = change["operation"]
    value = change["values"] if "values" in change else change.get("value")
    operation = operations[number]
    if operation is None:
        return value
    if operation == INCREMENT:
        try:
            value = int(value) if isinstance(value, str) else value
        except ValueError:
            value = None
        if isinstance(value, bool) or not isinstance(value, int):
            raise argument_error(
                f"tag {name!r}: increment (operation {number}) needs an integer value"
            )
    elif value is None:
        raise argument_error(f"tag {name!r}: operation {number} needs `value` or `values`")
    elif operation == APPEND and isinstance(value, str | int):
        value = [str(value)]
    elif operation == REMOVE and isinstance(value, int):
        value = str(value)
    return {"operation": operation, "value": value}

"""Tag semantics: apply a setTags map (plain values, null, increment, append, remove) to tags.

The only definition of what a tag change does: registerDevice, setTags by hwid and setTags by
userId all go through ``apply_changes``. An operation that does not fit the tag's current value
raises the API's argument error (210) and changes nothing.
"""

from collections.abc import Mapping
from typing import Any

from .errors import argument_error

Tags = dict[str, Any]


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
    if operation == "increment":
        if current is None:
            current = 0
        if isinstance(current, bool) or not isinstance(current, int):
            raise argument_error(
                f"tag {name!r}: increment needs an integer tag, it holds {_kind(current)}"
            )
        tags[name] = current + value
    elif operation == "append":
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
    elif operation == "remove":
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

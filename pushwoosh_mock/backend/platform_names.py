"""Platforms by name, as the Statistics v2 and Messaging v2 bodies write them, turned into the
spec's device types (``DeviceType``).

Each family spells them its own way: messages:list ``IOS``, ``HUAWEI_ANDROID``, ``OSX``;
getMessageLog ``ios``, ``huawei android``, ``windows phone``; notify ``IOS``, ``HUAWEI_ANDROID``,
``WEB``. A name is read in any case with ``_`` as a space, and found among the segment language's
names (``segments.platforms``: the spec's device types, their aliases and the older ones) or
``NAMES``. An unknown name is refused (a 210, answered 400 by these families): the mock's choice,
so that a misspelt platform is not a message to nobody.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import argument_error, quoted
from . import segments

NAMES: dict[str, frozenset[int]] = {
    "huawei android": frozenset({17}),
    "baidu android": frozenset({16}),
    "ie": frozenset({13}),
    "web": frozenset({10, 11, 12, 13}),
}
"""Names the segment language does not know, and their device types (Baidu 16 and Internet
Explorer 13 are older types the spec no longer lists; ``WEB``, a third-party client's name, is
every web push type)."""


def table(document: Mapping[str, Any]) -> dict[str, frozenset[int]]:
    """Every accepted name (lower case, spaces) with its device types."""
    known = {name: frozenset({number}) for name, number in segments.platforms(document).items()}
    return {**known, **NAMES}


def device_types(table: Mapping[str, frozenset[int]], names: Iterable[Any], field: str) -> set[int]:
    """The device types of these platform names; a 210 naming ``field`` for an unknown one."""
    found: set[int] = set()
    for index, name in enumerate(names):
        types = table.get(str(name).lower().replace("_", " "))
        if types is None:
            accepted = ", ".join(sorted(n.upper().replace(" ", "_") for n in table))
            raise argument_error(
                f"{field}[{index}]: unknown platform {quoted(name)}: expected one of {accepted}"
            )
        found |= types
    return found

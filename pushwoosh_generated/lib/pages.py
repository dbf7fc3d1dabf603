"""Every item of a paged method, across its pages: ``client.pages(client.get_applications)``.

The spec says how an operation's answers come in pages (``x-pushwoosh-pages``): where a page's
items are (a list, or an object keyed by the items' ids), and what asks for the next page: a
page number (from the spec's first, up to the answer's number of pages where it gives one; an
empty page is the end) or the cursor the answer gives (absent, null or empty at the end). ``pages`` calls the method
page after page with the caller's other arguments and yields each item as the method types it,
so a caller never writes the loop, for page-number and cursor paging alike.
"""

import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pushwoosh_spec.facts import PageFacts, pointer

from .._operation import Operation
from ..errors import InvalidArgumentError, MalformedResponseError

if TYPE_CHECKING:
    from ..client import AsyncPushwooshClient, PushwooshClient

MOST_PAGES = 100_000
"""A bound no real listing reaches: a server that never ends its pages stops here."""


def _paged(client: Any, method: Any) -> tuple[str, Operation[Any], PageFacts]:
    """The client method's name and its operation, refused unless the spec pages it."""
    from .jobs import _operations

    name = method if isinstance(method, str) else getattr(method, "__name__", None)
    by_python = {operation.python_name: operation for operation in _operations().values()}
    operation = by_python.get(str(name))
    bound = getattr(method, "__self__", client)
    if operation is None or bound is not client:
        raise InvalidArgumentError(
            "pages",
            "method",
            f"expected one of this client's methods (such as client.get_applications) or its"
            f" name, got {method!r}",
        )
    if operation.pages is None:
        paged = sorted(o.python_name for o in by_python.values() if o.pages is not None)
        raise InvalidArgumentError(
            "pages",
            "method",
            f"{operation.python_name} does not page; these do: {', '.join(paged)}",
        )
    return operation.python_name, operation, operation.pages


def _argument(operation: Operation[Any], field: str) -> str:
    return operation.arguments.get(field, field)


def _items(operation: Operation[Any], facts: PageFacts, raw: Any, result: Any) -> list[Any]:
    """A page's items, typed as the method types them (the result's list, or its attribute
    named after the pointer's last part), else as the answer holds them."""
    data = json.loads(raw.content)
    try:
        found = pointer(data, facts.items)
    except (KeyError, IndexError, ValueError, TypeError):
        return []  # an answer without the list: no items (the end)
    if isinstance(found, dict):  # items keyed by their id (getApplications): the items
        typed = getattr(result, facts.items.rsplit("/", 1)[-1], None)
        by_id = getattr(typed, "additional_properties", typed)
        return list(by_id.values()) if isinstance(by_id, dict) else list(found.values())
    if not isinstance(found, list):
        raise MalformedResponseError(method=operation.name, response=raw.http_response)
    if isinstance(result, list) and len(result) == len(found):
        return result
    typed = getattr(result, facts.items.rsplit("/", 1)[-1], None)
    return typed if isinstance(typed, list) and len(typed) == len(found) else found


def _pages_in_all(facts: PageFacts, raw: Any) -> int | None:
    """The number of pages the answer says there are, where the spec points at it."""
    if facts.total is None:
        return None
    try:
        found = pointer(json.loads(raw.content), facts.total)
    except (KeyError, IndexError, ValueError, TypeError):
        return None
    return found if isinstance(found, int) and not isinstance(found, bool) else None


def _next_cursor(facts: PageFacts, raw: Any) -> Any:
    assert facts.next is not None
    try:
        return pointer(json.loads(raw.content), facts.next)
    except (KeyError, IndexError, ValueError, TypeError):
        return None


class _Walk:
    """The arguments of each page's call, and when to stop."""

    def __init__(self, operation: Operation[Any], facts: PageFacts, arguments: dict[str, Any]):
        self.operation = operation
        self.facts = facts
        self.arguments = dict(arguments)
        if facts.page is not None:
            self.arguments.setdefault(_argument(operation, facts.page), facts.first)
        self.seen: set[str] = set()

    def advance(self, raw: Any, items: list[Any]) -> bool:
        """Set up the next page's call; False at the end."""
        if self.facts.page is not None:
            if not items:
                return False
            key = _argument(self.operation, self.facts.page)
            self.arguments[key] = int(self.arguments[key]) + 1
            total = _pages_in_all(self.facts, raw)
            return total is None or self.arguments[key] < self.facts.first + total
        cursor = _next_cursor(self.facts, raw)
        if cursor in (None, "") or str(cursor) in self.seen:
            return False  # the end, or a server repeating a cursor (which would never end)
        self.seen.add(str(cursor))
        assert self.facts.cursor is not None
        self.arguments[_argument(self.operation, self.facts.cursor)] = cursor
        return True


def pages(
    client: "PushwooshClient", method: Callable[..., Any] | str, arguments: Mapping[str, Any]
) -> Iterator[Any]:
    """See ``PushwooshClient.pages``."""
    name, operation, facts = _paged(client, method)
    walk = _Walk(operation, facts, dict(arguments))
    call = getattr(client.with_raw_response, name)
    for _ in range(MOST_PAGES):
        raw = call(**walk.arguments)
        items = _items(operation, facts, raw, raw.parse())
        yield from items
        if not walk.advance(raw, items):
            return


async def async_pages(
    client: "AsyncPushwooshClient", method: Callable[..., Any] | str, arguments: Mapping[str, Any]
) -> AsyncIterator[Any]:
    """See ``AsyncPushwooshClient.pages``."""
    name, operation, facts = _paged(client, method)
    walk = _Walk(operation, facts, dict(arguments))
    call = getattr(client.with_raw_response, name)
    for _ in range(MOST_PAGES):
        raw = await call(**walk.arguments)
        items = _items(operation, facts, raw, raw.parse())
        for item in items:
            yield item
        if not walk.advance(raw, items):
            return

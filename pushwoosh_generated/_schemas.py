"""The spec's component schemas, as the generator wrote them (`_request_schemas.json`), read once.

The client checks arguments against them and takes the names the spec gives (tag operations)
from them, so that what it refuses or recognises is exactly what the spec says.
"""

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def schemas() -> dict[str, Any]:
    """Return the document holding the spec's component schemas (`{"components": …}`)."""
    text = resources.files(__package__).joinpath("_request_schemas.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document

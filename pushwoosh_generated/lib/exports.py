"""Reading a finished export's file (exportSegment): one dict per device, in bounded memory.

The file is downloaded to a spooled temporary file (in memory up to ``SPOOL_BYTES``, on disk
beyond: a ZIP is read from its end, so it cannot be streamed straight from the socket), then read
one row at a time. Its form is found from its bytes: a ZIP (the vendor: "A ZIP archive will be
downloaded automatically. Unpack the archive to get the CSV or JSON") holding a CSV or JSON-lines
member, or such a file itself. A CSV's header names the columns (``Hwid``, ``User ID``, ``Push
Token``, ``Type``, ``Type (humanized)``, then one column per tag, as Pushwoosh's own tools read
them); its values stay the strings the file holds, and an empty tag cell is a tag the device does
not have. A JSON line's tags keep their types. No token is sent with the download: the link is
the file's, not the API's.
"""

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import httpx

from pushwoosh_spec.facts import JobFacts, pointer

from .. import _config
from ..errors import APIConnectionError, InvalidArgumentError, MalformedResponseError

SPOOL_BYTES = 16 * 1024 * 1024
"""How much of a download is held in memory before it moves to a temporary file."""
CHUNK_BYTES = 64 * 1024
"""How much is read from the socket at a time."""
COLUMNS = {
    "hwid": "hwid",
    "user id": "user_id",
    "push token": "push_token",
    "type": "type",
    "type (humanized)": "type_humanized",
}
"""The device columns of an export's CSV (case-insensitive) and the keys a row gives them."""
ROW_KEYS = ("hwid", "user_id", "push_token", "type", "type_humanized")
"""The keys every row has (None where the export did not ask for that column)."""
ZIP_MAGIC = b"PK\x03\x04"


def file_url(result: Any, jobs: Iterable[JobFacts]) -> str:
    """The URL of a finished export's file: a URL given as is, or the first of the spec's
    ``file`` pointers (``x-pushwoosh-job``) present in a job's result."""
    if isinstance(result, str):
        return result
    schema = type(result).__name__
    data = result.to_dict() if hasattr(result, "to_dict") else result
    for facts in jobs:
        if not facts.file or (facts.schema != schema and not isinstance(result, Mapping)):
            continue
        for where in facts.file:
            try:
                found = pointer(data, where)
            except (KeyError, IndexError, ValueError, TypeError):
                continue
            if isinstance(found, str) and found:
                return found
        raise InvalidArgumentError(
            "jobs.rows",
            "result",
            f"this {schema} has no file link ({', '.join(facts.file)}): was the export asked"
            " for a file (exportCsv), and is it done?",
        )
    raise InvalidArgumentError(
        "jobs.rows",
        "result",
        f"expected a finished export's result (such as jobs.wait(client.export_segment(...))'s)"
        f" or its file's URL, got {schema}",
    )


def checked_url(url: str) -> httpx.URL:
    """The file's URL, refused unless https (or http to a loopback host, as ``base_url``)."""
    parsed = httpx.URL(url)
    if parsed.scheme == "https" or (parsed.scheme == "http" and _config.is_loopback(parsed.host)):
        return parsed
    raise InvalidArgumentError(
        "jobs.rows", "result", f"the file link must be https (http only to a loopback host): {url}"
    )


def spool() -> IO[bytes]:
    """Where a download is kept while it is read."""
    return tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)


def download_failed(
    url: httpx.URL, response: httpx.Response | None, exc: Exception | None
) -> Exception:
    """The error of a download that did not give the file."""
    if response is not None:
        return MalformedResponseError(method="jobs.rows", response=response)
    detail = f"{type(exc).__name__}: {exc}" if exc else "no answer"
    return APIConnectionError("jobs.rows", url.netloc.decode("ascii"), detail)


def rows(file: IO[bytes]) -> Iterator[dict[str, Any]]:
    """Yield one dict per device of a downloaded export (ZIP, CSV or JSON lines)."""
    file.seek(0)
    head = file.read(4)
    file.seek(0)
    if head == ZIP_MAGIC:
        with zipfile.ZipFile(file) as archive:
            members = [
                info
                for info in archive.infolist()
                if info.filename.lower().endswith((".csv", ".json", ".jsonl"))
            ]
            if not members:
                raise ValueError("the export's ZIP holds no .csv or .json file")
            with archive.open(members[0]) as member:
                yield from _member_rows(member)
        return
    yield from _member_rows(file)


def _member_rows(binary: IO[bytes]) -> Iterator[dict[str, Any]]:
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")  # a spreadsheet's BOM goes
    first = text.readline()
    if not first:
        return
    if first.lstrip().startswith("{"):
        yield _json_row(json.loads(first))
        for line in text:
            if line.strip():
                yield _json_row(json.loads(line))
        return
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter))
    keys = [COLUMNS.get(name.strip().lower()) for name in header]
    for record in csv.reader(text, delimiter=delimiter):
        yield _csv_row(header, keys, record)


def _csv_row(header: list[str], keys: list[str | None], record: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ROW_KEYS)
    tags: dict[str, str] = {}
    for name, key, value in zip(header, keys, record, strict=False):
        if key is not None:
            row[key] = int(value) if key == "type" and value.isdigit() else (value or None)
        elif value != "":
            tags[name] = value
    row["tags"] = tags
    return row


def _json_row(line: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON export line: ``hwid``, ``device_tags`` and ``app_tags`` (each tag a name and a
    value under its type's key); an application's tags win over the device's."""
    row: dict[str, Any] = dict.fromkeys(ROW_KEYS)
    for key in ROW_KEYS:
        if key in line:
            row[key] = line[key]
    tags: dict[str, Any] = {}
    for item in line.get("device_tags") or []:
        tags.update(_json_tag(item))
    for application in (line.get("app_tags") or {}).values():
        for item in (application or {}).get("tags") or []:
            tags.update(_json_tag(item))
    row["tags"] = tags
    return row


def _json_tag(item: Any) -> dict[str, Any]:
    if not isinstance(item, Mapping) or "name" not in item:
        return {}
    values = [value for key, value in item.items() if key != "name"]
    return {str(item["name"]): values[0] if values else None}

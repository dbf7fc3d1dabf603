"""Reading an export's file (pushwoosh_generated.lib.exports): the forms the vendor's files take,
read one row at a time in bounded memory."""

import io
import json
import tracemalloc
import zipfile
from collections.abc import Iterator

import pytest

from pushwoosh_generated.errors import InvalidArgumentError
from pushwoosh_generated.lib import exports
from pushwoosh_spec.facts import JobFacts

HEADER = "Hwid,User ID,Push Token,Type,Type (humanized),Language,City\r\n"


def _zip(name: str, text: str) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buffer


class TestForms:
    def test_a_zip_holding_a_csv(self) -> None:
        text = HEADER + "h1,u1,t1,3,Android,en,Berlin\r\nh2,,,1,iOS,,\r\n"
        rows = list(exports.rows(_zip("export_segment_XXXXX-XXXXX_1666781735.csv", text)))
        assert rows == [
            {
                "hwid": "h1",
                "user_id": "u1",
                "push_token": "t1",
                "type": 3,
                "type_humanized": "Android",
                "tags": {"Language": "en", "City": "Berlin"},
            },
            {
                "hwid": "h2",
                "user_id": None,
                "push_token": None,
                "type": 1,
                "type_humanized": "iOS",
                "tags": {},
            },
        ]

    def test_a_bare_csv_with_semicolons_a_bom_and_a_quoted_newline(self) -> None:
        text = '\ufeffHwid;City\r\nh1;"New\nYork; NY"\r\n'
        (row,) = exports.rows(io.BytesIO(text.encode()))
        assert row["hwid"] == "h1" and row["tags"] == {"City": "New\nYork; NY"}
        assert row["user_id"] is None

    def test_json_lines_keep_types_and_an_applications_tags_win(self) -> None:
        line = {
            "hwid": "h1",
            "device_tags": [{"name": "Level", "integer": 3}, {"name": "City", "string": "A"}],
            "app_tags": {"XXXXX-XXXXX": {"tags": [{"name": "City", "string": "B"}]}},
        }
        data = _zip("export.json", json.dumps(line) + "\n\n")
        (row,) = exports.rows(data)
        assert row["hwid"] == "h1" and row["tags"] == {"Level": 3, "City": "B"}

    def test_a_zip_without_a_data_file_is_refused(self) -> None:
        with pytest.raises(ValueError, match=r"no \.csv or \.json"):
            list(exports.rows(_zip("readme.txt", "hi")))


class TestMemory:
    def test_rows_are_read_one_at_a_time(self) -> None:
        """Reading 200,000 rows holds about what one row needs, not the file's rows."""

        def lines() -> Iterator[str]:
            yield HEADER
            for number in range(200_000):
                yield f"hwid-{number:08d},user-{number},token-{number},3,Android,en,Berlin\r\n"

        file = exports.spool()
        for line in lines():
            file.write(line.encode())
        tracemalloc.start()
        try:
            count = sum(1 for _ in exports.rows(file))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == 200_000
        assert peak < 2 * 1024 * 1024  # a list of the rows would take over 100 MiB


class TestLinks:
    FACTS = JobFacts(
        status="getExportSegmentResult",
        id="/task_id",
        id_field="task_id",
        pending=(),
        result="/",
        schema="ExportSegmentResult",
        state="/status",
        done=("completed",),
        file=("/filename", "/csv_filename"),
    )

    def test_the_first_pointer_present_gives_the_link(self) -> None:
        result = {"status": "completed", "csv_filename": "https://example.com/a.zip"}
        assert exports.file_url(result, [self.FACTS]) == "https://example.com/a.zip"

    def test_a_result_without_a_file_says_why(self) -> None:
        with pytest.raises(InvalidArgumentError, match="has no file link"):
            exports.file_url({"status": "completed", "devices_count": 3}, [self.FACTS])

    @pytest.mark.parametrize(
        ("url", "ok"),
        [
            ("https://example.com/a.zip", True),
            ("http://127.0.0.1:8000/a.zip", True),
            ("http://example.com/a.zip", False),
            ("ftp://example.com/a.zip", False),
        ],
    )
    def test_a_link_must_be_https_unless_loopback(self, url: str, ok: bool) -> None:
        if ok:
            assert str(exports.checked_url(url)) == url
        else:
            with pytest.raises(InvalidArgumentError, match="must be https"):
                exports.checked_url(url)

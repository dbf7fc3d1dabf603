"""The Audience API v2 through the client and the mock: bulkSetTags jobs (and set_tags_job over
any number of devices), bulkRegisterDevice, and segment exports read with jobs.rows."""

from typing import Any

import anyio
import httpx
import pytest

from pushwoosh_generated import (
    AsyncPushwooshClient,
    AuthenticationError,
    BadRequestError,
    InvalidArgumentError,
    JobFailedError,
    NotFoundError,
    PushwooshClient,
    StartedJob,
)
from pushwoosh_generated.lib import audience
from pushwoosh_generated.types import Unset
from pushwoosh_mock import MockServer


def present(value: Any) -> Any:
    """A model field the answer has (not ABSENT)."""
    assert not isinstance(value, Unset)
    return value


def _register(client: PushwooshClient, count: int, prefix: str = "h") -> list[str]:
    """Register `count` Android devices at once; return their hwids."""
    hwids = [f"{prefix}{number:04d}" for number in range(count)]
    client.bulk_register_device(
        devices=[
            {"hwid": hwid, "push_token": f"token-{hwid}", "platform": 3, "tags": {"Level": 1}}
            for hwid in hwids
        ]
    )
    return hwids


class TestBulkSetTags:
    def test_a_job_sets_the_tags_and_its_status_counts_them(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 50)
        started = pushwoosh_client.bulk_set_tags(
            devices=[{"hwid": hwid, "tags": {"City": f"c{hwid}"}} for hwid in hwids],
            create_missing_tags=True,
        )
        assert isinstance(started, StartedJob) and started.operation == "bulkSetTags"
        status = pushwoosh_client.jobs.wait(started)
        assert (status.status, status.devices, status.applied, status.failed) == (
            "Completed",
            50,
            50,
            0,
        )
        tags = pushwoosh_client.with_options(max_retries=0).get_tags(hwid=hwids[7])
        assert tags["City"] == f"c{hwids[7]}" and tags["Level"] == 1

    def test_list_operators_append_and_remove(self, pushwoosh_client: PushwooshClient) -> None:
        hwids = _register(pushwoosh_client, 50)
        for operator, values in (("set", ["a", "b"]), ("append", ["c"]), ("remove", ["a"])):
            pushwoosh_client.jobs.wait(
                pushwoosh_client.bulk_set_tags(
                    devices=[
                        {"hwid": h, "list_operator": operator, "tags": {"Topics": values}}
                        for h in hwids
                    ],
                    create_missing_tags=True,
                )
            )
        assert pushwoosh_client.get_tags(hwid=hwids[0])["Topics"] == ["b", "c"]

    def test_a_detailed_status_names_each_device_not_changed(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        hwids = _register(pushwoosh_client, 49)
        devices: list[Any] = [{"hwid": h, "tags": {"City": "x"}} for h in hwids]
        devices.append({"hwid": "never-registered", "tags": {"City": "x"}})
        started = pushwoosh_client.bulk_set_tags(devices=devices, create_missing_tags=True)
        assert pushwoosh_client.jobs.wait(started).failed == 1
        detailed = pushwoosh_client.get_bulk_set_tags_status(request_id=started.id, detailed=True)
        (error,) = present(detailed.errors)
        assert present(error.device).hwid == "never-registered"
        assert "not found" in present(error.reason)
        plain = pushwoosh_client.get_bulk_set_tags_status(request_id=started.id)
        assert not plain.errors

    def test_an_undefined_tag_is_skipped_without_create_missing_tags(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        hwids = _register(pushwoosh_client, 50)
        pushwoosh_client.add_tag(tag={"name": "Known", "type": 3})
        started = pushwoosh_client.bulk_set_tags(
            devices=[{"hwid": h, "tags": {"Known": "k", "Unknown": 1}} for h in hwids]
        )
        with pytest.raises(JobFailedError, match="Failed") as caught:
            pushwoosh_client.jobs.wait(started)  # no device changed: the job failed
        assert caught.value.body["failed"] == 50
        detailed = pushwoosh_client.get_bulk_set_tags_status(request_id=started.id, detailed=True)
        assert {e.tag for e in present(detailed.errors)} == {"Unknown"}
        assert "Known" not in pushwoosh_client.get_tags(hwid=hwids[0])

    def test_fewer_than_fifty_devices_are_refused_before_sending(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        with pytest.raises(InvalidArgumentError, match="devices"):
            pushwoosh_client.bulk_set_tags(devices=[{"hwid": "h", "tags": {"A": 1}}] * 49)
        assert not pushwoosh_mock.requests("bulkSetTags")

    def test_an_unknown_job_is_a_404_with_the_apis_words(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        with pytest.raises(NotFoundError, match="request not found") as caught:
            pushwoosh_client.get_bulk_set_tags_status(request_id="0" * 32)
        assert caught.value.status_message == "request not found"
        assert caught.value.body == {"message": "request not found"}

    def test_a_failed_job_raises(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 50)
        pushwoosh_mock.next_job("bulkSetTags", outcome="failed")
        started = pushwoosh_client.bulk_set_tags(
            devices=[{"hwid": h, "tags": {"A": 1}} for h in hwids], create_missing_tags=True
        )
        with pytest.raises(JobFailedError, match="Failed"):
            pushwoosh_client.jobs.wait(started)

    def test_the_status_get_carries_the_token_in_the_header_only(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 50)
        started = pushwoosh_client.bulk_set_tags(
            devices=[{"hwid": h, "tags": {"A": 1}} for h in hwids], create_missing_tags=True
        )
        pushwoosh_client.get_bulk_set_tags_status(request_id=started.id, detailed=True)
        (call,) = pushwoosh_mock.requests("getBulkSetTagsStatus")
        assert call.method == "GET"
        assert call.path == f"/api/v2/audience/bulkSetTags/{started.id}"
        assert pushwoosh_mock.server_token not in repr(call)
        start = pushwoosh_mock.requests("bulkSetTags")[0]
        assert start.body["auth"] != pushwoosh_mock.server_token  # redacted in the journal
        wrong = PushwooshClient(
            server_token="not-the-token",
            base_url=pushwoosh_client.base_url,
            http_client=pushwoosh_client._http,
        )
        with pytest.raises(AuthenticationError, match="Account not found"):
            wrong.get_bulk_set_tags_status(request_id=started.id)


class TestSetTagsJob:
    def test_any_number_of_devices_in_calls_of_at_least_the_minimum(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 230)
        updates = ({"hwid": h, "tags": {"Score": n}} for n, h in enumerate(hwids))
        report = pushwoosh_client.bulk.set_tags_job(
            updates, create_missing_tags=True, devices_per_call=100
        )
        assert (report.calls, report.devices, report.applied, report.ok) == (3, 230, 230, True)
        sizes = [len(call.body["devices"]) for call in pushwoosh_mock.requests("bulkSetTags")]
        assert sizes == [100, 80, 50]
        assert pushwoosh_client.get_tags(hwid=hwids[229])["Score"] == 229

    def test_the_report_names_each_device_not_applied(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        hwids = _register(pushwoosh_client, 60)
        updates = [{"hwid": h, "tags": {"A": 1}} for h in hwids] + [
            {"hwid": "ghost-1", "tags": {"A": 1}},
            {"user_id": "someone", "tags": {"A": 2}},
        ]
        report = pushwoosh_client.bulk.set_tags_job(updates, create_missing_tags=True)
        assert report.applied == 61 and not report.ok
        (failure,) = report.failures
        assert failure.device == {"hwid": "ghost-1"} and "not found" in failure.reason

    def test_chunks_keep_the_minimum_and_read_lazily(self) -> None:
        taken: list[int] = []

        def items() -> Any:
            for number in range(1030):
                taken.append(number)
                yield number

        sizes = []
        for chunk in audience.chunks(items(), 500, 50):
            sizes.append(len(chunk))
            assert len(taken) <= sum(sizes) + 500  # never more than one call ahead
        assert sizes == [500, 480, 50] and sum(sizes) == 1030

    @pytest.mark.parametrize(("value", "message"), [(99, "at least 100"), (True, "at least 100")])
    def test_a_call_size_below_twice_the_minimum_is_refused(
        self, pushwoosh_client: PushwooshClient, value: Any, message: str
    ) -> None:
        with pytest.raises(InvalidArgumentError, match=message):
            pushwoosh_client.bulk.set_tags_job([], devices_per_call=value)

    def test_too_few_devices_say_what_to_use(self, pushwoosh_client: PushwooshClient) -> None:
        with pytest.raises(InvalidArgumentError, match=r"use client\.bulk\.set_tags"):
            pushwoosh_client.bulk.set_tags_job([{"hwid": "h", "tags": {}}] * 10)

    def test_async(self, async_pushwoosh_client: AsyncPushwooshClient) -> None:
        async def main() -> Any:
            await async_pushwoosh_client.bulk_register_device(
                devices=[{"hwid": f"a{n}", "push_token": f"t{n}", "platform": 1} for n in range(50)]
            )
            return await async_pushwoosh_client.bulk.set_tags_job(
                [{"hwid": f"a{n}", "tags": {"X": n}} for n in range(50)], create_missing_tags=True
            )

        report = anyio.run(main)
        assert (report.calls, report.applied) == (1, 50)


class TestExportSegment:
    def test_an_export_lists_the_devices_its_segment_selects(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 60)
        pushwoosh_client.register_device(hwid="ios-1", push_token="t", device_type=1)
        pushwoosh_client.set_tags(hwid=hwids[3], tags={"City": "Berlin"})
        application = pushwoosh_mock.application
        started = pushwoosh_client.export_segment(
            filter_expression=f'A("{application}", ["ANDROID"])'
        )
        assert started.id.isdigit()
        result = pushwoosh_client.jobs.wait(started)
        assert (result.status, result.devices_count) == ("completed", 60)
        assert result.filename == result.csv_filename
        link = present(result.filename)
        assert link.startswith("http://") and "/exports/" in link
        rows = list(pushwoosh_client.jobs.rows(result))
        assert sorted(row["hwid"] for row in rows) == sorted(hwids)
        berlin = next(row for row in rows if row["hwid"] == hwids[3])
        assert berlin["tags"] == {"City": "Berlin", "Level": "1"}
        assert (berlin["type"], berlin["push_token"]) == (3, f"token-{hwids[3]}")

    def test_export_data_and_json(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        _register(pushwoosh_client, 5)
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.export_segment(
                filter_expression=f'A("{pushwoosh_mock.application}")',
                export_data=["hwids", "tags"],
                format="json",
            )
        )
        rows = list(pushwoosh_client.jobs.rows(result))
        assert len(rows) == 5 and rows[0]["tags"] == {"Level": 1}
        assert rows[0]["push_token"] is None  # not asked for

    def test_a_filter_code_names_a_segment_and_counts_only_without_a_file(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        hwids = _register(pushwoosh_client, 4)
        pushwoosh_client.set_tags(hwid=hwids[0], tags={"VIP": 1})
        pushwoosh_client.create_filter(name="vips", filter_expression='T("VIP", EQ, 1)')
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.export_segment(filter_code="vips", export_csv=False)
        )
        assert result.devices_count == 1 and not result.filename
        with pytest.raises(InvalidArgumentError, match="no file link"):
            next(iter(pushwoosh_client.jobs.rows(result)))

    def test_a_segment_that_does_not_parse_is_refused_at_the_start(
        self, pushwoosh_client: PushwooshClient
    ) -> None:
        with pytest.raises(Exception, match="filterExpression") as caught:
            pushwoosh_client.export_segment(filter_expression="A(")
        assert getattr(caught.value, "status_code", None) == 400

    def test_the_file_link_needs_no_token_and_unknown_files_are_404(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        _register(pushwoosh_client, 2)
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.export_segment(filter_expression=f'A("{pushwoosh_mock.application}")')
        )
        http: httpx.Client = pushwoosh_client._http
        link = present(result.filename)
        assert http.get(link).content[:4] == b"PK\x03\x04"
        assert http.get(link + "x").status_code == 404

    def test_async_rows(
        self, async_pushwoosh_client: AsyncPushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        async def main() -> list[Any]:
            await async_pushwoosh_client.bulk_register_device(
                devices=[{"hwid": f"a{n}", "push_token": f"t{n}", "platform": 1} for n in range(3)]
            )
            started = await async_pushwoosh_client.export_segment(
                filter_expression=f'A("{pushwoosh_mock.application}")'
            )
            result = await async_pushwoosh_client.jobs.wait(started)
            return [row async for row in async_pushwoosh_client.jobs.rows(result)]

        assert sorted(row["hwid"] for row in anyio.run(main)) == ["a0", "a1", "a2"]


class TestTheVendorsExpression:
    def test_bare_platforms_with_tokens_and_days_ago(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """The exportSegment page's expression: `A("…", [ios], [with_tokens]) * AT("…", "Last
        Application Open", daysago, gt, 3)`: iOS devices with a push token whose date tag is
        more than three days old."""
        app = pushwoosh_mock.application
        old, recent = "2020-01-01 00:00", "2999-01-01 00:00"
        devices = [
            ("match", 1, "t1", old),
            ("no-token", 1, None, old),
            ("android", 3, "t3", old),
            ("recent", 1, "t4", recent),
            ("no-tag", 1, "t5", None),
        ]
        for hwid, device_type, token, opened in devices:
            arguments: dict[str, Any] = {"hwid": hwid, "device_type": device_type}
            if token:
                arguments["push_token"] = token
            if opened:
                arguments["tags"] = {"Last Application Open": opened}
            pushwoosh_client.register_device(**arguments)
        expression = (
            f'A("{app}", [ios], [with_tokens]) * AT("{app}", "Last Application Open", daysago,'
            " gt, 3)"
        )
        result = pushwoosh_client.jobs.wait(
            pushwoosh_client.export_segment(filter_expression=expression)
        )
        assert [row["hwid"] for row in pushwoosh_client.jobs.rows(result)] == ["match"]


class TestBulkRegisterDevice:
    def test_an_empty_hwid_refuses_the_call_before_any_device_is_registered(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        with pytest.raises(BadRequestError, match=r"devices\[1\]\.hwid"):
            pushwoosh_client.bulk_register_device(
                devices=[
                    {"hwid": "kept-out", "push_token": "t1", "platform": 3},
                    {"hwid": "", "push_token": "t2", "platform": 3},
                ]
            )
        assert not pushwoosh_client.check_device(hwid="kept-out").exist

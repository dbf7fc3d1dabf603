"""The public surface of 1.0: reads typed as reads, SDK-only fields through extra_body=, raw views
built from the bound methods, one sentinel, errors that say what they were given."""

import datetime
import inspect
import json
import textwrap
import warnings
from pathlib import Path

import httpx
import mypy.api
import pytest

import pushwoosh_generated
from pushwoosh_generated import (
    ABSENT,
    AsyncPushwooshClient,
    IncrementOperation,
    PushwooshClient,
    PushwooshWarning,
    RawResponse,
    errors,
    types,
)

SDK_ONLY = ("v", "package", "android_package", "notification_types", "notificationTypes")


def recording_client() -> tuple[PushwooshClient, list[dict[str, object]]]:
    """A client whose calls are answered OK over MockTransport, with the bodies it sent."""
    sent: list[dict[str, object]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"status_code": 200, "status_message": "OK"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return PushwooshClient("t", application="APP", http_client=http), sent


class TestSdkOnlyFields:
    """Fields only the mobile SDKs send are not keyword arguments; extra_body= sends them."""

    @pytest.mark.parametrize("method", ["set_tags", "get_tags", "register_device", "set_badge"])
    def test_no_method_takes_them_as_keyword_arguments(self, method: str) -> None:
        parameters = inspect.signature(getattr(PushwooshClient, method)).parameters
        assert not set(parameters) & set(SDK_ONLY)
        assert "extra_body" in parameters

    def test_extra_body_sends_them_checked_against_the_spec(self) -> None:
        client, sent = recording_client()
        client.set_tags(hwid="h", tags={"a": 1}, extra_body={"v": "6.7.1", "package": "com.x"})
        assert sent[-1] == {
            "request": {
                "application": "APP",
                "hwid": "h",
                "tags": {"a": 1},
                "v": "6.7.1",
                "package": "com.x",
            }
        }
        with pytest.raises(errors.InvalidArgumentError, match=r"extra_body\['v'\]") as caught:
            client.set_tags(hwid="h", tags={"a": 1}, extra_body={"v": 6})
        assert "got an integer (6)" in str(caught.value)
        assert len(sent) == 1

    def test_extra_body_cannot_stand_in_for_an_argument_or_the_token(self) -> None:
        client, sent = recording_client()
        with pytest.raises(errors.InvalidArgumentError, match="'hwid' is given as hwid="):
            client.set_tags(hwid="h", tags={}, extra_body={"hwid": "other"})
        with pytest.raises(errors.InvalidArgumentError, match="expected a mapping"):
            client.set_tags(hwid="h", tags={}, extra_body=["v"])  # type: ignore[arg-type]
        server = PushwooshClient(server_token="s", application="APP", http_client=client._http)
        with pytest.raises(errors.InvalidArgumentError, match="server_token"):
            server.create_message(notifications=[{"content": "x"}], extra_body={"auth": "x"})
        assert sent == []

    def test_the_spec_says_which_fields_are_sdk_only(self) -> None:
        import yaml

        spec = yaml.safe_load(Path("openapi/pushwoosh.yaml").read_text(encoding="utf-8"))
        sdk = spec["components"]["schemas"]["SdkFields"]
        assert sdk["x-pushwoosh-sdk-only"] is True
        assert {"v", "package", "android_package", "notificationTypes"} <= set(sdk["properties"])


class TestRawResponseViews:
    """with_raw_response is the client's bound methods, wrapped; no copied signatures."""

    def test_each_view_wraps_the_bound_method(self) -> None:
        client, _ = recording_client()
        view = client.with_raw_response
        assert view.get_tags.__wrapped__ == client.get_tags  # type: ignore[attr-defined]
        assert inspect.signature(view.set_tags) == inspect.signature(client.set_tags)
        assert view.set_tags.__doc__ == client.set_tags.__doc__

    def test_the_view_returns_the_answer_and_parse_gives_the_result(self) -> None:
        client, _ = recording_client()
        raw = client.with_raw_response.set_badge(hwid="h", badge=1)
        assert isinstance(raw, RawResponse) and raw.status_code == 200
        assert raw.parse() is None
        assert client.set_badge(hwid="h", badge=1) is None  # type: ignore[func-returns-value]

    async def test_async_views_too(self) -> None:
        async def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"status_code": 200, "status_message": "OK"})

        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncPushwooshClient("t", application="APP", http_client=http) as client:
            raw = await client.with_raw_response.set_badge(hwid="h", badge=1)
            assert isinstance(raw, RawResponse)
            assert await client.set_badge(hwid="h", badge=1) is None  # type: ignore[func-returns-value]

    def test_client_module_defines_each_method_once_per_client(self) -> None:
        source = Path(pushwoosh_generated.__file__).with_name("client.py").read_text("utf-8")
        assert source.count("def set_tags(") == 2  # PushwooshClient and AsyncPushwooshClient

    def test_a_warning_from_parse_points_at_the_caller(self) -> None:
        answer = {"status_code": 200, "status_message": "Warnings: subscriber limit"}
        http = httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=answer))
        )
        client = PushwooshClient("t", application="APP", http_client=http)
        raw = client.with_raw_response.set_badge(hwid="h", badge=1)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            raw.parse()
            client.set_badge(hwid="h", badge=1)
        assert [w.category for w in caught] == [PushwooshWarning, PushwooshWarning]
        assert [w.filename for w in caught] == [__file__, __file__]


class TestReadsAndWrites:
    """getTags answers plain values; setTags takes values or operations."""

    def test_mypy_accepts_arithmetic_on_a_narrowed_tag_read(self, tmp_path: Path) -> None:
        program = tmp_path / "reads.py"
        program.write_text(
            textwrap.dedent(
                """
                from pushwoosh_generated import PushwooshClient

                def next_count(client: PushwooshClient) -> int:
                    value = client.get_tags(hwid="h")["purchases"]
                    if isinstance(value, int):
                        return value + 1
                    return 0
                """
            )
        )
        out, err, status = mypy.api.run(["--strict", "--no-incremental", str(program)])
        assert status == 0, out + err

    def test_mypy_still_refuses_it_unnarrowed(self, tmp_path: Path) -> None:
        program = tmp_path / "unnarrowed.py"
        program.write_text(
            "from pushwoosh_generated import PushwooshClient\n\n"
            "def f(c: PushwooshClient) -> object:\n"
            '    return c.get_tags(hwid="h")["purchases"] + 1\n'
        )
        out, _, status = mypy.api.run(["--strict", "--no-incremental", str(program)])
        assert status == 1 and "Unsupported operand" in out
        assert "RemoveOperation" not in out  # a read is never an operation

    def test_an_operation_cannot_be_built_inconsistent(self) -> None:
        assert IncrementOperation(value=1).operation == "increment"
        with pytest.raises(ValueError, match="'operation' must be in"):
            IncrementOperation(value=1, operation="append")  # type: ignore[arg-type]

    def test_a_datetime_tag_is_sent_in_utc_and_a_naive_one_refused(self) -> None:
        client, sent = recording_client()
        paris = datetime.timezone(datetime.timedelta(hours=2))
        client.set_tags(
            hwid="h", tags={"Seen": datetime.datetime(2024, 10, 3, 0, 11, tzinfo=paris)}
        )
        assert sent[-1]["request"]["tags"] == {"Seen": "2024-10-02 22:11"}  # type: ignore[index]
        with pytest.raises(errors.InvalidArgumentError, match="naive datetime"):
            client.set_tags(hwid="h", tags={"Seen": datetime.datetime(2024, 10, 2, 22, 11)})

    def test_an_unsupported_value_is_named_with_what_was_given(self) -> None:
        client, _ = recording_client()
        with pytest.raises(errors.InvalidArgumentError) as caught:
            client.set_tags(hwid="h", tags={"Size": {"width": 3}})  # type: ignore[dict-item]
        message = str(caught.value)
        assert "got an object with keys 'width'" in message
        assert "or value" not in message and "decimal number" in message


class TestOneSentinel:
    """ABSENT is the only "not sent" value; helpers no user calls are private."""

    def test_the_models_unset_is_absent(self) -> None:
        assert types.UNSET is ABSENT and isinstance(ABSENT, types.Unset)
        assert not ABSENT
        assert set(types.__all__) == {"UNSET", "Unset"}

    def test_nothing_public_that_no_user_calls(self) -> None:
        for name in ("decode_json", "status_error", "transport_error", "without_frames"):
            assert not hasattr(errors, name), name
            assert name not in errors.__all__
        for name in ("File", "FileTypes", "Response", "RequestFiles"):
            assert not hasattr(types, name), name


class TestOptions:
    """with_options refuses what the constructor refuses."""

    @pytest.mark.parametrize("bad", [1.5, -1, True, "2"])
    def test_max_retries(self, bad: object) -> None:
        client, _ = recording_client()
        with pytest.raises(errors.ConfigurationError, match="max_retries must be an integer"):
            PushwooshClient("t", max_retries=bad)  # type: ignore[arg-type]
        with pytest.raises(errors.ConfigurationError, match="max_retries must be an integer"):
            client.with_options(max_retries=bad)  # type: ignore[arg-type]

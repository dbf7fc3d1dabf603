"""Safe and obvious for a newcomer: notifications checked and typed, no accidental broadcast,
the application from the environment, errors that say whose fault they are, one async client
under several event loops, and a did-you-mean wherever the client refuses a name."""

import asyncio
import datetime
import importlib.util
import json
import logging
import pickle
import textwrap
import warnings
from pathlib import Path
from typing import Any

import httpx
import mypy.api
import pytest

import pushwoosh_generated
from pushwoosh_generated import AsyncPushwooshClient, PushwooshClient, errors
from pushwoosh_generated.models import Notification
from pushwoosh_mock import MockServer

APP = "XXXXX-XXXXX"
TOKEN = "device-token-a1b2c3"
SERVER_TOKEN = "server-token-d4e5f6"


def recording_client(
    answer: dict[str, Any] | None = None, **options: Any
) -> tuple[PushwooshClient, list[dict[str, Any]]]:
    """A client answered over MockTransport (OK by default), with the bodies it sent."""
    sent: list[dict[str, Any]] = []

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        body = answer or {"status_code": 200, "status_message": "OK", "response": None}
        if request.url.path.endswith("createMessage") and answer is None:
            body = {"status_code": 200, "status_message": "OK", "response": {"Messages": []}}
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(respond))
    options = {"application": APP, "server_token": SERVER_TOKEN, **options}
    return PushwooshClient(TOKEN, http_client=http, **options), sent


# 1. Notifications checked and typed ------------------------------------------------------------


class TestNotificationFields:
    def test_a_misspelt_key_is_refused_with_a_suggestion_before_sending(self) -> None:
        client, sent = recording_client()
        with pytest.raises(errors.InvalidArgumentError) as caught:
            client.create_message(notifications=[{"content": "Hi", "user": ["ann"]}])  # type: ignore[list-item]
        assert "'user' is not a notification field; did you mean 'users'?" in str(caught.value)
        assert "[0]" in str(caught.value)
        assert caught.value.argument == "notifications"
        assert sent == []

    def test_the_bulk_helper_checks_its_notification_first(self) -> None:
        client, sent = recording_client()
        with pytest.raises(errors.InvalidArgumentError, match="did you mean 'content'"):
            client.bulk.create_message({"contnet": "Hi"}, users=["ann", "bob"])
        assert sent == []

    def test_a_field_the_spec_does_not_know_goes_through_the_model(self) -> None:
        client, sent = recording_client()
        notification = Notification(content="Hi", users=["ann"])
        notification.additional_properties["vendor_new_field"] = 1
        client.create_message(notifications=[notification])
        assert sent[0]["request"]["notifications"][0]["vendor_new_field"] == 1

    def test_the_model_takes_plain_texts_data_and_a_datetime(self) -> None:
        client, sent = recording_client()
        when = datetime.datetime(2099, 1, 1, 10, 0, tzinfo=datetime.UTC)
        notification = Notification(
            content={"en": "Hi", "de": "Hallo"},
            title="Hello",
            data={"order": 7},
            send_date=when,
            users=["ann"],
        )
        client.create_message(notifications=[notification])
        (sent_notification,) = sent[0]["request"]["notifications"]
        assert sent_notification["content"] == {"en": "Hi", "de": "Hallo"}
        assert sent_notification["data"] == {"order": 7}
        assert sent_notification["send_date"] == "2099-01-01 10:00"

    def test_the_model_repr_shows_only_what_was_set(self) -> None:
        assert repr(Notification(content="Hi", users=["ann"])) == (
            "Notification(content='Hi', users=['ann'])"
        )

    def test_notification_dict_is_generated_from_the_spec(self) -> None:
        from pushwoosh_generated.models.notification import NotificationDict

        keys = set(NotificationDict.__annotations__)
        assert {"content", "users", "devices", "send_date", "transactionId"} <= keys
        assert NotificationDict.__total__ is False

    def test_mypy_refuses_a_misspelt_literal_and_accepts_correct_ones(self, tmp_path: Path) -> None:
        good = tmp_path / "good.py"
        good.write_text(
            textwrap.dedent(
                """
                import datetime

                from pushwoosh_generated import PushwooshClient
                from pushwoosh_generated.models import Notification
                from pushwoosh_generated.models.notification import NotificationDict

                def send(client: PushwooshClient) -> None:
                    when = datetime.datetime.now(datetime.UTC)
                    client.create_message(
                        notifications=[
                            {"content": {"en": "Hi"}, "users": ["ann"], "data": {"a": 1}},
                            Notification(content={"en": "Hi"}, data={"a": 1}, send_date=when),
                        ],
                        broadcast=True,
                    )
                    many: list[NotificationDict] = [{"content": "x", "devices": ["h"]}]
                    client.create_message(notifications=many)
                """
            )
        )
        out, err, status = mypy.api.run(["--strict", "--no-incremental", str(good)])
        assert status == 0, out + err
        bad = tmp_path / "bad.py"
        bad.write_text(
            textwrap.dedent(
                """
                from pushwoosh_generated import PushwooshClient

                def send(client: PushwooshClient) -> None:
                    client.create_message(notifications=[{"content": "Hi", "user": ["ann"]}])
                """
            )
        )
        out, _, status = mypy.api.run(["--strict", "--no-incremental", str(bad)])
        assert status == 1 and "NotificationDict" in out and "bad.py:5" in out, out


# 2. No accidental broadcast -------------------------------------------------------------------


class TestNoAccidentalBroadcast:
    @pytest.mark.parametrize(
        "notification",
        [
            {"content": "Hi"},
            {"content": "Hi", "devices": []},
            {"content": "Hi", "conditions_operator": "AND"},
        ],
    )
    def test_a_notification_without_targeting_is_refused(
        self, notification: dict[str, Any]
    ) -> None:
        client, sent = recording_client()
        targeted = {"content": "Hi", "users": ["ann"]}
        with pytest.raises(errors.InvalidArgumentError) as caught:
            client.create_message(notifications=[targeted, notification])  # type: ignore[list-item]
        message = str(caught.value)
        assert "[1]" in message and "every device" in message and "broadcast=True" in message
        assert sent == []

    def test_a_model_without_targeting_is_refused_too(self) -> None:
        client, sent = recording_client()
        with pytest.raises(errors.InvalidArgumentError, match="broadcast=True"):
            client.create_message(notifications=[Notification(content="Hi")])
        assert sent == []

    @pytest.mark.parametrize(
        "targeting",
        [
            {"devices": ["h"]},
            {"users": ["u"]},
            {"platforms": [3]},
            {"filter": "Gold"},
            {"conditions": [["Plan", "EQ", "gold"]]},
        ],
    )
    def test_each_targeting_field_of_the_spec_counts(self, targeting: dict[str, Any]) -> None:
        client, sent = recording_client()
        client.create_message(notifications=[{"content": "Hi", **targeting}])  # type: ignore[list-item]
        assert len(sent) == 1

    def test_broadcast_on_purpose(self) -> None:
        client, sent = recording_client()
        client.create_message(notifications=[{"content": "Hi"}], broadcast=True)
        assert sent[0]["request"]["notifications"][0]["content"] == "Hi"
        assert "broadcast" not in sent[0]["request"]

    def test_the_targeting_fields_come_from_the_spec(self) -> None:
        from pushwoosh_generated.api.messages.create_message import OPERATION

        assert set(OPERATION.list_items["notifications"].targeting) == {
            "devices",
            "users",
            "platforms",
            "filter",
            "conditions",
        }

    async def test_async_client(self, pushwoosh_server: MockServer) -> None:
        async with AsyncPushwooshClient(application=APP) as client:
            with pytest.raises(errors.InvalidArgumentError, match="broadcast=True"):
                await client.create_message(notifications=[{"content": "Hi"}])
            sent = await client.create_message(notifications=[{"content": "Hi"}], broadcast=True)
        assert len(sent.messages) == 1

    def test_bulk_passes_broadcast_on(self) -> None:
        client, sent = recording_client(
            {"status_code": 200, "status_message": "OK", "response": {"Messages": ["C"]}}
        )
        results = client.bulk.create_message({"content": "Hi"}, users=["ann"], broadcast=False)
        assert [r.ok for r in results] == [True]
        assert sent[0]["request"]["notifications"][0]["users"] == ["ann"]


# 3. The application from the environment ------------------------------------------------------


class TestApplicationFromTheEnvironment:
    def test_read_like_the_tokens(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("PUSHWOOSH_APPLICATION", "ENVAP-00000")
        client, sent = recording_client(application=None)
        client.set_tags(hwid="h", tags={"a": 1})
        assert sent[0]["request"]["application"] == "ENVAP-00000"
        assert client.application == "ENVAP-00000"

    def test_the_argument_wins(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("PUSHWOOSH_APPLICATION", "ENVAP-00000")
        client, sent = recording_client(application="ARGAP-00000")
        client.set_tags(hwid="h", tags={"a": 1})
        assert sent[0]["request"]["application"] == "ARGAP-00000"

    def test_none_is_a_configuration_error_naming_both(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("PUSHWOOSH_APPLICATION", raising=False)
        client, sent = recording_client(application=None)
        with pytest.raises(errors.ConfigurationError) as caught:
            client.set_tags(hwid="h", tags={"a": 1})
        assert "application=" in str(caught.value)
        assert "PUSHWOOSH_APPLICATION" in str(caught.value)
        assert sent == []

    def test_the_variable_sits_beside_the_tokens(self) -> None:
        from pushwoosh_generated import _config

        assert _config.APPLICATION_ENVIRONMENT_VARIABLE == "PUSHWOOSH_APPLICATION"


# 4. Errors that say whose fault they are ------------------------------------------------------


def answered_210(message: str) -> errors.ArgumentError:
    client, _ = recording_client({"status_code": 210, "status_message": message})
    with pytest.raises(errors.ArgumentError) as caught:
        client.set_tags(hwid="h", tags={"a": 1})
    return caught.value


class TestWhoseFault:
    @pytest.mark.parametrize(
        "message",
        [
            "Access denied or application not found",
            "Application not found",
            "Application suspended",
            "Account not found",
            "Account has been suspended",
            "Suspended account can not use device filtration",
            "API token or application is not set",
            "Invalid API Token: Account not found",
            "API token or application or account is not set",
        ],
    )
    def test_the_account_side(self, message: str) -> None:
        error = answered_210(message)
        assert isinstance(error, errors.AccountConfigurationError)
        assert not isinstance(error, errors.RequestArgumentError)
        assert error.status_message == message
        assert message in str(error)

    @pytest.mark.parametrize(
        "message",
        [
            "Device not found",
            "Message not found",
            "Cannot parse date",
            "No application or group code given",
            "Please select at least one platform",
            "notifications[0].send_date: Cannot parse date",
            "Something the table does not list",
        ],
    )
    def test_the_callers_side(self, message: str) -> None:
        error = answered_210(message)
        assert isinstance(error, errors.RequestArgumentError)
        assert not isinstance(error, errors.AccountConfigurationError)
        assert message in str(error)

    def test_both_pickle_as_themselves(self) -> None:
        for message in ("Account not found", "Device not found"):
            error = answered_210(message)
            again = pickle.loads(pickle.dumps(error))
            assert type(again) is type(error) and str(again) == str(error)

    def test_every_error_class_is_exported_at_the_top(self) -> None:
        for name in errors.__all__:
            assert getattr(pushwoosh_generated, name) is getattr(errors, name), name
            assert name in pushwoosh_generated.__all__

    def test_the_errors_guide_has_the_table(self) -> None:
        guide = (Path(__file__).parent.parent / "docs" / "guides" / "errors.md").read_text()
        for name in ("AccountConfigurationError", "RequestArgumentError", "errors.APIError"):
            assert name in guide

    def test_an_echoed_token_is_redacted_from_errors_and_warnings(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        client, _ = recording_client(
            {"status_code": 210, "status_message": f"Account not found for {SERVER_TOKEN}"}
        )
        with pytest.raises(errors.ArgumentError) as caught:
            client.create_message(notifications=[{"content": "x", "users": ["u"]}])
        error = caught.value
        for text in (str(error), repr(error), str(error.status_message)):
            assert SERVER_TOKEN not in text
        assert SERVER_TOKEN.encode() not in pickle.dumps(error)
        warned, _ = recording_client(
            {"status_code": 200, "status_message": f"Warnings: limit for {TOKEN}"}
        )
        with caplog.at_level(logging.WARNING), warnings.catch_warnings(record=True) as caught_w:
            warnings.simplefilter("always")
            warned.set_tags(hwid="h", tags={"a": 1})
        assert caught_w and all(TOKEN not in str(w.message) for w in caught_w)
        assert caplog.records and TOKEN not in caplog.text

    def test_an_echoed_token_in_an_http_error_is_redacted(self) -> None:
        def respond(request: httpx.Request) -> httpx.Response:
            return httpx.Response(400, json={"status_code": 400, "status_message": TOKEN})

        http = httpx.Client(transport=httpx.MockTransport(respond))
        client = PushwooshClient(TOKEN, application=APP, http_client=http)
        with pytest.raises(errors.BadRequestError) as caught:
            client.set_tags(hwid="h", tags={"a": 1})
        assert TOKEN not in str(caught.value)
        assert TOKEN.encode() not in pickle.dumps(caught.value)


# 5. One async client under two event loops ----------------------------------------------------


class TestTwoEventLoops:
    def test_asyncio_run_twice_on_one_client(
        self, pushwoosh_server: MockServer, recwarn: pytest.WarningsRecorder
    ) -> None:
        client = AsyncPushwooshClient(application=APP)

        async def call() -> None:
            await client.register_device(hwid="h", device_type=3, push_token="t")
            await client.set_tags(hwid="h", tags={"a": 1})

        asyncio.run(call())
        asyncio.run(call())

        async def close() -> None:
            await client.set_tags(hwid="h", tags={"a": 2})
            await client.aclose()

        asyncio.run(close())
        import gc

        gc.collect()
        assert not [w for w in recwarn if "Unclosed" in str(w.message)]
        assert len(pushwoosh_server.journal.calls("setTags")) == 3


# 6. Did-you-mean wherever a name is refused ---------------------------------------------------


class TestDidYouMean:
    def test_bulk_unknown_arguments(self) -> None:
        client, _ = recording_client()
        with pytest.raises(errors.InvalidArgumentError, match="did you mean 'user_id'"):
            client.bulk.set_tags([{"user_idd": "u", "tags": {}}])

    def test_an_enum_value_by_name(self) -> None:
        client, sent = recording_client()
        with pytest.raises(errors.InvalidArgumentError) as caught:
            client.register_device(hwid="h", device_type="ios")  # type: ignore[arg-type]
        assert "DeviceType.IOS (1)" in str(caught.value)
        assert sent == []

    @pytest.mark.parametrize(
        "url",
        [
            "https://api.pushwoosh.com/json/1.3",
            "https://api.pushwoosh.com/json/1.3/",
            "http://127.0.0.1:8080/json/1.3/",
        ],
    )
    def test_a_base_url_with_the_api_path(self, url: str) -> None:
        with pytest.raises(errors.ConfigurationError, match="host only"):
            PushwooshClient(TOKEN, base_url=url)

    def test_a_call_not_retried_says_why(self, caplog: pytest.LogCaptureFixture) -> None:
        def respond(request: httpx.Request) -> httpx.Response:
            return httpx.Response(500, json={"status_code": 500, "status_message": "oops"})

        http = httpx.Client(transport=httpx.MockTransport(respond))
        client = PushwooshClient(TOKEN, application=APP, http_client=http)
        with (
            caplog.at_level(logging.INFO, logger="pushwoosh_generated"),
            pytest.raises(errors.InternalServerError),
        ):
            client.set_tags(hwid="h", tags={"n": pushwoosh_generated.IncrementOperation(value=1)})
        assert (
            "not retried: setTags with an increment is not safe to repeat"
            " (x-pushwoosh-repeat: unless-increment)"
        ) in caplog.text


def shop_backend() -> Any:
    """examples/shop/backend.py, loaded from its file (the example is a project of its own)."""
    path = Path(__file__).parent.parent / "examples" / "shop" / "backend.py"
    spec = importlib.util.spec_from_file_location("shop_backend", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestTheShopExample:
    """examples/shop/backend.py returns False / None, as documented, for any refusal."""

    def test_a_210_on_a_push_is_not_sent(self) -> None:
        ship_order = shop_backend().ship_order
        client, _ = recording_client({"status_code": 210, "status_message": "Account not found"})
        assert ship_order(client, "ann", 7) is False

    def test_a_500_on_a_purchase_is_none(self) -> None:
        purchase = shop_backend().purchase

        def respond(request: httpx.Request) -> httpx.Response:
            return httpx.Response(500, json={"status_code": 500, "status_message": "oops"})

        http = httpx.Client(transport=httpx.MockTransport(respond))
        client = PushwooshClient(TOKEN, application=APP, http_client=http, max_retries=0)
        assert purchase(client, "ann", 9.5) is None

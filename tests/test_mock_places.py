"""Geozones, test devices and event definitions of the mock, through the generated client: the
zones addGeoZone stores are what getNearestZone measures, test devices are listed and can be a
message's only recipients, and createEvent defines what postEvent takes with ``strict_events``."""

from typing import Any

import httpx
import pytest

from pushwoosh_generated import AsyncPushwooshClient, GeoZoneInputDict, PushwooshClient, errors
from pushwoosh_generated.models import GetNearestZoneResult
from pushwoosh_generated.types import Unset
from pushwoosh_mock import MockServer, create_app
from pushwoosh_mock.__main__ import build_parser, config_from
from pushwoosh_mock.backend.event_definitions import EVENTS_LIMIT

OTHER_APP = "OTHER-00000"
ONE_DEGREE = 111_195
"""One degree of a great circle, in whole metres, on a sphere of radius 6,371 km."""


def _zone(name: str, lat: float | str, lng: float | str, cluster: str = "") -> GeoZoneInputDict:
    """A zone of 100 m whose content is its name (in a cluster, when given)."""
    zone: GeoZoneInputDict = {
        "name": name,
        "lat": lat,
        "lng": lng,
        "cooldown": 60,
        "range": 100,
        "content": name,
    }
    if cluster:
        zone["cluster"] = cluster
    return zone


def _nearest(client: PushwooshClient, lat: Any, lng: Any, **options: Any) -> dict[str, Any]:
    """getNearestZone of device ``d1`` (``more: 1`` unless told) as JSON."""
    options.setdefault("more", 1)
    answer = client.get_nearest_zone(hwid="d1", lat=lat, lng=lng, **options)
    assert isinstance(answer, GetNearestZoneResult)
    return answer.to_dict()


def _names(answer: dict[str, Any]) -> list[str]:
    return [zone["name"] for zone in answer["geozones"]]


def _refused(call: Any, **arguments: Any) -> errors.ArgumentError:
    with pytest.raises(errors.ArgumentError) as caught:
        call(**arguments)
    return caught.value


@pytest.fixture
def device(pushwoosh_client: PushwooshClient) -> str:
    """A registered Android device, ``d1``."""
    pushwoosh_client.register_device(hwid="d1", push_token="token-d1", device_type=3)
    return "d1"


class TestGeoZones:
    """addGeoZone, updateGeoZone, deleteGeoZone, listGeoZones and getNearestZone."""

    def test_added_zones_are_listed_with_their_ids(self, pushwoosh_client: PushwooshClient) -> None:
        """The ids follow the request's order; coordinates sent as strings are listed as numbers,
        a content string as its default, and unclustered zones under a null cluster."""
        ids = pushwoosh_client.add_geo_zone(
            geozones=[_zone("Store", "40.70087797", "-73.931851"), _zone("Park", 40.7, -73.9)]
        )
        assert len(ids) == 2 and ids[0] < ids[1]
        (group,) = [g.to_dict() for g in pushwoosh_client.list_geo_zones()]
        assert (group["name"], group["code"]) == (None, None)
        assert group["geoZones"][0] == {
            "id": ids[0],
            "name": "Store",
            "lat": 40.70087797,
            "lng": -73.931851,
            "cooldown": 60,
            "range": 100,
            "presetCode": None,
            "content": {"default": "Store"},
        }
        assert [zone["id"] for zone in group["geoZones"]] == ids

    def test_nearest_zone_and_its_great_circle_distance(
        self, pushwoosh_client: PushwooshClient, device: str
    ) -> None:
        """getNearestZone answers the created zones nearest first with their distance in metres
        (one degree along a meridian: 111,195 m); without ``more``, the nearest one's fields."""
        pushwoosh_client.add_geo_zone(
            geozones=[_zone("Far", 3, 0), _zone("Near", 1, 0), _zone("Middle", 0, 2)]
        )
        answer = _nearest(pushwoosh_client, 0, 0)
        assert _names(answer) == ["Near", "Middle", "Far"]
        assert [zone["distance"] for zone in answer["geozones"]] == [
            ONE_DEGREE,
            2 * ONE_DEGREE,
            3 * ONE_DEGREE,
        ]
        assert answer["geozones"][0] == {
            "name": "Near",
            "lat": 1,
            "lng": 0,
            "range": 100,
            "distance": ONE_DEGREE,
        }
        single = pushwoosh_client.get_nearest_zone(hwid=device, lat="2.9", lng="0")
        assert isinstance(single, GetNearestZoneResult)
        assert (single.name, single.distance) == ("Far", 11_119)

    def test_the_distance_is_the_haversine_one(
        self, pushwoosh_client: PushwooshClient, device: str
    ) -> None:
        """Across a longitude's wrap, Berlin to Paris and back the distance is the same
        great-circle one (878 km), not a flat-map one."""
        pushwoosh_client.add_geo_zone(geozones=[_zone("Paris", 48.8566, 2.3522)])
        to_paris = _nearest(pushwoosh_client, 52.52, 13.405)["geozones"][0]["distance"]
        assert 877_000 < to_paris < 879_000
        pushwoosh_client.add_geo_zone(geozones=[_zone("East", 0, 179.5)])
        across = _nearest(pushwoosh_client, 0, -179.5)
        assert across["geozones"][0]["name"] == "East"
        assert across["geozones"][0]["distance"] == ONE_DEGREE

    def test_deleting_gives_the_next_nearest_then_the_seed(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, device: str
    ) -> None:
        """A deleted zone is no longer answered; with none left, the seeded answer is."""
        near, far = pushwoosh_client.add_geo_zone(
            geozones=[_zone("Near", 1, 0), _zone("Far", 5, 0)]
        )
        pushwoosh_client.delete_geo_zone(geozones=[near])
        assert _names(_nearest(pushwoosh_client, 0, 0)) == ["Far"]
        pushwoosh_client.delete_geo_zone(geozones=[far])
        assert _nearest(pushwoosh_client, 0, 0) == pushwoosh_mock.store.seed("getNearestZone")
        assert pushwoosh_client.list_geo_zones() == []

    def test_unknown_ids_are_refused_and_change_nothing(
        self, pushwoosh_client: PushwooshClient, device: str
    ) -> None:
        """updateGeoZone and deleteGeoZone of an id the application lacks are a 210 naming it,
        and the call's other zones are left as they were."""
        (zone,) = pushwoosh_client.add_geo_zone(geozones=[_zone("Store", 1, 0)])
        refused = _refused(pushwoosh_client.delete_geo_zone, geozones=[zone, 999])
        assert refused.status_message == "Geozone not found: 999"
        refused = _refused(
            pushwoosh_client.update_geo_zone, geozones=[{"id": zone, "range": 500}, {"id": 999}]
        )
        assert refused.status_message == "Geozone not found: 999"
        assert _nearest(pushwoosh_client, 0, 0)["geozones"][0]["range"] == 100
        refused = _refused(pushwoosh_client.delete_geo_zone, geozones=[zone], application=OTHER_APP)
        assert refused.status_message == f"Geozone not found: {zone}"

    def test_update_changes_what_nearest_answers(
        self, pushwoosh_client: PushwooshClient, device: str
    ) -> None:
        """An updated zone is measured where it now is; the fields not given stay."""
        _, far = pushwoosh_client.add_geo_zone(geozones=[_zone("Near", 1, 0), _zone("Far", 5, 0)])
        pushwoosh_client.update_geo_zone(
            geozones=[{"id": far, "lat": "0.5", "lng": 0, "range": 250, "name": "Moved"}]
        )
        first = _nearest(pushwoosh_client, 0, 0)["geozones"][0]
        assert first == {
            "name": "Moved",
            "lat": 0.5,
            "lng": 0,
            "range": 250,
            "distance": 55_597,
        }
        (group,) = pushwoosh_client.list_geo_zones()
        (moved,) = [zone for zone in _zones(group) if zone.id == far]
        assert (moved.cooldown, moved.content) == (60, {"default": "Far"})

    def test_zones_belong_to_their_application(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer, device: str
    ) -> None:
        """Another application's zones are neither listed nor measured."""
        pushwoosh_client.add_geo_zone(geozones=[_zone("Elsewhere", 1, 0)], application=OTHER_APP)
        assert pushwoosh_client.list_geo_zones() == []
        assert _nearest(pushwoosh_client, 0, 0) == pushwoosh_mock.store.seed("getNearestZone")

    def test_location_off_and_bad_coordinates(
        self, pushwoosh_client: PushwooshClient, device: str
    ) -> None:
        """With the location off (null) no zone is near; a coordinate that is not degrees is a
        210 naming it, for a zone or a device."""
        pushwoosh_client.add_geo_zone(geozones=[_zone("Store", 1, 0)])
        assert _nearest(pushwoosh_client, None, None) == {"geozones": []}
        refused = _refused(pushwoosh_client.add_geo_zone, geozones=[_zone("Bad", 91, 0)])
        assert (
            refused.status_message == "geozones[0].lat: expected degrees from -90 to 90, got '91'"
        )
        refused = _refused(pushwoosh_client.get_nearest_zone, hwid=device, lat="north", lng=0)
        assert refused.status_message == "lat: expected degrees from -90 to 90, got 'north'"
        assert len(_zones(pushwoosh_client.list_geo_zones()[0])) == 1

    async def test_async_nearest_zone(self, async_pushwoosh_client: AsyncPushwooshClient) -> None:
        """The async client reads the nearest zone the same way."""
        await async_pushwoosh_client.register_device(hwid="d1", push_token="t", device_type=1)
        await async_pushwoosh_client.add_geo_zone(geozones=[_zone("Near", 0, 1)])
        answer = await async_pushwoosh_client.get_nearest_zone(hwid="d1", lat=0, lng=0, more=1)
        assert isinstance(answer, GetNearestZoneResult)
        assert answer.to_dict()["geozones"][0]["distance"] == ONE_DEGREE


def _zones(group: Any) -> list[Any]:
    zones = group.geo_zones
    assert not isinstance(zones, Unset)
    return list(zones)


class TestGeoZoneClusters:
    """addGeoZoneCluster, deleteGeoZoneCluster, listGeoZoneClusters and a zone's ``cluster``."""

    def test_clusters_group_zones(self, pushwoosh_client: PushwooshClient) -> None:
        """A zone bound to a cluster is listed under it and counted; null unbinds it; a cluster
        without a cooldown has 60 s."""
        times = pushwoosh_client.add_geo_zone_cluster(name="Times", cooldown=86400)
        empty = pushwoosh_client.add_geo_zone_cluster(name="Empty")
        bound, loose = pushwoosh_client.add_geo_zone(
            geozones=[_zone("Store", 1, 0, times), _zone("Park", 2, 0)]
        )
        clusters = [c.to_dict() for c in pushwoosh_client.list_geo_zone_clusters()]
        assert clusters == [
            {"name": "Times", "code": times, "cooldown": 86400, "geozones": 1},
            {"name": "Empty", "code": empty, "cooldown": 60, "geozones": 0},
        ]
        groups = pushwoosh_client.list_geo_zones()
        assert [(g.name, g.code, [z.id for z in _zones(g)]) for g in groups] == [
            ("Times", times, [bound]),
            ("Empty", empty, []),
            (None, None, [loose]),
        ]
        pushwoosh_client.update_geo_zone(geozones=[{"id": bound, "cluster": None}])
        assert pushwoosh_client.list_geo_zone_clusters()[0].geozones == 0
        pushwoosh_client.update_geo_zone(geozones=[{"id": loose, "cluster": empty}])
        assert [c.geozones for c in pushwoosh_client.list_geo_zone_clusters()] == [0, 1]

    def test_a_deleted_clusters_zones_stay(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Deleting a cluster leaves its zones, without a cluster; a second delete is a 210."""
        code = pushwoosh_client.add_geo_zone_cluster(name="Times")
        (zone,) = pushwoosh_client.add_geo_zone(geozones=[_zone("Store", 1, 0, code)])
        pushwoosh_client.delete_geo_zone_cluster(geo_zone_cluster=code)
        assert pushwoosh_client.list_geo_zone_clusters() == []
        (group,) = pushwoosh_client.list_geo_zones()
        assert (group.name, [z.id for z in _zones(group)]) == (None, [zone])
        (stored,) = pushwoosh_mock.store.snapshot()["geozones"]["zones"]
        assert stored["cluster"] is None
        refused = _refused(pushwoosh_client.delete_geo_zone_cluster, geo_zone_cluster=code)
        assert refused.status_message == f"Geozone cluster not found: {code}"

    def test_an_unknown_cluster_is_refused(self, pushwoosh_client: PushwooshClient) -> None:
        """A zone naming a cluster its application lacks is a 210, and nothing is added."""
        other = pushwoosh_client.add_geo_zone_cluster(name="Other", application=OTHER_APP)
        refused = _refused(
            pushwoosh_client.add_geo_zone,
            geozones=[_zone("Fine", 1, 0), _zone("Store", 1, 0, other)],
        )
        assert refused.status_message == f"geozones[1].cluster: Geozone cluster not found: {other}"
        assert pushwoosh_client.list_geo_zones() == []


class TestTestDevices:
    """createTestDevice (by hwid or by push token) and listTestDevices."""

    def test_test_devices_are_listed(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A device marked by hwid, one by the push token of a registered device, and one by a
        push token no device has (registered with it as its hwid) are listed, and only they."""
        for hwid, device_type in (("android", 3), ("ios", 1), ("plain", 3)):
            pushwoosh_client.register_device(
                hwid=hwid, push_token=f"token-{hwid}", device_type=device_type
            )
        pushwoosh_client.create_test_device(hwid="android", name="Pixel", description="lab")
        pushwoosh_client.create_test_device(push_token="token-ios", device_type=1, name="iPhone")
        pushwoosh_client.create_test_device(push_token="new-token", device_type=1, name="iPad")
        listed = [device.to_dict() for device in pushwoosh_client.list_test_devices()]
        assert listed == [
            {"name": "Pixel", "type": "3", "pushtoken": "token-android", "description": "lab"},
            {"name": "iPhone", "type": "1", "pushtoken": "token-ios"},
            {"name": "iPad", "type": "1", "pushtoken": "new-token"},
        ]
        app = pushwoosh_mock.application
        assert pushwoosh_mock.store.device(app, "ios")["fields"]["test_name"] == "iPhone"
        assert pushwoosh_mock.store.device(app, "new-token")["push_token"] == "new-token"
        assert len(pushwoosh_mock.store.snapshot()["devices"]) == 4
        assert pushwoosh_client.list_test_devices(application=OTHER_APP) == []

    def test_a_deleted_device_is_no_test_device(self, pushwoosh_client: PushwooshClient) -> None:
        """deleteDevice takes the device off the list; a repeat of createTestDevice renames."""
        pushwoosh_client.register_device(hwid="h1", push_token="t1", device_type=3)
        pushwoosh_client.create_test_device(hwid="h1", name="First")
        pushwoosh_client.create_test_device(hwid="h1", name="Second")
        assert [d.name for d in pushwoosh_client.list_test_devices()] == ["Second"]
        pushwoosh_client.delete_device(hwid="h1")
        assert pushwoosh_client.list_test_devices() == []

    def test_the_device_must_be_named(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """Without an hwid, an empty push token does not name a device (210, as the spec's
        check says when neither is given); an hwid never registered is ``Device not found``."""
        http: httpx.Client = pushwoosh_client._http
        fields = {"application": pushwoosh_mock.application, "name": "x", "device_type": 1}
        answer = http.post(
            "http://localhost/json/1.3/createTestDevice",
            json={"request": {**fields, "push_token": ""}},
            headers={"Authorization": f"Token {pushwoosh_mock.token}"},
        )
        assert answer.json()["status_message"] == "push_token: an empty push token names no device"
        refused = _refused(pushwoosh_client.create_test_device, name="x", hwid="never")
        assert refused.status_message == "Device not found: never"
        assert pushwoosh_client.list_test_devices() == []

    def test_a_message_reaches_only_the_test_devices(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """A push addressed by ``devices`` to the test devices' hwids reaches them and nobody
        else (the spec has no test-devices field)."""
        hwids = [f"h{n}" for n in range(5)]
        for hwid in hwids:
            pushwoosh_client.register_device(hwid=hwid, push_token=f"t-{hwid}", device_type=3)
        for hwid in hwids[:2]:
            pushwoosh_client.create_test_device(hwid=hwid, name=f"QA {hwid}")
        testers = [str(d.pushtoken) for d in pushwoosh_client.list_test_devices()]
        pushwoosh_client.create_message(notifications=[{"content": "Try it", "devices": testers}])
        (push,) = pushwoosh_mock.messages()
        assert push.hwids == ["h0", "h1"]


class TestEvents:
    """createEvent, and postEvent with and without ``strict_events``."""

    def test_names_are_unique_per_application(self, pushwoosh_client: PushwooshClient) -> None:
        """createEvent answers a new id; a name the application has is a 210, another
        application may take it."""
        first = pushwoosh_client.create_event(
            name="Purchase", event_attributes=[{"type": 6, "name": "price"}], track_revenue=True
        )
        second = pushwoosh_client.create_event(name="Login", description="A login")
        assert second > first
        refused = _refused(pushwoosh_client.create_event, name="Purchase")
        assert (refused.status_code, refused.status_message) == (
            210,
            "Event already exists: Purchase",
        )
        assert pushwoosh_client.create_event(name="Purchase", application=OTHER_APP) > second

    def test_the_events_limit(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """An application holds 500 events: the next is refused with status_code 403 (in HTTP
        200); another application is not limited by it."""
        for number in range(EVENTS_LIMIT):
            pushwoosh_mock.store.define_event(pushwoosh_mock.application, {"name": f"e{number}"})
        refused = _refused(pushwoosh_client.create_event, name="one-more")
        assert (refused.status_code, refused.status_message) == (
            403,
            "Permissions error: events limit exceeded",
        )
        assert refused.response.status_code == 200
        pushwoosh_client.create_event(name="one-more", application=OTHER_APP)

    def test_post_event_takes_any_event_by_default(self, pushwoosh_client: PushwooshClient) -> None:
        """Without strict_events, an event createEvent never defined is recorded."""
        assert pushwoosh_client.post_event(event="Undefined", attributes={}, hwid="h1")

    @pytest.mark.pushwoosh(strict_events=True)
    def test_strict_events_take_only_defined_events(
        self, pushwoosh_client: PushwooshClient, pushwoosh_mock: MockServer
    ) -> None:
        """With strict_events, postEvent of an event the application did not define is a 210
        ``Event not found: NAME``; once defined, it is recorded."""
        pushwoosh_client.create_event(name="Login", application=OTHER_APP)
        refused = _refused(pushwoosh_client.post_event, event="Login", attributes={}, hwid="h1")
        assert refused.status_message == "Event not found: Login"
        assert pushwoosh_mock.store.events("postEvent") == []
        pushwoosh_client.create_event(name="Login")
        assert pushwoosh_client.post_event(event="Login", attributes={}, hwid="h1")
        assert [e["name"] for e in pushwoosh_mock.store.events("postEvent")] == ["Login"]

    def test_strict_events_is_an_option(self) -> None:
        """``--strict-events`` and ``create_app(strict_events=True)`` turn it on; it is off by
        default."""
        parser = build_parser()
        assert config_from(parser.parse_args(["--strict-events"])).strict_events is True
        assert config_from(parser.parse_args([])).strict_events is False
        for server, expected in ((create_app(strict_events=True), True), (create_app(), False)):
            assert server.store.strict_events is expected
            server.store.close()

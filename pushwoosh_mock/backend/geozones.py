"""Geozones: the geozones and geozone_clusters tables, and the zones nearest a device
(getNearestZone).

The rules (the spec's ``mock-geozones`` note):

- A zone belongs to an application, and has an id (one counter for every application, never
  reused, in the order addGeoZone lists the zones). Its ``lat`` and ``lng`` are degrees, sent as numbers or as
  strings; one that is not a number in range is a 210 naming the field
  (``geozones[0].lat: …``). A ``content`` string is kept as ``{"default": …}``.
- updateGeoZone sets the fields a change gives (``cluster`` or ``campaign`` null unbinds it);
  updateGeoZone and deleteGeoZone of an id the application does not have are a 210 ``Geozone not
  found: ID``, and change nothing (every change of a call is checked before the first write).
- A cluster belongs to an application, and has a code ``XXXXX-XXXXX`` and a cooldown (60 s when
  not given, the library's default). A zone names it by code; a code the application does not
  have, there or in deleteGeoZoneCluster, is a 210 ``Geozone cluster not found: CODE``. A deleted
  cluster's zones stay, without a cluster.
- getNearestZone measures the great-circle distance (haversine, Earth radius ``EARTH_RADIUS``)
  from the device to each zone's centre, in whole metres, and answers the application's zones
  nearest first (``more: 1``) or the nearest one; with the location off (null), none. An
  application without zones answers the seed (``Backend.nearest_zones``).
"""

import json
import math
import secrets
import sqlite3
import time
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import argument_error, quoted
from ..jsonio import dumps_text
from . import database
from .database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS geozones (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    cooldown INTEGER NOT NULL,
    range INTEGER NOT NULL,
    content TEXT,
    preset_code TEXT,
    cluster TEXT,
    campaign TEXT,
    timetable TEXT,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS geozones_by_application ON geozones (application);
CREATE TABLE IF NOT EXISTS geozone_clusters (
    code TEXT PRIMARY KEY,
    application TEXT NOT NULL,
    name TEXT NOT NULL,
    cooldown INTEGER NOT NULL,
    created REAL NOT NULL
);
"""
TABLES = ("geozones", "geozone_clusters")
EARTH_RADIUS = 6_371_000
"""The Earth's mean radius in metres, for the great-circle distance."""
CLUSTER_COOLDOWN = 60
"""A cluster's cooldown (seconds) when addGeoZoneCluster gives none: what the library sends."""
COLUMNS = {
    "name": "name",
    "lat": "lat",
    "lng": "lng",
    "cooldown": "cooldown",
    "range": "range",
    "content": "content",
    "presetCode": "preset_code",
    "cluster": "cluster",
    "campaign": "campaign",
    "timetable": "timetable",
}
"""A zone's request fields and the columns that keep them."""


def create(db: sqlite3.Connection) -> None:
    """Create the tables."""
    db.executescript(SCHEMA)


def degrees(value: Any, field: str, limit: float) -> float:
    """A latitude (``limit`` 90) or longitude (180) sent as a number or a string, or a 210
    naming the field."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not -limit <= number <= limit:
        raise argument_error(
            f"{field}: expected degrees from {-limit:g} to {limit:g}, got {quoted(value)}"
        )
    return number


def distance(lat: float, lng: float, other_lat: float, other_lng: float) -> int:
    """The great-circle distance between two points, in whole metres (haversine)."""
    phi, other_phi = math.radians(lat), math.radians(other_lat)
    half_lat = math.sin((other_phi - phi) / 2)
    half_lng = math.sin(math.radians(other_lng - lng) / 2)
    a = half_lat * half_lat + math.cos(phi) * math.cos(other_phi) * half_lng * half_lng
    return round(2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(a))))


def _values(zone: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The columns a zone's fields set (those it gives), checked and encoded."""
    values: dict[str, Any] = {}
    for field, column in COLUMNS.items():
        if field not in zone:
            continue
        value = zone[field]
        if field in ("lat", "lng"):
            value = degrees(value, f"{where}{field}", 90 if field == "lat" else 180)
        elif field == "content":
            value = dumps_text({"default": value} if isinstance(value, str) else value)
        elif field == "timetable":
            value = dumps_text(value)
        elif field in ("cooldown", "range"):
            value = stored_whole(value, f"{where}{field}")
        values[column] = value
    return values


LARGEST_STORED = 2**63 - 1
"""The largest whole number the state's SQLite holds."""


def stored_whole(value: Any, where: str) -> Any:
    """A whole number the state can hold; a larger one is the API's 210 naming the field (the
    spec sets no maximum: no source gives one)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > LARGEST_STORED:
        raise argument_error(f"{where}: {value} is larger than the mock stores ({LARGEST_STORED})")
    return value


def _listed(row: sqlite3.Row) -> dict[str, Any]:
    """A zone as listGeoZones answers it."""
    return {
        "id": row["id"],
        "name": row["name"],
        "lat": row["lat"],
        "lng": row["lng"],
        "cooldown": row["cooldown"],
        "range": row["range"],
        "presetCode": row["preset_code"],
        "content": None if row["content"] is None else json.loads(row["content"]),
    }


class Geozones:
    """Every application's geozones and clusters."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ---- zones ------------------------------------------------------------------------------

    def add(self, application: str, zones: Sequence[Mapping[str, Any]]) -> list[int]:
        """addGeoZone: store the zones, all of them or none; return their ids in order."""
        rows = [_values(zone, f"geozones[{index}].") for index, zone in enumerate(zones)]
        now = time.time()
        with self._db.transaction() as db:
            for index, values in enumerate(rows):
                self._check_cluster(db, application, values.get("cluster"), index)
            ids = []
            for values in rows:
                names = ", ".join(values)
                marks = ", ".join("?" * len(values))
                inserted = db.execute(
                    f"INSERT INTO geozones (application, created, {names}) VALUES (?, ?, {marks})",
                    (application, now, *values.values()),
                )
                ids.append(int(inserted.lastrowid or 0))
        return ids

    def update(self, application: str, changes: Sequence[Mapping[str, Any]]) -> None:
        """updateGeoZone: set the fields each change gives, on every zone or on none."""
        rows = [(c["id"], _values(c, f"geozones[{i}].")) for i, c in enumerate(changes)]
        with self._db.transaction() as db:
            for index, (zone, values) in enumerate(rows):
                self._require(db, application, zone)
                self._check_cluster(db, application, values.get("cluster"), index)
            for zone, values in rows:
                if values:
                    assignments = ", ".join(f"{column} = ?" for column in values)
                    db.execute(
                        f"UPDATE geozones SET {assignments} WHERE id = ?", (*values.values(), zone)
                    )

    def delete(self, application: str, ids: Sequence[int]) -> None:
        """deleteGeoZone: delete the zones, every one or none."""
        with self._db.transaction() as db:
            for zone in ids:
                self._require(db, application, zone)
            db.executemany("DELETE FROM geozones WHERE id = ?", [(zone,) for zone in ids])

    @staticmethod
    def _require(db: sqlite3.Connection, application: str, zone: int) -> None:
        found = db.execute(
            "SELECT 1 FROM geozones WHERE id = ? AND application = ?", (zone, application)
        ).fetchone()
        if found is None:
            raise argument_error(f"Geozone not found: {zone}")

    def listed(self, application: str) -> list[dict[str, Any]]:
        """listGeoZones: the application's clusters in the order they were made, each with its
        zones, then the zones without a cluster under a null name and code (when there are any)."""
        with self._db.locked() as db:
            clusters = db.execute(
                "SELECT code, name FROM geozone_clusters WHERE application = ?"
                " ORDER BY created, code",
                (application,),
            ).fetchall()
            zones = db.execute(
                "SELECT * FROM geozones WHERE application = ? ORDER BY id", (application,)
            ).fetchall()
        grouped: dict[str | None, list[dict[str, Any]]] = {row["code"]: [] for row in clusters}
        loose: list[dict[str, Any]] = []
        for zone in zones:
            grouped.get(zone["cluster"], loose).append(_listed(zone))
        answer = [
            {"name": row["name"], "code": row["code"], "geoZones": grouped[row["code"]]}
            for row in clusters
        ]
        if loose:
            answer.append({"name": None, "code": None, "geoZones": loose})
        return answer

    def nearest(
        self, application: str, lat: float | None, lng: float | None
    ) -> list[dict[str, Any]] | None:
        """The application's zones nearest first (by id on a tie), each with the device's
        distance to its centre; none when the location is off (null); None when the application
        has no zones."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT id, name, lat, lng, range FROM geozones WHERE application = ?",
                (application,),
            ).fetchall()
        if not rows:
            return None
        if lat is None or lng is None:
            return []
        measured = sorted(
            (distance(lat, lng, row["lat"], row["lng"]), row["id"], row) for row in rows
        )
        return [
            {
                "name": row["name"],
                "lat": row["lat"],
                "lng": row["lng"],
                "range": row["range"],
                "distance": metres,
            }
            for metres, _, row in measured
        ]

    # ---- clusters ---------------------------------------------------------------------------

    def add_cluster(self, application: str, name: str, cooldown: int | None) -> str:
        """addGeoZoneCluster: a new cluster; return its code."""
        digits = secrets.token_hex(5).upper()
        code = f"{digits[:5]}-{digits[5:]}"
        with self._db.locked() as db:
            db.execute(
                "INSERT INTO geozone_clusters (code, application, name, cooldown, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    code,
                    application,
                    name,
                    CLUSTER_COOLDOWN if cooldown is None else stored_whole(cooldown, "cooldown"),
                    time.time(),
                ),
            )
        return code

    def delete_cluster(self, application: str, code: str) -> None:
        """deleteGeoZoneCluster: delete the cluster; its zones stay, without a cluster."""
        with self._db.transaction() as db:
            self._check_cluster(db, application, code)
            db.execute("UPDATE geozones SET cluster = NULL WHERE cluster = ?", (code,))
            db.execute("DELETE FROM geozone_clusters WHERE code = ?", (code,))

    def clusters(self, application: str) -> list[dict[str, Any]]:
        """listGeoZoneClusters: the application's clusters in the order they were made, each
        with the number of its zones."""
        with self._db.locked() as db:
            rows = db.execute(
                "SELECT c.name, c.code, c.cooldown, COUNT(z.id) AS geozones"
                " FROM geozone_clusters c LEFT JOIN geozones z ON z.cluster = c.code"
                " WHERE c.application = ? GROUP BY c.code ORDER BY c.created, c.code",
                (application,),
            ).fetchall()
        return [dict(row) for row in rows]

    @staticmethod
    def _check_cluster(
        db: sqlite3.Connection, application: str, code: str | None, index: int | None = None
    ) -> None:
        """Raise the 210 ``Geozone cluster not found`` unless the application has this cluster
        (None: no cluster)."""
        if code is None:
            return
        found = db.execute(
            "SELECT 1 FROM geozone_clusters WHERE code = ? AND application = ?",
            (code, application),
        ).fetchone()
        if found is None:
            where = "" if index is None else f"geozones[{index}].cluster: "
            raise argument_error(f"{where}Geozone cluster not found: {code}")

    # ---- the whole state ----------------------------------------------------------------------

    def all(self, db: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
        """Every zone and cluster, as the state shows them."""
        zones = []
        for row in db.execute("SELECT * FROM geozones ORDER BY id"):
            zone = dict(row)
            for column in ("content", "timetable"):
                zone[column] = None if zone[column] is None else json.loads(zone[column])
            zones.append(zone)
        clusters = [
            dict(row) for row in db.execute("SELECT * FROM geozone_clusters ORDER BY created")
        ]
        return {"zones": zones, "clusters": clusters}

    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        """Delete every zone and cluster."""
        database.clear(db, TABLES)

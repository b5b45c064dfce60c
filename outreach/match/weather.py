"""Weather alerts: which alerts warrant outreach, who is inside them, and one outreach per client per storm.

Pure except for `StormTracker`, a small in-memory state that an engine run carries from item to item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple, Protocol

import numpy as np
import shapely
from shapely.geometry import Polygon

from outreach.feeds.item import WeatherAlert
from outreach.match.config import DEFAULT_CONFIG, MatchConfig


class Placed(Protocol):
    """Where a set of places lies, by position: `RosterIndex` (homes) and `sites.Sites` (other locations)."""

    longitudes: np.ndarray
    latitudes: np.ndarray
    area_codes: np.ndarray
    areas: list[tuple[str, str]]

ACTIONABLE_SEVERITY = frozenset({"Severe", "Extreme"})
ACTIONABLE_MSG_TYPES = frozenset({"Alert", "Update"})
_VTEC = re.compile(
    r"/?([OTEX])\.([A-Z]{3})\.([A-Z]{4})\.([A-Z]{2})\.([A-Z])\.(\d{4})\.(\d{6}T\d{4}Z)-(\d{6}T\d{4}Z)/?"
)
_ENDING_ACTIONS = frozenset({"CAN", "EXP", "UPG"})


@dataclass(frozen=True)
class Vtec:
    product: str  # O operational, T test, E experimental, X experimental VTEC
    action: str  # NEW, CON, EXT, EXA, EXB, UPG, CAN, EXP, COR, ROU
    office: str
    phenomena: str
    significance: str
    etn: str
    begin: str

    def event_key(self, year: int | None) -> str:
        """office.phenomena.significance.etn[.year]: the same storm across Alert, Update and Cancel."""
        year_part = f".{year}" if year else ""
        return f"{self.office}.{self.phenomena}.{self.significance}.{self.etn}{year_part}"


def parse_vtec(value: str) -> Vtec | None:
    """Parse one P-VTEC string such as "/O.NEW.KMOB.TO.A.0641.251119T1806Z-251120T0100Z/"."""
    m = _VTEC.search(value or "")
    if not m:
        return None
    return Vtec(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7))


def not_actionable(alert: WeatherAlert, now: datetime | None) -> str | None:
    """Why an alert proposes no outreach (None when it does): severity, status, message type, expiry."""
    if alert.status != "Actual":
        return f"status {alert.status}"
    if alert.msg_type not in ACTIONABLE_MSG_TYPES:
        return f"msgType {alert.msg_type}"
    if alert.severity not in ACTIONABLE_SEVERITY:
        return f"severity {alert.severity}"
    vtecs = [v for v in (parse_vtec(x) for x in alert.vtec) if v]
    if vtecs and all(v.action in _ENDING_ACTIONS for v in vtecs):
        return "VTEC says the event ended (" + ",".join(sorted({v.action for v in vtecs})) + ")"
    if vtecs and all(v.product == "T" for v in vtecs):
        return "test VTEC"
    end = alert.expires or alert.ends
    if now is not None and end is not None and end < now:
        return "expired"
    return None


def storm_keys(alert: WeatherAlert) -> list[str]:
    """VTEC event keys of an alert (usually one; a split Cancel+Update carries several)."""
    when = alert.sent or alert.effective or alert.onset
    year = when.year if when else None
    keys = []
    for raw in alert.vtec:
        v = parse_vtec(raw)
        if v:
            keys.append(v.event_key(year))
    return list(dict.fromkeys(keys))


def reference_ids(alert: WeatherAlert) -> list[str]:
    """Referenced identifiers; CAP "sender,identifier,sent" triplets are reduced to the identifier."""
    out = []
    for ref in alert.references:
        parts = [p.strip() for p in ref.split(",")]
        out.append(parts[1] if len(parts) == 3 else ref.strip())
    return out


@dataclass
class StormTracker:
    """Groups alerts into storms (VTEC event, or the root of the references chain) and remembers who was covered."""

    storm_of: dict[str, str] = field(default_factory=dict)  # alert identifier or VTEC key -> storm id
    # storm id -> client ids it already reached (dicts as sets: untracked by the cyclic GC, see EngineState)
    covered: dict[str, dict[str, None]] = field(default_factory=dict)

    def storm_for(self, alert: WeatherAlert) -> str:
        keys = storm_keys(alert)
        refs = reference_ids(alert)
        storm = next((self.storm_of[r] for r in refs if r in self.storm_of), None)
        storm = storm or next((self.storm_of[k] for k in keys if k in self.storm_of), None)
        storm = storm or (f"vtec:{keys[0]}" if keys else f"cap:{refs[0] if refs else alert.identifier}")
        for k in (alert.identifier, *keys, *refs):
            self.storm_of.setdefault(k, storm)
        self.covered.setdefault(storm, {})
        return storm



@lru_cache(maxsize=256)
def _polygons(rings: tuple[tuple[tuple[float, float], ...], ...]) -> list[Polygon]:
    polys = [Polygon(r) for r in rings if len(r) >= 3]
    return [p if p.is_valid else p.buffer(0) for p in polys]


def county_coverage(alert: WeatherAlert, county: str, state: str,
                    config: MatchConfig = DEFAULT_CONFIG) -> tuple[float, str] | None:
    """(score, evidence) when the alert's SAME / UGC county codes cover a client's county, else None.

    A polygon decides for a client with coordinates (storm-based warnings cut counties); this is for the
    others (and every client of an alert without polygons). It depends only on the client's county FIPS and
    state, so it is decided once per county."""
    same = f"0{county}" if county else ""
    if same and same in alert.same:
        return config.county_same, f"client county FIPS {county} is in the {alert.event} area (SAME {same})"
    ugc_county = _ugc_for(county, state)
    if ugc_county and ugc_county in alert.ugc:
        return config.county_ugc, f"client county {ugc_county} is in the {alert.event} area (UGC)"
    return None


def location_evidence(event: str, where: str, lat: float | None, lon: float | None, county_evidence: str | None,
                      prefix: str = "") -> str:
    """The evidence for a client's other place: which one (`where`), and the polygon test or the county that
    put it in the alert's area. Ends as the home evidence does ("... polygon" for a polygon)."""
    if county_evidence is None:
        return f"{prefix}client's {where} ({lat:.4f}, {lon:.4f}) is inside the {event} polygon"
    return f"{prefix}client's {where}: " + county_evidence.replace("client county", "its county", 1)


def inside_evidence(event: str, lats: list[float], lons: list[float], prefix: str = "") -> list[str]:
    """The evidence for clients at (lat, lon) inside the alert's polygon, `prefix` prepended: the constant
    parts are built once for many clients."""
    # One %-template applied by a C-level map: "%.4f" formats exactly as f"{x:.4f}" does.
    template = f"{prefix}client location (".replace("%", "%%") + "%.4f, %.4f" + (
        f") is inside the {event} polygon".replace("%", "%%"))
    return list(map(template.__mod__, zip(lats, lons, strict=True)))


def polygons_cover(alert: WeatherAlert, lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Which points the alert's polygons cover, one vectorised test per polygon (boundary counts as inside)."""
    inside = np.zeros(len(lons), dtype=bool)
    for poly in _polygons(alert.polygons):
        inside |= shapely.intersects_xy(poly, lons, lats)
    return inside


class Covered(NamedTuple):
    """Roster positions an alert covers, with their score and evidence (None: `inside_evidence` per client)."""

    positions: np.ndarray
    score: float
    evidence: str | None


def covered_positions(alert: WeatherAlert, index: Placed, positions: np.ndarray,
                      config: MatchConfig = DEFAULT_CONFIG) -> list[Covered]:
    """Who among these roster positions (or `Sites` positions) the alert covers, grouped with score and evidence.

    Clients with coordinates are tested against the polygons in one vectorised call and come first (one
    group, evidence per client); the others follow in order, in runs of one county and state, each run
    decided once by `county_coverage`.
    """
    out: list[Covered] = []
    rest = positions
    if alert.polygons:
        lons = index.longitudes[positions]
        located = ~np.isnan(lons)
        if located.any():
            at = positions[located]
            hits = at[polygons_cover(alert, lons[located], index.latitudes[at])]
            if len(hits):
                out.append(Covered(hits, config.inside_polygon, None))
            rest = positions[~located]
    if not len(rest):
        return out
    codes = index.area_codes[rest]
    starts = [0, *(np.flatnonzero(codes[1:] != codes[:-1]) + 1).tolist()]
    decided: dict[int, tuple[float, str] | None] = {}
    for lo, hi, code in zip(starts, [*starts[1:], len(rest)], codes[starts].tolist(), strict=True):
        if code not in decided:
            county, state = index.areas[code]
            decided[code] = county_coverage(alert, county, state, config)
        cov = decided[code]
        if cov is not None:
            out.append(Covered(rest[lo:hi], *cov))
    return out


@lru_cache(maxsize=1)
def _addfips():
    from addfips import AddFIPS

    return AddFIPS()  # loads its county table: once


@lru_cache(maxsize=128)
def _state_fips(state: str) -> str:
    return _addfips().get_state_fips(state) or ""


def _ugc_for(county_fips: str, state: str) -> str:
    """UGC county code ("WIC035") for a client county FIPS ("55035")."""
    if len(county_fips) != 5 or not state:
        return ""
    if _state_fips(state) != county_fips[:2]:
        return ""
    return f"{state}C{county_fips[2:]}"


def alert_counties(alert: WeatherAlert) -> set[str]:
    """5-digit county FIPS named by the alert (SAME codes, and UGC county codes)."""
    out = {s[-5:] for s in alert.same if len(s) == 6 and s.isdigit()}
    for ugc in alert.ugc:
        if len(ugc) == 6 and ugc[2] == "C" and ugc[3:].isdigit():
            st = _state_fips(ugc[:2])
            if st:
                out.add(st + ugc[3:])
    return out


def alert_states(alert: WeatherAlert) -> set[str]:
    """USPS state codes from UGC codes (zones too), for alerts that name no county."""
    return {u[:2] for u in alert.ugc if len(u) == 6 and u[:2].isalpha()}

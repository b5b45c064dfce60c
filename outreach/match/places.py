"""Places in text: US state names/abbreviations (USPS, AP style, full) and town-in-state checks (zipcodes)."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from outreach.match.names import fold
from outreach.us_states import state_names

# Abbreviations a newspaper writes beside the full names (AP style and older forms), for the 50 states and DC.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("ala",), "AK": (), "AZ": ("ariz",), "AR": ("ark",),
    "CA": ("calif", "cal"), "CO": ("colo",), "CT": ("conn",),
    "DE": ("del",), "DC": ("d.c",), "FL": ("fla",),
    "GA": ("ga",), "HI": (), "ID": (), "IL": ("ill",),
    "IN": ("ind",), "IA": (), "KS": ("kan", "kans"), "KY": ("ky",),
    "LA": ("la",), "ME": (), "MD": ("md",), "MA": ("mass",),
    "MI": ("mich",), "MN": ("minn",), "MS": ("miss",),
    "MO": ("mo",), "MT": ("mont",), "NE": ("neb", "nebr"),
    "NV": ("nev",), "NH": ("n.h",), "NJ": ("n.j",),
    "NM": ("n.m", "n.mex"), "NY": ("n.y",), "NC": ("n.c",),
    "ND": ("n.d", "n.dak"), "OH": (), "OK": ("okla",),
    "OR": ("ore", "oreg"), "PA": ("pa", "penn"), "RI": ("r.i",),
    "SC": ("s.c",), "SD": ("s.d", "s.dak"), "TN": ("tenn",),
    "TX": ("tex",), "UT": (), "VT": ("vt",), "VA": ("va",),
    "WA": ("wash",), "WV": ("w.va", "w.v"), "WI": ("wis", "wisc"),
    "WY": ("wyo",),
}

# Folded spelling (no trailing period) -> USPS code. Two-letter codes only count when written in capitals.
STATE_BY_NAME: dict[str, str] = {}
for _code, _names in _ABBREVIATIONS.items():
    for _n in (state_names()[_code].casefold(), *_names):
        STATE_BY_NAME[_n] = _code
MULTIWORD_STATES = {n for n in STATE_BY_NAME if " " in n}
STATE_CODES = set(_ABBREVIATIONS)


@lru_cache(maxsize=50_000)
def state_code(token: str) -> str:
    """USPS code for a state written as "WI", "Wis.", "Wisconsin" (or "" when it is not a state).

    Bare two-letter codes must be upper case, so the word "in" or "me" is never a state.
    """
    raw = token.strip().rstrip(".,")
    if not raw:
        return ""
    if len(raw) == 2 and raw.isupper() and raw in STATE_CODES:
        return raw
    if len(raw) == 2:
        # AP style with its period ("Pa.", "Va.", "Mo.") is a state; a bare "Pa" or "in" is not.
        return STATE_BY_NAME.get(raw.lower(), "") if token.strip().endswith(".") and raw[0].isupper() else ""
    return STATE_BY_NAME.get(fold(raw), "")


@lru_cache(maxsize=1)
def _towns() -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], tuple[float, float]]]:
    """(town -> states that have it, (town, state) -> mean ZIP centroid), offline from zipcodes."""
    import zipcodes

    states: dict[str, set[str]] = {}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zipcodes.list_all():
        for city in (z["city"], *z.get("acceptable_cities", [])):
            key = city_key(city)
            states.setdefault(key, set()).add(z["state"])
            try:
                points.setdefault((key, z["state"]), []).append((float(z["lat"]), float(z["long"])))
            except (TypeError, ValueError):
                continue
    centroids = {k: (sum(p[0] for p in v) / len(v), sum(p[1] for p in v) / len(v)) for k, v in points.items() if v}
    return {k: frozenset(v) for k, v in states.items()}, centroids


@lru_cache(maxsize=1)
def _town_points() -> tuple[np.ndarray, np.ndarray, list[tuple[str, str]]]:
    """Every town's centroid, sorted by latitude: (latitudes, longitudes, (town key, state) in the same order)."""
    items = sorted(_towns()[1].items(), key=lambda kv: kv[1][0])
    lats = np.array([p[0] for _, p in items], dtype=np.float64)
    lons = np.array([p[1] for _, p in items], dtype=np.float64)
    return lats, lons, [k for k, _ in items]


_KM_PER_DEGREE = 111.2


@lru_cache(maxsize=4096)
def neighbour_towns(town: str, states: frozenset[str], km: float) -> frozenset[tuple[str, str]]:
    """(town key, state) of the other towns whose centroid lies within `km` of the town of this name in any of
    `states` (any state: the next town over may be across a state line, Fargo and Moorhead). A latitude band
    by binary search, then an equirectangular distance (exact enough at tens of kilometres)."""
    key = city_key(town)
    lats, lons, keys = _town_points()
    found: set[tuple[str, str]] = set()
    for st in states:
        point = _towns()[1].get((key, st))
        if point is None:
            continue
        lat, lon = point
        dlat = km / _KM_PER_DEGREE
        lo, hi = np.searchsorted(lats, (lat - dlat, lat + dlat))
        band_lat, band_lon = lats[lo:hi], lons[lo:hi]
        dx = (band_lon - lon) * math.cos(math.radians(lat)) * _KM_PER_DEGREE
        dy = (band_lat - lat) * _KM_PER_DEGREE
        found.update(keys[lo + i] for i in np.flatnonzero(dx * dx + dy * dy <= km * km).tolist())
    return frozenset(found - {(key, st) for st in states})


@lru_cache(maxsize=4096)
def neighbour_town_keys(town: str, states: frozenset[str], km: float) -> frozenset[str]:
    """The town keys of `neighbour_towns` (what a roster sift keeps), built once per query."""
    return frozenset(key for key, _ in neighbour_towns(town, states, km))


def _city_states() -> dict[str, frozenset[str]]:
    return _towns()[0]


def town_location(town: str, state: str) -> tuple[float, float] | None:
    """(lat, lon) of a town in a state (the mean of its ZIP centroids), or None."""
    return _towns()[1].get((city_key(town), state))


@lru_cache(maxsize=100_000)
def city_key(city: str) -> str:
    """Folded town name with "St."/"Saint" and "Ft."/"Fort" unified and punctuation dropped."""
    words = fold(city).replace(".", " ").replace("-", " ").split()
    words = [{"saint": "st", "fort": "ft", "mount": "mt"}.get(w, w) for w in words]
    return " ".join(words)


def states_with_town(town: str) -> frozenset[str]:
    """The states that have a town of this name (offline, from the zipcodes data)."""
    return _city_states().get(city_key(town), frozenset())


def is_known_town(town: str) -> bool:
    return bool(states_with_town(town))


def warm() -> None:
    """Load the town table now (about a second) rather than inside the first item's matching."""
    _towns()

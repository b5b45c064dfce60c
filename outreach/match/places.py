"""Places in text: US state names/abbreviations (USPS, AP style, full) and town-in-state checks (zipcodes)."""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

import numpy as np

from outreach.geo import km_between
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
COUNTY_REACH = 2.0  # a town of the same county counts as next door within this many times the adjacency reach


@lru_cache(maxsize=1)
def _town_position() -> dict[tuple[str, str], int]:
    """(town key, state) -> its index in `_town_points`' order."""
    return {key: i for i, key in enumerate(_town_points()[2])}


@lru_cache(maxsize=2)
def _neighbour_table(km: float) -> tuple[np.ndarray, np.ndarray]:
    """Every town's neighbours within `km`, itself included, by index in `_town_points`' order: town i's are
    ids[starts[i]:starts[i + 1]], ascending. Worked out for all towns at once (~0.2 s) rather than per query
    (a survivor's town each, ~9,000 distinct a day at a million clients, ~0.1 ms each in the heap of one).

    The test is `neighbour_towns`' definition, bit for bit: a latitude band by binary search, then an
    equirectangular distance with the cosine of the town's own latitude. Blocks of towns adjacent in
    latitude share one candidate range, sorted by longitude, so each town only tests the few candidates
    within reach of its longitude (a superset: the exact test decides)."""
    lats, lons, _ = _town_points()
    dlat = km / _KM_PER_DEGREE
    lo, hi = np.searchsorted(lats, lats - dlat), np.searchsorted(lats, lats + dlat)
    cos = np.array([math.cos(math.radians(lat)) for lat in lats.tolist()])  # math.cos: the per-query value
    reach = dlat / cos * (1 + 1e-6)
    pairs = []
    for a in range(0, len(lats), _BLOCK):
        b = min(a + _BLOCK, len(lats))
        cand = np.arange(lo[a], hi[b - 1])
        order = np.argsort(lons[cand], kind="stable")
        by_lon = lons[cand][order]
        first = np.searchsorted(by_lon, lons[a:b] - reach[a:b], side="left")
        counts = np.searchsorted(by_lon, lons[a:b] + reach[a:b], side="right") - first
        q = np.repeat(np.arange(a, b), counts)
        # candidate k of town q: the (first[q] + k)-th by longitude
        j = cand[order[np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts - first, counts)]]
        dx = (lons[j] - lons[q]) * cos[q] * _KM_PER_DEGREE
        dy = (lats[j] - lats[q]) * _KM_PER_DEGREE
        keep = (j >= lo[q]) & (j < hi[q]) & (dx * dx + dy * dy <= km * km)
        pairs.append((q[keep], j[keep]))
    return _by_town(pairs, len(lats))


def _by_town(pairs: list[tuple[np.ndarray, np.ndarray]], towns: int) -> tuple[np.ndarray, np.ndarray]:
    """(town, other town) id pairs as (starts, ids): town i's others are ids[starts[i]:starts[i + 1]], ascending,
    each once (a town in two counties meets a mate of both twice)."""
    q = np.concatenate([p[0] for p in pairs]) if pairs else np.empty(0, dtype=np.int64)
    j = np.concatenate([p[1] for p in pairs]) if pairs else np.empty(0, dtype=np.int64)
    order = np.lexsort((j, q))
    q, j = q[order], j[order]
    once = np.ones(len(q), dtype=bool)
    once[1:] = (q[1:] != q[:-1]) | (j[1:] != j[:-1])
    return np.searchsorted(q[once], np.arange(towns + 1)), j[once].astype(np.int32)


_BLOCK = 256  # towns per candidate range in `_neighbour_table`: ~1,500 candidates each


# The towns whose neighbours are kept between items (each a few kilobytes of town ids). With 4,096 kept, the bench's
# day at a million clients recomputed neighbours 18,050 times: survivors' places are many, and come back.
_NEIGHBOURS_KEPT = 16384


@lru_cache(maxsize=_NEIGHBOURS_KEPT)
def neighbour_ids(town: str, states: frozenset[str], km: float) -> frozenset[int]:
    """The town ids (`town_id`) of the other towns whose centroid lies within `km` of the town of this name in
    any of `states` (any state: the next town over may be across a state line, Fargo and Moorhead), from
    `_neighbour_table`: a latitude band by binary search, then an equirectangular distance (exact enough at
    tens of kilometres); and the towns of its county (Wyola and Lodge Grass, 29 km apart in Big Horn County)."""
    key = city_key(town)
    position = _town_position()
    starts, ids = _neighbour_table(km)
    mate_starts, mate_ids = _county_table(km)
    found: set[int] = set()
    for st in states:
        i = position.get((key, st))
        if i is not None:
            found.update(ids[starts[i] : starts[i + 1]].tolist())
            found.update(mate_ids[mate_starts[i] : mate_starts[i + 1]].tolist())
    return frozenset(found - {position.get((key, st)) for st in states})


@lru_cache(maxsize=2)
def _county_table(km: float) -> tuple[np.ndarray, np.ndarray]:
    """Every town's county mates: the towns sharing a county with it within COUNTY_REACH x km (a western county is
    as large as a state), by town id as `_neighbour_table` keeps them (town i's are ids[starts[i]:starts[i + 1]],
    ascending). Worked out per county at once (~0.1 s) rather than per query (~14,000 distinct towns a day at a
    million clients). The distance is the per-town one, bit for bit: the cosine of the town's own latitude."""
    _, county_towns = _counties()
    lats, lons, _ = _town_points()
    reach = (COUNTY_REACH * km) ** 2
    pairs = []
    for towns in county_towns.values():
        t = np.array(towns, dtype=np.int64)
        cos = np.array([math.cos(math.radians(lat)) for lat in lats[t].tolist()])
        # row q (the town), column j (a mate): the per-town expressions with lats[i] -> lats[t][:, None]
        dlat = (lats[t][None, :] - lats[t][:, None]) * _KM_PER_DEGREE
        dlon = (lons[t][None, :] - lons[t][:, None]) * _KM_PER_DEGREE * cos[:, None]
        q, j = np.nonzero(dlat * dlat + dlon * dlon <= reach)
        pairs.append((t[q], t[j]))
    return _by_town(pairs, len(lats))


@lru_cache(maxsize=1)
def _counties() -> tuple[dict[int, tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """(town id -> its counties' FIPS codes, FIPS -> the town ids in that county), offline from zipcodes and
    addfips (a town's ZIP codes may lie in two counties)."""
    import addfips
    import zipcodes

    fips_of = addfips.AddFIPS()
    position = _town_position()
    of_town: dict[int, set[str]] = {}
    for z in zipcodes.list_all():
        fips = fips_of.get_county_fips(z.get("county") or "", z["state"]) if z.get("county") else None
        if not fips:
            continue
        for city in (z["city"], *z.get("acceptable_cities", [])):
            i = position.get((city_key(city), z["state"]))
            if i is not None:
                of_town.setdefault(i, set()).add(fips)
    towns: dict[str, list[int]] = {}
    for i, codes in of_town.items():
        for fips in codes:
            towns.setdefault(fips, []).append(i)
    return ({i: tuple(sorted(c)) for i, c in of_town.items()}, {f: tuple(sorted(t)) for f, t in towns.items()})


def neighbour_towns(town: str, states: frozenset[str], km: float) -> frozenset[tuple[str, str]]:
    """`neighbour_ids` as (town key, state)."""
    return frozenset(map(town_keys().__getitem__, neighbour_ids(town, states, km)))


def town_id(key: str, state: str) -> int | None:
    """The id of the town (`city_key`) of this name in this state, None for a town no ZIP code knows."""
    return _town_position().get((key, state))


def town_keys() -> list[tuple[str, str]]:
    """(town key, state) by town id."""
    return _town_points()[2]


def _city_states() -> dict[str, frozenset[str]]:
    return _towns()[0]


def town_location(town: str, state: str) -> tuple[float, float] | None:
    """(lat, lon) of a town in a state (the mean of its ZIP centroids), or None."""
    return _towns()[1].get((city_key(town), state))


@lru_cache(maxsize=8192)
def nearer_namesake_state(town: str, near_town: str, near_state: str, km: float) -> str:
    """The state of the town named `town` within `km` of `near_town` (in `near_state`) when the one of that name
    in `near_state` itself is farther: "her niece, JoAnn Pridgeon of Monticello" in a Thomasville, Ga., notice is
    in Monticello, Fla. (40 km), not Monticello, Ga. (200 km). "" when there is none, or it is in `near_state`."""
    here = town_location(near_town, near_state)
    if here is None:
        return ""
    best, best_km = "", math.inf
    for st in states_with_town(town):
        at = town_location(town, st)
        if at is not None and (d := km_between(here, at)) < best_km:
            best, best_km = st, d
    return best if best != near_state and best_km <= km else ""


@lru_cache(maxsize=100_000)
def city_key(city: str) -> str:
    """Folded town name with "St."/"Saint" and "Ft."/"Fort" unified, punctuation dropped and a leading particle
    joined to its word (a roster's "Mac Arthur" is the notice's "MacArthur", "De Kalb" is "DeKalb"; but "Lake View"
    stays apart from Lakeview)."""
    words = fold(city).replace(".", " ").replace("-", " ").split()
    words = [{"saint": "st", "fort": "ft", "mount": "mt"}.get(w, w) for w in words]
    if len(words) > 1 and words[-1] in _PLACE_KIND:
        words.pop()  # "Isleta Pueblo" is the ZIP code's Isleta (and "Pueblo" alone stays Pueblo, Colo.)
    if len(words) > 1 and words[0] in _TOWN_PARTICLES:
        words[:2] = [words[0] + words[1]]
    return " ".join(words)


# The first words a town's name is written with or without a space after ("La Crosse", "LaCrosse")
_TOWN_PARTICLES = frozenset({"mac", "mc", "de", "du", "la", "le", "van", "von"})
# A trailing word that says what kind of place a town is, which a ZIP code's town name may leave off.
# (Pennsylvania's and Michigan's "Harborcreek Township" is the ZIP code's Harborcreek)
_PLACE_KIND = frozenset({"pueblo", "township", "twp"})


@lru_cache(maxsize=1)
def _postal_cities() -> dict[str, frozenset[tuple[str, str]]]:
    """Local place key -> the (postal city key, state) of the ZIP codes that list it as another name of theirs:
    the USPS's acceptable names (Bloomfield for 15224, Pittsburgh) and the names it asks not to use that local
    people still write (Lockwood for 59101, Billings; Manito for 99203, Spokane)."""
    import zipcodes

    out: dict[str, set[tuple[str, str]]] = {}
    towns = _town_position()
    for z in zipcodes.list_all():
        city = city_key(z["city"])
        for alias in (*z.get("acceptable_cities", []), *z.get("unacceptable_cities", [])):
            key = city_key(alias)
            if key and key != city:
                out.setdefault(key, set()).add((city, z["state"]))
        # "Sheila Tannenwald of Margate": Margate City, N.J., as its people call it (unless the state has a Margate)
        if city.endswith(" city") and (short := city[: -len(" city")]) and (short, z["state"]) not in towns:
            out.setdefault(short, set()).add((city, z["state"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def postal_cities(town: str, state: str = "") -> frozenset[tuple[str, str]]:
    """The (postal city key, state) pairs of which `town` is a local name (`_postal_cities`), in `state` if given."""
    found = _postal_cities().get(city_key(town), frozenset())
    return frozenset(p for p in found if p[1] == state) if state else found


def states_with_town(town: str) -> frozenset[str]:
    """The states that have a town of this name (offline, from the zipcodes data)."""
    return _city_states().get(city_key(town), frozenset())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries other than the US, folded (outreach/data/countries.txt says where the names come from)."""
    text = resources.files("outreach").joinpath("data/countries.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line and not line.startswith("#"))


def is_country(name: str) -> bool:
    """A country (or a Canadian province, a UK nation) other than the US: "Norway", "Ireland", "Ontario"."""
    return fold(name) in _countries()


def is_known_town(town: str) -> bool:
    return bool(states_with_town(town))


# Words that make a place an institution of the town before them ("Boston Fire Department", "Mountain Home Air
# Force Base"), not a town of its own ("Spring Hill" is no part of Spring, Texas).
_INSTITUTION_WORDS = frozenset({
    "air", "base", "fire", "police", "department", "sheriff's", "high", "school", "schools", "university",
    "college", "hospital", "medical", "church", "parish", "ladder", "engine", "station", "army", "naval",
    "district", "library", "academy",
})


def leading_town(place: str, state: str = "") -> str:
    """The town an institution no gazetteer has is named after, by its leading words ("Mountain Home Air Force
    Base": Mountain Home; "Boston Fire Department": Boston), in `state` when given; "" when the place is a town
    itself, or its other words name no institution."""
    if (state in states_with_town(place)) if state else is_known_town(place):
        return ""
    words = place.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if ((state in states_with_town(head)) if state else is_known_town(head)) and \
                words[k].lower() in _INSTITUTION_WORDS:
            return head
    return ""


def warm() -> None:
    """Load the town table and its counties now (about a second each) rather than inside the first item's
    matching."""
    _towns()
    _counties()
    _postal_cities()

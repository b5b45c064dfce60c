"""Places in text: US state names/abbreviations (USPS, AP style, full) and town-in-state checks (zipcodes)."""

from __future__ import annotations

from functools import lru_cache

from outreach.match.names import fold

_STATES = {
    "AL": ("alabama", "ala"), "AK": ("alaska",), "AZ": ("arizona", "ariz"), "AR": ("arkansas", "ark"),
    "CA": ("california", "calif", "cal"), "CO": ("colorado", "colo"), "CT": ("connecticut", "conn"),
    "DE": ("delaware", "del"), "DC": ("district of columbia", "d.c"), "FL": ("florida", "fla"),
    "GA": ("georgia", "ga"), "HI": ("hawaii",), "ID": ("idaho",), "IL": ("illinois", "ill"),
    "IN": ("indiana", "ind"), "IA": ("iowa",), "KS": ("kansas", "kan", "kans"), "KY": ("kentucky", "ky"),
    "LA": ("louisiana", "la"), "ME": ("maine",), "MD": ("maryland", "md"), "MA": ("massachusetts", "mass"),
    "MI": ("michigan", "mich"), "MN": ("minnesota", "minn"), "MS": ("mississippi", "miss"),
    "MO": ("missouri", "mo"), "MT": ("montana", "mont"), "NE": ("nebraska", "neb", "nebr"),
    "NV": ("nevada", "nev"), "NH": ("new hampshire", "n.h"), "NJ": ("new jersey", "n.j"),
    "NM": ("new mexico", "n.m", "n.mex"), "NY": ("new york", "n.y"), "NC": ("north carolina", "n.c"),
    "ND": ("north dakota", "n.d", "n.dak"), "OH": ("ohio",), "OK": ("oklahoma", "okla"),
    "OR": ("oregon", "ore", "oreg"), "PA": ("pennsylvania", "pa", "penn"), "RI": ("rhode island", "r.i"),
    "SC": ("south carolina", "s.c"), "SD": ("south dakota", "s.d", "s.dak"), "TN": ("tennessee", "tenn"),
    "TX": ("texas", "tex"), "UT": ("utah",), "VT": ("vermont", "vt"), "VA": ("virginia", "va"),
    "WA": ("washington", "wash"), "WV": ("west virginia", "w.va", "w.v"), "WI": ("wisconsin", "wis", "wisc"),
    "WY": ("wyoming", "wyo"),
}

# Folded spelling (no trailing period) -> USPS code. Two-letter codes only count when written in capitals.
STATE_BY_NAME: dict[str, str] = {}
for _code, _names in _STATES.items():
    for _n in _names:
        STATE_BY_NAME[_n] = _code
MULTIWORD_STATES = {n for n in STATE_BY_NAME if " " in n}
STATE_CODES = set(_STATES)


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

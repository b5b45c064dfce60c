"""Deterministic synthetic data for `make bench`: a client roster of any size and one day of feeds.

- `roster(n)` yields the same first k clients for every n >= k (one seeded stream, generated in order), so
  the 1,000 "core" clients are in every roster size and planted mentions of them match at every size.
- `day_of_feeds(core)` builds obituaries, NWS alerts and news stories as FeedItems (parsing is not what
  the benchmark measures), written in the shapes real feeds have, with a known share of them naming core
  clients. It returns the items and the planted (client_id, item_id, role) expectations.

Places are real US ZIP codes (the offline `zipcodes` data) with county FIPS from `addfips`. Names come
from bench/name_data.py plus nickname relations from the `nicknames` package. Nothing is downloaded.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from bench import name_data as nd
from outreach.client import Client
from outreach.feeds.item import FeedItem, WeatherAlert

SEED = 20261128
DAY = datetime(2026, 11, 27, tzinfo=UTC)  # the synthetic day of feeds starts here
CORE = 1_000  # clients present in every roster size; planted mentions name only these


@dataclass(frozen=True)
class Place:
    city: str
    state: str
    postal_code: str
    county_fips: str
    county: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Active standard US ZIP codes (50 states + DC) with coordinates and a county FIPS, in ZIP order."""
    import zipcodes
    from addfips import AddFIPS

    af = AddFIPS()
    fips: dict[tuple[str, str], str] = {}
    out = []
    for z in zipcodes.list_all():
        if z["zip_code_type"] != "STANDARD" or not z["active"] or not z["lat"] or not z["county"]:
            continue
        if z["state"] in {"PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP"}:
            continue
        key = (z["county"], z["state"])
        if key not in fips:
            fips[key] = af.get_county_fips(z["county"], state=z["state"]) or ""
        if not fips[key]:
            continue
        out.append(Place(z["city"], z["state"], z["zip_code"], fips[key], z["county"].removesuffix(" County"),
                         float(z["lat"]), float(z["long"])))
    return tuple(out)


@dataclass(frozen=True)
class County:
    fips: str
    name: str
    state: str
    lat: float
    lon: float
    towns: tuple[str, ...]


@lru_cache(maxsize=1)
def counties() -> dict[str, County]:
    """County FIPS -> centroid of its ZIP codes and its towns."""
    groups: dict[str, list[Place]] = {}
    for p in places():
        groups.setdefault(p.county_fips, []).append(p)
    return {
        f: County(f, ps[0].county, ps[0].state, sum(p.lat for p in ps) / len(ps), sum(p.lon for p in ps) / len(ps),
                  tuple(dict.fromkeys(p.city for p in ps)))
        for f, ps in groups.items()
    }


class Weighted:
    """Weighted sampling by bisect over cumulative weights (random.choices rebuilds them on every call)."""

    def __init__(self, values: Sequence[str], weights: Sequence[float]):
        self.values = list(values)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> str:
        return self.values[bisect.bisect(self.cum, rng.random() * self.total)]


def _zipf(n: int, s: float = 0.9) -> list[float]:
    return [1.0 / (r ** s) for r in range(1, n + 1)]


def _tail_surnames(rng: random.Random, count: int) -> list[str]:
    """Composed surnames for the long tail ("Halvorsen", "Kowalczyk", "McBrennan"), unique and seeded."""
    seen = set(nd.SURNAME_HEAD) | set(nd.SURNAME_ODD)
    out: list[str] = []
    styles = list(nd.TAIL_SUFFIXES)
    roots = nd.TAIL_ROOTS
    # Root + suffix ("Lindquist") first, then root + root + suffix ("Halberger") for the far tail.
    simple = [(pre, root, suf) for style in styles for root in roots
              for suf in nd.TAIL_SUFFIXES[style] for pre in nd.TAIL_PREFIXES.get(style, [""])]
    rng.shuffle(simple)
    doubled = ((pre, a + b.lower(), suf) for pre, a, suf in itertools.cycle(simple[:4000])
               for b in (roots[int(rng.random() * len(roots))],))
    for pre, root, suf in itertools.chain(simple, doubled):
        name = pre + root + suf
        if len(name) < 4 or name in seen:
            continue
        seen.add(name)
        out.append(name)
        if len(out) >= count:
            break
    return out


@dataclass
class Names:
    """Samplers for given names (by sex), surnames and nicknames."""

    male: Weighted
    female: Weighted
    surname: Weighted
    nicknames: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def given(self, rng: random.Random, sex: str) -> str:
        return (self.male if sex == "M" else self.female)(rng)

    def nickname(self, rng: random.Random, given: str) -> str:
        options = self.nicknames.get(given, ())
        return options[int(rng.random() * len(options))] if options else ""


# Archaic or second-hand forms in the nickname data that nobody's roster records.
_ODD_NICKNAMES = {"dob", "hob", "dobbin", "hobkin", "bela", "lib", "mitzi", "rupert"}
_ODD_NICKNAME_PAIRS = {("Robert", "Bill"), ("Robert", "Billy"), ("Mary", "Marie")}


@lru_cache(maxsize=1)
def names() -> Names:
    """The name distributions: Zipf-like heads of common names, a composed surname tail of 60,000."""
    from nicknames import NickNamer

    rng = random.Random(SEED)
    tail = _tail_surnames(rng, 60_000)
    head = list(dict.fromkeys(nd.SURNAME_HEAD))
    # The head carries ~30% of people with Smith near 0.9%, as the most common few hundred US surnames do.
    head_w = [0.9 * w for w in _zipf(len(head), 0.55)]
    tail_w = [1.0 / (r + len(head)) ** 0.6 for r in range(1, len(tail) + 1)]  # continues where the head ends
    scale = (70 / 30) * sum(head_w) / sum(tail_w)
    odd_w = [head_w[len(head) // 2]] * len(nd.SURNAME_ODD)
    surname = Weighted(head + nd.SURNAME_ODD + tail, head_w + odd_w + [w * scale for w in tail_w])
    nn = NickNamer()
    nick: dict[str, tuple[str, ...]] = {}
    for g in {*nd.MALE_GIVEN, *nd.FEMALE_GIVEN}:
        # Only the everyday forms: "Bob", "Peggy", "Liz" rather than "Dobbin" or "Hob".
        opts = sorted(n.capitalize() for n in nn.nicknames_of(g.lower()) if 3 <= len(n) <= 6)
        nick[g] = tuple(o for o in opts if o.lower() not in _ODD_NICKNAMES and (g, o) not in _ODD_NICKNAME_PAIRS)
    return Names(
        male=Weighted(list(dict.fromkeys(nd.MALE_GIVEN)), _zipf(len(dict.fromkeys(nd.MALE_GIVEN)), 0.7)),
        female=Weighted(list(dict.fromkeys(nd.FEMALE_GIVEN)), _zipf(len(dict.fromkeys(nd.FEMALE_GIVEN)), 0.7)),
        surname=surname,
        nicknames=nick,
    )


# --- roster ---------------------------------------------------------------------------------------------

ADVISERS = tuple(f"adviser{i:02d}@firm.example" for i in range(1, 41))


def _ascii(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def iter_roster(n: int, seed: int = SEED) -> Iterator[Client]:
    """n clients, deterministic, prefix-stable: the first k clients are the same for every n >= k.

    About 35% live in a five-state home region, the rest anywhere in the US; 12% of clients come as
    married couples who are both clients (same address, each other's spouse columns), 45% more record a
    non-client spouse; married women often carry a maiden name; a quarter record a nickname.
    """
    rng = random.Random(seed)
    nm = names()
    ps = places()
    home = [p for p in ps if p.state in nd.HOME_STATES]
    made = 0

    def place() -> Place:
        pool = home if rng.random() < 0.35 else ps
        return pool[int(rng.random() * len(pool))]

    def person(sex: str, last: str, where: Place, spouse: tuple[str, str] = ("", ""), first: str = "") -> Client:
        nonlocal made
        made += 1
        first = first or nm.given(rng, sex)
        r = rng.random()
        middle = nm.given(rng, sex) if r < 0.45 else (nm.given(rng, sex)[0] if r < 0.65 else "")
        nickname = nm.nickname(rng, first) if rng.random() < 0.25 else ""
        maiden = nm.surname(rng) if sex == "F" and spouse[0] and rng.random() < 0.6 else ""
        if maiden == last:
            maiden = ""
        last_written = last + (" Jr." if sex == "M" and rng.random() < 0.02 else "")
        located = rng.random() >= 0.03
        return Client(
            client_id=f"C{made:07d}", first_name=first, last_name=last_written, middle_name=middle,
            nickname=nickname, maiden_name=maiden, spouse_first_name=spouse[0], spouse_last_name=spouse[1],
            city=where.city, state=where.state, postal_code=where.postal_code,
            county_fips=where.county_fips if rng.random() >= 0.01 else "",
            latitude=round(where.lat + (rng.random() - 0.5) * 0.04, 5) if located else None,
            longitude=round(where.lon + (rng.random() - 0.5) * 0.04, 5) if located else None,
            email=f"{_ascii(first)}.{_ascii(last)}{made}@example.com",
            advisor_email=ADVISERS[int(rng.random() * len(ADVISERS))],
            do_not_contact=rng.random() < 0.02,
        )

    while made < n:
        where = place()
        last = nm.surname(rng)
        r = rng.random()
        if r < 0.12 and made + 2 <= n:
            # A couple, both clients: draw the husband's given name first so each names the other.
            husband_first = nm.given(rng, "M")
            wife_first = nm.given(rng, "F")
            yield person("M", last, where, (wife_first, last), husband_first)
            yield person("F", last, where, (husband_first, last), wife_first)
        elif r < 0.57:
            sex = "F" if rng.random() < 0.5 else "M"
            yield person(sex, last, where, (nm.given(rng, "M" if sex == "F" else "F"), last))
        else:
            yield person("F" if rng.random() < 0.5 else "M", last, where)


def roster(n: int, seed: int = SEED) -> list[Client]:
    """The first n clients of the seeded stream (see iter_roster)."""
    return list(iter_roster(n, seed))


# --- a day of feeds -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Planted:
    client_id: str
    item_id: str
    role: str  # deceased_client | survivor | in_area | subject


@dataclass
class _Person:
    given: str
    surname: str
    sex: str
    town: str
    state: str
    nickname: str = ""
    spouse: str = ""


_STATE_AP = {"WI": "Wis.", "MN": "Minn.", "IL": "Ill.", "IA": "Iowa", "MI": "Mich.", "AZ": "Ariz.",
             "FL": "Fla.", "TX": "Texas", "CA": "Calif.", "NC": "N.C.", "GA": "Ga.", "CO": "Colo.",
             "WA": "Wash.", "NY": "N.Y.", "PA": "Pa.", "OH": "Ohio", "TN": "Tenn."}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


class _Writer:
    """Shared helpers for the item builders: random people and places from the same distributions."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.nm = names()
        self.ps = places()
        self.home = [p for p in self.ps if p.state in nd.HOME_STATES]
        self.by_state: dict[str, list[Place]] = {}
        for p in self.ps:
            self.by_state.setdefault(p.state, []).append(p)

    def near(self, state: str, share: float = 0.6) -> Place:
        """Family lives close: usually in the same state, otherwise anywhere."""
        if self.rng.random() < share:
            pool = self.by_state[state]
            return pool[int(self.rng.random() * len(pool))]
        return self.place()

    def place(self, home_share: float = 0.6) -> Place:
        pool = self.home if self.rng.random() < home_share else self.ps
        return pool[int(self.rng.random() * len(pool))]

    def person(self, sex: str | None = None, surname: str = "", where: Place | None = None) -> _Person:
        sex = sex or ("F" if self.rng.random() < 0.5 else "M")
        where = where or self.place()
        return _Person(self.nm.given(self.rng, sex), surname or self.nm.surname(self.rng), sex, where.city,
                       where.state)

    def town(self, p: _Person, home_state: str) -> str:
        if p.state == home_state:
            return p.town
        return f"{p.town}, {_STATE_AP.get(p.state, p.state)}"

    def pick(self, seq: Sequence[str]) -> str:
        return seq[int(self.rng.random() * len(seq))]


def _item_id(kind: str, n: int) -> str:
    return f"bench-{kind}-{n:06d}"


def _fingerprint(title: str, text: str) -> str:
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()


def _obituary(w: _Writer, n: int, when: datetime, deceased_client: Client | None,
              survivor_client: Client | None) -> tuple[FeedItem, list[Planted]]:
    rng = w.rng
    planted: list[Planted] = []
    item_id = _item_id("obit", n)
    sc = survivor_client
    if deceased_client is not None:
        c = deceased_client
        sex = "F" if c.maiden_name or c.first_name in nd.FEMALE_GIVEN else "M"
        dead = _Person(c.first_name, c.last_name.removesuffix(" Jr."), sex, c.city, c.state, c.nickname,
                       c.spouse_first_name)
        planted.append(Planted(c.client_id, item_id, "deceased_client"))
    elif sc is not None and rng.random() < 0.5 and sc.maiden_name:
        # A married daughter named in her parent's obituary: the family name is her maiden name.
        dead = w.person(surname=sc.maiden_name)
    elif sc is not None:
        dead = w.person(surname=sc.last_name.removesuffix(" Jr."))
    else:
        dead = w.person()
    if not dead.spouse and rng.random() < 0.6:
        dead.spouse = w.nm.given(rng, "M" if dead.sex == "F" else "F")
    if not dead.nickname and rng.random() < 0.2:
        dead.nickname = w.nm.nickname(rng, dead.given)
    he, his = ("she", "her") if dead.sex == "F" else ("he", "his")
    age = 55 + int(rng.random() * 45)
    home_state = dead.state
    # A planted client's obituary uses the client's own middle initial (a different one would rightly count against).
    if deceased_client is not None:
        mid = f"{deceased_client.middle_name[0]}." if deceased_client.middle_name else ""
    else:
        mid = w.nm.given(rng, dead.sex)[0] + "."
    nick = f' "{dead.nickname}"' if dead.nickname else ""
    given_mid = f"{dead.given} {mid}".strip()
    title = rng.choice([f"{given_mid} {dead.surname}", f"{dead.given}{nick} {dead.surname}",
                        f"{dead.given} {dead.surname} ({DAY.year - age} - {DAY.year})",
                        f"Obituary: {given_mid} {dead.surname}"])
    verb = rng.choice(["passed away peacefully", "died unexpectedly", "passed away", "went home to the Lord",
                       "died surrounded by family"])
    where_died = rng.choice(["at home", "at the hospital", "at a care center in " + dead.town, "at hospice"])
    paras = [(f"{dead.town.upper()} - {given_mid}{nick} {dead.surname}, {age}, of {dead.town}, "
              f"{verb} on {rng.choice(_WEEKDAYS)}, {_MONTHS[10]} {20 + int(rng.random() * 7)}, {DAY.year}, "
              f"{where_died}.")]
    father, mother = w.nm.given(rng, "M"), w.nm.given(rng, "F")
    mother_maiden = w.nm.surname(rng)
    born = w.place()
    paras.append(f"{dead.given} was born on {rng.choice(_MONTHS)} {1 + int(rng.random() * 28)}, {DAY.year - age}, "
                 f"in {born.city}, {_STATE_AP.get(born.state, born.state)}, to {father} and {mother} "
                 f"({mother_maiden}) {dead.surname if dead.sex == 'M' or not dead.spouse else w.nm.surname(rng)}.")
    if dead.spouse:
        spouse_last = dead.surname
        paras.append(f"On {rng.choice(_MONTHS)} {1 + int(rng.random() * 28)}, {DAY.year - age + 22}, {he} married "
                     f"{dead.spouse} {spouse_last if dead.sex == 'F' else w.nm.surname(rng)} at "
                     f"{rng.choice(['St. Mary', 'Trinity Lutheran', 'First Methodist', 'Holy Cross'])} Church "
                     f"in {dead.town}.")
    # Life-story sentences until the obituary reaches its drawn length (~250-600 words in all).
    target_words = 110 + int(rng.random() * 300)
    life = list(nd.OBIT_LIFE)
    rng.shuffle(life)
    story: list[str] = []
    while sum(len(s.split()) for s in story) < target_words and life:
        story.append(life.pop().format(p=rng.choice([dead.given, he.capitalize()]) if story else dead.given,
                                       s=he, o=his, town=born.city))
    paras.append(" ".join(story))

    # Survivors: spouse, children (married daughters carry their husband's surname), grandchildren, siblings.
    parts: list[str] = []
    if dead.spouse:
        parts.append(f"{his} {'husband' if dead.sex == 'F' else 'wife'} of {30 + int(rng.random() * 35)} years, "
                     f"{dead.spouse}")
    kids: list[str] = []
    for _ in range(int(rng.random() * 5)):
        kid = w.person(surname=dead.surname, where=w.near(home_state))
        kspouse = w.nm.given(rng, "M" if kid.sex == "F" else "F")
        if kid.sex == "F" and rng.random() < 0.7:
            kid.surname = w.nm.surname(rng)
        kids.append(f"{kid.given} ({kspouse}) {kid.surname} of {w.town(kid, home_state)}")
    if sc is not None and deceased_client is None:
        cname = sc.nickname if sc.nickname and rng.random() < 0.3 else sc.first_name
        csp = f" ({sc.spouse_first_name})" if sc.spouse_first_name else ""
        ctown = sc.city if sc.state == home_state else f"{sc.city}, {_STATE_AP.get(sc.state, sc.state)}"
        kids.insert(int(rng.random() * (len(kids) + 1)),
                    f"{cname}{csp} {sc.last_name.removesuffix(' Jr.')} of {ctown}")
        planted.append(Planted(sc.client_id, item_id, "survivor"))
    if kids:
        label = "children" if len(kids) > 1 else rng.choice(["son", "daughter", "child"])
        parts.append(f"{his} {label}, " + (", ".join(kids[:-1]) + " and " + kids[-1] if len(kids) > 1 else kids[0]))
    grand = [w.nm.given(rng, rng.choice("MF")) for _ in range(int(rng.random() * 8))]
    if grand:
        parts.append("grandchildren " + (", ".join(grand[:-1]) + " and " + grand[-1] if len(grand) > 1 else grand[0]))
    sibs = [w.person(surname=dead.surname if rng.random() < 0.5 else "", where=w.near(home_state))
            for _ in range(int(rng.random() * 3))]
    if sibs:
        parts.append(f"{'siblings' if len(sibs) > 1 else 'a sibling'} "
                     + ", ".join(f"{s.given} {s.surname} of {w.town(s, home_state)}" for s in sibs))
    if parts:
        paras.append(f"{dead.given} is survived by " + "; ".join(parts) + "; and many nieces, nephews and friends.")
    pre = [f"{his} parents", f"a brother, {w.nm.given(rng, 'M')}"] if rng.random() < 0.7 else [f"{his} parents"]
    paras.append(f"{he.capitalize()} was preceded in death by " + " and ".join(pre) + ".")
    home_name = f"{w.nm.surname(rng)}-{w.nm.surname(rng)} Funeral Home"
    rev = w.person()
    bearers = [w.person() for _ in range(int(rng.random() * 6))]
    service = (f"A funeral service will be held at 11 a.m. {rng.choice(_WEEKDAYS)} at {home_name}, {dead.town}, "
               f"with the Rev. {rev.given} {rev.surname} officiating. Visitation will be from 9 a.m. until the time "
               f"of the service.")
    if bearers:
        service += " Pallbearers are " + ", ".join(f"{b.given} {b.surname}" for b in bearers) + "."
    service += (f" Burial will follow at {rng.choice(['Forest Hill', 'Oakwood', 'Resurrection', 'Evergreen'])} "
                f"Cemetery. In lieu of flowers, memorials may be made to the family. Online condolences may be "
                f"left at the {home_name} website.")
    paras.append(service)
    text = "\n".join(paras)
    return FeedItem(source="bench-obituaries", item_id=item_id, kind="bereavement", title=title, text=text,
                    link=f"https://obits.example/{item_id}", published=when,
                    fingerprint=_fingerprint(title, text)), planted


_ALERT_TYPES = (
    # event, phenomena, significance, severities, polygon, weight
    ("Severe Thunderstorm Warning", "SV", "W", ("Severe",), True, 30),
    ("Tornado Warning", "TO", "W", ("Extreme", "Severe"), True, 6),
    ("Flash Flood Warning", "FF", "W", ("Severe",), True, 8),
    ("Winter Storm Warning", "WS", "W", ("Moderate", "Severe"), False, 10),
    ("Tornado Watch", "TO", "A", ("Extreme", "Severe"), False, 4),
    ("Severe Thunderstorm Watch", "SV", "A", ("Severe",), False, 6),
    ("Wind Advisory", "WI", "Y", ("Minor", "Moderate"), False, 12),
    ("Heat Advisory", "HT", "Y", ("Minor", "Moderate"), False, 8),
    ("Flood Watch", "FA", "A", ("Severe", "Moderate"), False, 6),
    ("Special Weather Statement", "", "", ("Moderate", "Minor"), True, 10),
)
_OFFICES = ("MKX", "ARX", "GRB", "DMX", "DVN", "LOT", "MPX", "DLH", "GRR", "DTX", "ILX", "FSD", "OAX", "TOP",
            "SGF", "LSX", "IND", "IWX", "CLE", "PIT", "OUN", "FWD", "BMX", "JAN", "MOB", "TAE", "FFC", "GSP")


def _alert_counties(w: _Writer, core_counties: Sequence[str], targeted: bool) -> list[str]:
    cs = counties()
    first = w.pick(core_counties) if targeted else w.place(home_share=0.2).county_fips
    c0 = cs[first]
    # Neighbours: the nearest counties of the same state by centroid.
    same_state = sorted((f for f, c in cs.items() if c.state == c0.state and f != first),
                        key=lambda f: (cs[f].lat - c0.lat) ** 2 + (cs[f].lon - c0.lon) ** 2)
    return [first, *same_state[: int(w.rng.random() * 4)]]


@lru_cache(maxsize=64)
def _state_counties(state: str) -> tuple[str, ...]:
    return tuple(f for f, c in counties().items() if c.state == state)


def _alert(w: _Writer, n: int, when: datetime, core_counties: Sequence[str], earlier: list[WeatherAlert],
           targeted: bool) -> FeedItem:
    rng = w.rng
    cs = counties()
    msg_type = "Alert"
    r = rng.random()
    prior = earlier[int(rng.random() * len(earlier))] if earlier else None
    if prior is not None and prior.vtec and r < 0.2:
        msg_type = "Update"
    elif prior is not None and prior.vtec and r < 0.28:
        msg_type = "Cancel"
    if msg_type == "Alert" or prior is None:
        event, phen, sig, sevs, has_poly, _ = _pick_alert_type(rng)
        fips = _alert_counties(w, core_counties, targeted)
        severity = sevs[int(rng.random() * len(sevs))]
        office = w.pick(_OFFICES)
        etn = 1 + int(rng.random() * 900)
        vtec = ((f"/O.NEW.K{office}.{phen}.{sig}.{etn:04d}.{when:%y%m%dT%H%MZ}-"
                 f"{when + timedelta(hours=2):%y%m%dT%H%MZ}/"),) if phen else ()
        polygons = (_polygon(rng, cs[fips[0]]),) if has_poly else ()
        refs: tuple[str, ...] = ()
    else:
        event, severity, fips, polygons = prior.event, prior.severity, [s[1:] for s in prior.same], prior.polygons
        action = "CON" if msg_type == "Update" else "CAN"
        vtec = tuple(v.replace(".NEW.", f".{action}.") for v in prior.vtec)
        refs = (f"w-nws.webmaster@noaa.gov,{prior.identifier},{prior.sent:%Y-%m-%dT%H:%M:%S-00:00}",)
    status = "Actual" if rng.random() >= 0.03 else rng.choice(["Test", "Exercise"])
    names_ = [f"{cs[f].name}, {cs[f].state}" for f in fips]
    ident = f"urn:oid:2.49.0.1.840.0.{hashlib.sha1(f'{SEED}-{n}'.encode()).hexdigest()[:40]}.001.1"
    c0 = cs[fips[0]]
    town = c0.towns[int(rng.random() * len(c0.towns))]
    headline = f"{event} issued {when:%B %d at %I:%M%p} UTC by NWS"
    desc = (f"At {when:%I:%M %p}, {'a severe thunderstorm' if 'Thunder' in event else 'the hazard'} was located near "
            f"{town}, moving east at {20 + int(rng.random() * 40)} mph. "
            f"HAZARD...{rng.choice(['60 mph wind gusts', 'Quarter size hail', 'Heavy snow', 'Flooding rain'])}. "
            f"SOURCE...Radar indicated. IMPACT...Expect damage to roofs, siding, and trees. Locations impacted "
            f"include {', '.join(cs[f].towns[0] for f in fips)}. PRECAUTIONARY/PREPAREDNESS ACTIONS...For your "
            f"protection move to an interior room on the lowest floor of a building.")
    alert = WeatherAlert(
        identifier=ident, event=event, severity=severity, urgency="Immediate", certainty="Observed",
        status=status, msg_type=msg_type, sent=when, effective=when, onset=when,
        expires=when + timedelta(hours=1 + int(rng.random() * 11)), ends=None, area_desc="; ".join(names_),
        headline=headline, sender_name=f"NWS {w.pick(_OFFICES)}", same=tuple(f"0{f}" for f in fips),
        ugc=tuple(f"{cs[f].state}C{f[2:]}" for f in fips), polygons=polygons, vtec=vtec, references=refs,
    )
    earlier.append(alert)
    item_id = _item_id("nws", n)
    return FeedItem(source="bench-nws", item_id=item_id, kind="weather", title=headline, text=desc,
                    link=f"https://api.weather.gov/alerts/{ident}", published=when, alert=alert,
                    fingerprint=_fingerprint(headline, desc))


def _pick_alert_type(rng: random.Random):
    total = sum(t[-1] for t in _ALERT_TYPES)
    x = rng.random() * total
    for t in _ALERT_TYPES:
        x -= t[-1]
        if x < 0:
            return t
    return _ALERT_TYPES[-1]


def _polygon(rng: random.Random, c: County) -> tuple[tuple[float, float], ...]:
    """A storm-based warning quadrilateral around the county centroid, (lon, lat), closed."""
    wlon, wlat = 0.25 + rng.random() * 0.45, 0.2 + rng.random() * 0.35
    lon, lat = c.lon + (rng.random() - 0.5) * 0.2, c.lat + (rng.random() - 0.5) * 0.2
    ring = ((lon - wlon, lat - wlat), (lon + wlon * 1.1, lat - wlat * 0.8), (lon + wlon, lat + wlat),
            (lon - wlon * 0.9, lat + wlat * 1.1))
    return tuple((round(x, 4), round(y, 4)) for x, y in (*ring, ring[0]))


_NEWS_KINDS = (
    # (life event or "" for none, headline, lead) - {n} a person, {t} their town, {o} an organisation
    ("award", "{n} honored by {o}", "{n} of {t} received the distinguished service award from the {o} on {d}."),
    ("promotion", "{o} names new president",
     "{n} of {t} has been named president of the {o}, the board announced {d}."),
    ("retirement", "Longtime teacher retires", "{n} of {t} is retiring after thirty-one years at the {o}."),
    ("opening", "New bakery opens downtown", "{n} of {t} opened a new bakery on Main Street {d}, the {o} said."),
    ("fire", "Fire damages home", "A fire damaged the home of {n} of {t} on {d}, according to the {o}."),
    ("injury", "Two hurt in crash", "{n} of {t} was injured in a two-vehicle crash on {d}, the {o} said."),
    ("", "Council reviews budget", "The {o} reviewed the proposed budget on {d}; {n} of {t} presented the plan."),
    ("", "Letters to the editor", "In a letter to the {o}, {n} of {t} urged readers to support the library levy."),
)
_ORGS = ("Rotary Club", "Chamber of Commerce", "county sheriff's office", "school district", "city council",
         "historical society", "volunteer fire department", "Kiwanis Club", "hospital foundation", "county board")


def _news(w: _Writer, n: int, when: datetime, client: Client | None) -> tuple[FeedItem, list[Planted]]:
    rng = w.rng
    item_id = _item_id("news", n)
    planted: list[Planted] = []
    kinds = _NEWS_KINDS[:6] if client is not None else _NEWS_KINDS
    _event, headline, lead = kinds[int(rng.random() * len(kinds))]
    if client is not None:
        given = client.nickname if client.nickname and rng.random() < 0.3 else client.first_name
        who, town, state = f"{given} {client.last_name.removesuffix(' Jr.')}", client.city, client.state
        planted.append(Planted(client.client_id, item_id, "subject"))
    else:
        p = w.person()
        who, town, state = f"{p.given} {p.surname}", p.town, p.state
    org = w.pick(_ORGS)
    day = rng.choice(_WEEKDAYS)
    title = headline.format(n=who, o=org.title())
    sentences = [lead.format(n=who, t=town, o=org, d=day)]
    dateline = rng.random() < 0.5
    # Quotes and bystanders: the names that make news text costly for a name matcher.
    for _ in range(2 + int(rng.random() * 6)):
        q = w.person()
        sentences.append(rng.choice([
            f'"It was a great day for the whole community," said {q.given} {q.surname}, a longtime resident.',
            f"{q.given} {q.surname}, who chairs the {w.pick(_ORGS)}, said the group would meet again in spring.",
            f"According to {q.given} {q.surname} of {q.town}, the plan has broad support.",
            f'"We have been working toward this for years," {q.given} {q.surname} said.',
        ]))
    if rng.random() < 0.15:
        roll = [w.person() for _ in range(4 + int(rng.random() * 8))]
        sentences.append("Students named to the honor roll include "
                         + ", ".join(f"{r.given} {r.surname}" for r in roll[:-1])
                         + f" and {roll[-1].given} {roll[-1].surname}.")
    target_words = 150 + int(rng.random() * 250)
    filler = list(nd.NEWS_FILLER)
    rng.shuffle(filler)
    k = 0
    while sum(len(s.split()) for s in sentences) < target_words:
        sentences.insert(1 + int(rng.random() * len(sentences)), filler[k % len(filler)])
        k += 1
    text = " ".join(sentences)
    if dateline:
        text = f"{town.upper()}, {_STATE_AP.get(state, state)} - {text}"
    return FeedItem(source="bench-news", item_id=item_id, kind="news", title=title, text=text,
                    link=f"https://news.example/{item_id}", published=when,
                    fingerprint=_fingerprint(title, text)), planted


@dataclass
class Day:
    items: list[FeedItem]
    planted: list[Planted]
    start: datetime
    end: datetime
    core_digest: str = ""  # of the clients the planted mentions name: a roster must start with them


def roster_digest(clients: Sequence[Client]) -> str:
    """A digest of clients, to check that a roster begins with the core a day of feeds was planted from."""
    return hashlib.sha256(repr(list(clients)).encode()).hexdigest()


def day_of_feeds(core: Sequence[Client], *, obituaries: int = 10_000, alerts: int = 1_000, news: int = 20_000,
                 seed: int = SEED + 1, deceased_share: float = 0.015, survivor_share: float = 0.15,
                 alert_share: float = 0.25, news_share: float = 0.04) -> Day:
    """One day of feeds. Planted shares: obituaries of a core client (deceased_share), obituaries naming
    one as a survivor (survivor_share), alerts over a core client's county (alert_share) and news stories
    about one (news_share). Everything else names random people of the same name distribution, who
    become namesakes of roster clients as the roster grows.
    """
    rng = random.Random(seed)
    w = _Writer(rng)
    core = list(core)
    # Deceased clients are never also planted as survivors or subjects (the engine rightly skips the dead).
    n_dead = int(obituaries * deceased_share)
    dead_pool = rng.sample(core, k=min(n_dead, len(core) // 5))
    dead_ids = {c.client_id for c in dead_pool}
    living = [c for c in core if c.client_id not in dead_ids]
    core_counties = sorted({c.county_fips for c in core if c.county_fips})
    items: list[FeedItem] = []
    planted: list[Planted] = []
    seconds = 24 * 3600

    def when() -> datetime:
        return DAY + timedelta(seconds=int(rng.random() * seconds))

    dead_slots = set(rng.sample(range(obituaries), k=len(dead_pool)))
    dead_iter = iter(dead_pool)
    for i in range(obituaries):
        dc = next(dead_iter) if i in dead_slots else None
        sc = living[int(rng.random() * len(living))] if dc is None and rng.random() < survivor_share else None
        item, p = _obituary(w, i, when(), dc, sc)
        items.append(item)
        planted.extend(p)
    # Alerts in time order so Updates and Cancels follow the alerts they reference.
    earlier: list[WeatherAlert] = []
    times = sorted(when() for _ in range(alerts))
    for i, t in enumerate(times):
        items.append(_alert(w, i, t, core_counties, earlier, rng.random() < alert_share))
    for i in range(news):
        client = living[int(rng.random() * len(living))] if rng.random() < news_share else None
        item, p = _news(w, i, when(), client)
        items.append(item)
        planted.extend(p)
    return Day(items=items, planted=planted, start=DAY, end=DAY + timedelta(days=1), core_digest=roster_digest(core))

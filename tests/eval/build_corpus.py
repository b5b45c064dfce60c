"""Build the labelled matching corpus in tests/eval/{dev,test}: roster.csv, feeds/*, gold.csv.

Fictional people in real towns, written for this project (no third-party text). The gold pairs come from
how each family, storm and story was constructed here, never from running the matcher.

    .venv/bin/python tests/eval/build_corpus.py      # rewrites tests/eval/dev and tests/eval/test

The two splits use different seeds; the test split also uses obituary and news styles the dev split never
shows (see STYLES_TEST_ONLY), so tuning on dev cannot memorise them.

Gold conventions (outreach/evaluate.py scores (client_id, item_id, kind, role)):
- bereavement: the same obituary in two feeds is one event; gold names the earliest-published copy.
- weather: one outreach per client per storm; gold names the alert that first covered the client
  (an Update that widens the polygon is gold only for the newly covered clients; a Cancel for nobody).
- a client known to be deceased (an earlier obituary) gets nothing afterwards; do_not_contact gets nothing.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

MALE = ["Robert:Bob", "William:Bill", "James:Jim", "John:Jack", "Richard:Dick", "Thomas:Tom", "Charles:Chuck",
        "Michael:Mike", "Joseph:Joe", "David:Dave", "Daniel:Dan", "Gerald:Jerry", "Donald:Don", "Kenneth:Ken",
        "Ronald:Ron", "Edward:Ed", "Lawrence:Larry", "Steven:Steve", "Anthony:Tony", "Timothy:Tim", "Gary",
        "Dennis", "Mark", "Paul", "Eric", "Bruce", "Wayne", "Roger", "Dale", "Duane", "Arnold:Arnie",
        "Leonard:Len", "Raymond:Ray", "Eugene:Gene", "Harold:Hal", "Walter:Walt", "Jose", "Luis", "Andre",
        "Nathan:Nate", "Benjamin:Ben", "Matthew:Matt", "Christopher:Chris", "Samuel:Sam", "Patrick:Pat"]
FEMALE = ["Margaret:Peggy", "Elizabeth:Betty", "Patricia:Patty", "Katherine:Kathy", "Susan:Sue", "Deborah:Debbie",
          "Barbara:Barb", "Jennifer:Jenny", "Dorothy:Dottie", "Judith:Judy", "Cynthia:Cindy", "Rebecca:Becky",
          "Victoria:Vicky", "Kimberly:Kim", "Mary", "Linda", "Karen", "Nancy", "Sandra", "Donna", "Carol",
          "Sharon", "Janet", "Diane", "Joan", "Lois", "Marlene", "Gloria", "Renee", "Zoë", "Chloé", "Inés",
          "Amy", "Laura", "Heidi", "Kristin", "Megan", "Ann", "Ellen", "Ruth", "Theresa:Terri", "Christine:Chris"]
SURNAMES = ["Smith", "Johnson", "Olson", "Halvorsen", "Miller", "Carlson", "Anderson", "Larson", "Nelson",
            "Peterson", "Kowalski", "Schultz", "Mueller", "Schneider", "Hanson", "Lund", "Berg", "Thompson",
            "O'Brien", "O'Connor", "McDonald", "Van Dyke", "Vander Wal", "Núñez", "García", "Peña", "Müller",
            "Nguyen", "Vang", "Xiong", "Lee", "Brandt", "Hoffman", "Krueger", "Schmitz", "Jensen", "Sorensen",
            "Ruiz-Gómez", "Smith-Jones", "Lindqvist", "Dahl", "Moe", "Bauer", "Wagner", "Becker", "Fischer",
            "Zimmerman", "Koch", "Brennan", "Sullivan", "Murphy", "Kelly", "Walsh", "Ryan", "Dolan", "Novak",
            "Horvath", "Kaminski", "Lewandowski", "Wojcik", "Jablonski", "DeMarco", "LaFleur", "St. Pierre"]
HOME_TOWNS = [("Eau Claire", "WI"), ("Chippewa Falls", "WI"), ("Menomonie", "WI"), ("Altoona", "WI"),
              ("Rice Lake", "WI"), ("Hudson", "WI"), ("River Falls", "WI"), ("La Crosse", "WI"),
              ("Onalaska", "WI"), ("Madison", "WI"), ("Middleton", "WI"), ("Verona", "WI"), ("Stoughton", "WI"),
              ("Wausau", "WI"), ("Stevens Point", "WI"), ("Fond du Lac", "WI"), ("Black River Falls", "WI"),
              ("Bloomer", "WI")]
NEAR_TOWNS = [("Minneapolis", "MN"), ("St. Paul", "MN"), ("Rochester", "MN"), ("Red Wing", "MN"),
              ("Winona", "MN"), ("Stillwater", "MN"), ("Dubuque", "IA")]
FAR_TOWNS = [("Phoenix", "AZ"), ("Tucson", "AZ"), ("Mesa", "AZ"), ("Naples", "FL"), ("Fort Myers", "FL"),
             ("Dallas", "TX"), ("Denver", "CO"), ("Madison", "SD"), ("Boise", "ID"), ("Spokane", "WA"),
             ("Columbus", "OH")]
STATE_STYLE = {"WI": ["Wis.", "WI", "Wisconsin"], "MN": ["Minn.", "MN", "Minnesota"], "IA": ["Iowa", "IA"],
               "AZ": ["Ariz.", "AZ", "Arizona"], "FL": ["Fla.", "FL", "Florida"], "TX": ["Texas", "TX"],
               "CO": ["Colo.", "CO", "Colorado"], "SD": ["S.D.", "SD", "South Dakota"], "ID": ["Idaho", "ID"],
               "WA": ["Wash.", "WA", "Washington"], "OH": ["Ohio", "OH"]}
CHURCHES = ["Grace Lutheran Church", "St. Patrick's Catholic Church", "First Presbyterian Church",
            "Our Savior's Lutheran Church", "Sacred Heart Catholic Church", "Trinity United Methodist Church"]
HOMES = ["Lenmark-Wilson Funeral Home", "Cernohous Funeral & Cremation", "Hulke Family Funeral Home",
         "Pederson-Volker Funeral Chapel", "Olson Funeral Home", "Anderson Memorial Chapel"]
ORDINAL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@cache
def place(city: str, state: str) -> tuple[str, str, float, float]:
    """(zip, county fips, lat, lon) of a real town, offline from the zipcodes/addfips data."""
    import addfips
    import zipcodes

    key = city.replace("St. ", "Saint ").lower()
    rows = [z for z in zipcodes.list_all() if z["state"] == state and z["city"].lower() == key]
    z = rows[0]
    county = addfips.AddFIPS().get_county_fips(z["county"], state=state) or ""
    return z["zip_code"], county, float(z["lat"]), float(z["long"])


@dataclass
class Person:
    first: str
    last: str
    sex: str
    nick: str = ""
    middle: str = ""
    maiden: str = ""
    suffix: str = ""
    town: tuple[str, str] = ("", "")
    spouse: Person | None = None
    alive: bool = True
    client_id: str = ""

    @property
    def given_written(self) -> str:
        return self.first


@dataclass
class Client:
    row: dict[str, str]


@dataclass
class Corpus:
    rng: random.Random
    split: str
    clients: list[dict[str, str]] = field(default_factory=list)
    gold: list[tuple[str, str, str, str]] = field(default_factory=list)
    obits_a: list[str] = field(default_factory=list)  # funeral home feed entries (xml)
    obits_b: list[str] = field(default_factory=list)  # newspaper feed entries
    news: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    n: int = 0
    used_names: set[tuple[str, str]] = field(default_factory=set)
    town_shown: set[int] = field(default_factory=set)
    deceased_clients: dict[str, datetime] = field(default_factory=dict)

    # --- people ---------------------------------------------------------------------------------------
    def name(self, sex: str) -> tuple[str, str]:
        raw = self.rng.choice(MALE if sex == "M" else FEMALE)
        first, _, nick = raw.partition(":")
        return first, nick

    def person(self, sex: str, last: str, town: tuple[str, str]) -> Person:
        for _ in range(50):
            first, nick = self.name(sex)
            if (first, last) not in self.used_names:
                break
        self.used_names.add((first, last))
        middle = self.rng.choice(["", "", "J.", "Ann", "Marie", "Lee", "A.", "R.", "James", "Lynn"])
        return Person(first, last, sex, nick=nick, middle=middle, town=town)

    def add_client(self, p: Person, *, town: tuple[str, str] | None = None, dnc: bool = False,
                   formal: bool = True, coords: bool = True, with_spouse: bool = True) -> str:
        self.n += 1
        cid = f"{self.split[0].upper()}{self.n:04d}"
        city, state = town or p.town
        zip_code, county, lat, lon = place(city, state)
        jitter = (self.rng.uniform(-0.02, 0.02), self.rng.uniform(-0.02, 0.02))
        first = p.first if formal or not p.nick else p.nick
        nickname = p.nick if formal else ""
        sp = p.spouse if with_spouse else None
        last = p.last + (self.rng.choice([" Jr.", ", Jr", " JR"]) if p.suffix == "jr" else
                         (" Sr." if p.suffix == "sr" else ""))
        # Rosters drop accents about half the time; matching must not care.
        if self.rng.random() < 0.4:
            import unicodedata

            def plain(s: str) -> str:
                return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
            first, last = plain(first), plain(last)
        self.clients.append({
            "client_id": cid, "first_name": first, "middle_name": p.middle.rstrip("."), "last_name": last,
            "nickname": nickname, "maiden_name": p.maiden, "spouse_first_name": sp.first if sp else "",
            "spouse_last_name": sp.last if sp and sp.last != p.last else "", "city": city, "state": state,
            "postal_code": zip_code, "county_fips": county,
            "latitude": f"{lat + jitter[0]:.5f}" if coords else "",
            "longitude": f"{lon + jitter[1]:.5f}" if coords else "",
            "email": f"{cid.lower()}@example.com", "advisor_email": "adviser@example.com",
            "do_not_contact": "yes" if dnc else "no",
        })
        p.client_id = cid
        return cid

    def add_filler(self, count: int) -> None:
        for _ in range(count):
            sex = self.rng.choice("MF")
            last = self.rng.choice(SURNAMES)
            town = self.rng.choice(HOME_TOWNS + NEAR_TOWNS)
            p = self.person(sex, last, town)
            if self.rng.random() < 0.5:
                p.spouse = self.person("F" if sex == "M" else "M", last, town)
            self.add_client(p, formal=self.rng.random() < 0.7)


def town_text(rng: random.Random, town: tuple[str, str], home_state: str) -> str:
    city, state = town
    if state == home_state and rng.random() < 0.7:
        return city
    return f"{city}, {rng.choice(STATE_STYLE.get(state, [state]))}"


def rfc822(dt: datetime) -> str:
    return format_datetime(dt)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- families and obituaries ---------------------------------------------------------------------------

@dataclass
class Family:
    dead: Person
    age: int
    birth_last: str
    spouse: Person | None
    spouse_preceded: Person | None
    children: list[Person]
    siblings: list[Person]
    grandkids: list[Person]
    preceded_siblings: list[Person]
    parents: tuple[Person, Person]
    officiant: Person
    director: Person
    doctor: Person
    pallbearers: list[Person]
    when: datetime


def other_surname(rng: random.Random, *avoid: str) -> str:
    while True:
        s = rng.choice(SURNAMES)
        if s not in avoid:
            return s


def survivor_town(rng: random.Random, home: tuple[str, str]) -> tuple[str, str]:
    r = rng.random()
    if r < 0.35:
        return home
    if r < 0.7:
        return rng.choice(HOME_TOWNS)
    if r < 0.85:
        return rng.choice(NEAR_TOWNS)
    return rng.choice(FAR_TOWNS)


def make_family(c: Corpus, when: datetime, *, home: tuple[str, str] | None = None, age: int | None = None,
                dead: Person | None = None) -> Family:
    rng = c.rng
    home = home or rng.choice(HOME_TOWNS)
    sex = dead.sex if dead else rng.choice("MF")
    last = dead.last if dead else rng.choice(SURNAMES)
    birth_last = last if sex == "M" else other_surname(rng, last)
    d = dead or c.person(sex, last, home)
    d.alive = False
    if sex == "F":
        d.maiden = birth_last
    age = age or rng.randint(58, 97)
    sp_sex = "F" if sex == "M" else "M"
    spouse = spouse_prec = None
    sp = c.person(sp_sex, last, home)
    if sp_sex == "F":
        sp.maiden = other_surname(rng, last)
    d.spouse = sp
    sp.spouse = d
    if rng.random() < 0.68:
        spouse = sp
    else:
        spouse_prec = sp
        sp.alive = False
    children = []
    for _ in range(rng.choice([0, 1, 2, 2, 3, 3, 4])):
        csex = rng.choice("MF")
        town = survivor_town(rng, home)
        if csex == "M":
            ch = c.person("M", last, town)
            if rng.random() < 0.75:
                w = c.person("F", last, town)
                w.maiden = other_surname(rng, last)
                ch.spouse, w.spouse = w, ch
        else:
            if rng.random() < 0.75:
                married = other_surname(rng, last)
                ch = c.person("F", married, town)
                ch.maiden = last
                h = c.person("M", married, town)
                ch.spouse, h.spouse = h, ch
            else:
                ch = c.person("F", last, town)
        children.append(ch)
    siblings, prec_sibs = [], []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        ssex = rng.choice("MF")
        town = survivor_town(rng, home)
        if ssex == "F" and rng.random() < 0.8:
            married = other_surname(rng, birth_last)
            s = c.person("F", married, town)
            s.maiden = birth_last
            if rng.random() < 0.6:
                h = c.person("M", married, town)
                s.spouse, h.spouse = h, s
        else:
            s = c.person(ssex, birth_last, town)
        if rng.random() < 0.25:
            s.alive = False
            prec_sibs.append(s)
        else:
            siblings.append(s)
    grandkids = []
    sons = [ch for ch in children if ch.last == last]
    for son in sons:
        for _ in range(rng.choice([0, 1, 2, 3])):
            grandkids.append(c.person(rng.choice("MF"), last, son.town))
    f_ = c.person("M", birth_last, home)
    m_ = c.person("F", birth_last, home)
    m_.maiden = other_surname(rng, birth_last)
    f_.alive = m_.alive = False
    officiant = c.person(rng.choice("MF"), other_surname(rng, last), home)
    director = c.person(rng.choice("MF"), other_surname(rng, last), home)
    doctor = c.person(rng.choice("MF"), other_surname(rng, last), home)
    pall = [c.person("M", other_surname(rng, last), home) for _ in range(rng.choice([0, 0, 3, 4]))]
    return Family(d, age, birth_last, spouse, spouse_prec, children, siblings, grandkids, prec_sibs, (f_, m_),
                  officiant, director, doctor, pall, when)


def pron(p: Person) -> tuple[str, str, str]:
    return ("He", "his", "him") if p.sex == "M" else ("She", "her", "her")


def given_as_written(rng: random.Random, p: Person, style: str) -> str:
    """How a list writes a given name: formal, nickname, or formal with the nickname in quotes."""
    if p.nick and rng.random() < 0.3:
        return p.nick
    if p.nick and rng.random() < 0.25:
        return f'{p.first} "{p.nick}"'
    return p.first


def render_member(rng: random.Random, p: Person, fam: Family, style: str, home_state: str,
                  show_town: bool = True) -> str:
    """One survivor as an obituary writes them."""
    g = given_as_written(rng, p, style)
    town = town_text(rng, p.town, home_state) if show_town else ""
    sp = p.spouse if (p.spouse and p.spouse.alive and p.spouse is not fam.dead) else None
    same_last = p.last == fam.dead.last
    if style == "newspaper":
        core = f"{g} ({sp.first})" if sp else g
        core = core if same_last and rng.random() < 0.6 else f"{core} {p.last}"
        return f"{core}, {town}" if town else core
    if sp is None:
        name = g if same_last and rng.random() < 0.5 else f"{g} {p.last}"
        return f"{name} of {town}" if town else name
    r = rng.random()
    if r < 0.55:
        name = f"{g} ({sp.first}) {p.last}"
    elif r < 0.75:
        name = f"{g} {p.last} ({sp.first})"
    elif r < 0.9 and same_last:
        name = f"{g} ({sp.first})"
    else:
        name = f"{g} and {sp.first} {p.last}" if p.sex == "M" else f"{g} and {sp.first} {p.last}"
    return f"{name} of {town}" if town else name


def join(items: list[str], sep: str = ", ") -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return (sep.join(items[:-1]) + f"{sep.strip()} and {items[-1]}" if sep.strip() == ";"
            else sep.join(items[:-1]) + f" and {items[-1]}")


def group_word(kind: str, people: list[Person], style: str) -> str:
    n = len(people)
    if kind == "child":
        if all(p.sex == "M" for p in people):
            word = "son" if n == 1 else "sons"
        elif all(p.sex == "F" for p in people):
            word = "daughter" if n == 1 else "daughters"
        else:
            word = "children"
    elif kind == "sibling":
        if all(p.sex == "M" for p in people):
            word = "brother" if n == 1 else "brothers"
        elif all(p.sex == "F" for p in people):
            word = "sister" if n == 1 else "sisters"
        else:
            word = "siblings"
    else:
        word = "grandchildren" if n > 1 else ("grandson" if people[0].sex == "M" else "granddaughter")
    return word


def survivor_clause(c: Corpus, fam: Family, style: str, named: set[int]) -> str:
    """The survivor list; `named` collects id() of every person the text names (for gold)."""
    rng = c.rng
    d = fam.dead
    he, his, him = pron(d)
    home_state = fam.dead.town[1]
    parts = []
    if fam.spouse:
        sp = fam.spouse
        g = given_as_written(rng, sp, style)
        named.add(id(sp))
        years = fam.age - rng.randint(20, 30)
        word = "wife" if sp.sex == "F" else "husband"
        if style == "newspaper":
            parts.append(f"{word}, {g}")
        elif rng.random() < 0.5:
            parts.append(f"{his} {'beloved ' if rng.random() < 0.3 else ''}{word} of {years} years, {g}")
        else:
            parts.append(f"{his} {word}, {g}"
                         + (f" ({sp.maiden}) {sp.last}" if sp.maiden and rng.random() < 0.2 else ""))
    f_, m_ = fam.parents
    if f_.alive:
        parts.insert(0, f"{his} parents, {f_.first} and {m_.first} {f_.last} of {town_text(rng, f_.town, home_state)}")
        named.update({id(f_), id(m_)})
        c.town_shown.update({id(f_), id(m_)})
    groups: list[tuple[str, list[Person]]] = []
    if fam.children:
        if rng.random() < 0.5:
            groups.append(("child", fam.children))
        else:
            sons = [p for p in fam.children if p.sex == "M"]
            daus = [p for p in fam.children if p.sex == "F"]
            groups += [g for g in (("child", sons), ("child", daus)) if g[1]]
    if fam.grandkids:
        groups.append(("grandchild", fam.grandkids))
    if fam.siblings:
        groups.append(("sibling", fam.siblings))
    for kind, people in groups:
        word = group_word(kind, people, style)
        if kind == "grandchild":
            if rng.random() < 0.35 or len(people) > 6:
                parts.append(f"{ORDINAL[min(len(people), 12)]} grandchildren" if len(people) > 1 else f"a {word}")
                continue
            names = [p.first for p in people]
            named.update(id(p) for p in people)
            lead = "and great-grandchildren" if False else ""
            parts.append(f"{'her' if d.sex == 'F' and rng.random() < 0.3 else ''}{word} {join(names)}".strip() + lead)
            continue
        rendered = []
        for p in people:
            show = rng.random() < 0.85
            rendered.append(render_member(rng, p, fam, style, home_state, show_town=show))
            if show:
                c.town_shown.add(id(p))
            named.add(id(p))
            if p.spouse and p.spouse.alive and p.spouse is not d:
                named.add(id(p.spouse))
        if style == "newspaper":
            parts.append(f"{word}, " + join(rendered))
        elif style == "colon":
            parts.append(f"{his} {word}: " + join(rendered))
        else:
            parts.append(f"{his if rng.random() < 0.5 else ''} {word} ".strip() + " " + join(rendered)
                         if rng.random() < 0.7
                         else f"{'a' if len(people) == 1 else ORDINAL[len(people)]} {word}, " + join(rendered))
    tail = rng.choice(["", "many nieces and nephews", "numerous nieces, nephews and friends",
                       "a host of cousins and friends"])
    if tail:
        parts.append(tail)
    return join(parts, "; ")


def preceded_clause(c: Corpus, fam: Family, style: str) -> str:
    rng = c.rng
    he, his, him = pron(fam.dead)
    f_, m_ = fam.parents
    if f_.alive:
        return f"{his} great-grandparents"
    items = [f"{his} parents, {f_.first} and {m_.first} ({m_.maiden}) {f_.last}" if rng.random() < 0.5
             else f"{his} parents"]
    if fam.spouse_preceded:
        word = "wife" if fam.spouse_preceded.sex == "F" else "husband"
        items.insert(0, f"{his} {word}, {fam.spouse_preceded.first}")
    for s in fam.preceded_siblings:
        word = "brother" if s.sex == "M" else "sister"
        items.append(f"{'a' if rng.random() < 0.5 else his} {word}, {s.first} {s.last}" if rng.random() < 0.6
                     else f"{word} {s.first}")
    return join(items, "; " if len(items) > 2 else ", ")


STYLES_DEV = ["funeral_home", "newspaper", "colon", "cherish", "short"]
STYLES_TEST_ONLY = ["heavy_hearts", "family_includes"]


def render_obituary(c: Corpus, fam: Family, style: str) -> tuple[str, str, set[int]]:
    """(title, html body, ids of people named as survivors)."""
    rng = c.rng
    d = fam.dead
    he, his, him = pron(d)
    named: set[int] = set()
    town = town_text(rng, d.town, "WI")
    died = fam.when - timedelta(days=rng.randint(1, 4))
    date = f"{died:%B} {died.day}, {died.year}"
    born_year = died.year - fam.age
    nick = f' "{d.nick}"' if d.nick and rng.random() < 0.6 else ""
    middle = f" {d.middle}" if d.middle else ""
    maiden = f" ({d.maiden})" if d.maiden and rng.random() < 0.5 else ""
    full = f"{d.first}{middle}{nick}{maiden} {d.last}{' Jr.' if d.suffix == 'jr' else ''}"
    r = rng.random()
    if style == "newspaper":
        title = f"{d.last.upper()}, {d.first}{middle}{nick}"
    elif r < 0.25:
        title = f"{d.first}{middle} {d.last} ({born_year} - {died.year})"
    elif r < 0.45:
        title = f"Obituary: {d.first}{nick} {d.last}"
    elif r < 0.6:
        title = f"{d.first} {d.last} Obituary"
    elif r < 0.7 and d.maiden:
        title = f"{d.first} {d.last} (née {d.maiden})"
    else:
        title = full
    dateline = f"{d.town[0].upper()} - " if rng.random() < 0.3 else ""
    if style == "newspaper":
        lead = f"Age {fam.age}, of {town}, passed away {date}."
    elif style == "short":
        lead = f"{full}, {fam.age}, {d.town[0]}, died {date} at Mayo Clinic Health System."
    elif style == "heavy_hearts":
        lead = (f"It is with heavy hearts that the family of {full}, {fam.age}, of {town}, announces {his} "
                f"passing on {date}.")
    elif style == "family_includes":
        lead = f"{full} of {town} went home to be with the Lord on {date}, at the age of {fam.age}."
    else:
        lead = rng.choice([
            f"{full}, {fam.age}, of {town}, died peacefully on {date}, at {his} home.",
            f"{full}, age {fam.age}, of {town}, passed away {date}, surrounded by family.",
            f"{full}, {fam.age}, a lifelong resident of {town}, died {date} at Sacred Heart Hospital.",
        ])
    f_, m_ = fam.parents
    born = (f"{he} was born in {rng.choice(HOME_TOWNS)[0]} to {f_.first} and {m_.first} ({m_.maiden}) {f_.last}"
            f" and graduated from {d.town[0]} High School.")
    sp = d.spouse
    married = (f" {he} married {sp.first} {sp.maiden or sp.last} in {born_year + rng.randint(19, 28)}."
               if sp and rng.random() < 0.6 else "")
    hobby = rng.choice([f"{he} loved fishing on Lake Wissota and deer camp with {his} grandson "
                        f"{rng.choice(MALE).split(':')[0]}.",
                        f"{he} worked for {rng.randint(20, 40)} years at the paper mill "
                        "and never missed a Packers game.",
                        f"{he} was a longtime member of {rng.choice(CHURCHES)} and volunteered at the food pantry.",
                        f"{he} taught third grade for {rng.randint(20, 35)} years."])
    surv = survivor_clause(c, fam, style, named)
    prec = preceded_clause(c, fam, style)
    if style == "newspaper":
        s_par = f"Preceded in death by {prec}. Survived by {surv}."
    elif style == "cherish":
        s_par = f"Left to cherish {his} memory are {surv}. {he} was preceded in death by {prec}."
    elif style == "colon":
        s_par = f"Survivors include {surv}. Preceded in death by {prec}."
    elif style == "heavy_hearts":
        s_par = f"{he} will be dearly missed by {surv}. Waiting for {him} in heaven are {prec}."
    elif style == "family_includes":
        s_par = f"{his.capitalize()} family includes {surv}. {he} was predeceased by {prec}."
    else:
        s_par = f"{d.nick or d.first} is survived by {surv}. {he} was preceded in death by {prec}."
    off = fam.officiant
    service = (f"Funeral services will be held at 11 a.m. Saturday at {rng.choice(CHURCHES)}, {d.town[0]}, with "
               f"{rng.choice(['the Rev.', 'Pastor', 'Father'])} {off.first} {off.last} officiating. Visitation will be "
               f"one hour before the service. Burial will be in Forest Hill Cemetery.")
    if fam.pallbearers:
        service += " Pallbearers are " + join([f"{p.first} {p.last}" for p in fam.pallbearers]) + "."
    home = rng.choice(HOMES)
    thanks = (f" The family thanks Dr. {fam.doctor.first} {fam.doctor.last} and the staff of Mayo Clinic Health "
              f"System for their compassionate care." if rng.random() < 0.6 else "")
    service += (f" Arrangements are by {home}; funeral director {fam.director.first} {fam.director.last}." +
                thanks + " Online condolences may be left at the funeral home website.")
    body = "".join(f"<p>{escape(p)}</p>\n" for p in (dateline + lead, born + married + " " + hobby, s_par, service))
    return title, body, named


def obit_item(guid: str, title: str, body: str, when: datetime, link_base: str) -> str:
    slug = "-".join(w for w in title.lower().replace('"', "").split() if w.isalnum())[:60]
    return (f"  <item>\n    <title>{escape(title)}</title>\n    <link>{link_base}/{slug}</link>\n"
            f"    <guid isPermaLink=\"false\">{guid}</guid>\n    <pubDate>{rfc822(when)}</pubDate>\n"
            f"    <description><![CDATA[{body}]]></description>\n  </item>\n")


def build_obituaries(c: Corpus, count: int, styles: list[str], base: datetime) -> None:
    rng = c.rng
    for i in range(count):
        when = base + timedelta(hours=9 * i + rng.randint(0, 5))
        style = rng.choice(styles)
        kind = rng.random()
        if kind < 0.08:  # namesake of a client dies in another state
            fam = make_family(c, when, home=rng.choice(FAR_TOWNS))
            twin = Person(fam.dead.first, fam.dead.last, fam.dead.sex, nick=fam.dead.nick, town=rng.choice(HOME_TOWNS))
            c.add_client(twin, with_spouse=False)
            c.notes.append(f"{twin.client_id}: namesake of a deceased in another state (negative)")
        elif kind < 0.12:  # a minor dies; the father of the same name is a client and a survivor
            home = rng.choice(HOME_TOWNS)
            last = rng.choice(SURNAMES)
            father = c.person("M", last, home)
            junior = Person(father.first, last, "M", town=home, suffix="jr")
            fam = make_family(c, when, home=home, age=rng.randint(15, 17), dead=junior)
            fam.spouse = fam.spouse_preceded = None
            fam.children, fam.grandkids = [], []
            mother = c.person("F", last, home)
            father.spouse, mother.spouse = mother, father
            father.alive = mother.alive = True
            fam.parents = (father, mother)
            father.suffix = "sr"
        else:
            fam = make_family(c, when)
        title, body, named = render_obituary(c, fam, style)
        guid = f"{c.split}-fh-{i:03d}"
        c.obits_a.append(obit_item(guid, title, body, when, "https://funeralhome.example/obituaries"))
        first_id = guid
        if rng.random() < 0.2:  # the same obituary in the newspaper's feed, later, under another title
            later = when + timedelta(hours=rng.randint(6, 30))
            d = fam.dead
            alt = rng.choice([f"{d.first} {d.last}", f"{d.last.upper()}, {d.first}",
                              f"{d.first} {d.middle} {d.last}".replace("  ", " ")])
            c.obits_b.append(obit_item(f"{c.split}-np-{i:03d}", alt, body, later, "https://leadertelegram.example/obits"))
        label_family(c, fam, named, first_id)


def label_family(c: Corpus, fam: Family, named: set[int], item_id: str) -> None:
    """Put some of the family (and decoys) on the roster, and write the gold pairs they deserve."""
    rng = c.rng
    d = fam.dead
    local = d.town in HOME_TOWNS
    if local and d.suffix != "jr" and rng.random() < 0.16:
        cid = c.add_client(d, formal=rng.random() < 0.6)
        c.gold.append((cid, item_id, "bereavement", "deceased_client"))
        c.deceased_clients[cid] = fam.when
        if fam.spouse and rng.random() < 0.7:
            sid = c.add_client(fam.spouse, formal=rng.random() < 0.6)
            c.gold.append((sid, item_id, "bereavement", "spouse_of_deceased_client"))
    people = [p for p in _family_people(fam) if id(p) in named and not p.client_id]
    for p in people:
        if rng.random() < 0.42:
            dnc = rng.random() < 0.06
            cid = c.add_client(p, dnc=dnc, formal=rng.random() < 0.6)
            role = "spouse_of_deceased_client" if (p is fam.spouse and d.client_id) else "survivor"
            if not dnc:
                c.gold.append((cid, item_id, "bereavement", role))
            else:
                c.notes.append(f"{cid}: survivor but do_not_contact (negative)")
        elif p.town in HOME_TOWNS and rng.random() < 0.2:
            twin = Person(p.first, p.last, p.sex, nick=p.nick, town=rng.choice(FAR_TOWNS))
            c.add_client(twin, with_spouse=False)
            c.notes.append(f"{twin.client_id}: namesake of a survivor, other state (negative)")
        elif p.town in FAR_TOWNS and id(p) in c.town_shown and rng.random() < 0.5:
            twin = Person(p.first, p.last, p.sex, nick=p.nick, town=d.town if local else rng.choice(HOME_TOWNS))
            c.add_client(twin, with_spouse=False)
            c.notes.append(f"{twin.client_id}: local namesake of a survivor who lives in {p.town[1]} (negative)")
    for s in fam.preceded_siblings:
        if rng.random() < 0.3:
            twin = Person(s.first, s.last, s.sex, town=d.town if local else rng.choice(HOME_TOWNS))
            c.add_client(twin, with_spouse=False)
            c.notes.append(f"{twin.client_id}: only in 'preceded in death by' (negative)")
    if fam.spouse_preceded and local and rng.random() < 0.3:
        sp = fam.spouse_preceded
        twin = Person(sp.first, sp.last, sp.sex, town=d.town)
        c.add_client(twin, with_spouse=False)
        c.notes.append(f"{twin.client_id}: predeceased spouse's namesake (negative)")
    for role, p in (("officiant", fam.officiant), ("funeral director", fam.director), ("doctor", fam.doctor),
                    *(("pallbearer", x) for x in fam.pallbearers)):
        if rng.random() < 0.18:
            c.add_client(p, with_spouse=False)
            c.notes.append(f"{p.client_id}: {role}, not family (negative)")
    if not fam.parents[0].alive and rng.random() < 0.12:
        f_ = fam.parents[0]
        twin = Person(f_.first, f_.last, "M", town=d.town if local else rng.choice(HOME_TOWNS))
        c.add_client(twin, with_spouse=False)
        c.notes.append(f"{twin.client_id}: parent named in 'born to' (negative)")
    if rng.random() < 0.2:
        other = c.person(rng.choice("MF"), d.last, d.town if local else rng.choice(HOME_TOWNS))
        c.add_client(other)
        c.notes.append(f"{other.client_id}: shares the family surname only (negative)")


def _family_people(fam: Family) -> list[Person]:
    out: list[Person] = []
    if fam.spouse:
        out.append(fam.spouse)
    out += list(fam.parents) if fam.parents[0].alive else []
    for p in (*fam.children, *fam.siblings):
        out.append(p)
        if p.spouse and p.spouse.alive and p.spouse is not fam.dead:
            out.append(p.spouse)
    out += fam.grandkids
    return out


# --- weather -------------------------------------------------------------------------------------------

@dataclass
class Alert:
    ident: str
    event: str
    severity: str
    status: str
    msg_type: str
    sent: datetime
    expires: datetime
    same: list[str]
    rect: tuple[float, float, float, float] | None  # lon_min, lat_min, lon_max, lat_max
    vtec: str
    refs: list[Alert] = field(default_factory=list)
    office: str = "KMPX"

    @property
    def item_id(self) -> str:
        return f"https://api.weather.gov/alerts/{self.ident}"


def cap_entry(a: Alert) -> str:
    poly = ""
    if a.rect:
        x0, y0, x1, y1 = a.rect
        ring = [(y0, x0), (y0, x1), (y1, x1), (y1, x0), (y0, x0)]
        poly = "<cap:polygon>" + " ".join(f"{lat:.4f},{lon:.4f}" for lat, lon in ring) + "</cap:polygon>"
    geos = "".join(f"<cap:geocode><valueName>SAME</valueName><value>0{s}</value></cap:geocode>" for s in a.same)
    refs = ""
    if a.refs:
        refs = ("<cap:references>" + " ".join(f"w-nws.webmaster@noaa.gov,{r.ident},{iso(r.sent)}" for r in a.refs)
                + "</cap:references>")
    vtec = f"<cap:parameter><valueName>VTEC</valueName><value>{a.vtec}</value></cap:parameter>" if a.vtec else ""
    return f"""  <entry>
    <id>{a.item_id}</id>
    <updated>{iso(a.sent)}</updated>
    <published>{iso(a.sent)}</published>
    <author><name>w-nws.webmaster@noaa.gov</name></author>
    <title>{a.event} issued by NWS</title>
    <link rel="alternate" href="{a.item_id}"/>
    <summary>{escape(a.event)} for the area. Take shelter if threatened.</summary>
    <cap:identifier>{a.ident}</cap:identifier>
    <cap:event>{a.event}</cap:event>
    <cap:sent>{iso(a.sent)}</cap:sent>
    <cap:effective>{iso(a.sent)}</cap:effective>
    <cap:onset>{iso(a.sent)}</cap:onset>
    <cap:expires>{iso(a.expires)}</cap:expires>
    <cap:status>{a.status}</cap:status>
    <cap:msgType>{a.msg_type}</cap:msgType>
    <cap:category>Met</cap:category>
    <cap:urgency>Immediate</cap:urgency>
    <cap:severity>{a.severity}</cap:severity>
    <cap:certainty>Observed</cap:certainty>
    <cap:areaDesc>{len(a.same)} counties</cap:areaDesc>
    {poly}
    {geos}
    {vtec}
    {refs}
  </entry>
"""


def vtec(action: str, office: str, phen: str, sig: str, etn: int, start: datetime, end: datetime) -> str:
    return f"/O.{action}.{office}.{phen}.{sig}.{etn:04d}.{start:%y%m%dT%H%MZ}-{end:%y%m%dT%H%MZ}/"


def covered(a: Alert, row: dict[str, str]) -> bool:
    """Ground truth of the corpus: inside the rectangle when both exist, else county in SAME."""
    if a.rect and row["latitude"]:
        x0, y0, x1, y1 = a.rect
        lon, lat = float(row["longitude"]), float(row["latitude"])
        return x0 <= lon <= x1 and y0 <= lat <= y1
    return row["county_fips"] in a.same


def build_weather(c: Corpus, base: datetime) -> None:
    rng = c.rng
    by_county: dict[str, list[dict[str, str]]] = {}
    for row in c.clients:
        if row["county_fips"]:
            by_county.setdefault(row["county_fips"], []).append(row)
    counties = sorted((k for k in by_county if k.startswith(("55", "27"))), key=lambda k: -len(by_county[k]))
    a_cty, b_cty, c_cty, d_cty, e_cty = counties[:5]
    # Two clients known only by county (no coordinates, no town): polygons cannot place them.
    for cty in (b_cty, a_cty):
        c.n += 1
        cid = f"{c.split[0].upper()}{c.n:04d}"
        first, _ = c.name("F")
        c.clients.append({"client_id": cid, "first_name": first, "middle_name": "", "last_name": rng.choice(SURNAMES),
                          "nickname": "", "maiden_name": "", "spouse_first_name": "", "spouse_last_name": "",
                          "city": "", "state": "WI" if cty.startswith("55") else "MN", "postal_code": "",
                          "county_fips": cty, "latitude": "", "longitude": "", "email": f"{cid.lower()}@example.com",
                          "advisor_email": "adviser@example.com", "do_not_contact": "no"})
        by_county[cty].append(c.clients[-1])

    def bbox(rows: list[dict[str, str]]) -> tuple[float, float, float, float]:
        pts = [(float(r["longitude"]), float(r["latitude"])) for r in rows if r["latitude"]]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return min(xs) - 0.01, min(ys) - 0.01, max(xs) + 0.01, max(ys) + 0.01

    def uid() -> str:
        return f"urn:oid:2.49.0.1.840.0.{rng.getrandbits(48):012x}.001.1"

    alerts: list[Alert] = []
    t = base
    # Storm 1: a tornado warning over the west part of county A, widened by an Update, then cancelled.
    x0, y0, x1, y1 = bbox(by_county[a_cty])
    mid = sorted(float(r["longitude"]) for r in by_county[a_cty] if r["latitude"])[len(by_county[a_cty]) // 2 - 1]
    end = t + timedelta(hours=1)
    s1 = Alert(uid(), "Tornado Warning", "Extreme", "Actual", "Alert", t, end, [a_cty], (x0, y0, mid + 0.001, y1),
               vtec("NEW", "KMPX", "TO", "W", 41, t, end))
    s1u = Alert(uid(), "Tornado Warning", "Extreme", "Actual", "Update", t + timedelta(minutes=20), end, [a_cty],
                (x0, y0, x1, y1), vtec("CON", "KMPX", "TO", "W", 41, t, end), refs=[s1])
    s1c = Alert(uid(), "Tornado Warning", "Extreme", "Actual", "Cancel", t + timedelta(minutes=45), end, [a_cty],
                (x0 - 1, y0 - 1, x1 + 1, y1 + 1), vtec("CAN", "KMPX", "TO", "W", 41, t, end), refs=[s1, s1u])
    alerts += [s1, s1u, s1c]
    # Storm 2: severe thunderstorm warning covering county B's clients; one client is known only by county.
    t2 = base + timedelta(days=1, hours=3)
    bx = bbox(by_county[b_cty])
    s2 = Alert(uid(), "Severe Thunderstorm Warning", "Severe", "Actual", "Alert", t2, t2 + timedelta(hours=1),
               [b_cty], bx, vtec("NEW", "KMKX", "SV", "W", 210, t2, t2 + timedelta(hours=1)))
    alerts.append(s2)
    # Storm 3: a flood warning by county (no polygon), extended to another county by a VTEC-only update.
    t3 = base + timedelta(days=2)
    e3 = t3 + timedelta(days=2)
    s3 = Alert(uid(), "Flood Warning", "Severe", "Actual", "Alert", t3, e3, [c_cty, d_cty], None,
               vtec("NEW", "KARX", "FL", "W", 12, t3, e3))
    s3u = Alert(uid(), "Flood Warning", "Severe", "Actual", "Update", t3 + timedelta(hours=10), e3,
                [c_cty, d_cty, e_cty], None, vtec("EXB", "KARX", "FL", "W", 12, t3, e3))
    alerts += [s3, s3u]
    # Nothing for these: moderate/minor, a test, an exercise, a cancel of an unknown alert.
    t4 = base + timedelta(days=3)
    alerts += [
        Alert(uid(), "Winter Storm Warning", "Moderate", "Actual", "Alert", t4, t4 + timedelta(hours=20),
              [a_cty, b_cty], None, vtec("NEW", "KMPX", "WS", "W", 5, t4, t4 + timedelta(hours=20))),
        Alert(uid(), "Special Weather Statement", "Minor", "Actual", "Alert", t4, t4 + timedelta(hours=2), [c_cty],
              None, ""),
        Alert(uid(), "Tornado Warning", "Extreme", "Test", "Alert", t4, t4 + timedelta(hours=1), [b_cty], bx, ""),
        Alert(uid(), "Tornado Warning", "Extreme", "Exercise", "Alert", t4, t4 + timedelta(hours=1), [d_cty], None, ""),
        Alert(uid(), "Severe Thunderstorm Warning", "Severe", "Actual", "Cancel", t4, t4 + timedelta(hours=1),
              [e_cty], None, vtec("CAN", "KARX", "SV", "W", 77, t4, t4 + timedelta(hours=1))),
    ]
    # Storm 4: a new warning over county A later: a different storm, so its clients hear from us again.
    t5 = base + timedelta(days=4)
    s5 = Alert(uid(), "Severe Thunderstorm Warning", "Severe", "Actual", "Alert", t5, t5 + timedelta(hours=1), [a_cty],
               (x0, y0, (x0 + x1) / 2, y1), vtec("NEW", "KMPX", "SV", "W", 300, t5, t5 + timedelta(hours=1)))
    alerts.append(s5)
    # Storm 5: far away (Arizona), by county only.
    az = sorted({r["county_fips"] for r in c.clients if r["state"] == "AZ" and r["county_fips"]})
    if az:
        t6 = base + timedelta(days=5)
        alerts.append(Alert(uid(), "Extreme Heat Warning", "Extreme", "Actual", "Alert", t6, t6 + timedelta(days=1),
                            az[:1], None, vtec("NEW", "KPSR", "EH", "W", 9, t6, t6 + timedelta(days=1)),
                            office="KPSR"))
    # Gold: in time order, the first alert of each storm that covers a client.
    storm_of = {s1.ident: "s1", s1u.ident: "s1", s1c.ident: "s1", s3.ident: "s3", s3u.ident: "s3"}
    seen: set[tuple[str, str]] = set()
    for a in sorted(alerts, key=lambda x: x.sent):
        if a.status != "Actual" or a.msg_type not in ("Alert", "Update") or a.severity not in ("Severe", "Extreme"):
            continue
        storm = storm_of.get(a.ident, a.ident)
        for row in c.clients:
            if not covered(a, row) or row["do_not_contact"] == "yes":
                continue
            died = c.deceased_clients.get(row["client_id"])
            if died is not None and died <= a.sent:
                continue
            if (row["client_id"], storm) in seen:
                continue
            seen.add((row["client_id"], storm))
            c.gold.append((row["client_id"], a.item_id, "weather", "in_area"))
    c.alerts = [cap_entry(a) for a in sorted(alerts, key=lambda x: x.sent, reverse=True)]


# --- news ----------------------------------------------------------------------------------------------

def news_item(guid: str, title: str, body: str, when: datetime) -> str:
    return (f"  <item>\n    <title>{escape(title)}</title>\n    <link>https://leadertelegram.example/news/{guid}</link>\n"
            f"    <guid isPermaLink=\"false\">{guid}</guid>\n    <pubDate>{rfc822(when)}</pubDate>\n"
            f"    <description><![CDATA[{body}]]></description>\n  </item>\n")


def build_news(c: Corpus, base: datetime, styles_extra: bool) -> None:
    rng = c.rng
    local = [r for r in c.clients if r["state"] in ("WI", "MN") and r["city"]
             and r["client_id"] not in c.deceased_clients and r["do_not_contact"] == "no"
             and not r["last_name"].endswith(("Jr.", "Jr", "JR", "Sr."))]
    rng.shuffle(local)
    k = 0

    def pick() -> dict[str, str]:
        nonlocal k
        k += 1
        return local[k - 1]

    def given(r: dict[str, str]) -> str:
        return r["nickname"] if r["nickname"] and rng.random() < 0.4 else r["first_name"]

    def dateline(r: dict[str, str]) -> str:
        return f"{r['city'].upper()}, {rng.choice(STATE_STYLE[r['state']][:1])} — " if rng.random() < 0.6 else ""

    def last(r: dict[str, str]) -> str:
        return r["last_name"].split(",")[0]

    stories: list[tuple[str, str, list[str]]] = []  # title, body, subject client ids
    for _ in range(4):
        r = pick()
        shop = rng.choice(["Hardware", "Bakery", "Auto Repair", "Supper Club", "Bait & Tackle"])
        stories.append((f"Fire damages {r['city']} {shop.lower()}",
                        f"{dateline(r)}A fire early Tuesday heavily damaged {last(r)}'s {shop} on Main Street "
                        f"in {r['city']}. "
                        f"Owner {given(r)} {last(r)} said no one was inside when the blaze started. "
                        f"The cause is under investigation, fire officials said.", [r["client_id"]]))
    for _ in range(3):
        r = pick()
        role = rng.choice(["Teacher of the Year", "Volunteer of the Year", "Small Business Person of the Year"])
        stories.append((f"{given(r)} {last(r)} named {role}",
                        f"{dateline(r)}{given(r)} {last(r)} of {r['city']} received the {role} award Thursday from the "
                        f"{r['city']} Area Chamber of Commerce. Colleagues praised decades of quiet service.",
                        [r["client_id"]]))
    for _ in range(3):
        r = pick()
        bank = rng.choice(["Royal Credit Union", "Charter Bank", "Citizens Community Federal"])
        stories.append((f"{bank} promotes {last(r)}",
                        f"{dateline(r)}{bank} announced Monday that {given(r)} {last(r)} has been promoted to senior "
                        f"vice president of lending. {last(r)} joined the bank in 2004.", [r["client_id"]]))
    for _ in range(2):
        r = pick()
        stories.append((f"After 38 years, {r['city']} fire chief retires",
                        f"{dateline(r)}Fire Chief {given(r)} {last(r)} will retire at the end of the month "
                        f"after 38 years with the {r['city']} Fire Department.", [r["client_id"]]))
    for _ in range(2):
        r = pick()
        stories.append(("New bakery opens downtown",
                        f"{dateline(r)}{given(r)} {last(r)} opened {last(r)}'s Bakery on Barstow Street on Saturday, "
                        f"with a line out the door by 7 a.m.", [r["client_id"]]))
    for _ in range(2):
        r = pick()
        stories.append((f"{r['city']} driver injured in crash",
                        f"{dateline(r)}{given(r)} {last(r)}, {rng.randint(30, 80)}, of {r['city']}, was injured Sunday "
                        f"when a pickup truck crossed the center line on Highway 29. "
                        f"{last(r)} was taken to a hospital in stable condition.", [r["client_id"]]))
    r1 = pick()
    pick()  # a second resident, unused, still drawn: the rest of the corpus stays as it was
    stories.append(("Families flee rising water",
                    f"Flooding on the Chippewa River forced residents from homes on the east side Monday. "
                    f"{given(r1)} {last(r1)} and neighbors spent the night at the Red Cross shelter after water filled "
                    f"the basement of the {last(r1)} home.", [r1["client_id"]]))
    # Negatives: bare lists, a namesake elsewhere, a mention without an event, a bystander.
    names = [pick() for _ in range(4)]
    stories.append(("Rotary announces scholarship recipients",
                    "The Rotary Club announced this year's scholarship recipients: " +
                    ", ".join(f"{given(x)} {last(x)}" for x in names[:-1]) +
                    f" and {given(names[-1])} {last(names[-1])}.",
                    []))
    r = pick()
    far_city, far_state = rng.choice(FAR_TOWNS)
    stories.append((f"{r['first_name']} {last(r)} named CEO",
                    f"{far_city.upper()}, {STATE_STYLE[far_state][0]} — {r['first_name']} {last(r)}, 52, "
                    f"of {far_city}, was named chief executive of a regional hospital chain on Monday.", []))
    r = pick()
    stories.append(("Council debates snow removal",
                    f"{given(r)} {last(r)} spoke at Monday's city council meeting about snow removal on side streets. "
                    f"The council took no action.", []))
    owner = Person(*c.name("M"), "M")
    r = pick()
    stories.append((f"Barn fire near {r['city']}",
                    f"A barn burned to the ground Wednesday night on a farm owned by "
                    f"{owner.first} {other_surname(rng, last(r))}. "
                    f"\"We saw the glow from the road,\" said neighbor {given(r)} {last(r)}, who called 911.", []))
    if styles_extra:
        r = pick()
        stories.append((f"{r['city']} couple celebrates with new restaurant",
                        f"For {given(r)} {last(r)}, Friday was the day the dream came true: the grand opening of the "
                        f"{last(r)} family's supper club on Lake Hallie drew 300 guests.", [r["client_id"]]))
        r = pick()
        stories.append(("Scholarship dinner raises $40,000",
                        f"Speakers included {given(r)} {last(r)}, who thanked donors. No awards were announced.", []))
    for i, (title, body, subjects) in enumerate(stories):
        when = base + timedelta(hours=7 * i + 3)
        guid = f"{c.split}-news-{i:03d}"
        c.news.append(news_item(guid, title, f"<p>{escape(body)}</p>", when))
        for cid in subjects:
            c.gold.append((cid, guid, "news", "subject"))


# --- files ---------------------------------------------------------------------------------------------

def rss(title: str, items: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            f"  <title>{escape(title)}</title>\n  <link>https://example.com/</link>\n"
            f"  <description>{escape(title)}</description>\n" + "".join(items) + "</channel>\n</rss>\n")


def atom(items: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">\n'
            "  <id>https://api.weather.gov/alerts/active?area=WI</id>\n"
            "  <title>Current watches, warnings, and advisories</title>\n"
            "  <updated>2026-11-20T00:00:00+00:00</updated>\n  <author><name>w-nws.webmaster@noaa.gov</name></author>\n"
            + "".join(items) + "</feed>\n")


def build(split: str, seed: int, styles: list[str], families: int) -> Corpus:
    c = Corpus(random.Random(seed), split)
    base = datetime(2026, 10, 1, 12, tzinfo=UTC)
    build_obituaries(c, families, styles, base)
    c.add_filler(180)
    build_weather(c, base + timedelta(days=12))
    build_news(c, base + timedelta(days=2), styles_extra=split == "test")
    out = HERE / split
    (out / "feeds").mkdir(parents=True, exist_ok=True)
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(c.clients[0]))
        w.writeheader()
        w.writerows(c.clients)
    (out / "feeds" / "funeral_home.rss").write_text(rss("Chippewa Valley funeral homes - obituaries", c.obits_a),
                                                    encoding="utf-8")
    (out / "feeds" / "newspaper_obits.rss").write_text(rss("Leader-Telegram obituaries", c.obits_b), encoding="utf-8")
    (out / "feeds" / "news.rss").write_text(rss("Leader-Telegram local news", c.news), encoding="utf-8")
    (out / "feeds" / "nws_alerts.atom").write_text(atom(c.alerts), encoding="utf-8")
    with open(out / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(sorted(set(c.gold)))
    (out / "NEGATIVES.txt").write_text("Deliberate decoys (clients that must get nothing):\n"
                                       + "\n".join(c.notes) + "\n", encoding="utf-8")
    return c


if __name__ == "__main__":
    for split, seed, styles, fams in (("dev", 20261, STYLES_DEV, 70),
                                      ("test", 90417, STYLES_DEV + STYLES_TEST_ONLY * 2, 70)):
        corpus = build(split, seed, styles, fams)
        kinds: dict[str, int] = {}
        for _, _, kind, _ in set(corpus.gold):
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"{split}: {len(corpus.clients)} clients, {len(set(corpus.gold))} gold pairs {kinds}, "
              f"{len(corpus.notes)} decoys")

"""Scores in [0, 1] for "this person in the text is this client": name agreement x place agreement x
confirmations (spouse named in the text agrees with the roster spouse, maiden name, suffix). Pure.

Every factor is a field of `MatchConfig` (config.py); so are the place bounds PlaceQuery derives from them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from outreach.client import Client
from outreach.geo import km_between
from outreach.match.config import DEFAULT_CONFIG, MatchConfig
from outreach.match.names import given_match, name_key, spellings, split_suffix, surname_keys
from outreach.match.places import (
    city_key,
    neighbour_ids,
    postal_cities,
    state_code,
    states_with_town,
    town_id,
    town_location,
)
from outreach.match.text import PersonName


@dataclass(frozen=True, slots=True)
class Scored:
    score: float
    notes: tuple[str, ...]


def name_score(client: Client, name: PersonName, config: MatchConfig = DEFAULT_CONFIG) -> Scored:
    """How well a written name fits a client: given names (nicknames both ways), surname or maiden, suffix."""
    notes: list[str] = []
    if name.middle and " " in client.last_name.strip():
        name = _surname_from_middle(name, name_key(client.last_name))
    client_givens = (client.first_name, client.nickname)
    g = max(given_match(name.given, client_givens, config),
            given_match(name.nickname, client_givens, config) if name.nickname else 0.0)
    compound = bool(name.middle) and given_match(f"{name.given}{name.middle}", client_givens, config) == 1.0
    if compound:
        g = 1.0  # "Mary Beth", "Jo Ann": a compound given name, not a middle name
        notes.append("compound given name")
    elif g < 1.0 and compound_head(name.given, client_givens):
        g = max(g, config.compound_head)
        notes.append("first part of a compound given name")
    if g == 0.0 and client.middle_name and given_match(name.given, (client.middle_name,)) == 1.0:
        g = config.goes_by_middle
        notes.append("given name = client's middle name")
    if g == 0.0:
        return Scored(0.0, ("given name differs",))
    if g < 1.0:
        notes.append("nickname")
    last, client_suffix = split_suffix(client.last_name)
    client_last = surname_keys(last)
    client_maiden = surname_keys(client.maiden_name)
    s = _surname_agreement(name, last, client_last, client_maiden, notes, config)
    if s == 0.0:
        return Scored(0.0, ("surname differs",))
    if name.maiden and client_maiden and name_key(name.maiden) not in (client_maiden[0], *client_last):
        s *= config.maiden_differs
        notes.append("maiden name differs")
    if name.surname_inherited:
        s *= config.inherited_surname  # "grandchildren Amy, Ben and Cole": the surname is a guess
        notes.append("surname taken from the family")
    suffix = name.suffix
    if suffix and client_suffix and suffix != client_suffix:
        return Scored(0.0, (f"suffix {suffix} vs {client_suffix}",))
    if suffix and not client_suffix:
        s *= config.suffix_missing  # "Stanley J. Kowalski Jr.": a roster "Kowalski Jr" fits better than "Kowalski"
        notes.append(f"no suffix {suffix} on the roster")
    if name.middle and client.maiden_name and name_key(name.middle) == name_key(client.maiden_name):
        notes.append("middle name = client's maiden name")  # "Mary Jones Smith": Jones is her maiden name
    elif name.middle and client.middle_name and not compound:
        a, b = name_key(name.middle)[:1], name_key(client.middle_name)[:1]
        if a and b and a != b:
            s *= config.middle_initial_differs
            notes.append("middle initial differs")
    return Scored(round(g * s, 4), tuple(notes))


def _surname_from_middle(name: PersonName, client_last: str) -> PersonName:
    """The written name read with the client's two-word surname: "Del Running Crane" has no middle name Running,
    "Ana Lucía Tzul Velásquez" is Ana Lucía of the surname Tzul Velásquez."""
    middles = name.middle.split()
    for k in range(len(middles), 0, -1):
        surname = " ".join((*middles[-k:], name.surname))
        if name_key(surname) == client_last:
            return replace(name, middle=" ".join(middles[:-k]), surname=surname)
    return name


def _surname_agreement(name: PersonName, last: str, client_last: tuple[str, ...], client_maiden: tuple[str, ...],
                       notes: list[str], config: MatchConfig) -> float:
    """How the written surname agrees with the client's last (or maiden) name: 1.0, a factor, or 0.0."""
    written = surname_keys(name.surname)
    s = 0.0
    if written and client_last and written[0] == client_last[0]:
        s = 1.0
    elif (name.maiden and client_last and name_key(name.maiden) == client_last[0] and written and client_maiden
          and written[0] == client_maiden[0]):
        s = 1.0  # "Linda (Carlson) Miller" written the other way round
    elif written and client_maiden and written[0] == client_maiden[0]:
        s = config.maiden_as_surname
        notes.append("surname = client's maiden name")
    elif written and len(client_last) == 3 and written[0] == client_last[1] and " " in last.strip() \
            and "-" not in last:
        # Spanish usage: the first (paternal) of two surnames is the one written alone.
        s = config.paternal_surname
        notes.append("first of two surnames")
    elif written and len(client_last) == 3 and written[0] == client_last[2] and "-" in last:
        # The last part of a hyphenated surname is most often the name married into, the one a town knows.
        s = config.married_part
        notes.append("last part of a hyphenated surname")
    elif written and (set(written) & set(client_last)):
        s = config.surname_part
        notes.append("part of a double surname")
    elif name.maiden and client_last and name_key(name.maiden) in client_last:
        s = config.surname_part
    return s


def compound_head(given: str, client_givens: tuple[str, ...]) -> bool:
    """The written given name is the first word of the client's compound one ("Sue" / "Sue Ellen")."""
    key = name_key(given)
    if not key:
        return False
    heads = [name_key(g.split()[0]) for g in client_givens if g and " " in g.strip()]
    return bool(heads) and any(h in spellings(key) for h in heads)  # "Mohammad" / "Mohamad Ali", not "Molly"


def _client_point(client: Client) -> tuple[float, float] | None:
    if client.latitude is not None and client.longitude is not None:
        return client.latitude, client.longitude
    return town_location(client.city, client.state) if client.city and client.state else None


def _near(client: Client, town: str, state: str, km: float) -> bool:
    here, there = _client_point(client), town_location(town, state)
    return here is not None and there is not None and km_between(here, there) <= km


def place_score(client: Client, town: str, state: str, context_town: str = "", context_state: str = "",
                config: MatchConfig = DEFAULT_CONFIG) -> Scored:
    """Agreement of a place written next to the person (or, failing that, the item's place) with the client.

    A town written next to the person: the client's town 1.0, any other town `other_town` (0.55), another
    state `other_state` (0.3: a namesake elsewhere); a town written without its state is in the item's
    state when that has a town of the name (AP style leaves the home state out). Only the item's place
    (the deceased's home, a dateline): same town 0.95, within `nearby_km` 0.9, farther in the state 0.75,
    another state 0.6 (see MatchConfig for the rest).
    """
    return place_query(town, state, context_town, context_state, config).score(client)


# Reuse is within an item (its survivors share the deceased's place) and across a day's items (they name the
# same few thousand places again and again: at a million clients, bereavement 10.9 -> 9.8 s against a 256-entry
# cache). Not larger: every cached query is a long-lived object that each full cyclic-GC pass walks (20,000 of
# them cost ~0.1 s a pass; 8,192 ~0.04 s, and a 1M-client day makes about four full passes).
@lru_cache(maxsize=8192)
def place_query(town: str, state: str, context_town: str = "", context_state: str = "",
                config: MatchConfig = DEFAULT_CONFIG, *, adjacent: bool = False) -> PlaceQuery:
    """The text side of `place_score`, resolved once for scoring many namesakes against it; `adjacent`: the
    towns next to a written one score adjacent_town (a survivor's place, see PlaceQuery). Shared: a
    PlaceQuery is never changed after it is built."""
    return PlaceQuery(town, state, context_town, context_state, config, adjacent=adjacent)


@dataclass(frozen=True, slots=True)
class _Verdicts:
    """The place verdicts that do not depend on the text, built once per configuration."""

    no_client_place: Scored
    unknown_town: Scored
    same_state: Scored
    where_deceased_lived: Scored
    event_elsewhere: Scored
    near_event: Scored
    farther_in_state: Scored
    same_state_as_event: Scored
    no_place_to_compare: Scored


@lru_cache(maxsize=8)
def _verdicts(config: MatchConfig) -> _Verdicts:
    return _Verdicts(
        no_client_place=Scored(config.client_has_no_place, ("client has no place",)),
        unknown_town=Scored(config.unknown_town, ("unknown town",)),
        same_state=Scored(config.same_state, ("same state",)),
        where_deceased_lived=Scored(config.where_deceased_lived, ("lives where the deceased lived",)),
        event_elsewhere=Scored(config.event_elsewhere, ("event in another state",)),
        near_event=Scored(config.near_event, ("lives near the event",)),
        farther_in_state=Scored(config.farther_in_state, ("same state, farther from the event",)),
        same_state_as_event=Scored(config.same_state_as_event, ("same state as the event",)),
        no_place_to_compare=Scored(config.no_place_to_compare, ("no place to compare",)),
    )


def _one_place(a: str, b: str) -> bool:
    """Two neighbouring town keys, one the other's first words ("essex" and "essex junction", "sioux center"
    is not "sioux falls"): the village and the town around it, written either way."""
    short, long = sorted((a, b), key=len)
    return bool(short) and long.startswith(short + " ")


class PlaceQuery:
    """`place_score` for one written place (and item place) against many clients.

    A common name has hundreds of namesakes in a large roster; everything that depends only on the text
    (town keys, which states have the town, the fixed verdicts) is worked out here once instead of per
    namesake.
    """

    __slots__ = ("_config", "_ctx_key", "_ctx_states", "_part_of", "_town_key", "_town_states", "_verdicts",
                 "adjacent_towns",
                 "ceiling", "cities", "context_state", "context_town", "local_states", "state", "state_is_town",
                 "states", "town", "town_ceiling", "towns")

    def __init__(self, town: str, state: str, context_town: str = "", context_state: str = "",
                 config: MatchConfig = DEFAULT_CONFIG, *, adjacent: bool = False):
        either = bool(context_town and context_state and state_code(context_town) == context_state)
        if either:
            # "of Oregon": the state, or Oregon, Ohio. A survivor's town is read against both, not the state alone
            # (Toledo is in Oregon too, and the family of Oregon, Ohio lives in Toledo, Ohio).
            context_state = ""
        self.town, self.state, self.context_town, self.context_state = town, state, context_town, context_state
        self._config, self._verdicts = config, _verdicts(config)
        self._town_key = city_key(town) if town else ""
        # "of Bloomfield" for a client in Pittsburgh 15224: a local name of the client's postal city.
        self._part_of = postal_cities(town, state) if town and not (state and state_code(town) == state) \
            else frozenset()
        # "of Virginia": the state, or the town of Virginia (Minn., Ill.).
        self.state_is_town = bool(town and state and state_code(town) == state)
        self._town_states = states_with_town(town) if town and not state else frozenset()
        self._ctx_key = city_key(context_town) if context_town else ""
        self._ctx_states = states_with_town(context_town) if context_town and not context_state else frozenset()
        if either:
            self._ctx_states |= {state_code(context_town)}
        # "her sister, Marie Juzan of Spring Hill" in an Alabama obituary: no Spring Hill in Alabama has a ZIP
        # code, and a town elsewhere would have its state written (AP style), so it is most likely a local
        # place the gazetteer lacks (a neighbourhood of Mobile). Clients in that state score as if next to it
        # (adjacent_town; adjacent_family with the family name); see `is_adjacent`.
        home = frozenset({context_state}) if context_state else self._ctx_states  # where the item is
        self.local_states = home if (adjacent and town and not state and self._town_states and home
                                     and home.isdisjoint(self._town_states)) else frozenset()
        adjacent_states = self._adjacent_states() if adjacent else frozenset()
        # The towns next to the written one (ids, see places.town_id) score adjacent_town: the bounds below do
        # not rule their clients out, a sift keeps them by these ids.
        self.adjacent_towns = neighbour_ids(town, adjacent_states, config.adjacent_km) if adjacent_states \
            else frozenset()
        self.states, self.cities, self.ceiling = self._elsewhere_bound()
        self.towns, self.town_ceiling = self._other_town_bound()

    def _adjacent_states(self) -> frozenset[str]:
        """The states of a town written next to the person whose neighbours (within adjacent_km) score
        adjacent_town: people name the next town over, the same metro area, as home (the roster has the
        postal city)."""
        town, state = self.town, self.state
        if not town:
            return frozenset()
        if self.state_is_town:
            # "her son, Milan Pecharich of Virginia" in an obituary from Virginia, Minn.: the town next door too
            return states_with_town(town) & (self._ctx_states | ({self.context_state} if self.context_state else set()))
        if state:
            states = frozenset({state})
        elif self.context_state and self.context_state in self._town_states:
            states = frozenset({self.context_state})
        else:
            states = self._town_states
        return states

    def _elsewhere_bound(self) -> tuple[frozenset[str] | None, frozenset[str], float]:
        """(states, city keys, ceiling): a client with a town and a state, living in none of `states`, in none
        of the towns `cities` and in none of `adjacent_towns`, scores at most `ceiling` (states None: no such
        bound). Lets a caller
        drop a far-away namesake without scoring it; `score` stays the one definition of the result. The
        ceilings are the scores `score` gives such a client: `other_state` when the text places the person,
        `event_elsewhere` when only the item has a place."""
        town, state, town_key = self.town, self.state, self._town_key
        elsewhere = self._config.other_state
        if self.state_is_town:
            return frozenset({state}), frozenset({town_key}), elsewhere
        if town or state:
            # The postal cities the town is a local name of are kept wherever they are (`_part_of`).
            part_of = frozenset(city for city, _ in self._part_of)
            if town and not state:
                if self.context_state and self.context_state in self._town_states:
                    return frozenset({self.context_state}), part_of, elsewhere
                if not self._town_states:
                    return None, frozenset(), 1.0  # unknown town: `unknown_town` for everyone
                if self.local_states:
                    return self._town_states | self.local_states, part_of, elsewhere
                return self._town_states, part_of, elsewhere
            return frozenset({state}), part_of, elsewhere
        cities = frozenset({self._ctx_key}) if self._ctx_key else frozenset()
        if self.context_town and not self.context_state:
            if not self._ctx_states:
                return None, cities, 1.0
            return self._ctx_states, cities, self._config.event_elsewhere
        if self.context_state:
            return frozenset({self.context_state}), cities, self._config.event_elsewhere
        return None, cities, 1.0

    def _other_town_bound(self) -> tuple[frozenset[str] | None, float]:
        """(town keys, ceiling): a client with a town and a state, living in one of `states` (see
        `_elsewhere_bound`) but in none of the towns and none of `adjacent_towns`, scores at most `ceiling`
        (towns None: no such bound).
        A town written next to the person says where they live: another town in the same state scores
        `other_town`, the ceiling."""
        if self.state_is_town or not self.town or (not self.state and not self._town_states) or self.local_states:
            return None, 1.0  # no written town, a state named like a town, an unknown town or a local place
        return frozenset({self._town_key, *(city for city, _ in self._part_of)}), self._config.other_town

    def _state_of_town(self, client: Client, c_city: str, c_state: str) -> str | Scored:
        """The state of a town written without one, read for this client (the item's state, else the client's
        when it has a town of that name), or the client's verdict when no state of the town is theirs."""
        states, cfg, town = self._town_states, self._config, self.town
        if self.context_state and self.context_state in states:
            return self.context_state
        if c_state in states:
            return c_state
        if states and c_state in self.local_states:
            return Scored(cfg.adjacent_town, (f"{town}: no such town in {c_state}, perhaps a local place",))
        if states:
            return Scored(cfg.other_state, (f"{town} is not in {c_state}",))
        if self._ctx_key and self._ctx_key == c_city and (not self.context_state or self.context_state == c_state):
            # "the daughter of Joseph and Anna Capobianco of Federal Hill" in a PROVIDENCE story: a part of the
            # item's town that no ZIP code names.
            return Scored(cfg.near_event, (f"{town}: no such town, in {client.city}'s story",))
        return self._verdicts.unknown_town

    def is_adjacent(self, client: Client) -> bool:
        """The client lives in a town next to the written one (`adjacent_town`)."""
        if client.state in self.local_states and city_key(client.city) != self._town_key:
            return True
        return bool(self.adjacent_towns) and town_id(city_key(client.city), client.state) in self.adjacent_towns

    def score(self, client: Client) -> Scored:
        """`place_score(client, town, state, context_town, context_state, config)`."""
        c_city, c_state = city_key(client.city), client.state
        v, cfg = self._verdicts, self._config
        if not c_city and not c_state:
            return v.no_client_place
        town, state = self.town, self.state
        if self._part_of and (c_city, c_state) in self._part_of:
            return Scored(1.0, (f"{town} is part of {client.city}",))
        if self.adjacent_towns and town_id(c_city, c_state) in self.adjacent_towns:
            if _one_place(c_city, self._town_key):
                return Scored(1.0, (f"{town} and {client.city} are one place",))
            return Scored(cfg.adjacent_town, (f"lives in {client.city}, next to {town}",))
        if self.state_is_town:
            if c_city == self._town_key:
                return Scored(1.0, (f"{town} agrees",))
            return Scored(cfg.state_named_like_town, (f"{town} agrees",)) if c_state == state else Scored(
                cfg.other_state, (f"lives in {state}",))
        if town or state:
            if town and not state:
                resolved = self._state_of_town(client, c_city, c_state)
                if isinstance(resolved, Scored):
                    return resolved
                state = resolved
            if town and c_city and self._town_key == c_city:
                if c_state and state != c_state:
                    return Scored(cfg.other_state, (f"same town name, other state ({state})",))
                return Scored(1.0, (f"town {town} agrees",))
            if c_state and state != c_state:
                return Scored(cfg.other_state, (f"lives in {state}",))
            if town:
                # The text says where this person lives, and it is not where the client lives: a namesake,
                # even one town over (a spouse confirmation cannot lift this over the threshold).
                return Scored(cfg.other_town, (f"lives in {town}, not {client.city}",))
            return v.same_state
        context_town, context_state = self.context_town, self.context_state
        if context_town and c_city and self._ctx_key == c_city:
            return v.where_deceased_lived
        if context_town and not context_state and c_state:
            states = self._ctx_states
            if states and c_state not in states:
                return v.event_elsewhere
            context_state = c_state if states else ""
        if context_state and c_state:
            if context_state != c_state:
                return v.event_elsewhere
            if context_town and _near(client, context_town, context_state, cfg.nearby_km):
                return v.near_event
            if context_town:
                return v.farther_in_state
            return v.same_state_as_event
        return v.no_place_to_compare

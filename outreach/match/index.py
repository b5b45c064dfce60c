"""The roster index, built once per roster: candidate lookup whose cost grows with the text, not the roster.

Two structures:
- an Aho-Corasick automaton (pyahocorasick) of every roster surname (last, maiden, spouse's last, hyphen
  parts), run over the folded item text: items that name no roster surname are dropped after one pass;
- a hash map "surname given" -> client positions, queried with the nickname variants of a name found in
  the text (so Bob finds Robert and Robert finds Bob without storing every variant per client).
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, repeat
from typing import Any, NamedTuple, cast

import ahocorasick
import numpy as np

from outreach import heap
from outreach.client import Client, Location
from outreach.geo import km_between
from outreach.match import places
from outreach.match.names import fold, given_variants, name_key, prefix_keys, split_suffix, surname_keys
from outreach.match.place_arrays import PlaceArrays, concat
from outreach.match.places import city_key
from outreach.match.sites import Sites


def _add(table: dict[str, object], key: str, value: int) -> None:
    # Most keys name one client: store the int itself and only grow a list on collision (memory at 1M clients).
    old = table.get(key)
    if old is None:
        table[key] = value
    elif isinstance(old, list):
        if value not in old:
            old.append(value)
    elif old != value:
        table[key] = [old, value]


def _partner_keys(given: str, surname: str) -> list[str]:
    """The `_spouses` keys a roster spouse called `given surname` is filed under (any nickname variant)."""
    return [f"{skey} {gkey}" for skey in surname_keys(surname)[:1]
            for gkey in given_variants(given) | {name_key(given)}]


def _get(table: dict[str, object], key: str) -> list[int]:
    hit = table.get(key)
    if hit is None:
        return []
    return hit if isinstance(hit, list) else [hit]  # type: ignore[list-item]


@lru_cache(maxsize=100_000)
def _given_keys(given: str) -> frozenset[str]:
    return frozenset(k for k in given_variants(given) | {name_key(given), *prefix_keys(given, indexing=False)} if k)


_PACK_AT = 16  # a name's positions from this many on are kept as _Namesakes


class _Namesakes(NamedTuple):
    """A common name's roster positions, with each one's place class and town code beside it (see
    `RosterIndex._build_places`): a sift reads them in order instead of looking every position up in the
    roster-wide lists, a cache miss each in a million-client roster."""

    positions: array[int]
    classes: array[int]
    cities: array[int]


class Reach(NamedTuple):
    """A place bound's point: the clients of its states in none of its towns score under the threshold unless
    they live within `km` of (`lat`, `lon`) by their own coordinates (the item's town: `near_event`), or their
    boost class is `lifted` (see `RosterIndex.sifter`)."""

    lat: float
    lon: float
    km: float
    lifted: tuple[bool, bool, bool, bool]


class _Within(NamedTuple):
    """A `Reach` as a sifter applies it: the class table it keeps by outside the reach, and the roster's
    coordinates by position (NaN: not located)."""

    reach: Reach
    tight: list[bool]
    lats: np.ndarray
    lons: np.ndarray


class Sifter:
    """`RosterIndex.sift` for one place bound, as a function of the positions (see `RosterIndex.sifter`)."""

    __slots__ = ("_city_of", "_codes", "_place", "_reach", "_table")

    def __init__(self, table: list[bool], codes: set[int], place: list[int], city_of: list[int],
                 reach: _Within | None = None):
        self._table, self._codes, self._place, self._city_of, self._reach = table, codes, place, city_of, reach

    def __call__(self, positions: list[int]) -> list[int]:
        table, place, codes = self._table, self._place, self._codes
        if not codes:
            kept = [p for p in positions if table[place[p]]]
        else:
            city_of = self._city_of
            kept = [p for p in positions if table[place[p]] or city_of[p] in codes]
        return self._within_reach(kept) if self._reach is not None else kept

    def packed(self, names: _Namesakes) -> list[int]:
        """The same for a packed list, in C: classes and towns are read in order, positions only if kept."""
        kept: Iterator[bool] = map(self._table.__getitem__, names.classes)
        if self._codes:
            kept = map(operator.or_, kept, map(self._codes.__contains__, names.cities))
        found = list(compress(names.positions, kept))
        return self._within_reach(found) if self._reach is not None else found

    def _within_reach(self, kept: list[int]) -> list[int]:
        """Of the positions the table keeps, those the reach's tighter table keeps, in a town of the bound, or
        within reach (a client without coordinates is read by their town's: kept)."""
        within, place, codes, city_of = self._reach, self._place, self._codes, self._city_of
        assert within is not None
        tight, lats, lons, reach = within.tight, within.lats, within.lons, within.reach
        here = (reach.lat, reach.lon)
        return [p for p in kept if tight[place[p]] or city_of[p] in codes or math.isnan(lat := float(lats[p]))
                or km_between((lat, float(lons[p])), here) <= reach.km]


class RosterIndex:
    """Name and surname lookups over a roster. Build once, query per item."""

    def __init__(self, clients: Iterable[Client], locations: Iterable[Location] = ()):
        """``locations``: the clients' other places (weather covers them too, see `Sites`); those of a client
        not in ``clients`` are left out."""
        self.clients: list[Client] = []
        self.by_id: dict[str, Client] = {}
        # surname key -> given key -> client positions. Two levels: a surname absent from the roster costs one
        # probe, and a present one's given names sit in one small dict instead of millions of joined
        # "surname given" keys spread over a huge table (half the memory, far fewer cache misses).
        self._names: dict[str, dict[str, object]] = {}
        self._spouses: dict[str, object] = {}  # "spouse-surname spouse-given" -> positions of their partners
        self._automaton = ahocorasick.Automaton()
        self._dropped: set[int] = set()  # positions of clients taken out since the build (`without`)
        surnames: list[str] = []
        for pos, client in enumerate(clients):
            self.clients.append(client)
            self.by_id[client.client_id] = client
            last, _suffix = split_suffix(client.last_name)
            givens = (client.first_name, client.nickname, client.middle_name, *_compound_heads(client))
            for surname in (last, client.maiden_name):
                for skey in surname_keys(surname):
                    table = self._names.setdefault(skey, {})
                    for given in givens:
                        gkey = name_key(given)
                        if gkey and len(gkey) > 1:
                            _add(table, gkey, pos)
                            for pkey in prefix_keys(given, indexing=True):
                                _add(table, pkey, pos)
            for surname in (last, client.maiden_name, client.spouse_last_name):
                if surname:
                    surnames.append(surname)
            sp_last = split_suffix(client.spouse_last_name)[0] if client.spouse_last_name else last
            sp_first = name_key(client.spouse_first_name)
            if sp_first:
                for skey in surname_keys(sp_last)[:1]:
                    _add(self._spouses, f"{skey} {sp_first}", pos)
        # Added in sorted order: a prefix's trie nodes are then allocated together, so the walk over every
        # item's text (tens of thousands of surnames at scale) touches fewer scattered cache lines, and the
        # layout does not change with the string hash seed from run to run.
        # How many times the clients name each surname: `without` learns from it when a surname leaves the roster.
        self._surname_counts: dict[str, int] = dict(Counter(surnames))
        for form in sorted({form for surname in self._surname_counts for form in _surface_forms(surname)}):
            # Spaces on both sides: the automaton reports whole words only (see _word_text).
            self._automaton.add_word(f" {form} ", (name_key(form), len(form)))
        if surnames:
            self._automaton.make_automaton()
        self._has_words = bool(surnames)
        self._build_places()
        self._pack_common_names()
        self._build_areas()
        # The last client of an id wins, as in by_id.
        self.sites = Sites(locations, {c.client_id: pos for pos, c in enumerate(self.clients)})
        places.warm()
        # A million clients are millions of long-lived objects: out of the cyclic GC if the process opted in.
        heap.settle()

    def _build_places(self) -> None:
        """Per position, the client's place and the two roster facts that can lift a survivor's place score
        (a spouse's given name, a maiden name), as small ints in flat lists: sifting a common name's hundreds
        of namesakes by place (`sift`) reads them instead of hundreds of scattered Clients."""
        self._state_code: dict[str, int] = {"": 0}
        self._city_code: dict[str, int] = {"": 0}
        self._city_codes = [self._city_code.setdefault(city_key(c.city), len(self._city_code)) for c in self.clients]
        # 4 x state code + boost class. State code 0 stands for "no state or no town" (a place bound never
        # rules such a client out); boost class: spouse's given name known 2, maiden name known 1.
        self._place_class = [
            4 * (self._state_code.setdefault(c.state, len(self._state_code)) if c.state and city else 0)
            + 2 * bool(c.spouse_first_name) + bool(c.maiden_name)
            for c, city in zip(self.clients, self._city_codes, strict=True)]
        self._sift_tables: dict[tuple[frozenset[str], tuple[bool, ...], tuple[bool, ...]], list[bool]] = {}
        # (city keys, town ids) -> the roster's town codes among them
        self._codes_of: dict[tuple[frozenset[str], frozenset[int]], set[int]] = {}
        self._town_code_list: list[int] | None = None  # by `places.town_id`: see `_town_codes`

    def _pack_common_names(self) -> None:
        """Replace every position list of _PACK_AT or more with `_Namesakes`, each position's place class and
        town code beside it, for `Sifter.packed`."""
        place, city = self._place_class, self._city_codes
        for table in self._names.values():
            for key, hit in table.items():
                if isinstance(hit, list) and len(hit) >= _PACK_AT:
                    table[key] = _Namesakes(array("i", hit), array("i", map(place.__getitem__, hit)),
                                            array("i", map(city.__getitem__, hit)))

    def sift(self, positions: list[int], states: frozenset[str], cities: frozenset[str],
             lifted: tuple[bool, bool, bool, bool] = (False,) * 4,
             near_lifted: tuple[bool, bool, bool, bool] = (True,) * 4) -> list[int]:
        """The positions a place bound (`PlaceQuery`'s `states`, `cities`) cannot rule out: a client with no
        state or no town, in a town whose key is in `cities`, in one of `states` if their boost class (see
        `_build_places`) is `near_lifted` (all of them by default; a bound on other towns of those states
        lowers it), elsewhere if their boost class is `lifted` (confirmations may lift them over the bound).
        Order kept."""
        return self.sifter(states, cities, lifted, near_lifted)(positions)

    def sifter(self, states: frozenset[str], cities: frozenset[str],
               lifted: tuple[bool, bool, bool, bool] = (False,) * 4,
               near_lifted: tuple[bool, bool, bool, bool] = (True,) * 4,
               towns: frozenset[int] = frozenset(), reach: Reach | None = None) -> Sifter:
        """`sift` with these arguments, as a function of the positions: for `lookup_positions(keep=...)`; the
        clients of `towns` (`places.town_id`s: the towns next to a survivor's) are kept as those of `cities`;
        with `reach`, the clients of `states` in none of those towns are kept as `near_lifted` says only within
        the reach, elsewhere as `reach.lifted` says."""
        table = self._sift_table(states, lifted, near_lifted)
        codes = self._codes(cities, towns)
        if reach is not None and reach.lifted != near_lifted:
            return Sifter(table, codes, self._place_class, self._city_codes, _Within(
                reach, self._sift_table(states, lifted, reach.lifted), self.latitudes, self.longitudes))
        return Sifter(table, codes, self._place_class, self._city_codes)

    def _sift_table(self, states: frozenset[str], lifted: tuple[bool, ...],
                    near_lifted: tuple[bool, ...]) -> list[bool]:
        """Kept or not, by place class: code 0 (no state or no town) always, elsewhere `lifted`, in `states`
        `near_lifted`."""
        table = self._sift_tables.get((states, lifted, near_lifted))
        if table is None:
            if len(self._sift_tables) >= 4096:
                self._sift_tables.clear()  # a town named in many states makes a state set of its own
            table = list((True,) * 4 + lifted * (len(self._state_code) - 1))
            for state in states:
                code = self._state_code.get(state)
                if code:
                    table[4 * code : 4 * code + 4] = near_lifted
            self._sift_tables[states, lifted, near_lifted] = table
        return table

    def _codes(self, cities: frozenset[str], towns: frozenset[int]) -> set[int]:
        """The roster's town codes of the city keys `cities` and the town ids `towns`."""
        codes = self._codes_of.get((cities, towns))
        if codes is None:
            if len(self._codes_of) >= 4096:
                self._codes_of.clear()
            codes = {code for city in cities if (code := self._city_code.get(city))}
            if towns:
                # A town's code is its key's, by town id: a survivor's ~50 neighbour towns cost no string lookups.
                town_codes = self._town_codes()
                codes |= {code for town in towns if (code := town_codes[town])}
            self._codes_of[cities, towns] = codes  # (the same places recur all day: PlaceQuery is cached)
        return codes

    def _town_codes(self) -> list[int]:
        """Town id (`places.town_id`) -> the roster's code of its town key (0: no client there). Built on first
        use in each process (the town table's order is the zipcodes data's, not the pickled roster's)."""
        if self._town_code_list is None:
            self._town_code_list = [self._city_code.get(key, 0) for key, _ in places.town_keys()]
        return self._town_code_list

    def _build_areas(self) -> None:
        """Weather structures: arrays, so an alert gathers its counties' clients, their coordinates and what
        its county codes decide for them without touching a Client."""
        arrays = PlaceArrays(self.clients)
        # 5-digit county FIPS -> client positions (ascending); clients with coordinates per state, for
        # alerts without counties.
        self.by_county: dict[str, np.ndarray] = arrays.by_county
        self.located_by_state: dict[str, np.ndarray] = arrays.located_by_state
        self.areas: list[tuple[str, str]] = arrays.areas  # area code -> (county FIPS, state)
        self.area_codes = arrays.area_codes  # position -> area code
        self.longitudes = arrays.longitudes
        self.latitudes = arrays.latitudes
        self.do_not_contact: set[str] = set()  # client ids, as by_id resolves them (the last client wins)
        for c in self.clients:
            if c.do_not_contact:
                self.do_not_contact.add(c.client_id)
            else:
                self.do_not_contact.discard(c.client_id)
        self.client_ids: list[str] = self._ids_by_county()

    def _ids_by_county(self) -> list[str]:
        """Copies of the ids, allocated county by county: an alert reads (and its Matches keep) ids that lie
        together in memory rather than scattered over the roster's heap, which the cyclic GC's full passes
        over hundreds of thousands of held Matches feel as much as the alert itself."""
        ids = [c.client_id for c in self.clients]
        for positions in self.by_county.values():
            for p in positions.tolist():
                ids[p] = "".join((ids[p], ""))
        return ids

    def _county_order(self) -> np.ndarray:
        """Every position, county by county as `by_county` lists them, then those in no county."""
        n = len(self.clients)
        in_county = concat(list(self.by_county.values()))
        rest = np.ones(n, dtype=bool)
        rest[in_county] = False
        return np.concatenate([in_county, np.flatnonzero(rest)]).astype(np.intp)

    def __len__(self) -> int:
        return len(self.clients) - len(self._dropped)

    # --- kept up to date instead of rebuilt (outreach.roster_cache) -------------------------------------

    def without(self, client_ids: Iterable[str]) -> None:
        """Take these clients out, in place, so that every lookup answers as an index built without them would
        (a client flagged deceased since this index was built: no outreach, and no namesake either).

        Positions are not renumbered: a dropped client's position is simply never returned again, and
        `clients[p]` still holds it. Ids not in the index are ignored. Each structure `__init__` builds is
        updated with the keys `__init__` filed the client under (tests/match/test_index_without.py compares
        the result with a fresh build, structure by structure and proposal by proposal).
        """
        drop_ids = {cid for cid in client_ids if cid in self.by_id}
        if not drop_ids:
            return
        positions = [p for p, cid in enumerate(self.client_ids) if cid in drop_ids and p not in self._dropped]
        self._dropped.update(positions)
        place, city = self._place_class, self._city_codes
        counts = self._surname_counts
        gone_surnames: set[str] = set()
        for pos in positions:
            client = self.clients[pos]
            last, _suffix = split_suffix(client.last_name)
            givens = (client.first_name, client.nickname, client.middle_name)
            for surname in (last, client.maiden_name):
                for skey in surname_keys(surname):
                    table = self._names.get(skey)
                    if table is None:
                        continue
                    for given in givens:
                        gkey = name_key(given)
                        if gkey and len(gkey) > 1:
                            _discard(table, gkey, pos, place, city)
                            for pkey in prefix_keys(given, indexing=True):
                                _discard(table, pkey, pos, place, city)
                    if not table:
                        del self._names[skey]
            sp_last = split_suffix(client.spouse_last_name)[0] if client.spouse_last_name else last
            sp_first = name_key(client.spouse_first_name)
            if sp_first:
                for skey in surname_keys(sp_last)[:1]:
                    _discard(self._spouses, f"{skey} {sp_first}", pos)
            for surname in (last, client.maiden_name, client.spouse_last_name):
                if surname:
                    counts[surname] -= 1
                    if not counts[surname]:
                        del counts[surname]
                        gone_surnames.add(surname)
            if client.county_fips in self.by_county:
                _drop_position(self.by_county, client.county_fips, pos)
            if client.state in self.located_by_state:
                _drop_position(self.located_by_state, client.state, pos)
        self.sites.without(positions)
        for cid in drop_ids:
            del self.by_id[cid]
            self.do_not_contact.discard(cid)
        self._drop_surface_forms(gone_surnames)
        self._has_words = bool(counts)

    def _drop_surface_forms(self, surnames: set[str]) -> None:
        """Remove from the surname automaton the forms of `surnames` (no client names them any more) that no
        remaining surname has."""
        forms = {form for surname in surnames for form in _surface_forms(surname)}
        if not forms:
            return
        still = {form for surname in self._surname_counts for form in _surface_forms(surname)}
        removed = [form for form in sorted(forms - still) if self._automaton.remove_word(f" {form} ")]
        if removed and self._surname_counts:
            self._automaton.make_automaton()

    # --- pickling (outreach.roster_cache) -------------------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        """The Clients travel as one column per field, a column of strings as one string (a million frozen
        dataclasses, or 17 million separate strings, pickle and load many times slower one by one); `by_id`
        and `client_ids` are rebuilt from them, the sift-table cache starts empty."""
        state = dict(self.__dict__)
        clients = state.pop("clients")
        del state["by_id"]
        state["_sift_tables"] = {}
        state["_codes_of"] = {}
        state["_town_code_list"] = None
        # Ids in county order: loaded, they are allocated county by county again (see `_ids_by_county`).
        order = self._county_order()
        state["client_ids"] = (order, _packed_column(list(map(self.client_ids.__getitem__, order.tolist()))))
        state["_client_columns"] = [_packed_column(list(map(operator.attrgetter(name), clients)))
                                    for name in _CLIENT_FIELDS]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        columns = [_unpacked_column(column) for column in state.pop("_client_columns")]
        self.__dict__.update(state)
        n = len(columns[0])
        clients = list(map(object.__new__, repeat(Client, n)))
        for setter, values in zip(_CLIENT_SETTERS, columns, strict=True):
            deque(map(setter, clients, values), maxlen=0)  # one C-level pass per field, as model.matches_of
        self.clients = clients
        self.by_id = dict(zip(columns[0], clients, strict=True))  # the last client of an id wins, as in __init__
        for pos in self._dropped:
            self.by_id.pop(clients[pos].client_id, None)
        for arrays in (self.by_county, self.located_by_state):
            for arr in arrays.values():
                arr.flags.writeable = False
        for arr in (self.area_codes, self.longitudes, self.latitudes):
            arr.flags.writeable = False
        order, ids = cast("tuple[np.ndarray, tuple]", self.client_ids)
        scattered = np.empty(n, dtype=object)
        scattered[order] = _unpacked_column(ids)
        self.client_ids = scattered.tolist()
        places.warm()
        heap.settle()  # as after a build: the loaded roster stays out of the cyclic GC's full passes

    def surname_hits(self, folded_text: str, original: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, surname key) of every whole-word roster surname in already-folded text.

        With the `original` text, a hit must start with a capital there: "Hall", "May" and "King" are
        roster surnames, "the hall in May" names nobody.
        """
        hits: list[tuple[int, int, str]] = []
        if not self._has_words:
            return hits
        words = _word_text(folded_text)
        for end, (key, length) in self._automaton.iter(words):
            # The pattern " form " ends at `end` (inclusive) in the padded text: the form itself is
            # [end - length, end) there, one more to the left in the folded text.
            start = end - length - 1
            if original is None or original[start].isupper() or _PARTICLE_LED.match(original, start, start + length):
                hits.append((start, start + length, key))
        at = words.find("'")
        if at >= 0:
            # "Tauanu'u" in the text, "Tauanuu" in the roster: a CRM drops the glottal stop (an 'okina), which
            # no roster form can put back. (Roster "O'Neil" / "ONeil" have forms for both writings.)
            extra = False
            while at >= 0:
                left, right = words.rfind(" ", 0, at) + 1, words.find(" ", at)
                word = words[left:right]
                at = words.find("'", right)
                start = left - 1  # in the folded text (the word text is padded by one)
                if not _INNER_APOSTROPHE.fullmatch(word) or (
                        original is not None and not original[start].isupper()):
                    continue
                found = self._automaton.get(f" {word.replace(chr(39), '')} ", None)
                if found is not None:
                    hits.append((start, right - 1, found[0]))
                    extra = True
            if extra:
                hits.sort()
        return hits

    def surnames_in(self, folded_text: str) -> set[str]:
        """Roster surname keys that occur as whole words in already-folded text (one automaton pass)."""
        return {key for _, _, key in self.surname_hits(folded_text)}

    def county_positions(self, counties: Iterable[str]) -> np.ndarray:
        """Roster positions of the clients in `counties`, county by county in the order given (read-only)."""
        return concat([self.by_county[c] for c in counties if c in self.by_county])

    def located_positions(self, states: Iterable[str]) -> np.ndarray:
        """Roster positions of the clients with coordinates in `states`, state by state in the order given
        (read-only)."""
        return concat([self.located_by_state[s] for s in states if s in self.located_by_state])

    def lookup(self, givens: Iterable[str], surnames: Iterable[str]) -> list[Client]:
        """Clients named (any nickname variant of) one of `givens` with one of `surnames` (last or maiden).

        Cost: |nickname variants| x |surnames| hash probes, whatever the roster size.
        """
        return [self.clients[p] for p in self.lookup_positions(givens, surnames)]

    def lookup_positions(self, givens: Iterable[str], surnames: Iterable[str],
                         keep: Sifter | None = None) -> list[int]:
        """Roster positions of `lookup`'s clients, in the same order; with `keep` (a `sifter`), only those it
        keeps: a common name's hundreds of namesakes are sifted by place before they are merged, and no
        Client is touched."""
        hits: dict[int, None] = {}
        skeys = {k for s in surnames for k in surname_keys(s)}
        gkeys = {k for g in givens if g for k in _given_keys(g)}
        names = self._names
        for skey in skeys:
            table = names.get(skey)
            if table is None:
                continue
            for gkey in gkeys:
                hit = table.get(gkey)
                if hit is None:
                    continue
                # Positions are merged in C. Sifting a position depends only on the position, so sifting each
                # list first keeps what sifting the merged list would.
                if isinstance(hit, _Namesakes):  # a common name's hundreds of positions
                    hits.update(dict.fromkeys(hit.positions if keep is None else keep.packed(hit)))
                elif isinstance(hit, list):
                    hits.update(dict.fromkeys(hit if keep is None else keep(hit)))
                elif keep is None or keep([hit]):  # type: ignore[list-item]
                    hits[hit] = None  # type: ignore[index]
        return list(hits)

    def has_name(self, givens: Iterable[str], surnames: Iterable[str]) -> bool:
        """bool(self.lookup(givens, surnames)), without building the list of Clients: the cheap probe that
        drops a name no client has before any further reading."""
        named = [g for g in givens if g]
        gkeys = _given_keys(named[0]) if len(named) == 1 else {k for g in named for k in _given_keys(g)}
        names = self._names
        for surname in surnames:
            for skey in surname_keys(surname):
                table = names.get(skey)
                if table is not None and not table.keys().isdisjoint(gkeys):
                    return True
        return False

    def has_partner(self, given: str, surname: str) -> bool:
        """Whether any client's roster spouse is called `given surname` (as `partners_named`), without reading
        a Client."""
        return any(_get(self._spouses, key) for key in _partner_keys(given, surname))

    def partners_named(self, given: str, surname: str, keep: Sifter | None = None) -> list[Client]:
        """Clients whose roster spouse is called `given surname` (any nickname variant of the given name); with
        `keep` (a `sifter`), only those it keeps, sifted before any Client is read."""
        out: list[Client] = []
        for key in _partner_keys(given, surname):
            positions = _get(self._spouses, key)
            out.extend(self.clients[p] for p in (keep(positions) if keep is not None else positions))
        return list({c.client_id: c for c in out}.values())


_CLIENT_FIELDS = tuple(Client.__dataclass_fields__)
_CLIENT_SETTERS = tuple(getattr(Client, name).__set__ for name in _CLIENT_FIELDS)
_SEP = "\x00"  # joins a column of strings for pickling; a column holding it travels as a list


def _compound_heads(client: Client) -> tuple[str, ...]:
    """The first word of a compound given name ("Sue" of "Sue Ellen", "Billie" of "Billie Jo"): the text
    often writes only that."""
    return tuple(g.split()[0] for g in (client.first_name, client.nickname) if " " in g.strip())


def _packed_column(values: list) -> tuple:
    """("str", n, joined) for a column of n strings none of which holds _SEP, else ("list", values)."""
    try:
        joined = _SEP.join(values)  # TypeError: not all strings
    except TypeError:
        return ("list", values)
    if values and joined.count(_SEP) == len(values) - 1:
        return ("str", len(values), joined)
    return ("list", values)


def _unpacked_column(column: tuple) -> list:
    if column[0] == "str":
        return column[2].split(_SEP)
    return column[1]


def _discard(table: dict[str, object], key: str, value: int, place: list[int] | None = None,
             city: list[int] | None = None) -> None:
    """Undo `_add(table, key, value)`, leaving what `_add` would have built without it: no key for no
    position, a bare int for one, a list for more; with `place`/`city` (the name table), a list of `_PACK_AT`
    or more packed as `_pack_common_names` packs it."""
    hit = table.get(key)
    if hit is None:
        return
    if isinstance(hit, _Namesakes):
        rest = [p for p in hit.positions if p != value]
    elif isinstance(hit, list):
        rest = [p for p in hit if p != value]
    elif hit == value:
        del table[key]
        return
    else:
        return
    if not rest:
        del table[key]
    elif len(rest) == 1:
        table[key] = rest[0]
    elif place is not None and city is not None and len(rest) >= _PACK_AT:
        table[key] = _Namesakes(array("i", rest), array("i", map(place.__getitem__, rest)),
                                array("i", map(city.__getitem__, rest)))
    else:
        table[key] = rest


def _drop_position(arrays: dict[str, np.ndarray], key: str, pos: int) -> None:
    arr = arrays[key]
    rest = arr[arr != pos]
    if len(rest) == len(arr):
        return
    if len(rest):
        rest.flags.writeable = False
        arrays[key] = rest
    else:
        del arrays[key]


_NOT_WORD = re.compile(r"[^a-z0-9']")
# The same mapping as _NOT_WORD for ASCII text (nearly every item): str.translate's ASCII fast path is ten
# times faster than a regex substitution that replaces every space and comma.
_NOT_WORD_ASCII = {c: " " for c in range(128) if not (chr(c) in "0123456789'" or "a" <= chr(c) <= "z")}


_INNER_APOSTROPHE = re.compile(r"[a-z]{2,}(?:'[a-z]+)+")  # "tauanu'u", not "o'neil" (one letter first)


def _word_text(folded_text: str) -> str:
    """Folded text with every non-word character (hyphens too) and a possessive's "'s" as spaces, padded:
    offsets shift by one."""
    words = folded_text.translate(_NOT_WORD_ASCII) if folded_text.isascii() else _NOT_WORD.sub(" ", folded_text)
    # A possessive ends the name ("Tom Brannigan's garage", "the Smiths' home"); an apostrophe inside a word
    # stays ("O'Neil"). Same length: offsets do not move.
    return f" {words} ".replace("'s ", "   ").replace("' ", "  ")


_PARTICLE_HEAD = re.compile(r"(?:vander|vanden|vande|van|von|de\s?la|del|della|de|di|da|du|la|le|ten|ter)(?=[a-z]{3})")


# A hit that starts with a lower-case particle and ends in a capitalised word: "de la Torre", "van der Berg".
_PARTICLE_LED = re.compile(r"(?:de|del|della|di|da|du|van|von|la|le)\s+(?:(?:la|las|los|der|den)\s+)?[A-Z]")
_TWO_WORD_PARTICLES = (("de", "la"), ("de", "las"), ("de", "los"), ("van", "der"), ("van", "den"))
_ARABIC_ARTICLE = re.compile(r"(?:al|el)(?=[b-km-z][a-z]{4})")  # "alsubaihi", not "allen" or "alvin"


def _surface_forms(surname: str) -> set[str]:
    """How a surname can appear in folded text: with or without apostrophe, hyphen as hyphen or space, parts."""
    base = fold(surname).strip()
    forms = {base, base.replace("'", ""), base.replace("-", " "), base.replace("-", "")}
    for part in base.replace("-", " ").split():
        if len(part) > 2:
            forms.add(part)
            forms.add(part.replace("'", ""))
    # A particle written apart or joined: "Vander Wal" / "VanderWal", "Van Dyke" / "VanDyke", "De La Cruz".
    spaced = base.replace("-", " ")
    if " " in spaced:
        forms.add(spaced.replace(" ", ""))
    else:
        # Split only where the roster capitalises the next part ("VanderWal", "LeBlanc"; not "Delgado").
        head = _PARTICLE_HEAD.match(spaced)
        if head and len(spaced) - head.end() > 2 and len(surname.strip()) == len(spaced) \
                and surname.strip()[head.end()].isupper():
            forms.add(f"{spaced[:head.end()]} {spaced[head.end():]}")
        elif two := [f"{a} {b} {spaced[len(a + b):]}" for a, b in _TWO_WORD_PARTICLES
                     if spaced.startswith(a + b) and len(spaced) - len(a + b) > 3]:
            # A CRM's "Delatorre" for "de la Torre" (written apart in the text, the particle in lower case;
            # "Delasantos" may be either "de la Santos" or "de las Antos")
            forms.update(two)
        elif _ARABIC_ARTICLE.match(spaced):
            forms.add(f"{spaced[:2]} {spaced[2:]}")  # a CRM's "Alsubaihi" is written "Al-Subaihi"
    raw = surname.strip()
    if len(raw) > 3 and raw[0] in "ODLodl" and raw[1].isupper() and "'" not in raw:
        forms.add(f"{base[0]}'{base[1:]}")  # a CRM that drops apostrophes: "DAngelo" is written "D'Angelo"
    return {f for f in forms if len(f) > 1}

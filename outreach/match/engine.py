"""The matching engine: feed items in publication order -> proposed outreach (Match), with the state that
makes "once per client per event" and "never after a client's death" hold across items and feeds.

Cost per item grows with its text: one Aho-Corasick pass over the folded text finds roster surnames;
items naming none stop there. Only candidates from (surname, given-name variant) hash probes are scored.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import cast

import numpy as np

from outreach.client import Client
from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.match.config import DEFAULT_CONFIG, MatchConfig
from outreach.match.death import death_verdict
from outreach.match.index import Reach, RosterIndex, Sifter
from outreach.match.model import (
    LifeEvent,
    Match,
    Role,
    bereavement_details,
    cyclic_gc_paused,
    matches_of,
    news_details,
    weather_details,
    weather_location_details,
)
from outreach.match.names import fold, given_match, is_known_given_name, name_key, split_suffix, surname_keys
from outreach.match.news import (
    NewsContext,
    NewsMention,
    is_title_case,
    news_context,
    news_mentions,
    runs_into_proper_name,
    sentence_place,
    sentence_town,
    ties_business_to_person,
)
from outreach.match.obituary import Obituary, birth_of, parse_obituary
from outreach.match.people import Mention
from outreach.match.places import (
    city_key,
    is_known_town,
    nearer_namesake_state,
    neighbour_towns,
    state_code,
    states_with_town,
    town_location,
)
from outreach.match.scoring import (
    PlaceQuery,
    Scored,
    compound_head,
    name_score,
    place_query,
    place_score,
)
from outreach.match.text import PersonName
from outreach.match.weather import (
    StormTracker,
    alert_counties,
    alert_states,
    covered_positions,
    inside_evidence,
    location_evidence,
    not_actionable,
)

log = logging.getLogger(__name__)

_ROLE_RANK = {"deceased_client": 3, "possible_deceased_client": 3, "spouse_of_deceased_client": 2, "survivor": 1,
              "subject": 1, "parent_of_subject": 1, "in_area": 1}


_Candidate = tuple[Client, tuple[float, tuple[str, ...]]]  # a client, their score and its notes


@dataclass
class _ObitEvent:
    key: str
    surname: str
    given: str
    nickname: str
    age: int | None
    death_year: int | None
    town: str
    fingerprint: str
    # (title, lead, text) for its full birth date, read only when two copies name different towns; strings,
    # not the Obituary: a day's events stay out of the cyclic GC's walk (see EngineState).
    texts: tuple[str, str, str] = ("", "", "")
    death_date: str = ""


@dataclass
class EngineState:
    """What one run remembers between items: proposals made, deceased clients, storms, obituary events."""

    # Outreach keys of obituary and news proposals (a storm's own memory, `storms.covered`, dedups weather),
    # as a dict used as a set: a dict holding only strings is not tracked by the cyclic GC, a set always is.
    proposed: dict[str, None] = field(default_factory=dict)
    deceased: dict[str, str] = field(default_factory=dict)  # client_id -> item_id that reported the death
    storms: StormTracker = field(default_factory=StormTracker)
    obits: dict[str, list[_ObitEvent]] = field(default_factory=dict)  # surname key -> events
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (client_id, item_id, reason)
    # Obituaries that name a roster surname but could not be read: (source, item_id) -> why. Nothing was
    # proposed from them, so a person must look (outreach.source_health counts them per source).
    unread: dict[tuple[str, str], str] = field(default_factory=dict)


# Why an obituary was not read (EngineState.unread).
UNREAD_SURVIVORS_ONLY = "survivors are listed but the deceased's name was not found"
UNREAD_NOTHING = "neither the deceased's name nor a survivor list was found"


def item_time(item: FeedItem) -> datetime:
    """When an item was published (CAP `sent` for alerts); items without a date sort first."""
    when = item.published or (item.alert.sent if item.alert else None)
    if when is None:
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def match_items(index: RosterIndex, items: Iterable[FeedItem], *, replay: bool = False,
                now: datetime | None = None, state: EngineState | None = None,
                config: MatchConfig = DEFAULT_CONFIG) -> list[Match]:
    """Propose outreach for feed items, judged in publication order.

    `replay` judges each item as of its own publication time (expired alerts in an old feed still count);
    otherwise alerts expired before `now` (default: the current time) are skipped. Pass a `state` to carry
    dedup memory across calls, a `config` for other thresholds and factors than MatchConfig's defaults.
    """
    state = state or EngineState()
    now = now or datetime.now(UTC)
    out: list[Match] = []
    for item in sorted(items, key=item_time):
        proposals = match_item(index, item, state, replay=replay, now=now, config=config)
        admit = _admit_one_each if item.kind == "weather" else _admit
        out.extend(admit(index, proposals, state))
    return out


def match_item(index: RosterIndex, item: FeedItem, state: EngineState, *, replay: bool,
               now: datetime, config: MatchConfig = DEFAULT_CONFIG) -> list[Match]:
    """Candidate matches for one item (before the run-level dedup and do-not-contact filter)."""
    if item.kind == "weather":
        return _weather(index, item, state, now=item_time(item) if replay else now, config=config)
    combined = f"{item.title}\n{item.text}"
    hits = index.surname_hits(fold(combined), combined)
    if not hits:
        return []
    if item.kind == "bereavement":
        found, ob = _bereavement(index, item, state, config)
        if found or ob.survivors or ob.preceded or ob.age is not None:
            if ob.deceased is None:
                state.unread[(item.source, item.item_id)] = UNREAD_SURVIVORS_ONLY
            return found
        # A news story the feed reader took for a death notice ("funeral", "died"): no survivor list, no
        # deceased client; read it as news instead. When that finds nobody either, a person must look.
        news = _news(index, item, hits, config)
        if not news and ob.deceased is None:
            state.unread[(item.source, item.item_id)] = UNREAD_NOTHING
        return news
    return _news(index, item, hits, config)


def _admit(index: RosterIndex, proposals: list[Match], state: EngineState) -> list[Match]:
    """Run-level rules: one outreach per client per event, nobody after their death, no do-not-contact."""
    best: dict[str, Match] = {}
    for m in proposals:
        prev = best.get(m.client_id)
        if prev is None or (_ROLE_RANK[m.role], m.score) > (_ROLE_RANK[prev.role], prev.score):
            best[m.client_id] = m
    admitted = []
    for m in best.values():
        client = index.by_id[m.client_id]
        key = m.details.get("outreach_key", "")
        if m.client_id in state.deceased:
            state.skipped.append((m.client_id, m.item_id, "client known to be deceased"))
            continue
        if m.role == "deceased_client":
            state.deceased[m.client_id] = m.item_id
        if client.do_not_contact:
            state.skipped.append((m.client_id, m.item_id, "do_not_contact"))
            continue
        if key in state.proposed:
            state.skipped.append((m.client_id, m.item_id, "already proposed for this event"))
            continue
        state.proposed[key] = None
        admitted.append(m)
    return admitted


def _admit_one_each(index: RosterIndex, proposals: list[Match], state: EngineState) -> list[Match]:
    """`_admit` for a weather alert's proposals, which already name each client once with one role: the
    same rules and `skipped` entries without the per-client ranking; in_area never reports a death.

    No outreach key is recorded: a storm never proposes a client it already reached (`_weather` drops
    them by `StormTracker.covered`, which holds every client it ever proposed), so "already proposed for
    this event" cannot happen here, and a day's hundreds of thousands of weather keys need no second set."""
    deceased, dnc = state.deceased, index.do_not_contact
    # One comprehension admits; the few held back get their reasons, in order, in a second pass.
    admitted = [m for m in proposals if m.client_id not in dnc and m.client_id not in deceased]
    if len(admitted) < len(proposals):
        state.skipped += [(m.client_id, m.item_id, "client known to be deceased" if m.client_id in deceased
                           else "do_not_contact") for m in proposals
                          if m.client_id in deceased or m.client_id in dnc]
    return admitted


# --- bereavement ---------------------------------------------------------------------------------------

class _Proposals:
    """The Matches of one obituary, in the order they are found."""

    __slots__ = ("deceased", "event_key", "item_id", "out")

    def __init__(self, item: FeedItem, event_key: str, deceased: str):
        self.item_id, self.event_key, self.deceased = item.item_id, event_key, deceased
        self.out: list[Match] = []

    def add(self, client: Client, role: Role, score: float, evidence: str, **details) -> None:
        self.out.append(Match(
            client_id=client.client_id, item_id=self.item_id, kind="bereavement", role=role,
            score=round(min(max(score, 0.0), 1.0), 4), evidence=evidence,
            details=bereavement_details(self.event_key, client.client_id, self.deceased, **details)))


def _bereavement(index: RosterIndex, item: FeedItem, state: EngineState,
                 cfg: MatchConfig) -> tuple[list[Match], Obituary]:
    """Proposals for one obituary, and what was read from it."""
    ob = parse_obituary(item.title, item.text)
    if ob.deceased is None:
        return [], ob
    dead = ob.deceased
    found = _Proposals(item, _obit_event_key(ob, item, state), dead.full)
    # Survivor candidates are scored once, up front: they also tell a namesake son from his late father.
    scored_mentions = [_scored_survivor(index, m, ob, cfg) for m in ob.survivors]

    # 1. Is the deceased a client? (at most one: _best_unique) Only with corroboration; else a notice.
    dc, possible, ruled_out = _deceased_client(index, ob, scored_mentions, item_time(item).year, found, cfg)

    # 2. The deceased client's roster spouse (unless the text says that spouse died first).
    if dc is not None:
        predeceased = [m.name for m in ob.preceded if m.relation == "spouse"]
        for partner in _roster_spouses(index, dc):
            if any(given_match(n.given, (partner.first_name, partner.nickname)) for n in predeceased):
                continue
            if partner.client_id != dc.client_id:
                found.add(partner, "spouse_of_deceased_client", cfg.roster_spouse_of_deceased,
                          f"Roster spouse of deceased client {dc.client_id}: {ob.lead[:240]}",
                          deceased_client_id=dc.client_id, relation="spouse")

    # 3. Survivors named in the text; the surviving spouse of a deceased client is that client's spouse.
    partnered: list[tuple[Mention, Client, float]] = []
    for mention, scored in scored_mentions:
        winners = _best_unique([(c, s) for c, s in scored if c.client_id not in possible
                                and (dc is None or c.client_id != dc.client_id)], cfg.threshold, cfg)
        for client, (score, notes) in winners:
            evidence = _survivor_evidence(item.text, mention, dead)
            if mention is ob.spouse and dc is not None:
                found.add(client, "spouse_of_deceased_client", score, evidence, deceased_client_id=dc.client_id,
                          relation=mention.relation, checks=notes)
            else:
                found.add(client, "survivor", score, evidence, relation=mention.relation, checks=notes)
                if mention.spouse_given and "spouse in the text = roster spouse" in notes:
                    partnered.append((mention, client, score))
    for mention, client, score in partnered:
        _partner_of_survivor(index, ob, mention, client, score, found, possible, item.text)

    # 4. The deceased is not a client but is a client's roster spouse (widow(er) not named in the list).
    if dc is None:
        _widowed_clients(index, ob, found, cfg, possible | ruled_out)
    return found.out, ob


def _partner_of_survivor(index: RosterIndex, ob: Obituary, mention: Mention, client: Client, score: float,
                         found: _Proposals, possible: frozenset[str], text: str) -> None:
    """"Héctor Olmeda (Carmen Delia)" for the client Héctor Olmeda whose roster spouse, Carmen Delia Quiñones
    Rivera, is a client too: she is the partner the text names, whatever surname it gives her."""
    partner = next((m for m in ob.survivors if m.start == mention.start and m is not mention
                    and name_key(m.name.given) == name_key(mention.spouse_given)), None)
    dead = ob.deceased
    if partner is None or dead is None:
        return
    proposed = {m.client_id for m in found.out}
    for p in _roster_spouses(index, client):
        if p.client_id not in proposed and p.client_id not in possible and \
                given_match(mention.spouse_given, (p.first_name, p.nickname)):
            found.add(p, "survivor", score, _survivor_evidence(text, partner, dead),
                      relation=partner.relation, checks=(f"named as the partner of {client.client_id}, "
                                                         "their roster spouse",))


def _deceased_client(index: RosterIndex, ob: Obituary, scored_mentions: list[tuple[Mention, list[_Candidate]]],
                     year: int, found: _Proposals,
                     cfg: MatchConfig) -> tuple[Client | None, frozenset[str], frozenset[str]]:
    """The client who is the deceased, proposed as `deceased_client` when the obituary corroborates it
    (death.death_verdict), as `possible_deceased_client` (a notice to verify) when nothing confirms or
    contradicts it, not at all when something contradicts it; never one who fits a survivor listed with a
    town of their own at least as well (a namesake son of the deceased). Returns the deceased client, the
    ids of a possible one and their household (no condolence goes to them on an unconfirmed death), and the
    households of namesakes ruled out (their roster spouse is not widowed by this death)."""
    ruled_out: set[str] = set()
    placed_survivors: dict[str, float] = {}
    for m, scored in scored_mentions:
        if m.town or m.state:
            for c, (sc, _) in _best_unique(scored, cfg.threshold, cfg):
                placed_survivors[c.client_id] = max(sc, placed_survivors.get(c.client_id, 0.0))
    spouse_nicknames = partial(_spouse_nicknames, index)
    for c, (score, notes) in _best_unique(
            [(c, _deceased_score(c, ob, cfg, spouse_nicknames)) for c in _deceased_candidates(index, ob, cfg)],
            cfg.deceased_threshold, cfg):
        if placed_survivors.get(c.client_id, 0.0) >= score:
            continue
        verdict, why = death_verdict(c, ob, ob.death_year or year, cfg, spouse_nicknames(c))
        if verdict == "corroborated":
            found.add(c, "deceased_client", score, f"Deceased: {ob.lead[:300]}", checks=(*notes, why))
            return c, frozenset(), frozenset(ruled_out)
        if verdict == "uncorroborated":
            found.add(c, "possible_deceased_client", score * cfg.uncorroborated_death,
                      f"Possible match, please verify: {ob.lead[:300]}", checks=(*notes, why))
            return None, frozenset({c.client_id, *(p.client_id for p in _roster_spouses(index, c))}), frozenset(
                ruled_out)
        log.debug("deceased namesake %s ruled out: %s", c.client_id, why)
        ruled_out.update(p.client_id for p in _roster_spouses(index, c))
    return None, frozenset(), frozenset(ruled_out)


def _widowed_clients(index: RosterIndex, ob: Obituary, found: _Proposals, cfg: MatchConfig,
                     unconfirmed: frozenset[str] = frozenset()) -> None:
    """Clients whose roster spouse is the deceased (not a client), unless the text names them already,
    names another surviving spouse, or says their spouse died before (a stale roster row: the client is the
    late husband): survivors, when they live where the deceased did. Not the household of a death that is
    only possible (`unconfirmed`)."""
    dead = ob.deceased
    assert dead is not None
    if ob.spouse is None and ob.survived_by_parents and (ob.age is None or ob.age < cfg.young_age):
        return  # "Spencer Kade Tollestrup, 22, ... survived by his parents": nobody's husband
    named = {m.client_id for m in found.out} | unconfirmed
    for partner in index.partners_named(dead.given, dead.surname) + (
            index.partners_named(dead.nickname, dead.surname) if dead.nickname else []):
        if partner.client_id in named:
            continue
        place = place_score(partner, ob.town, ob.state, config=cfg)
        if place.score < cfg.deceased_is_roster_spouse_place:
            if not (_survived_by_client(ob, partner, cfg)
                    and place_query(ob.town, ob.state, config=cfg, adjacent=True).is_adjacent(partner)):
                continue  # first: a namesake's partner elsewhere (most of them at scale) needs no more reading
            # "Survived by her husband of 55 years, Harold Tubbs" in a Del City notice, the client Harold Tubbs of
            # Midwest City next door, married to Bonnie: both names of the couple tie them, the towns do not part them.
            place = Scored(cfg.adjacent_family, (*place.notes, "the text names this client as the surviving spouse"))
        if ob.spouse is not None and not given_match(ob.spouse.name.given, (partner.first_name, partner.nickname)):
            continue
        if not any(given_match(n, (partner.first_name, partner.nickname)) for n in ob.late_spouse_givens):
            found.add(partner, "survivor", cfg.deceased_is_roster_spouse * place.score,
                      f"The deceased is this client's roster spouse: {ob.lead[:240]}", relation="spouse")


def _survived_by_client(ob: Obituary, client: Client, cfg: MatchConfig) -> bool:
    """The obituary's surviving spouse is written with this client's name."""
    return ob.spouse is not None and name_score(client, ob.spouse.name, cfg).score >= cfg.threshold


def _givens(name: PersonName) -> list[str]:
    """The given names to look a written name up by: "Mary Beth", "Jo Ann" also as one compound given name."""
    compound = f"{name.given} {name.middle}" if name.middle and len(name.middle) > 1 and " " not in name.middle else ""
    return [g for g in (name.given, name.nickname, compound) if g]


def _surnames(name: PersonName) -> list[str]:
    return [s for s in (name.surname, name.maiden) if s]


# `RosterIndex.sift`'s boost classes: none lifted over a place bound, or all of them.
_NONE_LIFTED = (False, False, False, False)
_ALL_LIFTED = (True, True, True, True)


def _place_sifter(index: RosterIndex, place: PlaceQuery, reach: float, threshold: float,
                  also: frozenset[str] = frozenset()) -> Sifter | None:
    """Keeps the roster positions whose place score under `place`, times at most `reach`, can still come to
    `threshold`, and those in the towns `also`; None when the place bound rules nobody out. For scores that
    no confirmation lifts over the bound (the news and deceased paths; a survivor's is `_SurvivorProbe`'s)."""
    if place.states is None or place.ceiling * reach >= threshold:
        return None
    cities = place.cities | also
    if place.towns is not None and place.town_ceiling * reach < threshold:
        # A town written next to the name: the state's other towns are ruled out too.
        return index.sifter(place.states, cities | place.towns, _NONE_LIFTED, _NONE_LIFTED)
    return index.sifter(place.states, cities, _NONE_LIFTED, _ALL_LIFTED)


def _deceased_candidates(index: RosterIndex, ob: Obituary, cfg: MatchConfig = DEFAULT_CONFIG) -> list[Client]:
    """The deceased's namesakes whose place does not already keep them under the deceased threshold in
    `_deceased_score`, sifted by the index's place classes (see `_SurvivorProbe.sifter`)."""
    dead = ob.deceased
    assert dead is not None
    keep = None
    if ob.town or ob.state:
        # Anywhere but the written town a place score takes x deceased_elsewhere, and the spouse
        # confirmation lifts it at most x spouse_confirms (the other factors only lower it). The town's
        # clients are kept whatever their state: a state guessed from the survivors does not outvote a town
        # that agrees (_written_state).
        keep = _place_sifter(index, place_query(ob.town, ob.state, config=cfg),
                             cfg.deceased_elsewhere * cfg.spouse_confirms, cfg.deceased_threshold,
                             frozenset({city_key(ob.town)}) if ob.town else frozenset())
    positions = index.lookup_positions(_givens(dead), _surnames(dead), keep)
    if keep is not None:
        # A namesake born on the obituary's birth date is not ruled out by place (birth_date_confirms). The
        # birth date is read (a pass over the text) only when the place bound dropped someone.
        sifted = set(positions)
        dropped = [p for p in index.lookup_positions(_givens(dead), _surnames(dead)) if p not in sifted]
        born = birth_of(ob.title, ob.lead, ob.text)[1] if dropped else ""  # (not the whole identity check)
        if born:
            positions += [p for p in dropped if _born_on(index.clients[p], born)]
    return [index.clients[p] for p in positions]


def _born_on(client: Client, iso_date: str) -> bool:
    return client.birth_date is not None and client.birth_date.isoformat() == iso_date


def _deceased_score(client: Client, ob: Obituary, cfg: MatchConfig = DEFAULT_CONFIG,
                    spouse_nicknames: Callable[[Client], tuple[str, ...]] | None = None,
                    ) -> tuple[float, tuple[str, ...]]:
    dead = ob.deceased
    assert dead is not None
    if ob.age is not None and ob.age < cfg.adult_age:
        return 0.0, ("a minor cannot be a client",)
    ps = place_score(client, ob.town, _written_state(ob, client), config=cfg)
    born = 1.0
    if ob.birth_date and _born_on(client, ob.birth_date):
        # Name and full birth date agree: the place may differ (the town written is a neighbourhood, a care
        # home's, a later move) without ruling the client out; it still has to pass the threshold.
        born = cfg.birth_date_confirms
        ps = type(ps)(max(ps.score, cfg.unknown_town), (*ps.notes, "birth date = roster birth date"))
    elif ps.score < 1.0 and (ob.town or ob.state):
        # Another town, even a neighbouring one, is weak ground for calling a client dead: it takes the
        # roster spouse named as the survivor to get there.
        ps = type(ps)(round(ps.score * cfg.deceased_elsewhere, 4), ps.notes)
    if ps.score * cfg.spouse_confirms * born < cfg.deceased_threshold:
        return 0.0, ps.notes  # the name (<= 1) and the confirmations cannot lift it over
    ns = name_score(client, dead, cfg)
    if ns.score == 0.0:
        return 0.0, ns.notes
    notes = [*ns.notes, *ps.notes]
    score = min(1.0, ns.score * ps.score * born)
    if ob.spouse is not None and client.spouse_first_name:
        if given_match(ob.spouse.name.given, (client.spouse_first_name,)) or (
                spouse_nicknames is not None and given_match(ob.spouse.name.given, spouse_nicknames(client))):
            score = min(1.0, score * cfg.spouse_confirms)
            notes.append("surviving spouse matches roster spouse")
        else:
            score *= cfg.deceased_spouse_differs
            notes.append("surviving spouse differs from roster spouse")
    if not (ob.town or ob.state) and "surviving spouse matches roster spouse" not in notes:
        score *= cfg.deceased_unplaced  # a name alone does not make a client dead
    return score, tuple(notes)


# The bounds below lean on MatchConfig.BOUND_RULES (checked whenever a MatchConfig is made): the name and doubt
# factors are at most 1, the confirmations at least 1, and a survivor whose roster spouse differs from the
# one the text names (x survivor_spouse_differs) stays under the threshold with both maiden-name factors,
# so _survivor_score rejects such a candidate outright, before the name comparison.
assert DEFAULT_CONFIG.survivor_spouse_differs * DEFAULT_CONFIG.maiden_in_parentheses \
    * DEFAULT_CONFIG.maiden_is_family_name < DEFAULT_CONFIG.threshold


@dataclass(slots=True)  # built per mention with namesakes (43,000 a day at 1M clients): plain slots, no frozen setattr
class _SurvivorProbe:
    """What scoring a survivor mention needs from the text, worked out once for all its namesakes."""

    mention: Mention
    cfg: MatchConfig
    place: PlaceQuery  # the mention's own place, the deceased's as context
    spouse_place: PlaceQuery | None  # a surviving spouse with no place of their own: the deceased's place
    spouse_place_unwritten: PlaceQuery | None  # the same without a state guessed from the survivors
    family: tuple[tuple[PlaceQuery, str], ...]  # a grandchild's parents' places (query, who)
    partner: str  # the mention's spouse, by the text
    partner_alts: tuple[str, ...]
    maiden_boost: float  # the most the maiden-name confirmations can lift a client who has a maiden name
    # Where a client must live for the place score alone not to rule them out (PlaceQuery's bound), over
    # every place query this mention uses: states None means anywhere.
    near_states: frozenset[str] | None
    near_cities: frozenset[str]
    near_towns: frozenset[int]  # town ids next to the written town (adjacent_town), kept as near_cities are
    far_ceiling: float  # the most a client living elsewhere can score for place
    near_ceiling: float  # the most a client in near_states but none of near_cities can score (1.0: no bound)
    name_ceiling: float  # the most name_score can give the mention's name (inherited_surname for a guessed surname)
    # Where a client of near_states in none of near_cities must live (within nearby_km of the deceased's town) for
    # more than reach_ceiling, the most such a client scores for place otherwise (`_reach`); None: no such bound.
    near_point: tuple[float, float] | None
    reach_ceiling: float

    def max_boost(self, client: Client) -> float:
        """The most the confirmations in `_survivor_score` can lift this client's place score."""
        return _max_boost(self.cfg, bool(self.partner), self.maiden_boost, bool(client.spouse_first_name),
                          bool(client.maiden_name))

    def sifter(self, index: RosterIndex) -> Sifter | None:
        """Keeps the roster positions whose place does not already keep them below the threshold, by the
        index's per-position place classes, so that a far-away namesake's Client is never touched (a common
        name has hundreds of namesakes in a million-client roster); None when no place bound applies."""
        if self.near_states is None:
            return None
        partner = bool(self.partner)
        reach = None if self.near_point is None else Reach(*self.near_point, self.cfg.nearby_km, _lifted(
            self.cfg, self.reach_ceiling * self.name_ceiling, partner, self.maiden_boost))
        return index.sifter(self.near_states, self.near_cities,
                            _lifted(self.cfg, self.far_ceiling * self.name_ceiling, partner, self.maiden_boost),
                            _lifted(self.cfg, self.near_ceiling * self.name_ceiling, partner, self.maiden_boost),
                            self.near_towns, reach)


@lru_cache(maxsize=64)
def _lifted(cfg: MatchConfig, far_ceiling: float, partner: bool,
            maiden_boost: float) -> tuple[bool, bool, bool, bool]:
    """By boost class (spouse's given name on the roster: 2, maiden name: 1, as `RosterIndex.sift` takes
    it), whether the most `_survivor_score`'s confirmations can lift a client elsewhere, whose place scores
    at most `far_ceiling`, to the threshold."""
    return tuple(far_ceiling * _max_boost(cfg, partner, maiden_boost, cls >= 2, cls % 2 == 1) >= cfg.threshold
                 for cls in range(4))  # type: ignore[return-value]


def _max_boost(cfg: MatchConfig, partner: bool, maiden_boost: float, spouse_given: bool, maiden: bool) -> float:
    """`_SurvivorProbe.max_boost` of a client who has (or not) a spouse's given name and a maiden name on the
    roster, for a mention that names (or not) a partner."""
    boost = cfg.spouse_confirms if partner and spouse_given else 1.0
    if maiden:
        boost *= maiden_boost
    return min(boost, cfg.max_survivor_boost)


def _scored_namesakes(index: RosterIndex, m: Mention, ob: Obituary, cfg: MatchConfig) -> list[_Candidate]:
    """Every namesake of a survivor mention that its place does not already rule out, scored."""
    if m.name.husbands_name:
        return _wives_named_by_husband(index, m, ob, cfg)
    givens, surnames = _givens(m.name), _surnames(m.name)
    if not index.has_name(givens, surnames):
        return []  # most mentions in a small roster: no probe to build
    probe = _survivor_probe(m, ob, cfg)
    positions = index.lookup_positions(givens, surnames, probe.sifter(index))
    return [(c, _survivor_score(c, probe, ob, partial(_spouse_nicknames, index)))
            for c in map(index.clients.__getitem__, positions)]


def _scored_survivor(index: RosterIndex, m: Mention, ob: Obituary,
                     cfg: MatchConfig) -> tuple[Mention, list[_Candidate]]:
    """A survivor mention and its scored namesakes. When the name as written names nobody, the other ways a
    family's notice writes its own names are tried (_other_readings), and the first that names someone is kept."""
    scored = _scored_namesakes(index, m, ob, cfg)
    if not scored and m.name.husbands_name:
        # "her daughter, Mrs. Dale Tewes" with no client married to a Dale Tewes: the client Dale Tewes, her
        # husband; "a sister-in-law, Mrs. Odessa Kinchen": the woman's own given name
        m = replace(m, name=replace(m.name, husbands_name=False))
        scored = _scored_namesakes(index, m, ob, cfg)
    if not scored and m.relation == "in_law" and m.spouse_given:
        return m, _wives_named_with_husband(index, m, ob, cfg)
    if scored or ob.deceased is None or m is ob.spouse or m.relation not in _FAMILY_KIN:
        return m, scored
    for name in _other_readings(m.name, ob.deceased):
        alt = replace(m, name=name)
        alt_scored = _scored_namesakes(index, alt, ob, cfg)
        if alt_scored:
            return alt, alt_scored
    return m, scored


def _other_readings(name: PersonName, dead: PersonName) -> list[PersonName]:
    """Other readings of a relative's name, by the deceased's:
    - a compound given name that inherits the family surname: "sons Billy Ray (Darlene) and Roscoe" in HENSLEY's
      notice is Billy Ray Hensley, not a Billy named Ray;
    - the surname written first (Vietnamese, Chinese, Korean, Hungarian order): "his children, Vo Bich Ngoc of
      San Jose" in VO, Van Duc's notice is Bich Ngoc Vo;
    - a patronymic chain (Somali, Arabic, Ethiopian): "his sons, Abdirahman Warsame Dirie" in the notice of
      Warsame Dirie Yusuf carries his father's given name second, which a roster keeps as the surname."""
    family, out = name_key(dead.surname), []
    if not (name.surname_inherited or name.middle or name.maiden or " " in name.surname) \
            and is_known_given_name(name.surname) and name_key(name.surname) != family:
        out.append(replace(name, given=f"{name.given} {name.surname}", surname=dead.surname, surname_inherited=True))
    if name_key(name.given) == family and name_key(name.surname) != family:
        out.append(replace(name, given=" ".join(w for w in (name.middle, name.surname) if w), middle="",
                           surname=dead.surname))
    if name.middle and " " not in name.middle and name_key(name.middle) == name_key(dead.given):
        out.append(replace(name, middle="", surname=name.middle))
    return out


# The relations whose names follow the family's (surname, order, the father's name).
_FAMILY_KIN = frozenset({"child", "sibling", "grandchild"})


def _wives_named_with_husband(index: RosterIndex, m: Mention, ob: Obituary, cfg: MatchConfig) -> list[_Candidate]:
    """"Efraín (Rosalinda) Medina of Havelock": the client Rosalinda whose roster spouse is Efraín Medina, under a
    roster surname of her own (Bocanegra Zamudio), as a wife named through her husband is; scored by place."""
    if not index.has_partner(m.spouse_given, m.name.surname):
        return []  # (most in-laws: no client is married to one, and the place is not worth building)
    husband = replace(m, name=PersonName(given=m.spouse_given, surname=m.name.surname))
    return [(c, (score * g, notes)) for c, (score, notes) in _wives_named_by_husband(index, husband, ob, cfg)
            if (g := given_match(m.name.given, (c.first_name, c.nickname), cfg))]


def _wives_named_by_husband(index: RosterIndex, m: Mention, ob: Obituary, cfg: MatchConfig) -> list[_Candidate]:
    """"Mrs. Harold Peters of Leominster": the clients whose roster spouse is Harold Peters, scored by place."""
    wives = index.partners_named(m.name.given, m.name.surname)
    if not wives:
        return []
    place = place_query(m.town, m.state, ob.town, ob.state, cfg, adjacent=True)
    out: list[_Candidate] = []
    for client in wives:
        ps = place.score(client)
        if place.is_adjacent(client) and _carries_family_name(m, client, ob):
            ps = Scored(cfg.adjacent_family, (*ps.notes, "family name"))
        out.append((client, (ps.score * cfg.wife_by_husband_name,
                             (f"Mrs. {m.name.given} {m.name.surname}: the roster spouse", *ps.notes))))
    return out


def _survivor_probe(m: Mention, ob: Obituary, cfg: MatchConfig = DEFAULT_CONFIG) -> _SurvivorProbe:
    spouse_place = spouse_unwritten = None
    if m is ob.spouse and not (m.town or m.state) and (ob.town or ob.state):
        spouse_place = place_query(ob.town, ob.state, config=cfg)
        spouse_unwritten = place_query(ob.town, "", config=cfg)
    family: tuple[tuple[PlaceQuery, str], ...] = ()
    if not (m.town or m.state) and m.relation in {"grandchild", "great_grandchild"}:
        family = tuple((place_query(town, state, config=cfg), who) for town, state, who in _family_places(ob, m))
    dead = ob.deceased
    partner = m.spouse_given or (dead.given if (m is ob.spouse and dead) else "")
    partner_alts = (partner, dead.nickname) if (m is ob.spouse and dead and dead.nickname) else (partner,)
    maiden_boost = (cfg.maiden_in_parentheses if m.spouse_given else 1.0) * (
        cfg.maiden_is_family_name if dead and m.relation in {"child", "sibling"} else 1.0)
    # (a town without its state nearer the deceased's in the next state: Monticello, Fla., for Thomasville, Ga.)
    state = m.state or (nearer_namesake_state(m.town, ob.town, ob.state, cfg.nearby_km) if m.town and ob.town
                        and ob.state and not ob.state_inferred else "")
    place = place_query(m.town, state, ob.town, ob.state, cfg, adjacent=True)
    # A family place counts at family_place; the spouse's "lives elsewhere" factor only lowers a score.
    bounds = [(q, 1.0) for q in ((spouse_place, spouse_unwritten) if spouse_place else (place,)) if q is not None]
    bounds += [(q, cfg.family_place) for q, _ in family]
    near_ceiling = 1.0
    near_states: frozenset[str] | None
    near_cities: frozenset[str]
    if any(q.states is None for q, _ in bounds):
        near_states, near_cities, ceiling = None, frozenset(), 1.0
    elif spouse_place is None and not family and place.towns is not None:
        # "Susan Halvorsen of Eau Claire": a namesake in another town of the same state scores other_town,
        # in another state other_state.
        near_states, near_cities, ceiling = place.states, place.cities | place.towns, place.ceiling
        near_ceiling = place.town_ceiling
    else:
        # Several places (a grandchild's parents' towns, the deceased's): a place with a written town bounds a
        # client outside that town everywhere (its other towns and other states alike), so only the other
        # places' states are near.
        near_states = frozenset().union(*(q.states for q, _ in bounds if q.states is not None and q.towns is None))
        near_cities = frozenset().union(*(q.cities | (q.towns or frozenset()) for q, _ in bounds))
        ceiling = max(max(q.ceiling, q.town_ceiling if q.towns is not None else 0.0) * f for q, f in bounds)
    # "grandchildren Amy, Ben and Cole": the surname is a guess, and name_score gives it at most inherited_surname.
    name_ceiling = cfg.inherited_surname if m.name.surname_inherited else 1.0
    # The towns next to the written one score adjacent_town: kept whenever the mention's own place bounds.
    near_towns = place.adjacent_towns if spouse_place is None else frozenset()
    near_point, reach_ceiling = _reach(place, family, cfg) if spouse_place is None else (None, 1.0)
    return _SurvivorProbe(m, cfg, place, spouse_place, spouse_unwritten, family, partner, partner_alts, maiden_boost,
                          near_states, near_cities, near_towns, ceiling, near_ceiling, name_ceiling, near_point,
                          reach_ceiling)


def _reach(place: PlaceQuery, family: tuple[tuple[PlaceQuery, str], ...],
           cfg: MatchConfig) -> tuple[tuple[float, float] | None, float]:
    """(point, ceiling) for a survivor placed only by the deceased's town ("grandchildren Amy, Ben and Cole"): a
    client of that state scores near_event within nearby_km of the town (by their own coordinates, as `_near`
    reads them), else farther_in_state; a grandchild's parents' written towns (`family`) lift a client outside
    them to at most family_place x their own ceilings. (None, 1.0) when the place is any other kind."""
    if place.town or place.state or not (place.context_town and place.context_state) or \
            any(q.towns is None for q, _ in family):
        return None, 1.0
    point = town_location(place.context_town, place.context_state)
    if point is None:
        return None, 1.0
    return point, max([cfg.farther_in_state, *(max(q.ceiling, q.town_ceiling) * cfg.family_place for q, _ in family)])


def _survivor_score(client: Client, probe: _SurvivorProbe, ob: Obituary,
                    partner_nicknames: Callable[[Client], tuple[str, ...]] | None = None,
                    ) -> tuple[float, tuple[str, ...]]:  # long: one score, its checks in order of cost
    # Place first: a namesake elsewhere is dropped before the costlier name comparison (a common name has
    # hundreds of namesakes in a million-client roster). Only scores at or above the threshold are ever used,
    # so which check rejects a candidate does not matter.
    m, cfg = probe.mention, probe.cfg
    if probe.spouse_place is not None:
        # A surviving spouse lives where the deceased lived: another town is already evidence against.
        query = probe.spouse_place_unwritten if _written_state(ob, client) == "" else probe.spouse_place
        assert query is not None
        ps = query.score(client)
        if ps.score < 1.0:
            ps = Scored(round(ps.score * cfg.spouse_lives_elsewhere, 4), (*ps.notes, "spouse lives elsewhere"))
    else:
        ps = probe.place.score(client)
        ps = _next_door(ps, m, client, ob, probe)
    for query, who in probe.family:
        # Grandchildren are listed without towns; they tend to live where a parent of the same surname does.
        alt = query.score(client)
        if alt.score * cfg.family_place > ps.score:
            ps = Scored(round(alt.score * cfg.family_place, 4), (f"lives where {who} does",))
    if ps.score * probe.name_ceiling * probe.max_boost(client) < cfg.threshold:
        return 0.0, ps.notes
    # "Kathleen (Schultz) Brandt": the parentheses held her maiden name, not a husband.
    maiden_in_parentheses = bool(m.spouse_given and client.maiden_name
                                 and name_key(m.spouse_given) == name_key(client.maiden_name))
    partner = "" if maiden_in_parentheses else probe.partner
    spouse_agrees = None
    if partner and client.spouse_first_name:
        spouse_agrees = any(given_match(p, (client.spouse_first_name,)) or compound_head(p, (client.spouse_first_name,))
                            for p in probe.partner_alts if p)  # "(Mohammad)" for a roster "Mohamad Ali"
        if not spouse_agrees and partner_nicknames is not None:
            nicknames = partner_nicknames(client)
            spouse_agrees = bool(nicknames) and any(given_match(p, nicknames) for p in probe.partner_alts if p)
        if not spouse_agrees:
            # Decided before the name comparison: x survivor_spouse_differs keeps any score under the threshold.
            return 0.0, ("spouse in the text differs from roster spouse",)
    if _names_clients_spouse(m.name, client):
        return 0.0, ("the text names this client's spouse",)
    ns = name_score(client, m.name, cfg)
    if ns.score == 0.0:
        return 0.0, ns.notes
    score = ns.score * ps.score
    notes = [*ns.notes, *ps.notes]
    dead = ob.deceased
    if maiden_in_parentheses:
        score = min(1.0, score * cfg.maiden_in_parentheses)
        notes.append("maiden name in parentheses")
    if spouse_agrees:
        score = min(1.0, score * cfg.spouse_confirms)
        notes.append("spouse in the text = roster spouse")
    if dead and client.maiden_name and name_key(client.maiden_name) == name_key(dead.surname) \
            and m.relation in {"child", "sibling"}:
        score = min(1.0, score * cfg.maiden_is_family_name)
        notes.append("maiden name = family name")
    return score, tuple(notes)


_BLOOD_KIN = frozenset({"sibling", "parent"})


def _carries_family_name(m: Mention, client: Client, ob: Obituary) -> bool:
    """The survivor carries the deceased's family name: written with it, or it is the client's maiden name."""
    dead = ob.deceased
    if dead is None:
        return False
    family = {name_key(n) for n in (dead.surname, dead.maiden) if n}
    # A niece carries her parent's name: "preceded by her sister, Siranoush Minasalian ... her niece, Lucine
    # Minasalian of Fresno" (the client lives in Clovis, next door).
    if m.relation == "niece_nephew":
        family |= {name_key(k.name.surname) for k in (*ob.preceded, *ob.survivors)
                   if k.relation in _BLOOD_KIN and k.name.surname and not k.name.surname_inherited}
    # A sister carries her parents' name: "Maxine Trana was born ... to Ole and Gladys Trana" (no maiden name
    # written with Maxine Boe's), "her sister, Marlys Trana of Moorhead" (the client lives in Dilworth, next door).
    if m.relation == "sibling" and (parents := _PARENTS_SURNAME.match(ob.parents_text)):
        family.add(name_key(parents.group(1)))
    if bool(family & {name_key(n) for n in (m.name.surname, m.name.maiden, client.maiden_name) if n}):
        return True
    if "-" in m.name.surname and family & set(surname_keys(m.name.surname)):
        return True  # "her daughter, Marit Pekkala-Strand": the family name joined to her married one
    # "Harriet Sessums Boyington": a married woman's middle name is often her maiden name; a sister whose
    # roster maiden name it is carries the family name too (a given name never equals a maiden name).
    middle = name_key(dead.middle) if dead.middle else ""
    return bool(middle) and middle in {name_key(n) for n in (m.name.surname, client.maiden_name) if n}


# "Ole and Gladys Trana", "Gerrit and Jantje (Vande Brake) Kooiker": the parents' surname
_PARENTS_SURNAME = re.compile(r"[A-Z][\w'\-]+\s+(?:and|&)\s+[A-Z][\w'\-]+(?:\s+\([^)]{1,30}\))?\s+([A-Z][\w'\-]+)\b")


def _next_door(ps: Scored, m: Mention, client: Client, ob: Obituary, probe: _SurvivorProbe) -> Scored:
    """A survivor written in the town next to the client's: adjacent_family when more than the name ties them."""
    if not probe.place.is_adjacent(client):
        return ps
    if _carries_family_name(m, client, ob):
        # "his daughter, Donna Pelletier of Fitchburg", the client Donna Pelletier of Leominster next door.
        return Scored(probe.cfg.adjacent_family, (*ps.notes, "family name"))
    if m.name.middle and " " in client.first_name.strip() and \
            name_key(f"{m.name.given} {m.name.middle}") == name_key(client.first_name):
        # "niece, Donna Sue Whitlock, Hollister", the client Donna Sue Whitlock in Branson next door: a compound
        # given name written in full is rarer than a namesake's.
        return Scored(probe.cfg.adjacent_family, (*ps.notes, "compound given name in full"))
    if m.name.nickname and client.nickname and name_key(m.name.nickname) == name_key(client.nickname) and \
            name_key(m.name.given) == name_key(client.first_name):
        # 'his cousin, Haskell "Buck" Tindall of Amarillo', the client Haskell "Buck" Tindall of Bushland next door:
        # a given name and its nickname both, as the roster has them
        return Scored(probe.cfg.adjacent_family, (*ps.notes, "given name and nickname both"))
    if m.spouse_given and client.spouse_first_name and given_match(m.spouse_given, (client.spouse_first_name,)):
        # "Maite (Jose) Goicoechea of Loma", the client Jose Mari Goicoechea of Fruita, married to Maite
        return Scored(probe.cfg.adjacent_family, (*ps.notes, "with the roster spouse"))
    if m.relation in _CLOSE_KIN and _in_deceaseds_town(client, ob):
        # "daughter, Siobhan O'Dwyer, Madisonville" in a Mandeville notice, the client in Mandeville: her roster
        # address is her mother's town, and the text puts her next to it.
        return Scored(probe.cfg.adjacent_family, (*ps.notes, "the roster has the deceased's town"))
    return ps


def _in_deceaseds_town(client: Client, ob: Obituary) -> bool:
    """The client's roster town is the one the deceased lived in."""
    return bool(ob.town) and city_key(ob.town) == city_key(client.city) and (
        ob.state == client.state or (not ob.state and client.state in states_with_town(ob.town)))


# The close family who may still be on the roster at the deceased's address (not a great-niece: a namesake there)
_CLOSE_KIN = frozenset({"child", "sibling"})


def _written_state(ob: Obituary, client: Client) -> str:
    """The deceased's state for comparison: a state guessed from the survivors does not outvote a town that
    agrees with the client's (there is a Vining in Iowa and one in Minnesota)."""
    if ob.state_inferred and ob.town and city_key(ob.town) == city_key(client.city):
        return ""
    return ob.state


def _names_clients_spouse(name: PersonName, client: Client) -> bool:
    """True when the written name is this client's roster spouse rather than the client: "Jacqueline
    "Jack" K." must not become her husband Jack because of her nickname."""
    if not client.spouse_first_name or given_match(name.given, (client.first_name, client.nickname)) == 1.0:
        return False
    return given_match(name.given, (client.spouse_first_name,)) == 1.0


def _family_places(ob: Obituary, m: Mention) -> list[tuple[str, str, str]]:
    """Distinct (town, state, who) of the other survivors who share the mention's surname."""
    key = name_key(m.name.surname)
    seen: dict[tuple[str, str], str] = {}
    for other in ob.survivors:
        if other is not m and (other.town or other.state) and name_key(other.name.surname) == key:
            seen.setdefault((other.town, other.state), f"{other.name.given} {other.name.surname}")
    return [(t, s, who) for (t, s), who in seen.items()]


def _best_unique(scored: list[_Candidate], threshold: float, cfg: MatchConfig) -> list[_Candidate]:
    """The best candidate above the threshold, unless a namesake scores within cfg.ambiguity_margin of it."""
    good = sorted(((c, s) for c, s in scored if s[0] >= threshold), key=lambda x: -x[1][0])
    dedup: dict[str, tuple[Client, tuple[float, tuple[str, ...]]]] = {}
    for c, s in good:
        dedup.setdefault(c.client_id, (c, s))
    good = list(dedup.values())
    if len(good) >= 2 and good[0][1][0] - good[1][1][0] < cfg.ambiguity_margin:
        # Two clients fit equally well; the same household (spouses share a name) is still one answer each.
        log.debug("ambiguous candidates %s", [c.client_id for c, _ in good[:3]])
        return []
    return good[:1]


def _roster_spouses(index: RosterIndex, dc: Client) -> list[Client]:
    """Clients who are the deceased client's spouse by the roster (either side's spouse columns)."""
    found: dict[str, Client] = {}
    # Sifted to the client's town first: a common name has hundreds of namesakes in a large roster.
    keep = index.sifter(frozenset(), frozenset((city_key(dc.city),)))
    if dc.spouse_first_name:
        for p in index.lookup_positions([dc.spouse_first_name], [dc.spouse_last_name or dc.last_name], keep):
            c = index.clients[p]
            if c.client_id != dc.client_id and _same_household(c, dc):
                found[c.client_id] = c
    for c in index.partners_named(dc.first_name, dc.last_name, keep) + (
            index.partners_named(dc.nickname, dc.last_name, keep) if dc.nickname else []):
        if c.client_id != dc.client_id and _same_household(c, dc):
            found[c.client_id] = c
    return list(found.values())


def _spouse_nicknames(index: RosterIndex, client: Client) -> tuple[str, ...]:
    """The nicknames the client's roster spouse, when a client, holds on their own row: the spouse column may
    not ("her husband, T-Joe": Joseph "T-Joe" LeBlanc; "his wife, Ilonka": Ilona). Read only when the written
    name differs from the spouse column's."""
    return tuple(p.nickname for p in _roster_spouses(index, client) if p.nickname)


def _same_household(a: Client, b: Client) -> bool:
    if a.postal_code and b.postal_code:
        return a.postal_code == b.postal_code
    return city_key(a.city) == city_key(b.city) and a.state == b.state


def _survivor_evidence(text: str, m: Mention, dead: PersonName) -> str:
    clause = text[m.start : m.end]
    pos = clause.find(m.name.given)
    lo = max(0, pos - 120) if pos >= 0 else 0
    snippet = clause[lo : lo + 260].strip()
    where = f" of {m.town}" if m.town else ""
    return f"{m.relation} of {dead.full}: {m.name.given} {m.name.surname}{where} - \u201c{snippet}\u201d"


def _same_dates(ob: Obituary, ev: _ObitEvent) -> bool:
    """Both full dates (birth, death) given and agreeing outweigh two towns: one copy names the neighbourhood
    or the care home's town, the other the city. The death dates first: a birth date costs a pass over a text."""
    return bool(ob.death_date) and ob.death_date == ev.death_date and bool(ob.birth_date) and (
        ob.birth_date == birth_of(*ev.texts)[1])


def _obit_event_key(ob: Obituary, item: FeedItem, state: EngineState) -> str:
    """One key per death, whichever feed reported it: the same obituary in two feeds is one event."""
    dead = ob.deceased
    assert dead is not None
    skey = name_key(dead.surname)
    bucket = state.obits.setdefault(skey, [])
    for ev in bucket:
        if item.fingerprint and ev.fingerprint == item.fingerprint:
            return ev.key
        same_given = given_match(dead.given, (ev.given, ev.nickname)) or (
            dead.nickname and given_match(dead.nickname, (ev.given, ev.nickname)))
        if not same_given:
            continue
        if ob.age is not None and ev.age is not None and abs(ob.age - ev.age) > 1:
            continue
        if ob.death_year and ev.death_year and ob.death_year != ev.death_year:
            continue
        if ob.death_date and ev.death_date and ob.death_date != ev.death_date:
            continue  # "VICKERS, Lonnie, of Kilgore, died July 9": not his grandson Lonnie Ray, who died May 17
        if ob.town and ev.town and city_key(ob.town) != city_key(ev.town) and not _same_dates(ob, ev):
            continue
        return ev.key
    # The key leaves out the given name (one feed writes Bob, the other Robert) and the age (a short
    # notice may omit it): surname, date of death and town identify a death across feeds and runs.
    when = ob.death_date or (str(ob.death_year) if ob.death_year else "") or (
        item.published.date().isoformat() if item.published else "")
    key = f"obit:{skey}:{when}:{city_key(ob.town)}"
    if not when and not ob.town:
        key = f"obit:{skey}:{name_key(dead.given)}:{item.fingerprint or item.item_id}"
    if any(ev.key == key for ev in bucket):
        key = f"{key}:{item.item_id}"
    bucket.append(_ObitEvent(key, skey, dead.given, dead.nickname, ob.age, ob.death_year, ob.town, item.fingerprint,
                             (item.title, ob.lead, item.text), ob.death_date))
    return key


# --- weather -------------------------------------------------------------------------------------------

def _weather(index: RosterIndex, item: FeedItem, state: EngineState, *, now: datetime,
             config: MatchConfig) -> list[Match]:
    """In-area proposals for one alert: at most one per client (`_admit_one_each` relies on it)."""
    alert = item.alert
    if alert is None:
        return []
    storm = state.storms.storm_for(alert)  # every message joins its storm, Cancels included
    reason = not_actionable(alert, now)
    if reason:
        log.info("alert %s: no outreach (%s)", alert.identifier, reason)
        return []
    counties = alert_counties(alert)
    candidates = index.county_positions(counties)
    if alert.polygons and not counties:
        candidates = np.concatenate([candidates, index.located_positions(alert_states(alert))])
    ids = index.client_ids
    if len(index.by_id) != len(ids):
        # Duplicate client ids: one candidate per id, first seen place, the last such client (as a dict would).
        candidates = np.fromiter({ids[p]: p for p in candidates.tolist()}.values(), dtype=np.intp)
    # Clients this storm already reached (an Update re-covering them) need no second look.
    reached = state.storms.covered.setdefault(storm, {})
    if reached:
        fresh = np.fromiter((ids[p] not in reached for p in candidates.tolist()), dtype=bool, count=len(candidates))
        candidates = candidates[fresh]
    out: list[Match] = []
    prefix = f"{alert.event} ({alert.severity}, {alert.msg_type}): "
    item_id = item.item_id
    # An alert over a populous county proposes tens of thousands of Matches at once; none can be part of a
    # reference cycle, so the cyclic GC is not let loose on them while they are built (it would walk them
    # through every generation, and at a million clients that cost the day ~0.6 s of full passes).
    with cyclic_gc_paused():
        for positions, score, evidence in covered_positions(alert, index, candidates, config):
            covered = list(map(ids.__getitem__, positions.tolist()))
            reached.update(dict.fromkeys(covered))
            if evidence is None:  # inside the polygon: the evidence names each client's coordinates
                evidences = inside_evidence(alert.event, index.latitudes[positions].tolist(),
                                            index.longitudes[positions].tolist(), prefix)
            else:
                evidences = [prefix + evidence] * len(covered)
            out += matches_of(covered, item_id, "weather", "in_area", score, evidences,
                              weather_details(storm, covered))
    if index.sites.locations:
        out += _weather_sites(index, alert, storm, counties, reached, item_id, prefix, config)
    return out


def _weather_sites(index: RosterIndex, alert: WeatherAlert, storm: str, counties: set[str],
                   reached: dict[str, None], item_id: str, prefix: str, config: MatchConfig) -> list[Match]:
    """In-area proposals for clients whose other places (second home, business, rental) the alert covers, for
    the clients it has not reached yet (through their home, or another of their places): one per client per
    storm, naming the first covered place."""
    sites = index.sites
    candidates = sites.county_positions(counties)
    if alert.polygons and not counties:
        candidates = np.concatenate([candidates, sites.located_positions(alert_states(alert))])
    ids = index.client_ids
    out: list[Match] = []
    for positions, score, evidence in covered_positions(alert, sites, candidates, config):
        for site in positions.tolist():
            client_id = ids[int(sites.owners[site])]
            if client_id in reached:
                continue
            reached[client_id] = None
            place = sites.locations[site]
            where = " ".join(x for x in (f"place {place.label!r}" if place.label else "place",
                                         f"near {place.city}, {place.state}" if place.city else "") if x)
            text = location_evidence(alert.event, where, place.latitude, place.longitude, evidence, prefix)
            out.append(Match(client_id, item_id, "weather", "in_area", score, text,
                             weather_location_details(storm, client_id, place.label, place.city, place.state)))
    return out


# --- news ----------------------------------------------------------------------------------------------

def _news(index: RosterIndex, item: FeedItem, hits: list[tuple[int, int, str]], cfg: MatchConfig) -> list[Match]:
    ctx = None
    event_key = f"news:{item.fingerprint or item.item_id}"
    by_client: dict[str, list[_NewsCandidate]] = {}
    out: list[Match] = []
    # The has_name probe is not memoised: ~1% of its calls repeat within a story.

    def wanted(givens: list[str], surname: str) -> bool:
        # "Mr. and Mrs. Hollis Goldthwaite III", "Hector and Lupe Villalobos": his wife may be the client when he
        # is not, under a roster surname of her own.
        return index.has_name(givens, (surname,)) or (
            ("Mrs" in givens or len(givens) > 1)
            and any(index.partners_named(g, split_suffix(surname)[0]) for g in givens if g != "Mrs"))

    mentions = news_mentions(item.title, item.text, hits, wanted, cfg)
    couples: dict[tuple[int, int], set[str]] = {}
    for mention in mentions:
        if not mention.name.husbands_name:
            couples.setdefault((mention.start, mention.end), set()).add(mention.name.given)
    for mention in mentions:
        ctx = ctx or news_context(item.title, item.text)
        if not mention.state and (ctx.abroad or (ctx.foreign and mention.town and not is_known_town(mention.town))):
            continue  # "PONTA DELGADA, Azores - The poet Helena Câmara of Ponta Delgada": someone there; also
            # "Vernice Alward of Moncton" in a story of "a great-grandmother from New Brunswick"
        context = _news_place(mention, ctx)
        town = "" if _local_place(mention, ctx, cfg, item.text) else mention.town
        if mention.died and not (town or mention.state) and ctx.town and not ctx.dateline:
            town = ctx.town  # "Orderville man dies in US-89 rollover": the headline's town is the dead man's home
        place = place_query(town, mention.state, *context, cfg)
        # (a story placed nowhere else: the town the person's own sentence names, "a veteran of Baton Rouge kitchens")
        lede_town = "" if mention.town or mention.state or any(context) else \
            ctx.lede_town or sentence_town(mention.sentence)
        lede = place_query("", "", lede_town, "", cfg) if lede_town else None
        if mention.name.husbands_name:
            scored = _wives_in_news(index, mention, place, cfg)
        else:
            # (a dateline no gazetteer knows, "TOWN OF OSBORN", says nothing of elsewhere)
            scored = _news_namesakes(index, mention, place, is_known_town(ctx.town), cfg, lede,
                                     item.published.year if item.published else None)
            partners = couples[(mention.start, mention.end)] - {mention.name.given}
            if partners:
                scored = [w for c, s in scored if (w := _with_roster_spouse(c, s, partners, cfg, mention)) is not None]
                scored += _wives_with_husband(index, mention, partners, place, cfg, through_namesakes=not scored)
        # Calling a client dead takes the stricter threshold, whichever kind of item says so.
        for client, s in _best_unique(scored, cfg.deceased_threshold if mention.died else cfg.threshold, cfg):
            by_client.setdefault(client.client_id, []).append((client, s, mention))
    for entries in by_client.values():
        found = _not_vetoed(entries)
        if found is None:
            log.debug("news %s: client %s vetoed by NER", item.item_id, entries[0][0].client_id)
            continue
        (client, (score, notes), mention), ner = found
        # A death in the news is never corroborated as an obituary's can be: at most a notice to verify.
        role: Role = "possible_deceased_client" if mention.died else (
            "parent_of_subject" if mention.parent else "subject")
        out.append(Match(
            client_id=client.client_id, item_id=item.item_id, kind="news", role=role, score=round(score, 4),
            evidence=f"{mention.event}: \u201c{mention.sentence[:300]}\u201d",
            details=news_details(event_key, client.client_id, cast(LifeEvent, mention.event), notes, ner)))
    return out


def _local_place(mention: NewsMention, ctx: NewsContext, cfg: MatchConfig = DEFAULT_CONFIG, text: str = "") -> bool:
    """The town written after a name, without a state, is in no state of the dateline's town: a neighbourhood of it
    ("the daughter of Marquis and Keisha Threadgill of East Brainerd" in a CHATTANOOGA story, not Brainerd, Minn.),
    read as the dateline's place."""
    if not mention.town or mention.state or not ctx.dateline:
        return False
    at = mention.sentence.find(mention.town)
    if at >= 0 and _PLACE_GOES_ON.match(mention.sentence, at + len(mention.town)):
        return False  # "Niamh Kearney of Galway, Ireland": a region or country the reader did not take as a state
    home = frozenset((ctx.state,)) if ctx.state else states_with_town(ctx.town)
    elsewhere = states_with_town(mention.town)  # (a town no gazetteer knows keeps its own verdict)
    if not (home and elsewhere and home.isdisjoint(elsewhere)):
        return False
    # (but "Dee Ostlie of Moorhead" in a WEST FARGO story is the next town over, across a state line; and "a
    # Spokane, Wash., investment group" in a MEDFORD story is in Spokane, as the story says)
    if text and (written := re.search(rf"\b{re.escape(mention.town)},\s+([A-Z][A-Za-z.]{{1,14}})", text)) and \
            state_code(written.group(1)) in elsewhere:
        return False
    key = city_key(mention.town)
    return not any(k == key for k, _ in neighbour_towns(ctx.town, home, cfg.adjacent_km))


_PLACE_GOES_ON = re.compile(r",\s*[A-Z]")


def _news_place(mention: NewsMention, ctx: NewsContext) -> tuple[str, str]:
    """The place a news mention without its own is read against: where its sentence places the event before
    naming the person ("the bank in Bismarck, N.D., has promoted Brad Quam": likely where they live), else
    the story's dateline."""
    if not (mention.town or mention.state):
        town, state = sentence_place(mention.sentence[: mention.name_at[0]])
        if town:
            return town, state
    return ctx.town, ctx.state


def _wives_in_news(index: RosterIndex, mention: NewsMention, place: PlaceQuery, cfg: MatchConfig) -> list[_Candidate]:
    """"Mrs. Hollis Goldthwaite III": the clients whose roster spouse he is (a Jr. is not a III), by place, as
    in obituaries."""
    name = mention.name
    wives = [c for c in index.partners_named(name.given, name.surname)
             if not (name.suffix and (suffix := split_suffix(c.spouse_last_name)[1]) and suffix != name.suffix)]
    return [(c, (ps.score * cfg.wife_by_husband_name * mention.tie,
                 (f"Mrs. {name.given} {name.surname}: the roster spouse", *ps.notes)))
            for c in wives if (ps := place.score(c)).score * mention.tie >= cfg.threshold]


def _with_roster_spouse(client: Client, scored: tuple[float, tuple[str, ...]], partners: set[str],
                        cfg: MatchConfig, mention: NewsMention) -> _Candidate | None:
    """A couple in the news ("Her parents, Priya and Vivek Raghunathan"): the partner is the client's roster spouse,
    as an obituary's "(Vivek)" confirms. None for a couple under the client's maiden name with another partner:
    "owned by Doug and Nadine Pettit" is not the client Nadine Eoff, née Pettit, married to Gerald."""
    score, notes = scored
    if client.spouse_first_name and any(given_match(p, (client.spouse_first_name,)) for p in partners):
        return client, (min(1.0, score * cfg.spouse_confirms), (*notes, "named with the roster spouse"))
    given = mention.name.given
    if client.spouse_first_name and "surname = client's maiden name" in notes and any(
            re.search(rf"(?:^|[,;:(]\s*|\b(?:by|to|with|of|from|for|owners?|couple)\s+){re.escape(p)}\s+(?:and|&)\s+"
                      rf"{re.escape(given)}\s", mention.sentence) for p in partners):
        # (a couple under one surname: hers by marriage, not the client's maiden name; the partner's given name
        # after a word that cannot end a name: "de la Guardia and Beatriz Ulloa" is two full names)
        return None
    return client, scored


def _wives_with_husband(index: RosterIndex, mention: NewsMention, partners: set[str], place: PlaceQuery,
                        cfg: MatchConfig, *, through_namesakes: bool = False) -> list[_Candidate]:
    """"Hector and Lupe Villalobos of Westerville": the client Lupe whose roster spouse is Hector Villalobos, under
    a roster surname of her own (Ramírez Ortega), as a wife named through her husband is; `through_namesakes`,
    also the roster spouse of a client named as the partner ("Rudy and Esperanza Quintanilla", the client Rodolfo
    "Rudy" Quintanilla married on the roster to Esperanza Barajas Molina), sifted by place first."""
    name, surname = mention.name, split_suffix(mention.name.surname)[0]
    found: list[Client] = []
    keep = _place_sifter(index, place, mention.tie * cfg.wife_by_husband_name, cfg.threshold) \
        if through_namesakes else None
    for given in partners:
        found += index.partners_named(given, surname)
        if through_namesakes:
            for p in index.lookup_positions([given], [surname], keep):
                found += _roster_spouses(index, index.clients[p])
    out: list[_Candidate] = []
    for c in {c.client_id: c for c in found}.values():
        g = given_match(name.given, (c.first_name, c.nickname), cfg)
        if g and (ps := place.score(c)).score * g * cfg.wife_by_husband_name * mention.tie >= cfg.threshold:
            out.append((c, (ps.score * g * cfg.wife_by_husband_name * mention.tie,
                            (f"named with the roster spouse, {' or '.join(sorted(partners))} {name.surname}",
                             *ps.notes))))
    return out


def _news_namesakes(index: RosterIndex, mention: NewsMention, place: PlaceQuery, datelined: bool,
                    cfg: MatchConfig, lede: PlaceQuery | None = None, year: int | None = None) -> list[_Candidate]:
    """The clients a news mention may name, scored. Nothing lifts a news place score (the factors below only
    lower it): a namesake the place bound rules out is never scored, nor is their Client touched. `lede`:
    the town the lede names in a story without a dateline, which can only raise a place score."""
    keep = _place_sifter(index, place, mention.tie, cfg.threshold)
    positions = index.lookup_positions(_givens(mention.name), [mention.name.surname], keep)
    scored = []
    for client in map(index.clients.__getitem__, positions):
        ps = place.score(client)
        if lede is not None:
            ps = max(ps, lede.score(client), key=lambda s: s.score)
        if not (mention.town or mention.state) and datelined and ps.score < cfg.near_event:
            # A story datelined in another part of the state is about someone there.
            ps = type(ps)(round(ps.score * cfg.dateline_elsewhere, 4), ps.notes)
        if mention.died and ps.score < 1.0:
            # As for obituaries: the dead person's town must be the client's.
            ps = type(ps)(round(ps.score * cfg.deceased_elsewhere, 4), ps.notes)
        if ps.score * mention.tie < cfg.threshold:
            continue
        ns = name_score(client, mention.name, cfg)
        if ns.score == 0.0 or _names_clients_spouse(mention.name, client):
            continue
        if mention.spouse and ps.score < cfg.near_event and client.spouse_first_name and \
                not given_match(mention.spouse, (client.spouse_first_name,)) and \
                not given_match(mention.spouse, _spouse_nicknames(index, client)):  # ("her husband, Buddy")
            # "he lives in Meridian with his wife, Shannon": not the client in Hayden married to Tamsin, in a story
            # placed elsewhere (in the client's own town a roster spouse may be out of date)
            continue
        if mention.age is not None and year is not None and client.birth_date is not None and \
                abs(year - client.birth_date.year - mention.age) > cfg.age_slack_years:
            continue  # "Tony Ciaccio, 16," is not the client born in 1956
        if mention.pupil and year is not None and client.birth_date is not None and \
                year - client.birth_date.year > cfg.adult_age + cfg.age_slack_years:
            continue  # "Red Springs High School senior Ossie Mae Brayboy" is not the client born in 1938
        scored.append((client, (ns.score * ps.score * mention.tie, (*ns.notes, *ps.notes))))
    return scored


_NewsCandidate = tuple[Client, tuple[float, tuple[str, ...]], NewsMention]


def _not_vetoed(entries: list[_NewsCandidate]) -> tuple[_NewsCandidate, str] | None:
    """The best-scored mention of a client whose name the NER does not place inside a place's or business's
    name, and what the NER said; None when it vetoes every one."""
    for entry in sorted(entries, key=lambda e: -e[1][0]):
        ner = _ner_verdict(entry[2])
        if ner is not None:
            return entry, ner
    return None


def _ner_verdict(mention: NewsMention) -> str | None:
    """What the statistical NER says about the client's name in the evidence sentence; None vetoes it.

    The model runs only when the name runs into another capitalised word ("Madison Smith Park", "Johnson
    Controls"): a name standing alone cannot be part of a place's or business's name. A business the
    sentence ties to its owner ("Bob Smith Chevrolet, owned by Bob Smith") keeps the proposal: the issue
    counts a client's own business as theirs.
    """
    if not runs_into_proper_name(mention):
        return "not run: the name stands alone"
    if is_title_case(mention.sentence):
        return "not run: title-case headline"  # every word looks like a proper name there
    from outreach.nlp import name_entity  # spaCy loads on the first proposal that needs it

    verdict = name_entity(mention.sentence, *mention.name_at)
    if not verdict.not_a_person:
        return str(verdict)
    if verdict.label == "ORG" and ties_business_to_person(mention.sentence):
        return f"{verdict} (the client's own business)"
    return None

"""PlaceQuery: the text side of place_score resolved once, and the far-away-namesake bound built on it.

The bound lets the engine skip scoring namesakes who live elsewhere; if it were ever wrong, a client who
should have been proposed would silently be dropped, so it is checked exhaustively over a grid of places
(towns in one state, in many states, unknown towns, towns named like states) and against every survivor
and client of the evaluation corpora, with the default MatchConfig and with other factors (the bounds are
derived from the factors, so a changed factor moves its bound with it).
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.client import Client
from outreach.feeds.parse import load_feed
from outreach.match.config import BOUND_RULES, DEFAULT_CONFIG, MatchConfig
from outreach.match.engine import _deceased_candidates, _deceased_score, _survivor_probe, _survivor_score
from outreach.match.index import RosterIndex
from outreach.match.obituary import parse_obituary
from outreach.match.places import city_key
from outreach.match.scoring import name_score, place_query, place_score
from outreach.match.text import PersonName
from outreach.roster import read_roster

TOWNS = ["", "Eau Claire", "Madison", "Virginia", "Springfield", "Nowhere Town", "St. Paul", "Vining", "Washington"]
STATES = ["", "WI", "MN", "VA", "IL", "IA"]


def _client(city: str, state: str, located: bool) -> Client:
    where = {"latitude": 44.81, "longitude": -91.5} if located else {}
    return Client(client_id="c", first_name="Ann", last_name="Lee", city=city, state=state, **where)


CLIENTS = [_client(c, s, located) for c in TOWNS for s in STATES for located in (False, True)]
# Other factors, every bound-related one moved: looser place verdicts, a lower threshold, stronger confirmations.
OTHER = MatchConfig(threshold=0.66, deceased_threshold=0.72, other_state=0.45, other_town=0.62, event_elsewhere=0.66,
                    same_state=0.85, deceased_elsewhere=0.85, spouse_confirms=1.25, maiden_in_parentheses=1.08,
                    maiden_is_family_name=1.12, family_place=0.97, inherited_surname=0.9, spouse_lives_elsewhere=0.75,
                    survivor_spouse_differs=0.5)
CONFIGS = pytest.mark.parametrize("cfg", [DEFAULT_CONFIG, OTHER], ids=["default", "other"])


def test_a_config_that_would_break_a_bound_is_refused():
    assert set(BOUND_RULES) and OTHER != DEFAULT_CONFIG
    with pytest.raises(ValueError, match="differing spouse"):
        MatchConfig(survivor_spouse_differs=0.65)
    with pytest.raises(ValueError, match="at most 1"):
        MatchConfig(family_place=1.05)
    with pytest.raises(ValueError, match="at least 1"):
        MatchConfig(spouse_confirms=0.9)


def test_a_query_scores_every_client_as_place_score_does_and_can_be_reused():
    query = place_query("Eau Claire", "", "Madison", "WI")
    first = [query.score(c) for c in CLIENTS]
    assert [query.score(c) for c in CLIENTS] == first
    assert first == [place_score(c, "Eau Claire", "", "Madison", "WI") for c in CLIENTS]
    assert {s.score for s in first} >= {0.3, 0.55, 1.0}  # the grid reaches the different verdicts


@CONFIGS
def test_the_elsewhere_bound_is_never_wrong_over_the_place_grid(cfg):
    # A client with a town and a state, in none of `states` and none of the towns `cities`, scores at most
    # `ceiling`.
    checked = bounded = 0
    for town, state, ctx_town, ctx_state in itertools.product(TOWNS, STATES, TOWNS, STATES):
        query = place_query(town, state, ctx_town, ctx_state, cfg)
        for client in CLIENTS:
            checked += 1
            if query.states is None or not client.state or not client.city or client.state in query.states \
                    or city_key(client.city) in query.cities:
                continue
            bounded += 1
            score = query.score(client).score
            assert score <= query.ceiling, (town, state, ctx_town, ctx_state, client.city, client.state)
    assert bounded > checked // 4  # the bound does spare work on this grid


@CONFIGS
def test_the_other_town_bound_is_never_wrong_over_the_place_grid(cfg):
    # A client with a town and a state, in one of `states` but none of the towns `towns`, scores at most
    # `town_ceiling`: a town written next to the person rules out the state's other towns.
    bounded = 0
    for town, state, ctx_town, ctx_state in itertools.product(TOWNS, STATES, TOWNS, STATES):
        query = place_query(town, state, ctx_town, ctx_state, cfg)
        if query.towns is None:
            assert not town or query.state_is_town or (not state and query.states is None)
            continue
        assert query.states is not None and query.town_ceiling < cfg.threshold
        for client in CLIENTS:
            if client.state and client.city and client.state in query.states \
                    and city_key(client.city) not in query.towns:
                bounded += 1
                score = query.score(client).score
                assert score <= query.town_ceiling, (town, state, ctx_town, ctx_state, client.city, client.state)
    assert bounded > 500


EVAL = Path(__file__).resolve().parents[1] / "eval"


def _obituaries(split: str):
    """(item, parsed obituary) for every bereavement item of an evaluation corpus."""
    for feed in sorted((EVAL / split / "feeds").iterdir()):
        for item in load_feed(str(feed)).items:
            if item.kind == "bereavement":
                yield item, parse_obituary(item.title, item.text)


@CONFIGS
@pytest.mark.parametrize("split", sorted(p.name for p in EVAL.iterdir() if (p / "roster.csv").exists()))
def test_survivor_prefilter_drops_only_candidates_that_could_not_pass(split, cfg):
    roster = read_roster(EVAL / split / "roster.csv").clients
    index = RosterIndex(roster)
    everyone = list(range(len(roster)))
    dropped = 0
    for item, ob in _obituaries(split):
        for mention in ob.survivors:
            probe = _survivor_probe(mention, ob, cfg)
            keep = probe.sifter(index)
            kept = [roster[p] for p in (keep(everyone) if keep else everyone)]
            kept_ids = {id(c) for c in kept}
            assert kept == [c for c in roster if id(c) in kept_ids]  # roster order, no duplicates
            for client in roster:
                if id(client) not in kept_ids:
                    dropped += 1
                    assert _survivor_score(client, probe, ob)[0] < cfg.threshold, (item.item_id, client.client_id)
    assert dropped > 0


@CONFIGS
@pytest.mark.parametrize("split", sorted(p.name for p in EVAL.iterdir() if (p / "roster.csv").exists()))
def test_deceased_prefilter_drops_only_namesakes_that_could_not_pass(split, cfg):
    # Every client is made a namesake of each deceased (same given name and surname), so the place sift
    # is tried against every roster place of the corpus.
    roster = read_roster(EVAL / split / "roster.csv").clients
    dropped = 0
    for item, ob in _obituaries(split):
        if ob.deceased is None or (ob.age is not None and ob.age < cfg.adult_age):
            continue
        namesakes = [dataclasses.replace(c, first_name=ob.deceased.given, nickname="",
                                         last_name=ob.deceased.surname, maiden_name="") for c in roster]
        kept_ids = {id(c) for c in _deceased_candidates(RosterIndex(namesakes), ob, cfg)}
        for client in namesakes:
            if id(client) not in kept_ids:
                dropped += 1
                assert _deceased_score(client, ob, cfg)[0] < cfg.deceased_threshold, (item.item_id, client.client_id)
    assert dropped > 0


NAME_PARTS = ["Ann", "Anne", "Annie", "Bob", "Robert", "Lee", "Berg", "Smith-Jones", "Jones", ""]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(NAME_PARTS), st.sampled_from(NAME_PARTS), st.sampled_from(NAME_PARTS),
       st.sampled_from(NAME_PARTS), st.sampled_from(NAME_PARTS), st.sampled_from(NAME_PARTS),
       st.sampled_from(NAME_PARTS), st.sampled_from(["", "Jr."]))
def test_a_surname_taken_from_the_family_never_scores_above_its_ceiling(given_, nick, surname, maiden, first, last,
                                                                        client_maiden, suffix):
    # _survivor_score rejects such a mention's namesakes, and the sift drops them, on this ceiling.
    name = PersonName(given=given_, surname=surname, nickname=nick, maiden=maiden, surname_inherited=True)
    client = Client(client_id="c", first_name=first or "Ann", last_name=f"{last or 'Lee'} {suffix}".strip(),
                    nickname=nick, maiden_name=client_maiden, middle_name=given_)
    assert name_score(client, name).score <= DEFAULT_CONFIG.inherited_surname
    assert name_score(client, name, OTHER).score <= OTHER.inherited_surname


def test_the_sift_and_the_score_drop_an_inherited_surnames_far_namesakes_before_the_name_test():
    ob = parse_obituary("Obituary: Carl Lee", "Carl Lee, 80, of Eau Claire, Wis., died Monday. He is survived by "
                        "his daughter, Ann (Tom) Berg of Madison, Wis.; and grandchildren, Amy, Ben and Cole.")
    grandchild = next(m for m in ob.survivors if m.name.given == "Amy")
    assert grandchild.name.surname_inherited
    probe = _survivor_probe(grandchild, ob)
    assert probe.name_ceiling == DEFAULT_CONFIG.inherited_surname
    elsewhere = Client(client_id="x", first_name="Amy", last_name="Lee", city="Duluth", state="MN")
    assert _survivor_score(elsewhere, probe, ob)[0] == 0.0
    index = RosterIndex([elsewhere])
    assert probe.sifter(index)([0]) == []  # 0.6 (another state) x 0.85 cannot reach the threshold


ADJACENT_TOWNS = ["Fargo", "Moorhead", "Eau Claire", "Altoona", "Chippewa Falls", "Madison", "Boston"]
ADJACENT_STATES = ["", "ND", "MN", "WI", "MA"]
ADJACENT_CLIENTS = [_client(c, s, located) for c in ADJACENT_TOWNS for s in ADJACENT_STATES
                    for located in (False, True)]


@CONFIGS
def test_both_bounds_keep_the_clients_of_the_towns_next_to_a_survivors_town(cfg):
    # A survivor's place (adjacent=True): the next towns over score adjacent_town, so the bounds keep them.
    adjacent = 0
    for town, state in itertools.product(ADJACENT_TOWNS, ADJACENT_STATES):
        query = place_query(town, state, "", "", cfg, adjacent=True)
        for client in ADJACENT_CLIENTS:
            score = query.score(client).score
            adjacent += query.is_adjacent(client)
            if query.states is None or not client.state or not client.city:
                continue
            if query.is_adjacent(client):
                continue  # kept by its town id (`adjacent_towns`), as a sift keeps it
            if client.state not in query.states and city_key(client.city) not in query.cities:
                assert score <= query.ceiling, (town, state, client.city, client.state)
            elif query.towns is not None and client.state in query.states \
                    and city_key(client.city) not in query.towns:
                assert score <= query.town_ceiling, (town, state, client.city, client.state)
    assert adjacent > 10

"""PlaceQuery: the text side of place_score resolved once, and the far-away-namesake bound built on it.

The bound lets the engine skip scoring namesakes who live elsewhere; if it were ever wrong, a client who
should have been proposed would silently be dropped, so it is checked exhaustively over a grid of places
(towns in one state, in many states, unknown towns, towns named like states) and against every survivor
and client of the evaluation corpora.
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from outreach.client import Client
from outreach.feeds.parse import load_feed
from outreach.match.engine import _deceased_candidates, _deceased_score, _survivor_probe, _survivor_score
from outreach.match.index import RosterIndex
from outreach.match.obituary import parse_obituary
from outreach.match.places import city_key
from outreach.match.scoring import DECEASED_THRESHOLD, THRESHOLD, place_query, place_score
from outreach.roster import read_roster

TOWNS = ["", "Eau Claire", "Madison", "Virginia", "Springfield", "Nowhere Town", "St. Paul", "Vining", "Washington"]
STATES = ["", "WI", "MN", "VA", "IL", "IA"]


def _client(city: str, state: str, located: bool) -> Client:
    where = {"latitude": 44.81, "longitude": -91.5} if located else {}
    return Client(client_id="c", first_name="Ann", last_name="Lee", city=city, state=state, **where)


CLIENTS = [_client(c, s, located) for c in TOWNS for s in STATES for located in (False, True)]


def test_a_query_scores_every_client_as_place_score_does_and_can_be_reused():
    query = place_query("Eau Claire", "", "Madison", "WI")
    first = [query.score(c) for c in CLIENTS]
    assert [query.score(c) for c in CLIENTS] == first
    assert first == [place_score(c, "Eau Claire", "", "Madison", "WI") for c in CLIENTS]
    assert {s.score for s in first} >= {0.3, 0.55, 1.0}  # the grid reaches the different verdicts


def test_the_elsewhere_bound_is_never_wrong_over_the_place_grid():
    # A client with a town and a state, in none of `states` and none of the towns `cities`, scores at most
    # `ceiling`.
    checked = bounded = 0
    for town, state, ctx_town, ctx_state in itertools.product(TOWNS, STATES, TOWNS, STATES):
        query = place_query(town, state, ctx_town, ctx_state)
        for client in CLIENTS:
            checked += 1
            if query.states is None or not client.state or not client.city or client.state in query.states \
                    or city_key(client.city) in query.cities:
                continue
            bounded += 1
            score = query.score(client).score
            assert score <= query.ceiling, (town, state, ctx_town, ctx_state, client.city, client.state)
    assert bounded > checked // 4  # the bound does spare work on this grid


def test_the_other_town_bound_is_never_wrong_over_the_place_grid():
    # A client with a town and a state, in one of `states` but none of the towns `towns`, scores at most
    # `town_ceiling`: a town written next to the person rules out the state's other towns.
    bounded = 0
    for town, state, ctx_town, ctx_state in itertools.product(TOWNS, STATES, TOWNS, STATES):
        query = place_query(town, state, ctx_town, ctx_state)
        if query.towns is None:
            assert not town or query.state_is_town or (not state and query.states is None)
            continue
        assert query.states is not None and query.town_ceiling < THRESHOLD
        for client in CLIENTS:
            if client.state and client.city and client.state in query.states \
                    and city_key(client.city) not in query.towns:
                bounded += 1
                score = query.score(client).score
                assert score <= query.town_ceiling, (town, state, ctx_town, ctx_state, client.city, client.state)
    assert bounded > 500


EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize("split", sorted(p.name for p in EVAL.iterdir() if (p / "roster.csv").exists()))
def test_survivor_prefilter_drops_only_candidates_that_could_not_pass(split):
    roster = read_roster(EVAL / split / "roster.csv").clients
    index = RosterIndex(roster)
    everyone = list(range(len(roster)))
    dropped = 0
    for feed in sorted((EVAL / split / "feeds").iterdir()):
        for item in load_feed(str(feed)).items:
            if item.kind != "bereavement":
                continue
            ob = parse_obituary(item.title, item.text)
            for mention in ob.survivors:
                probe = _survivor_probe(mention, ob)
                keep = probe.sifter(index)
                kept = [roster[p] for p in (keep(everyone) if keep else everyone)]
                kept_ids = {id(c) for c in kept}
                assert kept == [c for c in roster if id(c) in kept_ids]  # roster order, no duplicates
                for client in roster:
                    if id(client) not in kept_ids:
                        dropped += 1
                        assert _survivor_score(client, probe, ob)[0] < THRESHOLD, (item.item_id, client.client_id)
    assert dropped > 0


@pytest.mark.parametrize("split", sorted(p.name for p in EVAL.iterdir() if (p / "roster.csv").exists()))
def test_deceased_prefilter_drops_only_namesakes_that_could_not_pass(split):
    # Every client is made a namesake of each deceased (same given name and surname), so the place sift
    # is tried against every roster place of the corpus.
    roster = read_roster(EVAL / split / "roster.csv").clients
    dropped = 0
    for feed in sorted((EVAL / split / "feeds").iterdir()):
        for item in load_feed(str(feed)).items:
            if item.kind != "bereavement":
                continue
            ob = parse_obituary(item.title, item.text)
            if ob.deceased is None or (ob.age is not None and ob.age < 18):
                continue
            namesakes = [dataclasses.replace(c, first_name=ob.deceased.given, nickname="",
                                             last_name=ob.deceased.surname, maiden_name="") for c in roster]
            kept_ids = {id(c) for c in _deceased_candidates(RosterIndex(namesakes), ob)}
            for client in namesakes:
                if id(client) not in kept_ids:
                    dropped += 1
                    assert _deceased_score(client, ob)[0] < DECEASED_THRESHOLD, (item.item_id, client.client_id)
    assert dropped > 0

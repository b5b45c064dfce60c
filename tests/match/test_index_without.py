"""RosterIndex.without (clients taken out in place) and pickling answer exactly as a fresh build would.

The pipeline keeps a pickled index between runs (outreach.roster_cache) and takes out the clients flagged
deceased since it was built instead of rebuilding. Both are checked here against `RosterIndex(living)`:
structure by structure (positions mapped to client ids, since a dropped client's position is kept), and by
the engine's proposals over a synthetic day of feeds.
"""

from __future__ import annotations

import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest

from bench import synth
from outreach.client import Client
from outreach.match import index as index_module
from outreach.match.engine import match_items
from outreach.match.index import RosterIndex, _Namesakes

ROSTER = 3_000


def _ids(ix: RosterIndex, hit: object) -> tuple[str, tuple[str, ...]]:
    """A name-table entry as (shape, client ids in order): the shape is what `_add` / packing would make."""
    if isinstance(hit, _Namesakes):
        return "packed", tuple(ix.clients[p].client_id for p in hit.positions)
    if isinstance(hit, list):
        return "list", tuple(ix.clients[p].client_id for p in hit)
    return "int", (ix.clients[hit].client_id,)  # type: ignore[index]


def structure(ix: RosterIndex) -> dict[str, object]:
    """Everything a lookup reads, with positions replaced by the client ids they stand for."""
    def ids(arr) -> tuple[str, ...]:
        return tuple(ix.clients[p].client_id for p in arr.tolist())

    def sites(arr) -> tuple[object, ...]:
        return tuple(ix.sites.locations[s] for s in arr.tolist())

    names = {skey: {gkey: _ids(ix, hit) for gkey, hit in table.items()} for skey, table in ix._names.items()}
    return {
        "names": {k: v for k, v in names.items() if v},  # an empty surname table answers like none
        "spouses": {k: _ids(ix, hit) for k, hit in ix._spouses.items()},
        "by_id": {k: c for k, c in ix.by_id.items()},
        "do_not_contact": set(ix.do_not_contact),
        "by_county": {k: ids(v) for k, v in ix.by_county.items()},
        "located_by_state": {k: ids(v) for k, v in ix.located_by_state.items()},
        "sites_by_county": {k: sites(v) for k, v in ix.sites.by_county.items()},
        "sites_by_state": {k: sites(v) for k, v in ix.sites.located_by_state.items()},
        "surface_forms": sorted(ix._automaton.keys()),
        "has_words": ix._has_words,
        "surname_counts": ix._surname_counts,
        "len": len(ix),
    }


@pytest.fixture(autouse=True)
def small_packs(monkeypatch):
    """Names are packed from 3 positions on (16 in production): a 3,000-client roster then has hundreds of
    packed lists, so packed -> list -> int transitions all happen."""
    monkeypatch.setattr(index_module, "_PACK_AT", 3)


@pytest.fixture(scope="module")
def roster():
    return synth.roster(ROSTER)


@pytest.fixture(scope="module")
def day(roster):
    return synth.day_of_feeds(roster[: synth.CORE], obituaries=200, alerts=80, news=300, seed=77)


def proposals(ix: RosterIndex, day) -> list[dict]:
    return [m.as_json() for m in match_items(ix, day.items, replay=True, now=day.end + timedelta(days=1))]


def _drop_set(roster, full: RosterIndex) -> set[str]:
    """Clients whose removal exercises every shape change: random ones, packed lists that fall under the
    packing size (to a list, to one position), surnames only one client has, couples, a county emptied."""
    rnd = random.Random(5)
    drop = {c.client_id for c in rnd.sample(roster, 60)}
    packed = sorted((hit for table in full._names.values() for hit in table.values() if isinstance(hit, _Namesakes)),
                    key=lambda hit: len(hit.positions))
    for hit, keep in ((packed[0], 2), (packed[1], 1), (packed[-1], len(packed[-1].positions) - 1)):
        drop.update(full.clients[p].client_id for p in hit.positions.tolist()[: len(hit.positions) - keep])
    surnames: dict[str, list[str]] = {}
    for c in roster:
        surnames.setdefault(c.last_name, []).append(c.client_id)
    drop.update([ids[0] for ids in surnames.values() if len(ids) == 1][:5])
    drop.update([c.client_id for c in roster if c.spouse_first_name][:6])
    counties: dict[str, list[str]] = {}
    for c in roster:
        counties.setdefault(c.county_fips, []).append(c.client_id)
    drop.update(min((ids for ids in counties.values() if ids), key=len))
    return drop


def test_without_answers_as_a_build_without_those_clients(roster, day):
    full = RosterIndex(roster)
    drop = _drop_set(roster, full)
    dead_in_day = {p.client_id for p in day.planted if p.role == "deceased_client"}
    drop |= dead_in_day
    fresh = RosterIndex([c for c in roster if c.client_id not in drop])
    before = proposals(full, day)
    full.without(sorted(drop))
    assert structure(full) == structure(fresh)
    assert proposals(full, day) == proposals(fresh, day) != before  # the dropped clients did matter
    assert not any(m["client_id"] in drop for m in proposals(full, day))


def test_without_in_steps_and_of_unknown_ids(roster, day):
    full = RosterIndex(roster)
    drop = sorted(_drop_set(roster, full))
    full.without(drop[:10])
    full.without(drop[5:] + ["no-such-client"])
    full.without(drop[:3])  # already out: nothing changes
    fresh = RosterIndex([c for c in roster if c.client_id not in set(drop)])
    assert structure(full) == structure(fresh)


def test_pickled_index_answers_as_the_original(roster, day):
    full = RosterIndex(roster)
    loaded = pickle.loads(pickle.dumps(full, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.clients == full.clients
    assert structure(loaded) == structure(full)
    assert proposals(loaded, day) == proposals(full, day)
    assert not loaded.longitudes.flags.writeable and not next(iter(loaded.by_county.values())).flags.writeable


def test_pickled_after_without_keeps_the_clients_out(roster, day):
    full = RosterIndex(roster)
    drop = _drop_set(roster, full)
    full.without(drop)
    loaded = pickle.loads(pickle.dumps(full, protocol=pickle.HIGHEST_PROTOCOL))
    fresh = RosterIndex([c for c in roster if c.client_id not in drop])
    assert structure(loaded) == structure(fresh)
    assert proposals(loaded, day) == proposals(fresh, day)


def test_without_every_client_leaves_an_index_that_finds_nobody():
    clients = synth.roster(20)
    ix = RosterIndex(clients)
    ix.without(c.client_id for c in clients)
    assert len(ix) == 0 and ix.surname_hits(" smith miller ") == [] and not ix.by_id
    alert_day = synth.day_of_feeds(clients, obituaries=5, alerts=5, news=5, seed=3)
    assert match_items(ix, alert_day.items, replay=True, now=datetime(2030, 1, 1, tzinfo=UTC)) == []


def test_pickled_columns_keep_odd_values_and_ids_by_position():
    clients = [*synth.roster(30), Client("x\x00y", "An\x00n", "Lee", latitude=None, city="Madison", state="WI"),
               Client("z-1", "Émile", "O'Brien", latitude=45.5, longitude=-91.25, do_not_contact=True)]
    ix = RosterIndex(clients)
    loaded = pickle.loads(pickle.dumps(ix, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.clients == clients and structure(loaded) == structure(ix)
    assert loaded.client_ids == [c.client_id for c in clients]
    empty = pickle.loads(pickle.dumps(RosterIndex([])))
    assert empty.clients == [] and len(empty) == 0 and empty.surname_hits(" lee ") == []

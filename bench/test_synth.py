"""Checks that the benchmark measures what it says: fixed, realistic, matchable data and an honest summary.

Collected by `make test` (pyproject testpaths); alone: `.venv/bin/pytest bench -q`.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

from bench import run, synth
from outreach.match.engine import match_items
from outreach.match.index import RosterIndex


@pytest.fixture(scope="module")
def small_day() -> synth.Day:
    return synth.day_of_feeds(synth.roster(synth.CORE), obituaries=300, alerts=60, news=600)


def test_roster_is_prefix_stable():
    # The 1,000 core clients must be the same whatever the roster size, or scaling runs are not comparable.
    assert synth.roster(3_000)[: synth.CORE] == synth.roster(synth.CORE)


def test_roster_is_deterministic_and_ids_unique():
    a, b = synth.roster(2_000), synth.roster(2_000)
    assert a == b
    assert len({c.client_id for c in a}) == len(a)


def test_roster_has_the_oddities_real_rosters_have():
    clients = synth.roster(20_000)
    assert sum(1 for c in clients if c.nickname) > 2_000
    assert sum(1 for c in clients if c.maiden_name) > 1_000
    assert sum(1 for c in clients if c.latitude is None) > 100
    assert sum(1 for c in clients if not c.county_fips) > 50
    assert sum(1 for c in clients if c.do_not_contact) > 100
    assert any(c.last_name.endswith(" Jr.") for c in clients)
    assert any(not c.last_name.isascii() for c in clients)
    by_id = {c.client_id: c for c in clients}
    # Couples who are both clients name each other in the spouse columns and share an address.
    couples = [(a, b) for a, b in itertools.pairwise(clients)
               if a.spouse_first_name == b.first_name and b.spouse_first_name == a.first_name
               and a.postal_code == b.postal_code and a.last_name.split()[0] == b.last_name.split()[0]]
    assert len(couples) > 500
    assert len(by_id) == len(clients)


def test_roster_nicknames_belong_to_the_first_name():
    from nicknames import NickNamer

    nn = NickNamer()
    for c in synth.roster(5_000):
        if c.nickname:
            assert c.nickname.lower() in nn.nicknames_of(c.first_name.lower()), c
            assert (c.first_name, c.nickname) not in {("Robert", "Bill"), ("Robert", "Billy")}


def test_surnames_have_a_long_tail_and_a_realistic_head():
    counts = Counter(c.last_name for c in synth.roster(50_000))
    top_share = counts.most_common(1)[0][1] / 50_000
    assert 0.004 < top_share < 0.02  # Smith is about 0.8% of Americans
    assert len(counts) > 10_000


def test_day_has_the_requested_mix_and_lengths(small_day):
    kinds = Counter(it.kind for it in small_day.items)
    assert kinds == {"bereavement": 300, "weather": 60, "news": 600}
    for it in small_day.items:
        words = len(it.text.split())
        if it.kind == "bereavement":
            assert 200 <= words <= 650, (it.item_id, words)
        elif it.kind == "news":
            assert 150 <= words <= 450, (it.item_id, words)
        else:
            assert it.alert is not None and it.alert.same and it.alert.ugc
    assert len({it.item_id for it in small_day.items}) == len(small_day.items)


def test_day_is_deterministic():
    core = synth.roster(synth.CORE)
    a = synth.day_of_feeds(core, obituaries=50, alerts=10, news=50)
    b = synth.day_of_feeds(core, obituaries=50, alerts=10, news=50)
    assert [(i.item_id, i.title, i.text) for i in a.items] == [(i.item_id, i.title, i.text) for i in b.items]
    assert a.planted == b.planted


def test_alerts_have_mixed_types_and_updates_reference_earlier_alerts(small_day):
    alerts = [it.alert for it in small_day.items if it.alert]
    assert {a.msg_type for a in alerts} >= {"Alert", "Update", "Cancel"}
    assert len({a.severity for a in alerts}) >= 3
    assert any(a.polygons for a in alerts) and any(not a.polygons for a in alerts)
    ids = {a.identifier for a in alerts}
    for a in alerts:
        if a.msg_type != "Alert":
            assert a.references and a.references[0].split(",")[1] in ids
        for ring in a.polygons:
            assert ring[0] == ring[-1] and len(ring) >= 4


def test_planted_mentions_name_core_clients_and_the_engine_finds_most(small_day):
    core = synth.roster(synth.CORE)
    core_ids = {c.client_id for c in core}
    assert small_day.planted and all(p.client_id in core_ids for p in small_day.planted)
    roles = Counter(p.role for p in small_day.planted)
    assert roles["survivor"] and roles["subject"] and roles["deceased_client"]
    matches = match_items(RosterIndex(core), small_day.items, replay=True, now=small_day.end)
    found = {(m.client_id, m.item_id, m.role) for m in matches}
    hit = sum((p.client_id, p.item_id, p.role) in found for p in small_day.planted)
    # Not an accuracy test of the engine: a sanity check that the planted text is matchable at all.
    assert hit >= 0.7 * len(small_day.planted)


def test_deceased_planted_clients_are_never_planted_alive(small_day):
    dead = {p.client_id for p in small_day.planted if p.role == "deceased_client"}
    alive = {p.client_id for p in small_day.planted if p.role != "deceased_client"}
    assert not dead & alive


def test_roster_digest_detects_a_changed_core():
    core = synth.roster(synth.CORE)
    assert synth.roster_digest(synth.roster(1_500)[: synth.CORE]) == synth.roster_digest(core)
    assert synth.roster_digest(core[1:]) != synth.roster_digest(core)


def test_quick_run_ends_with_one_json_summary(capsys):
    assert run.main(["--quick", "--sizes", "1000,2000", "--no-baseline"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    summary = json.loads(lines[-1])
    assert summary["clients"] == 2000 and summary["items"] == 3100
    assert set(summary["items_per_s_by_clients"]) == {"1000", "2000"}
    assert summary["items_per_s"] > 0 and summary["peak_rss_mb"] > 0
    assert summary["scaling_1k_to_2k"] == pytest.approx(
        summary["items_per_s_by_clients"]["1000"] / summary["items_per_s_by_clients"]["2000"], rel=1e-2)
    assert "items_per_s_ge_1000" in summary["targets_met"]


def test_rendered_feeds_parse_back_to_the_same_items(small_day):
    from bench import render
    from outreach.feeds.parse import parse_feed

    parsed = {}
    for kind, doc in render.documents(small_day.items):
        result = parse_feed(doc, source=f"bench-{kind}", source_kind=kind)
        assert not result.problems
        parsed.update({it.item_id: it for it in result.items})
    assert len(parsed) == len(small_day.items)
    originals = {it.item_id: it for it in small_day.items if it.kind != "weather"}
    for item_id, original in originals.items():
        assert parsed[item_id].text == original.text and parsed[item_id].title == original.title
    alerts = {it.alert.identifier: it.alert for it in small_day.items if it.alert}
    for it in parsed.values():
        if it.kind == "weather":
            a = alerts[it.alert.identifier]
            assert (it.alert.same, it.alert.msg_type, it.alert.vtec) == (a.same, a.msg_type, a.vtec)
            assert len(it.alert.polygons) == len(a.polygons)


def test_per_item_calls_with_shared_state_equal_one_call(small_day):
    # run.py times match_items one item at a time (to book time per kind); that must be the same run.
    from outreach.match.engine import EngineState, item_time

    index = RosterIndex(synth.roster(3_000))
    whole = match_items(index, small_day.items, replay=True, now=small_day.end)
    state = EngineState()
    one_by_one = []
    for item in sorted(small_day.items, key=item_time):
        one_by_one.extend(match_items(index, [item], replay=True, now=small_day.end, state=state))
    assert [m.as_json() for m in one_by_one] == [m.as_json() for m in whole]
    assert len(whole) > 100

"""The array path of weather matching (RosterIndex positions, `covered_positions`, `_admit_one_each`,
`matches_of`) gives exactly what the per-Client path it replaced gives (kept here as the reference): same
clients, order, scores, evidence, skips."""

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, Polygon

from outreach.match.engine import EngineState, _admit, match_items
from outreach.match.model import Match, matches_of
from outreach.match.weather import (
    alert_counties,
    alert_states,
    county_coverage,
    covered_positions,
    inside_evidence,
    not_actionable,
)
from tests.match.helpers import T0, alert_item, client, index, rect

BOX = rect(-91.60, 44.70, -91.40, 44.90)
COUNTIES = [("55035", "WI"), ("55017", "WI"), ("27053", "MN"), ("55035", "MN"), ("", "WI"), ("55017", "")]
# Inside, outside, on an edge, on a corner (the boundary counts as inside), and near the edges.
COORDS = [(44.80, -91.50), (44.80, -91.30), (44.90, -91.50), (44.70, -91.60), (44.7000001, -91.4000001),
          (44.6999999, -91.45), (None, None), (44.80, None), (None, -91.50)]

clients_st = st.lists(
    st.tuples(st.integers(0, 30), st.sampled_from(COUNTIES), st.sampled_from(COORDS), st.booleans()),
    min_size=0, max_size=25)
alert_st = st.fixed_dictionaries({
    "same": st.lists(st.sampled_from(["055035", "055017", "027053", "099999", "55035"]), max_size=3).map(tuple),
    "ugc": st.lists(st.sampled_from(["WIC035", "MNC053", "WIZ017", "WIC017", "MNC035"]), max_size=3).map(tuple),
    "polygons": st.sampled_from([(), (BOX,), (BOX, rect(-91.35, 44.75, -91.25, 44.85)), (((-91.5, 44.8),),)]),
})


def _roster(rows):
    return index(*(client(f"C{cid}", "Ann", "Lee", county_fips=county, state=state, latitude=lat, longitude=lon,
                          do_not_contact=dnc)
                   for cid, (county, state), (lat, lon), dnc in rows))


def _alert(n: int, spec: dict, **kw):
    item = alert_item(f"a{n}", **kw, hours=n * 0.1, same=spec["same"], polygons=spec["polygons"])
    return dataclasses.replace(item, alert=dataclasses.replace(item.alert, ugc=spec["ugc"]))


def _located(c):
    return c.latitude is not None and c.longitude is not None


def _in_counties(ix, counties):
    return [c for county in counties for c in ix.clients if county and c.county_fips == county]


def _located_in_states(ix, states):
    return [c for s in states for c in ix.clients if s and c.state == s and _located(c)]


def covered_clients(alert, clients):
    """The per-Client coverage the array path replaced: one point test per located client (the boundary
    counts as inside), the county codes for the others; located clients first."""
    polygons = [p if p.is_valid else p.buffer(0) for p in (Polygon(r) for r in alert.polygons if len(r) >= 3)]
    out = []
    if alert.polygons and any(_located(c) for c in clients):
        for c in filter(_located, clients):
            if any(p.intersects(Point(c.longitude, c.latitude)) for p in polygons):
                where = f"({c.latitude:.4f}, {c.longitude:.4f})"
                out.append((c, 0.99, f"client location {where} is inside the {alert.event} polygon"))
        rest = [c for c in clients if not _located(c)]
    else:
        rest = clients
    for c in rest:
        cov = county_coverage(alert, c.county_fips, c.state)
        if cov is not None:
            out.append((c, *cov))
    return out


def _old_weather(ix, item, state, *, now):
    """The engine's weather path before the array index (kept here as the reference)."""
    alert = item.alert
    storm = state.storms.storm_for(alert)
    if not_actionable(alert, now):
        return []
    counties = alert_counties(alert)
    candidates = {c.client_id: c for c in _in_counties(ix, counties)}
    if alert.polygons and not counties:
        candidates.update({c.client_id: c for c in _located_in_states(ix, alert_states(alert))})
    reached = state.storms.covered.setdefault(storm, {})
    out = []
    for c, score, evidence in covered_clients(alert, [c for c in candidates.values() if c.client_id not in reached]):
        reached[c.client_id] = None
        out.append(Match(client_id=c.client_id, item_id=item.item_id, kind="weather", role="in_area", score=score,
                         evidence=f"{alert.event} ({alert.severity}, {alert.msg_type}): {evidence}",
                         details={"event_key": storm, "outreach_key": f"{c.client_id}|{storm}"}))
    return out


def _old_run(ix, items):
    state = EngineState()
    out = []
    for item in items:
        out += _admit(ix, _old_weather(ix, item, state, now=T0), state)
    return out, state


def _expanded(ix, alert, groups):
    out = []
    for g in groups:
        where = g.positions.tolist()
        evidence = (inside_evidence(alert.event, [ix.clients[p].latitude for p in where],
                                    [ix.clients[p].longitude for p in where])
                    if g.evidence is None else [g.evidence] * len(where))
        out += [(ix.clients[p], g.score, e) for p, e in zip(where, evidence, strict=True)]
    return out


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(clients_st, alert_st)
def test_covered_positions_agrees_with_covered_clients(rows, spec):
    ix = _roster(rows)
    alert = _alert(0, spec).alert
    positions = ix.county_positions(sorted(alert_counties(alert)))
    got = _expanded(ix, alert, covered_positions(alert, ix, positions))
    assert got == covered_clients(alert, [ix.clients[p] for p in positions.tolist()])


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(clients_st, st.lists(alert_st, min_size=1, max_size=4), st.lists(st.booleans(), min_size=4, max_size=4))
def test_engine_weather_agrees_with_the_per_client_path(rows, specs, updates):
    # Later alerts are Updates of the first storm (or new storms): what a storm already reached is skipped.
    vtec = "/O.NEW.KMPX.TO.W.0041.261005T1200Z-261005T1300Z/"
    items = [_alert(n, spec, vtec=(vtec,) if (n == 0 or upd) else (),
                    msg_type="Update" if (n and upd) else "Alert", expires_in_hours=5)
             for n, (spec, upd) in enumerate(zip(specs, updates, strict=False))]
    ix = _roster(rows)
    state = EngineState()
    got = match_items(ix, items, replay=True, state=state)
    want, want_state = _old_run(ix, items)
    assert [(m, m.evidence, m.details) for m in got] == [(m, m.evidence, m.details) for m in want]
    assert state.skipped == want_state.skipped
    assert state.storms.covered == want_state.storms.covered
    # Weather keeps no outreach keys of its own: every key the per-client path recorded names a client its
    # storm covered, which is what keeps that client from being proposed for the storm again.
    assert state.proposed == {}
    assert set(want_state.proposed) <= {f"{cid}|{storm}" for storm, reached in state.storms.covered.items()
                                        for cid in reached}


def test_duplicate_client_ids_are_one_candidate_as_before():
    ix = index(client("D1", "Ann", "Lee", latitude=44.80, longitude=-91.50),
               client("D1", "Ann", "Lee", latitude=44.80, longitude=-91.30, do_not_contact=True),
               client("D2", "Bo", "Lee"))
    items = [_alert(0, {"same": ("055035",), "ugc": (), "polygons": (BOX,)}, expires_in_hours=5)]
    state = EngineState()
    got = match_items(ix, items, replay=True, state=state)
    want, want_state = _old_run(ix, items)
    assert [(m, m.evidence) for m in got] == [(m, m.evidence) for m in want]
    assert state.skipped == want_state.skipped


def test_matches_of_makes_the_matches_the_constructor_makes():
    ids, evidence = ["c1", "c2", "c3"], ["e1", "e2", "e2"]
    details = [{"event_key": "s", "outreach_key": f"{c}|s"} for c in ids]
    fast = matches_of(ids, "i", "weather", "in_area", 0.99, evidence, details)
    slow = [Match(client_id=c, item_id="i", kind="weather", role="in_area", score=0.99, evidence=e, details=d)
            for c, e, d in zip(ids, evidence, details, strict=True)]
    assert all(type(m) is Match for m in fast)
    assert fast == slow and [hash(m) for m in fast] == [hash(m) for m in slow]
    assert ([repr(m) for m in fast] == [repr(m) for m in slow]
            and [m.as_json() for m in fast] == [m.as_json() for m in slow])
    assert fast[0].details is details[0] and fast[0] == dataclasses.replace(slow[0], details={})
    assert matches_of([], "i", "weather", "in_area", 0.99, [], []) == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast[0].score = 0.5  # type: ignore[misc]
    with pytest.raises(ValueError):
        matches_of(ids, "i", "weather", "in_area", 0.99, evidence[:2], details)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(clients_st, st.lists(st.sampled_from(["55035", "55017", "27053", "", "99999"]), max_size=4))
def test_index_arrays_describe_the_roster(rows, counties):
    ix = _roster(rows)
    cs = ix.clients
    assert ix.client_ids == [c.client_id for c in cs]
    assert ix.do_not_contact == {cid for cid, c in ix.by_id.items() if c.do_not_contact}
    assert [cs[p] for p in ix.county_positions(counties).tolist()] == _in_counties(ix, counties)
    states = sorted({c.state for c in cs})
    assert [cs[p] for p in ix.located_positions(states).tolist()] == _located_in_states(ix, states)
    for p, c in enumerate(cs):
        assert ix.areas[ix.area_codes[p]] == (c.county_fips, c.state)
        if c.latitude is not None and c.longitude is not None:
            assert (ix.latitudes[p], ix.longitudes[p]) == (c.latitude, c.longitude)
        else:  # one coordinate is as good as none
            assert np.isnan(ix.latitudes[p]) and np.isnan(ix.longitudes[p])


@pytest.mark.parametrize("event", ["Tornado Warning", "100% {odd} Warning", "%s %d %(x)s"])
def test_inside_evidence_formats_as_the_f_string(event):
    lats = [44.80, -0.0, 0.03125, -0.00001, 12.00005, 44.99995, 1e-9, -91.123456789]
    lons = [-91.5, 0.0, -0.00005, 100.0, -179.99999, 0.5, -1e-9, 45.0]
    prefix = f"{event} (Severe, Alert): "
    assert inside_evidence(event, lats, lons, prefix) == [
        f"{prefix}client location ({la:.4f}, {lo:.4f}) is inside the {event} polygon"
        for la, lo in zip(lats, lons, strict=True)]


def test_cyclic_gc_paused_restores_the_collector_as_it_found_it():
    import gc

    from outreach.match.model import cyclic_gc_paused

    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cyclic_gc_paused():
        raise RuntimeError("a failure inside")
    assert gc.isenabled()  # re-enabled on the way out of a failure too
    gc.disable()
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the caller had it off: left off
    finally:
        gc.enable()


def test_a_storm_id_with_a_percent_sign_keys_its_outreach_plainly():
    ix = index(client("C%1", "Ann", "Lee", county_fips="55035"))
    (m,) = match_items(ix, [alert_item("urn:a%s1%")], replay=True)  # no VTEC: the storm is named after the alert
    assert m.details == {"event_key": "cap:urn:a%s1%", "outreach_key": "C%1|cap:urn:a%s1%"}

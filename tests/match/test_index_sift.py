"""RosterIndex.sift keeps exactly the namesakes a place bound cannot rule out, read from the clients
themselves: a client with no state or no town, in one of the towns (by key), or whose roster facts (a spouse's
given name, a maiden name) fall in a boost class lifted over the bound that holds where they live (one for the
bound's states, one for elsewhere)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.geo import km_between
from outreach.match import index as index_module
from outreach.match.places import city_key, town_id
from tests.match.helpers import client, index

PLACES = [("Eau Claire", "WI"), ("Madison", "WI"), ("Madison", "SD"), ("St. Paul", "MN"), ("Saint Paul", "MN"),
          ("", "WI"), ("Duluth", ""), ("", ""), ("Springfield", "IL"), ("Springfield", "MO")]
ROSTER_ROWS = st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(["", "Tom"]), st.sampled_from(["", "Berg"])),
                       min_size=1, max_size=30)


def _expected(c, states, cities, lifted, near_lifted=(True,) * 4) -> bool:
    if not c.state or not city_key(c.city) or city_key(c.city) in cities:
        return True
    boost = 2 * bool(c.spouse_first_name) + bool(c.maiden_name)
    return near_lifted[boost] if c.state in states else lifted[boost]


@settings(max_examples=300, deadline=None)
@given(ROSTER_ROWS, st.frozensets(st.sampled_from(["WI", "MN", "IL", "MO", "SD", "IA"])),
       st.frozensets(st.sampled_from([city_key(t) for t, _ in PLACES if t] + ["nowhere"])),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()), st.randoms())
def test_sift_keeps_exactly_who_the_bound_cannot_rule_out(rows, states, cities, lifted, near_lifted, rnd):
    clients = [client(f"S{n}", "Ann", "Lee", city=town, state=state, spouse_first_name=spouse, maiden_name=maiden)
               for n, ((town, state), spouse, maiden) in enumerate(rows)]
    ix = index(*clients)
    positions = list(range(len(clients)))
    rnd.shuffle(positions)  # any order in, the same order out
    want = [p for p in positions if _expected(clients[p], states, cities, lifted)]
    assert ix.sift(positions, states, cities, lifted) == want
    assert ix.sift(positions, states, cities, lifted) == want  # the second call reads the cached table
    if not any(lifted):
        assert ix.sift(positions, states, cities) == want
    near_want = [p for p in positions if _expected(clients[p], states, cities, lifted, near_lifted)]
    assert ix.sift(positions, states, cities, lifted, near_lifted) == near_want


def test_sift_table():
    ix = index(client("A", "Ann", "Lee", city="Eau Claire", state="WI"),
               client("B", "Ann", "Lee", city="Duluth", state="MN"),
               client("C", "Ann", "Lee", city="Duluth", state="MN", maiden_name="Berg"),
               client("D", "Ann", "Lee", city="", state="MN"))
    assert ix.sift([0, 1, 2, 3], frozenset({"WI"}), frozenset()) == [0, 3]
    assert ix.sift([0, 1, 2, 3], frozenset({"WI"}), frozenset({"duluth"})) == [0, 1, 2, 3]
    assert ix.sift([3, 2, 1, 0], frozenset(), frozenset(), (False, True, False, True)) == [3, 2]
    # Only Eau Claire counts in WI (and the client with no town, whom no bound rules out).
    none = (False,) * 4
    assert ix.sift([0, 1, 2, 3], frozenset({"MN"}), frozenset({"eau claire"}), none, none) == [0, 3]
    assert ix.sift([0, 1, 2, 3], frozenset({"MN"}), frozenset(), none, (False, True, False, True)) == [2, 3]


def test_a_sifter_keeps_the_clients_of_town_ids_as_of_their_keys():
    # A survivor's neighbour towns come as town ids: Superior, WI keeps the roster's "superior" clients, in any
    # state (a sift is by town key, as for `cities`), and a town with no client adds nothing.
    ix = index(client("A", "Ann", "Lee", city="Eau Claire", state="WI"),
               client("B", "Ann", "Lee", city="Superior", state="WI"),
               client("C", "Ann", "Lee", city="Superior", state="NE"),
               client("D", "Ann", "Lee", city="Duluth", state="MN"))
    none = (False,) * 4
    towns = frozenset({town_id("superior", "WI"), town_id("hermantown", "MN")})
    assert ix.sifter(frozenset({"MN"}), frozenset({"duluth"}), none, none, towns)([0, 1, 2, 3]) == [1, 2, 3]
    assert ix.sifter(frozenset({"MN"}), frozenset({"duluth"}), none, none, towns)([0, 1, 2, 3]) == \
        ix.sift([0, 1, 2, 3], frozenset({"MN"}), frozenset({"duluth", "superior", "hermantown"}), none, none)
    assert ix.sifter(frozenset({"MN"}), frozenset({"duluth"}), none, none)([0, 1, 2, 3]) == [3]


NAMES = st.tuples(st.sampled_from(["Ann", "Anne", "Bob", "Robert"]), st.sampled_from(["", "Annie", "Bobby"]),
                  st.sampled_from(["Lee", "Berg", "Smith-Jones"]), st.sampled_from(["", "Lee", "Berg"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLACES), NAMES),
                min_size=13, max_size=40),  # 13 > 4 x 3 names: one name twice
       st.frozensets(st.sampled_from(["WI", "MN", "IL", "MO", "SD"])),
       st.frozensets(st.sampled_from(["eau claire", "duluth", "madison"])),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()))
def test_lookup_with_a_sifter_keeps_what_sifting_the_whole_lookup_keeps(rows, states, cities, lifted, near_lifted):
    # Each name's position lists are sifted before they are merged: the same positions, in the same order,
    # as sifting the merged list.
    clients = [client(f"S{n}", first, last, nickname=nick, maiden_name=maiden, city=town, state=state)
               for n, ((town, state), (first, nick, last, maiden)) in enumerate(rows)]
    plain = index(*clients)
    packed = _packed_index(clients)  # every list of two or more kept as _Namesakes
    assert any(isinstance(hit, index_module._Namesakes) for table in packed._names.values() for hit in table.values())
    for ix in (plain, packed):
        keep = ix.sifter(states, cities, lifted, near_lifted)
        for givens in (["Ann"], ["Bob", "Bobby"], ["Robert"], ["Annie"]):
            for surnames in (["Lee"], ["Berg", "Lee"], ["Jones"], ["Smith-Jones"]):
                whole = plain.lookup_positions(givens, surnames)
                assert ix.lookup_positions(givens, surnames) == whole
                assert ix.lookup_positions(givens, surnames, keep) == keep(whole)
                assert ix.has_name(givens, surnames) == bool(whole)


def _packed_index(clients):
    old = index_module._PACK_AT
    index_module._PACK_AT = 2
    try:
        return index(*clients)
    finally:
        index_module._PACK_AT = old


EAU_CLAIRE = (44.8113, -91.4985)
# (lat, lon) offsets: none, ~11 km, ~55 km, ~61 km, ~110 km, ~220 km north of Eau Claire; None: no coordinates
OFFSETS = [0.0, 0.1, 0.495, 0.55, 1.0, 2.0, None]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLACES), st.sampled_from(OFFSETS), st.sampled_from(["", "Tom"]),
                          st.sampled_from(["", "Berg"])), min_size=1, max_size=30),
       st.frozensets(st.sampled_from(["WI", "MN", "IL"])),
       st.frozensets(st.sampled_from(["eau claire", "duluth", "nowhere"])),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
       st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()))
def test_a_reach_keeps_the_bounds_states_clients_only_within_it_or_as_its_own_lift_says(
        rows, states, cities, lifted, near_lifted, reach_lifted):
    clients = [client(f"S{n}", "Ann", "Lee", city=town, state=state, spouse_first_name=spouse, maiden_name=maiden,
                      latitude=None if off is None else EAU_CLAIRE[0] + off,
                      longitude=None if off is None else EAU_CLAIRE[1])
               for n, ((town, state), off, spouse, maiden) in enumerate(rows)]
    reach = index_module.Reach(*EAU_CLAIRE, 60.0, reach_lifted)

    def expected(c) -> bool:
        if not _expected(c, states, cities, lifted, near_lifted):
            return False
        if not c.state or not city_key(c.city) or city_key(c.city) in cities or c.state not in states:
            return True
        boost = 2 * bool(c.spouse_first_name) + bool(c.maiden_name)
        return reach_lifted[boost] or c.latitude is None or km_between((c.latitude, c.longitude), EAU_CLAIRE) <= 60

    want = [p for p, c in enumerate(clients) if expected(c)]
    packed = _packed_index(clients)
    for ix in (index(*clients), packed):
        keep = ix.sifter(states, cities, lifted, near_lifted, reach=reach)
        assert keep(list(range(len(clients)))) == want
        assert ix.lookup_positions(["Ann"], ["Lee"], keep) == want


def test_a_reach_drops_the_far_namesakes_in_the_state_and_keeps_the_near_ones():
    ix = index(*(client(f"S{n}", "Ann", "Lee", city="Chippewa Falls", state="WI", latitude=EAU_CLAIRE[0] + off,
                        longitude=EAU_CLAIRE[1]) for n, off in enumerate((0.1, 0.55, 2.0))),
               client("T", "Ann", "Lee", city="Superior", state="WI"),  # no coordinates: read by the town's
               client("U", "Ann", "Lee", city="Duluth", state="MN", latitude=46.8, longitude=-92.1))
    none = (False,) * 4
    keep = ix.sifter(frozenset({"WI"}), frozenset({"eau claire"}), none, (True,) * 4,
                     reach=index_module.Reach(*EAU_CLAIRE, 60.0, none))
    assert keep([0, 1, 2, 3, 4]) == [0, 3]  # 11 km, and no coordinates; not 61 or 220 km, nor another state
    assert ix.sifter(frozenset({"WI"}), frozenset({"eau claire"}), none, (True,) * 4)([0, 1, 2, 3, 4]) == [0, 1, 2, 3]


def test_a_survivor_placed_only_by_the_deceaseds_town_is_proposed_as_without_the_sift(monkeypatch):
    # "grandchildren Amy, Ben and Cole" (the surname a guess) and "his brother, Dale Lee" (no town): the sift's
    # reach drops the state's namesakes farther than nearby_km, which score farther_in_state; the proposals are
    # the ones scoring every namesake gives.
    from outreach.match import engine
    from tests.match.helpers import item

    rows = [(0.1, "", "")] + [(off, spouse, maiden) for off in (0.55, 1.0, 2.0, None) for spouse in ("", "Tom")
                              for maiden in ("", "Lee")]
    clients = [client(f"{first[0]}{n}", first, "Lee", city=f"Town{n}", state="WI", spouse_first_name=spouse,
                      maiden_name=maiden, latitude=None if off is None else EAU_CLAIRE[0] + off,
                      longitude=None if off is None else EAU_CLAIRE[1])
               for first in ("Amy", "Dale") for n, (off, spouse, maiden) in enumerate(rows)]
    ix = index(*clients)
    obit = item("o1", "Walter Lee", "Walter Lee, 88, of Eau Claire, Wis., died Monday. He is survived by his brother, "
                "Dale Lee; and grandchildren Amy, Ben and Cole.")
    scored = []
    real = engine._survivor_score
    monkeypatch.setattr(engine, "_survivor_score", lambda c, *a: scored.append(c) or real(c, *a))
    sifted = {(m.client_id, m.role, m.score) for m in engine.match_items(ix, [obit], replay=True)}
    with_sift = len(scored)
    scored.clear()
    monkeypatch.setattr(engine._SurvivorProbe, "sifter", lambda self, index: None)
    whole = {(m.client_id, m.role, m.score) for m in engine.match_items(ix, [obit], replay=True)}
    # Amy within nearby_km; Dale there too, but a far Dale whose maiden name is the family's scores too near him
    assert {c for c, _, _ in sifted} == {"A0"}
    assert sifted == whole
    assert with_sift < len(scored)  # the far namesakes were never scored

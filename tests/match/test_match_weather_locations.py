"""Weather over a client's other places (second home, business, rental): one outreach per client per storm,
naming the place when it is not the home; the evidence says which place was inside the polygon or county."""

from __future__ import annotations

from outreach.client import Location
from outreach.match.engine import match_items
from outreach.match.index import RosterIndex
from tests.match.helpers import alert_item, client, rect

HOME = client("H1", "Ann", "Lake", latitude=44.80, longitude=-91.55)  # Eau Claire County (55035)
# Sawyer County, WI (55113): Hayward.
CABIN = Location("H1", label="Lake cabin", city="Hayward", state="WI", postal_code="54843", county_fips="55113",
                 latitude=46.01, longitude=-91.48)
SHOP = Location("H1", label="Hayward shop", city="Hayward", state="WI", county_fips="55113",
                latitude=46.02, longitude=-91.47)
HAYWARD = rect(-91.60, 45.90, -91.40, 46.10)
EAU_CLAIRE = rect(-91.70, 44.60, -91.10, 45.00)
VTEC = "/O.NEW.KDLH.SV.W.0100.261005T1200Z-261005T1300Z/"


def test_storm_over_home_and_second_home_gives_one_outreach_for_the_home():
    roster = RosterIndex([HOME], [CABIN])
    storm = alert_item("s1", same=("055035", "055113"), polygons=(EAU_CLAIRE, HAYWARD), vtec=(VTEC,))
    out = match_items(roster, [storm], replay=True)
    assert [m.client_id for m in out] == ["H1"]
    assert "location" not in out[0].details  # the home was hit: the usual message
    assert out[0].evidence.endswith("polygon") and "client location" in out[0].evidence


def test_storm_over_only_the_second_home_names_the_place():
    roster = RosterIndex([HOME], [CABIN])
    storm = alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))
    out = match_items(roster, [storm], replay=True)
    assert [m.client_id for m in out] == ["H1"]
    assert out[0].details["location"] == {"label": "Lake cabin", "city": "Hayward", "state": "WI"}
    assert out[0].details["outreach_key"] == "H1|vtec:KDLH.SV.W.0100.2026"
    assert "client's place 'Lake cabin' near Hayward, WI (46.0100, -91.4800) is inside the" in out[0].evidence
    assert out[0].evidence.endswith("polygon")


def test_two_locations_hit_by_one_storm_give_one_outreach():
    roster = RosterIndex([HOME], [CABIN, SHOP])
    storm = alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))
    out = match_items(roster, [storm], replay=True)
    assert len(out) == 1 and out[0].details["location"]["label"] == "Lake cabin"


def test_a_later_update_over_the_home_does_not_propose_again():
    roster = RosterIndex([HOME], [CABIN])
    first = alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))
    update = alert_item("s2", msg_type="Update", same=("055035",), polygons=(EAU_CLAIRE,),
                        vtec=(VTEC.replace("NEW", "CON"),), references=("s1",), hours=0.2)
    assert [m.item_id.rsplit("/", 1)[-1] for m in match_items(roster, [first, update], replay=True)] == ["s1"]


def test_location_without_coordinates_is_matched_by_its_county():
    roster = RosterIndex([HOME], [Location("H1", label="Rental", city="Hayward", state="WI", county_fips="55113")])
    out = match_items(roster, [alert_item("s1", same=("055113",), vtec=(VTEC,))], replay=True)
    assert len(out) == 1
    assert "client's place 'Rental' near Hayward, WI: its county FIPS 55113 is in the" in out[0].evidence


def test_do_not_contact_and_unknown_clients_locations_give_nothing():
    quiet = client("Q1", "Quinn", "Still", do_not_contact=True)
    roster = RosterIndex([quiet], [Location("Q1", county_fips="55113", state="WI"),
                                   Location("NOBODY", county_fips="55113", state="WI")])
    assert match_items(roster, [alert_item("s1", same=("055113",), vtec=(VTEC,))], replay=True) == []


def test_a_client_taken_out_of_the_index_loses_their_locations_too():
    roster = RosterIndex([HOME], [CABIN])
    roster.without(["H1"])
    assert match_items(roster, [alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))],
                       replay=True) == []

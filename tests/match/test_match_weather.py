"""Weather: severity/status/msgType filter, polygon vs county, one outreach per client per storm."""

from datetime import timedelta

from outreach.match.engine import match_items
from outreach.match.weather import parse_vtec
from tests.match.helpers import T0, alert_item, client, index, rect

WEST = rect(-91.60, 44.70, -91.45, 44.90)  # the west part of Eau Claire County
WHOLE = rect(-91.70, 44.60, -91.10, 45.00)
ROSTER = index(
    client("W1", "Ann", "West", latitude=44.80, longitude=-91.55),  # inside WEST
    client("W2", "Bea", "East", latitude=44.80, longitude=-91.30),  # same county, outside WEST
    client("W3", "Cal", "Nocoords"),  # same county, no coordinates: the county decides
    client("W4", "Dee", "Elsewhere", county_fips="55017", latitude=44.93, longitude=-91.39),
)
VTEC_NEW = "/O.NEW.KMPX.TO.W.0041.261005T1200Z-261005T1300Z/"
VTEC_CON = "/O.CON.KMPX.TO.W.0041.261005T1200Z-261005T1300Z/"
VTEC_CAN = "/O.CAN.KMPX.TO.W.0041.261005T1200Z-261005T1300Z/"


def ids(matches):
    return {(m.client_id, m.item_id.rsplit("/", 1)[-1]) for m in matches}


def test_polygon_excludes_part_of_county():
    out = match_items(ROSTER, [alert_item("a1", polygons=(WEST,), vtec=(VTEC_NEW,))], replay=True)
    assert ids(out) == {("W1", "a1"), ("W3", "a1")}
    w1 = next(m for m in out if m.client_id == "W1")
    assert "inside" in w1.evidence and w1.role == "in_area" and w1.kind == "weather"
    w3 = next(m for m in out if m.client_id == "W3")
    assert "SAME 055035" in w3.evidence


def test_update_adds_only_newly_covered_clients():
    alert = alert_item("a1", polygons=(WEST,), vtec=(VTEC_NEW,))
    update = alert_item("a2", msg_type="Update", polygons=(WHOLE,), vtec=(VTEC_CON,), references=("a1",), hours=0.3)
    out = match_items(ROSTER, [update, alert], replay=True)
    assert ids(out) == {("W1", "a1"), ("W3", "a1"), ("W2", "a2")}
    assert {m.details["event_key"] for m in out} == {"vtec:KMPX.TO.W.0041.2026"}


def test_update_chained_by_vtec_without_references():
    alert = alert_item("a1", polygons=(WEST,), vtec=(VTEC_NEW,))
    update = alert_item("a2", msg_type="Update", polygons=(WHOLE,), vtec=(VTEC_CON,), hours=0.3)
    assert ids(match_items(ROSTER, [alert, update], replay=True)) == {("W1", "a1"), ("W3", "a1"), ("W2", "a2")}


def test_update_chained_by_references_without_vtec():
    alert = alert_item("a1", polygons=(WEST,))
    update = alert_item("a2", msg_type="Update", polygons=(WHOLE,), references=("a1",), hours=0.3)
    assert ids(match_items(ROSTER, [alert, update], replay=True)) == {("W1", "a1"), ("W3", "a1"), ("W2", "a2")}


def test_cancel_adds_nothing():
    alert = alert_item("a1", polygons=(WEST,), vtec=(VTEC_NEW,))
    cancel = alert_item("a3", msg_type="Cancel", polygons=(WHOLE,), vtec=(VTEC_CAN,), references=("a1",), hours=0.5)
    assert ids(match_items(ROSTER, [alert, cancel], replay=True)) == {("W1", "a1"), ("W3", "a1")}


def test_an_update_that_only_ends_the_event_adds_nothing():
    update_can = alert_item("a4", msg_type="Update", polygons=(WHOLE,), vtec=(VTEC_CAN,))
    assert match_items(ROSTER, [update_can], replay=True) == []


def test_moderate_and_minor_alerts_propose_nothing():
    for severity in ("Moderate", "Minor", "Unknown"):
        assert match_items(ROSTER, [alert_item(f"m-{severity}", severity=severity)], replay=True) == []


def test_test_and_exercise_messages_propose_nothing():
    for status in ("Test", "Exercise", "System", "Draft"):
        assert match_items(ROSTER, [alert_item(f"s-{status}", status=status, severity="Extreme")], replay=True) == []


def test_expired_alert_counts_only_in_replay():
    old = alert_item("a1", polygons=(WEST,))
    assert match_items(ROSTER, [old], now=T0 + timedelta(days=3)) == []
    assert ids(match_items(ROSTER, [old], replay=True, now=T0 + timedelta(days=3))) == {("W1", "a1"), ("W3", "a1")}


def test_a_new_storm_over_the_same_clients_is_a_new_outreach():
    first = alert_item("a1", polygons=(WEST,), vtec=(VTEC_NEW,))
    other = alert_item("b1", polygons=(WEST,), hours=30,
                       vtec=("/O.NEW.KMPX.SV.W.0300.261006T1800Z-261006T1900Z/",))
    assert ids(match_items(ROSTER, [first, other], replay=True)) == {("W1", "a1"), ("W3", "a1"),
                                                                      ("W1", "b1"), ("W3", "b1")}


def test_county_only_alert_covers_every_client_of_the_county():
    out = match_items(ROSTER, [alert_item("f1", event="Flood Warning", same=("055017",))], replay=True)
    assert ids(out) == {("W4", "f1")}


def test_do_not_contact_client_in_the_polygon_is_skipped():
    ix = index(client("W5", "Eve", "Quiet", latitude=44.80, longitude=-91.55, do_not_contact=True))
    assert match_items(ix, [alert_item("a1", polygons=(WEST,))], replay=True) == []


def test_vtec_parse():
    v = parse_vtec(VTEC_NEW)
    assert (v.action, v.office, v.phenomena, v.significance, v.etn) == ("NEW", "KMPX", "TO", "W", "0041")
    assert v.event_key(2026) == "KMPX.TO.W.0041.2026"
    assert parse_vtec("not a vtec") is None


# --- real api.weather.gov payloads (public domain; fixtures copied with their licence by the feeds work) ---

def _real(path: str):
    from pathlib import Path

    from outreach.feeds.parse import load_feed

    return load_feed(str(Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "nws" / path)).items


def test_real_split_cancel_and_update_only_the_update_area_gets_outreach():
    items = _real("noaa_weather_rs/alerts_list_2026-09-02.json")
    ix = index(client("R1", "Ann", "Jackson", city="", postal_code="", county_fips="55053", state="WI"),
               client("R2", "Bob", "Buffalo", city="", postal_code="", county_fips="55011", state="WI"),
               client("R3", "Cy", "Test", city="", postal_code="", county_fips="24031", state="MD"))
    out = match_items(ix, items, replay=True)
    assert {(m.client_id, m.details["event_key"]) for m in out} == {("R1", "vtec:KARX.SV.W.0194.2026")}
    assert out[0].item_id.endswith("cc0a44dbed836b1d20c5e5.002.1")  # the Update, not the Cancel


def test_real_update_in_two_documents_is_one_outreach_per_client():
    items = _real("pynws/alerts_active_zone.json") + _real("pynws/alerts_active_zone_second.json")
    ix = index(client("R4", "Dee", "Oregon", city="", postal_code="", county_fips="41007", state="OR"))
    out = match_items(ix, items, replay=True)
    assert [m.client_id for m in out] == ["R4"]

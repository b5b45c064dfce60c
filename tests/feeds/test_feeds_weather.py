"""NWS alerts in every shape the NWS publishes, normalised into WeatherAlert."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.feeds.parse import FeedParseError, parse_feed
from outreach.feeds.weather import cap_reference_ids

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
NWS = FEEDS / "nws"
OWN = FEEDS / "own"
URN = "urn:oid:2.49.0.1.840.0."


def parse_file(path: Path, **kw):
    return parse_feed(path.read_bytes(), source=path.name, **kw)


# --- api.weather.gov Atom (own fixture modelled on Tornado Watch 641) --------------------------------


@pytest.fixture(scope="module")
def chain():
    return parse_file(OWN / "nws_atom_tornado_chain.xml")


def test_atom_chain_alert_update_cancel(chain):
    assert chain.problems == []
    alerts = [i.alert for i in chain.items]
    assert [a.msg_type for a in alerts] == ["Alert", "Update", "Cancel"]
    assert {i.kind for i in chain.items} == {"weather"}
    first, update, cancel = alerts
    assert first.identifier == URN + "0a11a11a11a11a11a11a11a11a11a11a11a11a11.001.1"
    assert update.references == (first.identifier,)  # from <cap:references> triples
    assert cancel.references == (first.identifier, update.identifier)  # from rel="related" links


def test_atom_identifier_falls_back_to_the_entry_id_url(chain):
    cancel = chain.items[2]
    assert cancel.item_id == "https://api.weather.gov/alerts/" + URN + "0c33c33c33c33c33c33c33c33c33c33c33c33c33.001.1"
    assert cancel.alert.identifier == URN + "0c33c33c33c33c33c33c33c33c33c33c33c33c33.001.1"
    # No <cap:sent>: the Atom <published> stands in.
    assert cancel.alert.sent == datetime(2025, 11, 25, 22, 54, tzinfo=UTC)


def test_atom_alert_fields(chain):
    item = chain.items[0]
    alert = item.alert
    assert (alert.event, alert.severity, alert.urgency, alert.certainty, alert.status) == (
        "Tornado Watch", "Severe", "Future", "Possible", "Actual")
    assert alert.area_desc == "Clarke, AL; Monroe, AL; Washington, AL"
    assert alert.same == ("001025", "001099", "001129")
    assert alert.ugc == ("ALC025", "ALC099", "ALC129")
    assert alert.vtec == ("/O.NEW.KMOB.TO.A.0641.251125T1806Z-251126T0000Z/",)
    assert alert.effective == datetime(2025, 11, 25, 18, 6, tzinfo=UTC)
    assert alert.expires == datetime(2025, 11, 26, 0, 0, tzinfo=UTC)
    assert alert.sender_name == "w-nws.webmaster@noaa.gov"  # the Atom author when no senderName
    assert item.published == alert.sent
    assert item.title.startswith("Tornado Watch issued November 25")
    assert item.text.startswith("THE NATIONAL WEATHER SERVICE HAS ISSUED TORNADO WATCH 641")
    assert "\nCLARKE MONROE WASHINGTON" in item.text
    assert item.link == "https://api.weather.gov/alerts/" + alert.identifier


def test_cap_polygon_lat_lon_is_flipped_to_lon_lat(chain):
    (ring,) = chain.items[0].alert.polygons
    assert ring[0] == (-88.46, 31.70)
    assert ring[0] == ring[-1]
    assert all(-180 <= lon <= -80 and 30 <= lat <= 32 for lon, lat in ring)


def test_empty_cap_polygon_means_no_polygon(chain):
    assert chain.items[2].alert.polygons == ()


# --- api.weather.gov GeoJSON ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def noaa():
    return parse_file(NWS / "noaa_weather_rs" / "alerts_list_2026-09-02.json")


def test_geojson_feature_collection(noaa):
    assert noaa.problems == []
    assert len(noaa.items) == 5
    first = noaa.items[0]
    assert first.item_id == "https://api.weather.gov/alerts/" + URN + "af7e0442df8bfed7953cb5cae6e4661304cc1f49.001.1"
    assert first.alert.identifier == URN + "af7e0442df8bfed7953cb5cae6e4661304cc1f49.001.1"
    assert first.alert.same == ("026123", "026117", "026081")
    assert first.alert.ugc == ("MIZ044", "MIZ051", "MIZ057")
    assert first.alert.sent == datetime(2026, 9, 2, 7, 48, tzinfo=UTC)
    (ring,) = first.alert.polygons
    assert ring[:2] == ((-85.79, 43.23), (-85.79, 43.24))  # GeoJSON is already (lon, lat)


def test_geojson_split_cancel_and_update_share_their_parent(noaa):
    by_type = {i.alert.msg_type: i.alert for i in noaa.items if i.alert.event == "Severe Thunderstorm Warning"}
    parent = URN + "08c14df6cccd6f5f0611d2a53a712ac6e8ae7215.001.1"
    assert by_type["Cancel"].references == (parent,)
    assert by_type["Update"].references == (parent,)
    assert by_type["Cancel"].vtec == ("/O.CAN.KARX.SV.W.0194.000000T0000Z-260902T0815Z/",)
    assert by_type["Update"].same == ("055053", "055063", "055081", "055121")


def test_geojson_test_message_keeps_its_status_for_the_caller_to_filter(noaa):
    keepalive = [i.alert for i in noaa.items if i.alert.status == "Test"]
    assert [a.event for a in keepalive] == ["Test Message"]
    assert keepalive[0].polygons == ()  # geometry null


def test_geojson_update_with_four_references_and_old_style_ids():
    parsed = parse_file(NWS / "pynws" / "alerts_active_zone.json")
    (item,) = parsed.items
    alert = item.alert
    assert alert.identifier == "NWS-IDP-PROD-3965873-3369046"
    assert alert.msg_type == "Update"
    assert alert.references == ("NWS-IDP-PROD-3964821-3368352", "NWS-IDP-PROD-3965324-3368680",
                                "NWS-IDP-PROD-3965155-3368578", "NWS-IDP-PROD-3963421-3367361")
    assert len(alert.ugc) == 11 and "WAZ039" in alert.ugc
    assert alert.polygons == ()


def test_geojson_second_feature_is_a_separate_item():
    parsed = parse_file(NWS / "pynws" / "alerts_active_zone_second.json")
    assert [i.alert.identifier for i in parsed.items] == ["NWS-IDP-PROD-3965873-3369046", "NWS-IDP-PROD-3965873-001"]


def test_geojson_single_feature_with_multipolygon_and_odd_values():
    parsed = parse_file(OWN / "geojson_single_feature_multipolygon.json")
    (item,) = parsed.items
    alert = item.alert
    # Two usable polygons: the unclosed ring is closed, the hole is not a polygon, the degenerate one is dropped.
    assert len(alert.polygons) == 2
    assert alert.polygons[1][0] == alert.polygons[1][-1] == (-87.0, 30.9)
    assert "feature 1: polygon dropped (fewer than 3 points or coordinates out of range)" in parsed.problems
    assert alert.same == ("001025",)
    assert "feature 1: 2 SAME/FIPS code(s) ignored (not 5-6 digits)" in parsed.problems  # "1053", "ALC053"
    assert alert.ugc == ("ALC025", "ALC053")  # upper-cased
    assert alert.expires is None and alert.onset is None  # "not a date" and null
    assert item.text == ("At 1205 PM CST, a severe thunderstorm capable of producing a tornado was located near "
                         "Grove Hill.\nHAZARD...Tornado.\nTAKE COVER NOW!")


def test_geojson_feature_without_properties_is_skipped_not_fatal():
    data = (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": null},'
            b'{"type": "Feature", "id": "x-1", "properties": {"event": "Flood Watch", "status": "Actual",'
            b'"messageType": "Alert"}}]}')
    parsed = parse_feed(data, source="partial")
    assert [i.item_id for i in parsed.items] == ["x-1"]
    assert parsed.problems == ["feature 1 skipped: FeedParseError"]


# --- CAP 1.2 <alert> and the legacy CAP 1.1 Atom index ------------------------------------------------


def test_bare_cap12_alert_update():
    parsed = parse_file(NWS / "cap12_xml" / "NWS-IDP-PROD-4655545-3804602_BeachHazards_Update.cap.xml")
    (item,) = parsed.items
    alert = item.alert
    assert item.item_id == alert.identifier == "NWS-IDP-PROD-4655545-3804602"
    assert (alert.event, alert.msg_type, alert.severity) == ("Beach Hazards Statement", "Update", "Moderate")
    assert alert.references == ("NWS-IDP-PROD-4654219-3804043",)
    assert alert.same == ("006081", "006087", "006041", "006097", "006075", "006053")
    assert alert.ugc == ("CAZ509", "CAZ505", "CAZ006", "CAZ529", "CAZ530")
    assert alert.vtec == ("/O.CON.KMTR.BH.S.0016.201230T0200Z-201231T0600Z/",)
    assert alert.sent == datetime(2020, 12, 29, 21, 53, tzinfo=UTC)
    assert alert.onset == datetime(2020, 12, 30, 2, 0, tzinfo=UTC)
    assert alert.sender_name == "NWS San Francisco CA"
    assert "Montara state beach" in item.text
    assert item.text.endswith("Beachcombing is not advised.")  # line breaks inside a paragraph folded
    assert "\n* WHAT...A long period WNW swell" in item.text  # paragraph breaks kept


def test_legacy_cap11_atom_index():
    parsed = parse_file(NWS / "legacy_atom_cap11" / "id_atom_2013-01-26.xml")
    assert len(parsed.items) == 7
    fog = parsed.items[0].alert
    # Several FIPS6 codes in one <value>, two VTEC strings separated by a newline.
    assert fog.same == ("016027", "016045", "016073", "016075", "016087")
    assert fog.ugc == ("IDZ012",)
    assert fog.vtec == ("/O.EXP.KBOI.FG.Y.0008.000000T0000Z-130126T2000Z/",
                        "/O.NEW.KBOI.FG.Y.0009.130126T2013Z-130127T0000Z/")
    assert fog.polygons == ()
    assert fog.effective == datetime(2013, 1, 26, 20, 13, tzinfo=UTC)
    assert {i.alert.msg_type for i in parsed.items} == {"Alert"}


def test_legacy_feed_missing_its_root_is_a_clear_error_for_a_weather_source():
    with pytest.raises(FeedParseError, match="weather source did not return NWS CAP"):
        parse_file(NWS / "legacy_atom_cap11" / "or_atom_empty_2013-01-26_MALFORMED.xml", source_kind="weather")


def test_cap_feed_with_no_active_alerts_is_empty():
    data = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" '
            b'xmlns:cap="urn:oasis:names:tc:emergency:cap:1.1"><id>x</id><entry><id>x</id>'
            b"<title>There are no active watches, warnings or advisories</title></entry></feed>")
    assert parse_feed(data, source="quiet", source_kind="weather").items == []


def test_cap_latin1_declared_utf8_is_read_as_windows_1252():
    parsed = parse_file(OWN / "cap_alert_latin1_declared_utf8.xml")
    (item,) = parsed.items
    assert item.title == "Winter Storm Warning for the Caf\u00e9 district"
    assert item.text == "Snow \u00b1 6 inches near Fond du Lac."
    assert parsed.problems == ["encoding: declared UTF-8 but bytes are not valid UTF-8; read as windows-1252"]


def test_cap_unknown_encoding_declaration_is_ignored():
    parsed = parse_file(OWN / "cap_alert_unknown_encoding_declaration.xml")
    (item,) = parsed.items
    assert item.item_id == "OWN-BADENC-1"
    assert item.title == "Winter Storm Warning for the Caf\u00e9 district"  # the bytes are UTF-8 after all
    assert parsed.problems == ["encoding: unknown encoding declaration ignored"]


def test_malformed_cap_xml_names_line_and_column():
    with pytest.raises(FeedParseError, match=r"malformed XML: mismatched tag: line 1"):
        parse_feed(b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><info></alert>', source="bad")


def test_cap_alert_without_info_is_an_error():
    with pytest.raises(FeedParseError, match="alert skipped: FeedParseError"):
        parse_feed(b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>X</identifier></alert>',
                   source="noinfo")


def test_geojson_whose_every_feature_fails_is_an_error():
    with pytest.raises(FeedParseError, match="feature 1 skipped: no event; feature 2 skipped: FeedParseError"):
        parse_feed(b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}, 7]}',
                   source="junk")


def test_geojson_with_no_features_is_an_empty_feed():
    assert parse_feed(b'{"type": "FeatureCollection", "features": []}', source="calm").items == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("w-nws.webmaster@noaa.gov,NWS-IDP-PROD-1,2020-12-29T04:09:00-08:00", ["NWS-IDP-PROD-1"]),
        ("a@b,ID-1,2020-01-01T00:00:00Z a@b,ID-2,2020-01-01T01:00:00Z", ["ID-1", "ID-2"]),
        ("  bare-identifier  ", ["bare-identifier"]),
        ("", []),
    ],
)
def test_cap_references_triples(value, expected):
    assert cap_reference_ids(value) == expected

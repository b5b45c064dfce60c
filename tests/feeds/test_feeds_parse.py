"""parse_feed / load_feed on RSS, Atom and hostile or broken documents (own fixtures)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from outreach.feeds.fingerprint import fingerprint
from outreach.feeds.news import MAX_ENTRY_CHARS
from outreach.feeds.parse import FeedParseError, ParsedFeed, load_feed, parse_feed
from outreach.feeds.weather import parse_cap_xml

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
OWN = FEEDS / "own"


def parse_own(name: str, **kw) -> ParsedFeed:
    return parse_feed((OWN / name).read_bytes(), source=name, **kw)


# --- ordinary feeds --------------------------------------------------------------------------------


def test_obituary_rss_from_a_funeral_home():
    parsed = parse_own("obituaries_funeral_home.rss", source_kind="obituary")
    assert parsed.problems == []
    assert [i.kind for i in parsed.items] == ["bereavement"] * 3
    harold = parsed.items[0]
    assert harold.source == "obituaries_funeral_home.rss"
    assert harold.item_id == "riverside-fh-obit-20931"
    assert harold.title == "Harold J. Whitaker"
    assert harold.link == "https://www.riverside-fh.example/obituaries/harold-whitaker"
    assert harold.published == datetime(2025, 11, 19, 15, 30, tzinfo=UTC)
    # Full content:encoded wins over the teaser description, one paragraph per line, entities decoded.
    assert "survived by his wife of 58 years, Margaret (Peggy) Whitaker" in harold.text
    assert 'Robert "Bob" Whitaker' in harold.text
    assert "Margaret \u201cPeggy\u201d Olson" in harold.text
    assert len(harold.text.split("\n")) == 6
    assert harold.text.startswith("Harold James Whitaker, 84, of Fond du Lac, passed away peacefully")
    assert "<p>" in harold.html and "In lieu of flowers" in harold.html
    assert harold.extra["author"] == "Riverside Family Funeral Home"
    assert harold.extra["feed_title"] == "Riverside Family Funeral Home - Obituaries"


def test_title_entities_are_decoded():
    samuel = parse_own("obituaries_funeral_home.rss").items[2]
    assert samuel.title == "Rev. Dr. Samuel O\u2019Neill Jr."


def test_auto_kind_tells_obituaries_from_news():
    parsed = parse_own("news_local.rss", source_kind="auto")
    assert [(i.title, i.kind) for i in parsed.items] == [
        ("City council approves new bridge over the Fond du Lac River", "news"),
        ("Local bakery owner Maria Gonzalez wins state award", "news"),
        ("Longtime Oshkosh teacher dies at 91", "bereavement"),
    ]


def test_auto_kind_reads_every_funeral_home_entry_as_bereavement():
    assert {i.kind for i in parse_own("obituaries_funeral_home.rss").items} == {"bereavement"}


def test_news_source_kind_keeps_everything_news():
    assert {i.kind for i in parse_own("news_local.rss", source_kind="news").items} == {"news"}


def test_obituary_source_kind_makes_everything_bereavement():
    assert {i.kind for i in parse_own("news_local.rss", source_kind="obituary").items} == {"bereavement"}


def test_atom_prefers_full_content_over_summary_and_strips_title_markup():
    first, second = parse_own("news_atom.xml").items
    assert first.title == "Storm damage cleanup continues in Washington County"
    assert first.text == "Crews in Chatom cleared fallen trees on Wednesday.\nPower is restored to most homes."
    assert first.item_id == "tag:valley-courier.example,2025:cleanup"
    assert first.published == datetime(2025, 11, 21, 9, 0, tzinfo=UTC)  # only <updated> given
    assert second.text == "More than 4,000 visitors came to the fairgrounds."
    assert second.published == datetime(2025, 11, 20, 20, 30, tzinfo=UTC)  # <published> wins, made UTC
    assert second.link is None  # an Atom id is not a link


def test_valid_feed_with_no_entries_is_empty_not_an_error():
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet week</title></channel></rss>'
    assert parse_feed(data, source="quiet") == ParsedFeed([], [])


# --- identity --------------------------------------------------------------------------------------


def test_entries_without_guid_are_keyed_by_content_fingerprint():
    church, church_again, library = parse_own("entries_without_guid.rss").items
    assert church.item_id == f"sha256:{church.fingerprint}"
    assert church.fingerprint == fingerprint("Church supper Saturday", "St. Mary's parish hosts its annual fish fry.")
    # Same words up to case, spacing and markup: the same item.
    assert church_again.item_id == church.item_id
    assert library.item_id != church.item_id
    assert len(church.fingerprint) == 64


def test_entries_with_guid_still_carry_a_fingerprint():
    item = parse_own("news_local.rss").items[0]
    assert item.item_id.startswith("https://")
    assert item.fingerprint == fingerprint(item.title, item.text)


# --- dates -----------------------------------------------------------------------------------------


def test_odd_dates_become_none_or_utc_never_a_crash():
    dates = {i.item_id: i.published for i in parse_own("odd_dates.rss").items}
    assert dates == {
        "d-1": None,  # "yesterday afternoon"
        "d-2": None,  # 31 February
        "d-3": datetime(2018, 2, 12, 23, 42, 14, tzinfo=UTC),  # Unix seconds 1518478934
        "d-4": None,  # high-bit characters
        "d-5": None,  # empty
        "d-6": None,  # year 0
        "d-7": datetime(2025, 11, 19, 15, 30, tzinfo=UTC),
    }
    assert all(d is None or d.tzinfo is UTC for d in dates.values())


# --- hostile content -------------------------------------------------------------------------------


def test_scripts_handlers_and_javascript_links_are_removed():
    parsed = parse_own("hostile_entries.rss")
    first, second, _ = parsed.items
    for item in parsed.items:
        lowered = item.html.lower()
        for bad in ("<script", "onerror", "onclick", "onload", "onmouseover", "javascript:", "data:text",
                    "<style", "<iframe", "<form", "<svg", "style="):
            assert bad not in lowered, (item.item_id, bad)
        for leak in ("alert(", "document.cookie", "STYLELEAK", "SVGLEAK", "steal()", "FORMVALUE"):
            assert leak not in item.text and leak not in item.title, (item.item_id, leak)
    assert first.title == "Script in title"
    assert first.link is None
    assert "entry 1: javascript: link dropped" in parsed.problems
    assert 'href="https://ok.example/page"' in first.html
    assert "BeforeAfter" in first.text and "safe link" in first.text
    assert second.text == "Hello\nWorld"


def test_template_syntax_in_entries_is_kept_as_inert_text():
    third = parse_own("hostile_entries.rss").items[2]
    assert third.title == "Template injection {{ 7*7 }} and {% raw %}"
    assert "{{ config.items() }}" in third.text
    assert "&lt;%= 7*7 %&gt;" in third.html
    assert "comment" not in third.text  # the commented-out script is gone too


def test_billion_laughs_is_refused():
    with pytest.raises(FeedParseError, match="billion-laughs"):
        parse_own("entity_bomb_billion_laughs.rss")


def test_billion_laughs_in_cap_xml_is_refused():
    with pytest.raises(FeedParseError, match="entit"):
        parse_own("entity_bomb_cap_alert.xml")


def test_cap_parser_refuses_entities_even_without_the_guard():
    # defusedxml is the second line of defence: it forbids entity declarations outright.
    with pytest.raises(FeedParseError, match="entity or DTD declarations refused"):
        parse_cap_xml((OWN / "entity_bomb_cap_alert.xml").read_bytes(), source="bomb")


def test_feedparser_alone_leaves_a_billion_laughs_unexpanded():
    # What we would get without the guard: expat's amplification limit trips, the lenient parser
    # keeps the reference unexpanded. Harmless, but we refuse the document anyway.
    started = time.monotonic()
    result = feedparser.parse((OWN / "entity_bomb_billion_laughs.rss").read_bytes())
    assert time.monotonic() - started < 30
    assert result.bozo
    assert all(len(e.get("title", "")) < 100 for e in result.entries)


def test_billion_laughs_behind_a_comment_with_markup_is_refused():
    bomb = (OWN / "entity_bomb_billion_laughs.rss").read_bytes()
    data = bomb.replace(b"<!DOCTYPE", b"<!-- see <rss> below -->\n<!DOCTYPE", 1)
    with pytest.raises(FeedParseError, match="billion-laughs"):
        parse_feed(data, source="commented")


def test_quadratic_entity_blowup_is_refused():
    with pytest.raises(FeedParseError, match="would expand to 2000000 characters"):
        parse_own("entity_quadratic_blowup.rss")


def test_external_entity_is_refused_and_nothing_is_read():
    with pytest.raises(FeedParseError, match="external entity") as err:
        parse_own("external_entity_xxe.rss")
    assert "root:" not in str(err.value)


def test_simple_internal_entity_is_still_allowed():
    data = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY home "Riverside Family Funeral Home">]>'
            b'<rss version="2.0"><channel><item><guid>e-1</guid><title>&home; notice</title>'
            b'<description>Open on &home; grounds.</description></item></channel></rss>')
    (item,) = parse_feed(data, source="entity").items
    assert item.title == "Riverside Family Funeral Home notice"
    assert item.text == "Open on Riverside Family Funeral Home grounds."


def test_entity_declarations_quoted_in_an_article_are_just_text():
    (item,) = parse_own("article_quoting_entity_declarations.rss").items
    # Titles that look like markup are read as HTML (double-escaped titles are common), so the quoted
    # declaration goes; the price of never letting a <script> through as title text.
    assert item.title == "Why your feed reader refuses tricks"
    assert "Good parsers refuse both." in item.text


def test_ten_megabyte_entry_is_cut_and_reported_and_the_rest_survives():
    paragraph = "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit.</p>\n"
    huge = paragraph * (10 * 1024 * 1024 // len(paragraph))
    data = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title>'
        f"<item><title>Huge</title><guid>huge</guid><description><![CDATA[{huge}]]></description></item>"
        "<item><title>Small</title><guid>small</guid><description>fine</description></item>"
        "</channel></rss>"
    ).encode()
    assert len(data) > 10 * 1024 * 1024
    parsed = parse_feed(data, source="big")
    big, small = parsed.items
    assert any(p.startswith("entry 1: body of ") and p.endswith(f"cut to {MAX_ENTRY_CHARS}") for p in parsed.problems)
    assert len(big.text) <= MAX_ENTRY_CHARS
    assert big.text.startswith("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n")
    assert small.text == "fine"


# --- broken documents ------------------------------------------------------------------------------


def test_latin1_bytes_declared_as_utf8_are_read_not_crashed():
    parsed = parse_own("latin1_declared_utf8.rss")
    (item,) = parsed.items
    assert item.title == "Ren\u00e9e Lef\u00e8vre honoured by the chamber of commerce"
    assert "\u00ab Entrepreneur of the year \u00bb" in item.text
    assert parsed.problems == [("encoding: declared encoding does not match the bytes; read as windows-1252 "
                               "(recovered 1 entry)")]


def test_garbage_in_the_encoding_declaration_is_ignored_not_a_crash():
    # feedparser itself raises UnicodeDecodeError / ValueError on this declaration.
    parsed = parse_own("garbage_encoding_declaration.rss")
    (item,) = parsed.items
    assert item.title == "Clara Jensen" and item.kind == "bereavement"
    assert "encoding: unreadable encoding declaration ignored" in parsed.problems


def test_empty_document_is_an_error():
    with pytest.raises(FeedParseError, match="empty document"):
        parse_own("empty_document.xml")


def test_whitespace_and_bom_only_document_is_an_error():
    with pytest.raises(FeedParseError, match="empty document"):
        parse_own("whitespace_only_document.xml")


def test_truncated_document_keeps_the_complete_entries():
    parsed = parse_own("truncated_document.rss", source_kind="obituary")
    assert [i.item_id for i in parsed.items] == ["kranz-1", "pietrowski-1"]
    assert parsed.problems[0].startswith("malformed XML at line 19: no element found")
    assert "entry 3 skipped: no title, text or link" in parsed.problems


def test_mismatched_tag_recovers_entries_and_reports_the_line():
    parsed = parse_own("mismatched_tag.rss")
    assert [i.item_id for i in parsed.items][:1] == ["mm-1"]
    assert parsed.problems[0].startswith("malformed XML at line 13: mismatched tag (recovered")


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_own("not_a_feed.html")


def test_malformed_json_is_an_error():
    with pytest.raises(FeedParseError, match="malformed JSON at line 1"):
        parse_feed(b'{"type": "FeatureCollection", "features": [', source="j")


def test_json_that_is_not_geojson_is_an_error():
    data = (FEEDS / "feedparser" / "json" / "example.json").read_bytes()
    with pytest.raises(FeedParseError, match="not a GeoJSON"):
        parse_feed(data, source="jsonfeed")


def test_weather_source_serving_rss_is_an_error():
    with pytest.raises(FeedParseError, match="weather source did not return NWS CAP"):
        parse_own("news_local.rss", source_kind="weather")


def test_cap_feed_from_a_news_source_is_read_as_weather_and_noted():
    parsed = parse_own("nws_atom_tornado_chain.xml", source_kind="news")
    assert {i.kind for i in parsed.items} == {"weather"}
    assert any("holds NWS alerts" in p for p in parsed.problems)


def test_rss_that_merely_declares_the_cap_namespace_is_read_as_a_feed():
    (item,) = parse_own("rss_declaring_cap_namespace.rss").items
    assert (item.kind, item.item_id, item.alert) == ("news", "wcem-2025-11-25-1", None)


def test_rss_that_merely_declares_the_cap_namespace_is_no_weather_feed():
    with pytest.raises(FeedParseError, match="not a CAP document: root element <rss>"):
        parse_own("rss_declaring_cap_namespace.rss", source_kind="weather")


def test_xml_served_as_json_is_sniffed_from_the_bytes():
    parsed = parse_feed((OWN / "news_local.rss").read_bytes(), source="mislabelled", content_type="application/json")
    assert len(parsed.items) == 3


def test_geojson_served_as_xml_is_sniffed_from_the_bytes():
    data = (FEEDS / "nws" / "pynws" / "alerts_active_zone.json").read_bytes()
    assert parse_feed(data, source="mislabelled", content_type="text/xml").items[0].kind == "weather"


# --- logging ---------------------------------------------------------------------------------------


def test_problems_are_logged_per_source_without_entry_text(caplog):
    caplog.set_level(logging.DEBUG)
    parse_own("truncated_document.rss")
    with pytest.raises(FeedParseError):
        parse_own("entity_bomb_billion_laughs.rss")
    loud = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert any(m.startswith("feed truncated_document.rss: malformed XML at line 19") for m in loud)
    assert any(m.startswith("feed entity_bomb_billion_laughs.rss: refused") for m in loud)
    for message in loud:
        for pii in ("Kranz", "Pietrowski", "Ruth", "Waupun", "passed away"):
            assert pii not in message


# --- load_feed -------------------------------------------------------------------------------------


def test_load_feed_over_http(httpserver, settings):
    httpserver.expect_request("/obits.rss").respond_with_data(
        (OWN / "obituaries_funeral_home.rss").read_bytes(), content_type="application/rss+xml")
    parsed = load_feed(httpserver.url_for("/obits.rss"), source_kind="obituary", settings=settings)
    assert len(parsed.items) == 3
    assert parsed.items[0].source == httpserver.url_for("/obits.rss")


def test_load_feed_from_a_path_sniffs_geojson(settings):
    path = FEEDS / "nws" / "noaa_weather_rs" / "alerts_list_2026-09-02.json"
    parsed = load_feed(str(path), settings=settings)
    assert {i.kind for i in parsed.items} == {"weather"}


def test_each_bad_source_fails_alone_with_a_clear_error(httpserver, settings):
    from outreach.feeds.fetch import FetchError

    httpserver.expect_request("/down").respond_with_data("", status=500)
    httpserver.expect_request("/bomb").respond_with_data((OWN / "entity_bomb_billion_laughs.rss").read_bytes())
    httpserver.expect_request("/page").respond_with_data((OWN / "not_a_feed.html").read_bytes(),
                                                          content_type="text/html")
    httpserver.expect_request("/obits").respond_with_data((OWN / "obituaries_funeral_home.rss").read_bytes())
    outcomes = {}
    for path in ("/down", "/bomb", "/page", "/obits"):
        try:
            outcomes[path] = len(load_feed(httpserver.url_for(path), settings=settings).items)
        except (FetchError, FeedParseError) as exc:
            outcomes[path] = f"{type(exc).__name__}: {exc}"
    assert outcomes["/down"].startswith(f"FetchError: {httpserver.url_for('/down')}: HTTP 500")
    assert outcomes["/bomb"].startswith("FeedParseError: refused: an entity refers to other entities")
    assert outcomes["/page"].startswith("FeedParseError: not a feed")
    assert outcomes["/obits"] == 3


def test_load_feed_passes_fetch_errors_on(httpserver, settings):
    from outreach.feeds.fetch import FetchError

    httpserver.expect_request("/gone").respond_with_data("", status=404)
    with pytest.raises(FetchError, match="404"):
        load_feed(httpserver.url_for("/gone"), settings=settings)

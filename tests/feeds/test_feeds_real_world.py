"""Real-world feed quirks: own fixtures for each, plus the feedjira captures when the shared folder is present.

The feedjira captures are third-party content marked "test-only, do not republish": they are read
from /work/shared at test time and never copied. Each quirk they show also has an own fixture here,
so nothing is lost where the shared folder is absent.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from outreach.feeds.parse import parse_feed

OWN = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "own"
SHARED = Path(os.environ.get("OUTREACH_SHARED_FIXTURES", "/work/shared/fixtures/real")) / "news_feedjira_real_feeds"


def parse_own(name: str):
    return parse_feed((OWN / name).read_bytes(), source=name)


def test_xml_declaration_not_at_start_is_read_leniently():
    parsed = parse_own("news_declaration_not_at_start.rss")
    assert [i.item_id for i in parsed.items] == ["nh-101", "nh-102"]
    assert "XML or text declaration not at start" in parsed.problems[0]


def test_cdata_titles_padded_with_whitespace_are_trimmed():
    first = parse_own("news_declaration_not_at_start.rss").items[0]
    assert first.title == "Ice fishing season opens on Lake Winnebago"
    assert first.text == "Anglers lined up at dawn."


def test_google_redirect_links_are_unwrapped():
    first = parse_own("news_declaration_not_at_start.rss").items[0]
    assert first.link == "https://northwoods-herald.example/2025/11/ice-fishing"


def test_escaped_bold_in_an_rss_title_is_stripped():
    second = parse_own("news_declaration_not_at_start.rss").items[1]
    assert second.title == "Report on Winnebago County budget"


def test_epoch_dc_date_next_to_a_valid_pubdate_uses_the_pubdate():
    first = parse_own("news_declaration_not_at_start.rss").items[0]
    assert first.published == datetime(2025, 11, 21, 14, 0, tzinfo=UTC)


def test_atom_wrapped_in_xhtml_with_doctype_is_read():
    parsed = parse_own("atom_inside_xhtml.xml")
    assert parsed.problems == []
    assert [i.title for i in parsed.items] == ["Advent schedule", "Food pantry hours"]
    assert parsed.items[0].published == datetime(2025, 11, 21, 9, 0, tzinfo=UTC)


# --- the shared feedjira captures (read in place, never copied) ----------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared feedjira captures not present; "
                                  "own fixtures above cover the same quirks")


def parse_shared(name: str):
    return parse_feed((SHARED / name).read_bytes(), source=name)


@needs_shared
def test_shared_techcrunch_declaration_not_at_start():
    parsed = parse_shared("TechCrunch.xml")
    assert len(parsed.items) == 20
    assert "XML or text declaration not at start" in parsed.problems[0]


@needs_shared
def test_shared_huffpost_padded_cdata_titles():
    titles = [i.title for i in parse_shared("HuffPostCanada.xml").items]
    assert titles and all(t == t.strip() and t for t in titles)


@needs_shared
def test_shared_google_alerts_links_unwrapped_and_titles_plain():
    items = parse_shared("google_alerts_atom.xml").items
    assert len(items) == 20
    assert not any(i.link and i.link.startswith("https://www.google.com/url") for i in items)
    assert not any("<b>" in i.title for i in items)


@needs_shared
def test_shared_truncated_feed_with_epoch_dc_date():
    parsed = parse_shared("InvalidDateFormat.xml")
    assert len(parsed.items) == 2
    assert all(i.published and i.published.year == 2017 for i in parsed.items)
    assert parsed.problems[0].startswith("malformed XML")


@needs_shared
def test_shared_atom_inside_xhtml():
    assert len(parse_shared("DuplicateContentAtomFeed.xml").items) == 10

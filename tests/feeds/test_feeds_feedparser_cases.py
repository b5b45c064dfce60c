"""feedparser's own edge-case corpus (BSD-2, copied with its LICENSE) driven from its INDEX.tsv."""

from __future__ import annotations

import re
from datetime import UTC
from pathlib import Path

import pytest

from outreach.feeds.entities import check_entities
from outreach.feeds.parse import FeedParseError, ParsedFeed, parse_feed

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "feedparser"
_RECORD = re.compile(r"^([\w./-]+\.(?:xml|json))\t([^\t]*)\t(.*)$")
_HEADER = re.compile(r"^Header:\s*Content-type:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _index() -> dict[str, tuple[str, str]]:
    """file -> (description, feedparser's expectation); expectations may span several lines."""
    records: dict[str, tuple[str, str]] = {}
    last = None
    # Split on "\n" only: some descriptions carry stray carriage returns copied from the test files.
    for line in (CORPUS / "INDEX.tsv").read_bytes().decode("utf-8", errors="replace").split("\n")[1:]:
        line = line.replace("\r", "")
        match = _RECORD.match(line)
        if match:
            last = match.group(1)
            records[last] = (match.group(2), match.group(3))
        elif last:
            records[last] = (records[last][0], records[last][1] + "\n" + line)
    return records


INDEX = _index()
ODD = sorted(f for f in INDEX if f.startswith(("illformed/", "encoding/", "entities/")))


def _parse(name: str) -> ParsedFeed:
    data = (CORPUS / name).read_bytes()
    header = _HEADER.search(data.decode("latin-1"))  # the corpus simulates HTTP headers in a comment
    return parse_feed(data, source=name, content_type=header.group(1) if header else None)


def test_index_lists_every_case_file_once():
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.xml")}
    assert set(INDEX) - {"json/example.json"} == on_disk
    assert len(ODD) == 23


@pytest.mark.parametrize("name", ODD)
def test_ill_formed_and_encoding_cases_give_items_or_a_clear_error(name):
    try:
        parsed = _parse(name)
    except FeedParseError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    if not parsed.items:  # a well-formed feed that simply has no entries (these cases test feed-level fields)
        assert parsed.problems == []
    for item in parsed.items:
        assert isinstance(item.title, str) and isinstance(item.text, str)
        assert item.item_id
        assert item.published is None or item.published.tzinfo is UTC
        assert "<script" not in item.html.lower()


def test_bozo_cases_report_their_problem():
    parsed = _parse("illformed/rss_item_link_corrupted_ampersands.xml")
    assert parsed.problems[0].startswith("malformed XML at line 13:")


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("wellformed/rss/item_content_encoded.xml", "text", "Example content"),
        ("wellformed/rss/item_description_escaped_markup.xml", "text", "Example description"),
        ("wellformed/rss/item_description_naked_markup.xml", "text", "Example description"),
        ("wellformed/atom10/entry_content_inline_markup.xml", "text", "Example Atom"),
        ("wellformed/atom10/entry_title_escaped_markup.xml", "title", "Example Atom"),
        ("wellformed/atom10/entry_content_base64.xml", "text", "Example <b>Atom</b>"),  # octet-stream: not HTML
        ("wellformed/amp/amp01.xml", "title", "&"),
        ("wellformed/sanitize/entry_content_script.xml", "text", "safe description"),
        # feedparser's own sanitiser leaves the script body behind as text; ours keeps only what a browser shows.
        ("wellformed/sanitize/entry_content_crazy.xml", "text",
         "Did The Javascript Execute?\nI will execute here, too, if you mouse over me"),
        ("encoding/demoronize-1.xml", "text", "don\u2019t"),
        ("encoding/bozo_double-encoded-html.xml", "text", "\u2026"),
        ("illformed/rss_item_link_corrupted_ampersands.xml", "link", "http://link/get?a=1&b=2"),
    ],
)
def test_wellformed_cases_map_onto_feed_items(name, field, expected):
    (item,) = _parse(name).items
    assert getattr(item, field) == expected


def test_crazy_html_leaks_no_script_into_html_or_text():
    (item,) = _parse("wellformed/sanitize/entry_content_crazy.xml").items
    for leak in ("executeMe", "alert(", "am_i_javascript", "innocuously"):
        assert leak not in item.text and leak not in item.html


def test_simple_doctype_entity_passes_the_entity_guard():
    check_entities((CORPUS / "wellformed/rss/entity_in_doctype.xml").read_bytes())


def test_guid_only_entry_is_not_an_item():
    with pytest.raises(FeedParseError, match="entry 1 skipped: no title, text or link"):
        _parse("wellformed/rss/entity_in_doctype.xml")

"""Hostile feeds through the whole pipeline: entity bombs, scripts and handlers in HTML, a 10 MB entry,
broken encodings, and the feedparser project's ill-formed and encoding cases, each served over real
HTTP as its own source next to a good one, in one ingest run.

Clear errors (a refused source says why on its row), nothing lost (the good source and every usable
entry are stored and drafted), nothing executed (no entity expanded, no external entity read), nothing
rendered unescaped (stored HTML, drafts and the messages SendGrid receives are inert).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from demo.sendgrid_double import SendGridDouble
from outreach.delivery import make_sendgrid_client
from outreach.pipeline import deliver_approved, ingest_kind, match_and_draft
from outreach.store.db import dispose_engines, session_scope
from outreach.store.models import FeedItemRow, FeedSourceRow
from tests.faults.harness import (
    ADVISERS,
    API_KEY,
    FAST,
    KOWALSKI,
    MILLER,
    RSS_TYPE,
    approve_all,
    assert_invariants,
    drafts,
    fast_http,
    prepare,
    rss,
    sent_draft_ids,
)
from tests.hostile.inert import html_problems, text_problems

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
OWN = FIXTURES / "own"
FEEDPARSER = FIXTURES / "feedparser"  # BSD-2-Clause copies, licence alongside

REFUSED = {  # source -> (fixture, what the error must say)
    "bomb_billion_laughs": ("entity_bomb_billion_laughs.rss", "refused"),
    "bomb_quadratic": ("entity_quadratic_blowup.rss", "refused"),
    "bomb_xxe": ("external_entity_xxe.rss", "refused"),
    "empty_document": ("empty_document.xml", "empty document"),
    "html_page": ("not_a_feed.html", "not a feed"),
}
READ = {  # source -> fixture that must give items despite its oddity
    "hostile_html": "hostile_entries.rss",
    "latin1_declared_utf8": "latin1_declared_utf8.rss",
    "garbage_encoding_declaration": "garbage_encoding_declaration.rss",
    "mismatched_tag": "mismatched_tag.rss",
    "truncated": "truncated_document.rss",
}
TEN_MB = 10 * 1024 * 1024


def ten_megabyte_feed() -> bytes:
    """Kowalski's obituary after one entry of 10 MB of markup-laden text (generated, not stored)."""
    chunk = "<p>Lorem <b>ipsum</b> <script>alert(1)</script> dolor sit amet. </p>"
    huge = (chunk * (TEN_MB // len(chunk) + 1))[:TEN_MB]
    big_item = (f"<item><title>A very long entry</title><guid>huge-1</guid>"
                f"<description><![CDATA[{huge}]]></description></item>")
    return rss([KOWALSKI], extra_items=big_item)


@pytest.fixture
def db(database_url, monkeypatch):
    fast_http(monkeypatch, timeout_s=20)
    yield database_url
    dispose_engines()


@pytest.fixture
def double(tmp_path):
    with SendGridDouble(tmp_path / "outbox", api_key=API_KEY) as d:
        yield d


@pytest.fixture
def sg(double):
    return make_sendgrid_client(API_KEY, host=double.url)


def serve(httpserver, name: str, body: bytes, content_type: str = RSS_TYPE) -> str:
    httpserver.expect_request(f"/{name}").respond_with_data(body, content_type=content_type)
    return httpserver.url_for(f"/{name}")


def source_rows(db_url: str) -> dict[str, FeedSourceRow]:
    with session_scope(db_url) as s:
        return {r.name: r for r in s.scalars(sa.select(FeedSourceRow))}


def items_of(db_url: str, source: str) -> list[FeedItemRow]:
    with session_scope(db_url) as s:
        return list(s.scalars(sa.select(FeedItemRow).join(FeedItemRow.source).where(FeedSourceRow.name == source)))


def test_hostile_sources_fail_alone_and_everything_stored_is_inert(db, httpserver, double, sg):
    urls = {"good": serve(httpserver, "good", rss([MILLER]))}
    for name, (fixture, _) in REFUSED.items():
        urls[name] = serve(httpserver, name, (OWN / fixture).read_bytes(),
                           "text/html" if fixture.endswith(".html") else RSS_TYPE)
    for name, fixture in READ.items():
        urls[name] = serve(httpserver, name, (OWN / fixture).read_bytes())
    urls["ten_megabytes"] = serve(httpserver, "ten_megabytes", ten_megabyte_feed())
    prepare(db, urls)

    new_ids = ingest_kind(db, "obituary")

    rows = source_rows(db)
    for name, (_, says) in REFUSED.items():
        assert rows[name].last_error and says in rows[name].last_error, (name, rows[name].last_error)
        assert items_of(db, name) == [], f"{name}: nothing may be stored from a refused document"
    for name in [*READ, "good", "ten_megabytes"]:
        assert rows[name].last_error is None, (name, rows[name].last_error)
        assert items_of(db, name), f"{name}: its usable entries were lost"
    assert all("lol" not in i.text.lower() and "root:" not in i.text for i in items_of(db, "bomb_xxe"))

    [huge] = [i for i in items_of(db, "ten_megabytes") if i.item_id == "huge-1"]
    assert len(huge.text) < TEN_MB and "alert(1)" not in huge.text  # cut, scripts dropped
    with session_scope(db) as s:
        stored = list(s.scalars(sa.select(FeedItemRow)))
    for item in stored:
        assert html_problems(item.html) == [], (item.item_id, item.html[:500])
        assert text_problems(item.title) == [], item.title
        assert "<script" not in item.text.lower()
        assert not (item.link or "").lower().startswith(("javascript:", "data:", "vbscript:"))

    draft_ids = match_and_draft(db, new_ids, advisers=ADVISERS)
    expected = {**MILLER.expected, **KOWALSKI.expected}
    approve_all(db, draft_ids)
    deliver_approved(db, draft_ids, sg, advisers=ADVISERS, policy=FAST)
    for d in drafts(db):
        assert html_problems(d["body_html"]) == [] and text_problems(d["body_text"]) == []
    for message in double.messages():
        text, html = (c["value"] for c in message["body"]["content"])
        assert html_problems(html) == [] and text_problems(text) == []
        assert text_problems(message["body"]["subject"]) == []
    assert len(sent_draft_ids(double)) == len(expected)
    assert_invariants(db, double, served=[("good", MILLER.guid), ("ten_megabytes", KOWALSKI.guid)],
                      expected_drafts=expected)


FEEDPARSER_CASES = sorted(p.relative_to(FEEDPARSER).as_posix()
                          for p in FEEDPARSER.rglob("*") if p.suffix in (".xml", ".json", ".rdf", ".atom"))


def test_feedparser_project_cases_as_sources_never_stop_the_run(db, httpserver):
    """Every ill-formed, encoding and sanitiser case of the feedparser project's own suite, served as a
    source: each is stored or refused with a reason on its row, and no case stops the others."""
    assert len(FEEDPARSER_CASES) >= 40
    urls = {f"fp{n:03d}": serve(httpserver, f"fp{n:03d}", (FEEDPARSER / case).read_bytes(), "application/xml")
            for n, case in enumerate(FEEDPARSER_CASES)}
    urls["good"] = serve(httpserver, "good", rss([MILLER]))
    prepare(db, urls, kind="news")
    ingest_kind(db, "news")
    rows = source_rows(db)
    assert all(r.last_fetched_at is not None for r in rows.values()), "a source was never reached"
    assert items_of(db, "good")
    read = [n for n, r in rows.items() if r.last_error is None]
    refused = {n: r.last_error for n, r in rows.items() if r.last_error is not None}
    assert len(read) > len(refused)  # most cases are usable; the rest say why not
    for name, error in refused.items():
        assert error.startswith(("not a usable feed: ", "fetch failed: ")), (name, error)
    with session_scope(db) as s:
        for item in s.scalars(sa.select(FeedItemRow)):
            assert html_problems(item.html) == [], (item.item_id, item.html[:300])
            assert "<script" not in item.text.lower()

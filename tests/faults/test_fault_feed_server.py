"""Feed servers down, slow, or returning garbage mid-run, through the whole pipeline.

Several sources are fetched by ``ingest_kind`` over real HTTP (pytest-httpserver); each answers a
scripted sequence, one answer per scheduled run. After each run: the failing source has a clear error
on its row, its earlier items and its ETag are kept, the other sources proceed; at the end the stored
items are matched, approved and delivered and the four invariants hold (tests/faults/harness.py).
"""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from outreach.pipeline import deliver_approved, ingest_kind, match_and_draft
from outreach.store.db import dispose_engines, session_scope
from outreach.store.models import FeedItemRow, FeedSourceRow
from tests.faults.harness import (
    ADVISERS,
    API_KEY,
    BRANDT,
    FAST,
    KOWALSKI,
    MILLER,
    OBITUARIES,
    RSS_TYPE,
    approve_all,
    assert_invariants,
    fast_http,
    prepare,
    rss,
    sent_draft_ids,
    stored_items,
)

TIMEOUT_S = 2.0
GARBAGE = {
    "binary_noise": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd garbage \x00", "application/rss+xml"),
    "maintenance_html": (b"<!doctype html><html><body><h1>Down for maintenance</h1></body></html>", "text/html"),
    "cut_before_the_first_entry_ends": (rss([MILLER, KOWALSKI])[:220], RSS_TYPE),
    "json_error_page": (b'{"error": "upstream timeout", "status": 504', "application/json"),
    "empty_200": (b"", RSS_TYPE),
}


@pytest.fixture
def db(database_url, monkeypatch):
    fast_http(monkeypatch, timeout_s=TIMEOUT_S)
    yield database_url
    dispose_engines()


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


def _own_server():
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def other_server():
    """A server of its own that a test may stop (down) and start again."""
    yield from _own_server()


@pytest.fixture
def slow_server():
    """A threaded server of its own: a sleeping handler must not block the shared httpserver for later tests."""
    yield from _own_server()


class Script:
    """A feed endpoint answering its n-th request with answers[n] (the last one repeats)."""

    def __init__(self, *answers) -> None:
        self.answers = answers
        self.requests: list[Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        with self._lock:
            self.requests.append(request)
            answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        return answer if isinstance(answer, Response) else answer(request)


def feed(*obits, etag: str) -> Response:
    return Response(rss(obits), content_type=RSS_TYPE, headers={"ETag": etag})


def conditional(*obits, etag: str):
    """A well-behaved server: 304 when the client already has ``etag``."""
    def answer(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return feed(*obits, etag=etag)
    return answer


def sources(db_url: str) -> dict[str, FeedSourceRow]:
    with session_scope(db_url) as s:
        return {r.name: r for r in s.scalars(sa.select(FeedSourceRow))}


def finish(db_url: str, sg) -> list[int]:
    with session_scope(db_url) as s:
        item_ids = list(s.scalars(sa.select(FeedItemRow.id).order_by(FeedItemRow.id)))
    draft_ids = match_and_draft(db_url, item_ids, advisers=ADVISERS)
    approve_all(db_url, draft_ids)
    deliver_approved(db_url, draft_ids, sg, advisers=ADVISERS, policy=FAST)
    return draft_ids


def test_garbage_mid_run_down_and_slow_sources_lose_nothing(db, httpserver, other_server, slow_server, double, sg):
    """Run 1: all good. Run 2: a serves garbage with a new ETag, b's server is down, c adds an entry.
    Run 3: a is asked with its old ETag (kept) and answers 304, b is back, c is too slow."""
    a = Script(feed(MILLER, etag='"a-1"'),
               Response(b"\x00\xffnot a feed\x00", content_type=RSS_TYPE, headers={"ETag": '"a-garbage"'}),
               conditional(MILLER, etag='"a-1"'))
    c = Script(feed(BRANDT, etag='"c-1"'), feed(BRANDT, KOWALSKI, etag='"c-2"'),
               lambda request: (time.sleep(TIMEOUT_S * 2), feed(BRANDT, KOWALSKI, etag='"c-2"'))[1])
    b_body = feed(BRANDT, etag='"b-1"')  # b republishes Brandt's obituary (a second funeral home)
    httpserver.expect_request("/a.rss").respond_with_handler(a)
    slow_server.expect_request("/c.rss").respond_with_handler(c)
    other_server.expect_request("/b.rss").respond_with_data(b_body.get_data(), content_type=RSS_TYPE)
    prepare(db, {"a": httpserver.url_for("/a.rss"), "b": other_server.url_for("/b.rss"),
                 "c": slow_server.url_for("/c.rss")})
    b_url = other_server.url_for("/b.rss")

    run1 = ingest_kind(db, "obituary")
    assert len(run1) == 3 and sources(db)["a"].etag == '"a-1"'

    other_server.stop()  # b goes down between runs
    run2 = ingest_kind(db, "obituary")
    assert len(run2) == 1  # Kowalski, from c
    rows = sources(db)
    assert rows["a"].etag == '"a-1"' and rows["a"].last_error.startswith("not a usable feed: ")
    assert rows["b"].last_error.startswith("fetch failed: ") and b_url in rows["b"].last_error
    assert rows["c"].last_error is None and rows["c"].etag == '"c-2"'

    other_server.start()  # b back up (same port)
    other_server.expect_request("/b.rss").respond_with_data(b_body.get_data(), content_type=RSS_TYPE)
    assert ingest_kind(db, "obituary") == []  # nothing new anywhere
    rows = sources(db)
    assert a.requests[-1].headers.get("If-None-Match") == '"a-1"'  # the ETag survived the garbage
    assert rows["a"].last_error is None and rows["a"].last_status == 304
    assert rows["b"].last_error is None
    assert "timeout" in rows["c"].last_error and rows["c"].etag == '"c-2"'

    assert stored_items(db) == {("a", MILLER.guid): 1, ("b", BRANDT.guid): 1, ("c", BRANDT.guid): 1,
                                ("c", KOWALSKI.guid): 1}
    finish(db, sg)
    expected = {k: v for o in OBITUARIES for k, v in o.expected.items()}
    assert len(sent_draft_ids(double)) == len(expected)  # Brandt in two feeds: one message
    assert_invariants(db, double, served=[("a", MILLER.guid), ("b", BRANDT.guid), ("c", KOWALSKI.guid)],
                      expected_drafts=expected)


@pytest.mark.parametrize("garbage", sorted(GARBAGE))
def test_garbage_on_the_next_fetch_keeps_items_and_etag(db, httpserver, double, garbage):
    body, content_type = GARBAGE[garbage]
    a = Script(feed(MILLER, etag='"a-1"'),
               Response(body, content_type=content_type, headers={"ETag": '"a-junk"'}),
               conditional(MILLER, KOWALSKI, etag='"a-2"'))
    httpserver.expect_request("/a.rss").respond_with_handler(a)
    httpserver.expect_request("/other.rss").respond_with_handler(
        Script(feed(BRANDT, etag='"o-1"'), feed(BRANDT, etag='"o-1"'), feed(BRANDT, etag='"o-1"')))
    prepare(db, {"a": httpserver.url_for("/a.rss"), "other": httpserver.url_for("/other.rss")})

    assert len(ingest_kind(db, "obituary")) == 2
    assert ingest_kind(db, "obituary") == []
    row = sources(db)["a"]
    assert row.etag == '"a-1"' and row.last_error.startswith("not a usable feed: ")
    assert row.last_status == 200 and sources(db)["other"].last_error is None
    assert set(stored_items(db)) == {("a", MILLER.guid), ("other", BRANDT.guid)}

    assert len(ingest_kind(db, "obituary")) == 1  # the fixed feed: Kowalski is new, Miller is not repeated
    assert a.requests[-1].headers.get("If-None-Match") == '"a-1"'
    assert sources(db)["a"].last_error is None and sources(db)["a"].etag == '"a-2"'
    assert stored_items(db) == {("a", MILLER.guid): 1, ("a", KOWALSKI.guid): 1, ("other", BRANDT.guid): 1}


def test_truncated_document_with_the_full_versions_etag_does_not_hide_the_rest(db, httpserver, double, sg):
    """A proxy hands on a cut-off copy under the complete version's ETag. The entries before the cut are
    stored, but the ETag must not be: the next conditional GET would get a 304 and the entries after
    the cut would never be seen."""
    full = rss([MILLER, KOWALSKI, BRANDT])
    cut = full[: full.index(b"survived by his daughter")]  # inside Brandt's description, after his guid
    a = Script(Response(cut, content_type=RSS_TYPE, headers={"ETag": '"v2"'}),
               conditional(MILLER, KOWALSKI, BRANDT, etag='"v2"'))
    httpserver.expect_request("/a.rss").respond_with_handler(a)
    prepare(db, {"a": httpserver.url_for("/a.rss")})

    first = ingest_kind(db, "obituary")
    assert len(first) == 2  # Miller and Kowalski, complete before the cut; Brandt's text was cut off
    assert (("a", BRANDT.guid) not in stored_items(db))
    assert sources(db)["a"].etag is None
    second = ingest_kind(db, "obituary")
    assert a.requests[-1].headers.get("If-None-Match") is None
    assert len(second) == 1  # Brandt
    finish(db, sg)
    assert_invariants(db, double, served=[("a", o.guid) for o in OBITUARIES],
                      expected_drafts={k: v for o in OBITUARIES for k, v in o.expected.items()})

"""Feed ingestion over real HTTP (pytest-httpserver) into a real store (SQLite file and PostgreSQL).

Fixture feeds are the project's own (tests/fixtures/feeds/own, fictitious people).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Response

from outreach.config import Settings
from outreach.feeds.parse import parse_feed
from outreach.ingest import fetch_sources
from outreach.store.db import dispose_engines, session_factory, upgrade
from outreach.store.feeds import add_feed_source, load_items
from outreach.store.models import FeedItemRow, FeedSourceRow

OWN = Path(__file__).parent / "fixtures" / "feeds" / "own"
OBITS = (OWN / "obituaries_funeral_home.rss").read_bytes()
NO_GUID = (OWN / "entries_without_guid.rss").read_bytes()
NEWS = (OWN / "news_local.rss").read_bytes()
RSS = "application/rss+xml"


@pytest.fixture
def factory(database_url):
    upgrade(database_url)
    yield session_factory(database_url)
    dispose_engines()


@pytest.fixture
def settings(tmp_path) -> Settings:
    # One attempt and a short timeout: the failure tests are about reporting, not about retrying.
    return Settings(home=tmp_path, http_timeout_s=0.5, http_attempts=1, http_backoff_s=0.01)


@pytest.fixture
def slow_server():
    """A server of its own for the timeout case, threaded, so a sleeping handler blocks no other test."""
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def add_sources(factory, **sources: tuple[str, str]) -> None:
    with factory() as session:
        for name, (url, kind) in sources.items():
            add_feed_source(session, name, url, kind)
        session.commit()


def source_row(factory, name: str) -> FeedSourceRow:
    with factory() as session:
        return session.scalars(sa.select(FeedSourceRow).where(FeedSourceRow.name == name)).one()


def item_count(factory, name: str | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(FeedItemRow)
    if name:
        query = query.join(FeedSourceRow).where(FeedSourceRow.name == name)
    with factory() as session:
        return session.scalar(query)


def test_fetch_twice_stores_nothing_new_with_304(factory, settings, httpserver):
    httpserver.expect_ordered_request("/obits.rss").respond_with_data(
        OBITS, content_type=RSS, headers={"ETag": '"v1"', "Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT"})
    httpserver.expect_ordered_request("/obits.rss", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304)
    add_sources(factory, obits=(httpserver.url_for("/obits.rss"), "obituary"))

    (first,) = fetch_sources(factory, settings=settings)
    assert (first.status, len(first.new_item_ids), first.error) == ("ok", 3, None)
    row = source_row(factory, "obits")
    assert (row.etag, row.last_modified, row.last_status) == ('"v1"', "Tue, 24 Nov 2026 10:00:00 GMT", 200)

    (second,) = fetch_sources(factory, settings=settings)
    assert (second.status, second.new_item_ids) == ("not_modified", [])
    httpserver.check_assertions()
    assert item_count(factory) == 3
    assert source_row(factory, "obits").last_status == 304


def test_refetch_without_validators_stores_nothing_new(factory, settings, httpserver):
    httpserver.expect_request("/obits.rss").respond_with_data(OBITS, content_type=RSS)
    add_sources(factory, obits=(httpserver.url_for("/obits.rss"), "obituary"))
    assert len(fetch_sources(factory, settings=settings)[0].new_item_ids) == 3
    (again,) = fetch_sources(factory, settings=settings)
    assert (again.status, again.new_item_ids) == ("ok", [])
    assert item_count(factory) == 3


def test_entries_without_guid_are_keyed_by_fingerprint(factory, settings, httpserver):
    httpserver.expect_request("/noguid.rss").respond_with_data(NO_GUID, content_type=RSS)
    add_sources(factory, noguid=(httpserver.url_for("/noguid.rss"), "obituary"))
    (report,) = fetch_sources(factory, settings=settings)
    with factory() as session:
        ids = session.scalars(sa.select(FeedItemRow.item_id)).all()
    assert len(report.new_item_ids) == len(ids) == 2  # the file repeats one entry verbatim
    assert all(i.startswith("sha256:") for i in ids)
    assert fetch_sources(factory, settings=settings)[0].new_item_ids == []


def test_new_item_ids_load_the_stored_items(factory, settings, httpserver):
    httpserver.expect_request("/news.rss").respond_with_data(NEWS, content_type=RSS)
    add_sources(factory, news=(httpserver.url_for("/news.rss"), "news"))
    (report,) = fetch_sources(factory, settings=settings)
    with factory() as session:
        items = load_items(session, report.new_item_ids)
    assert len(items) == 3 and {i.source for i in items} == {"news"} and {i.kind for i in items} == {"news"}
    assert all(i.title and i.published is not None for i in items)


def test_failing_sources_are_reported_and_the_others_go_on(factory, settings, httpserver, slow_server, tmp_path,
                                                            caplog):
    def too_slow(_request):
        time.sleep(settings.http_timeout_s * 3)
        return Response(OBITS, content_type=RSS)

    httpserver.expect_request("/obits.rss").respond_with_data(OBITS, content_type=RSS)
    httpserver.expect_request("/gone").respond_with_data("no such feed", status=404)
    httpserver.expect_request("/broken").respond_with_data("oops", status=500)
    slow_server.expect_request("/slow").respond_with_handler(too_slow)
    httpserver.expect_request("/page.html").respond_with_data(
        (OWN / "not_a_feed.html").read_bytes(), content_type="text/html")
    add_sources(
        factory,
        a_missing=(httpserver.url_for("/gone"), "obituary"),
        b_broken=(httpserver.url_for("/broken"), "obituary"),
        d_html=(httpserver.url_for("/page.html"), "news"),
        e_no_file=(str(tmp_path / "nowhere.rss"), "obituary"),
        c_slow=(slow_server.url_for("/slow"), "obituary"),
        z_good=(httpserver.url_for("/obits.rss"), "obituary"),
    )
    with caplog.at_level(logging.ERROR, logger="outreach.ingest"):
        reports = {r.name: r for r in fetch_sources(factory, settings=settings)}

    assert reports["z_good"].status == "ok" and len(reports["z_good"].new_item_ids) == 3
    failed = {name: r.error for name, r in reports.items() if r.status == "error"}
    assert set(failed) == {"a_missing", "b_broken", "c_slow", "d_html", "e_no_file"}
    assert "HTTP 404" in failed["a_missing"] and "HTTP 500" in failed["b_broken"]
    assert "timeout" in failed["c_slow"]
    assert failed["d_html"].startswith("not a usable feed: ") and "not a feed" in failed["d_html"]
    assert "file not found" in failed["e_no_file"]
    for name, error in failed.items():
        row = source_row(factory, name)
        assert row.last_error == error and row.last_fetched_at is not None
        assert any(name in rec.getMessage() for rec in caplog.records), f"no error logged for {name}"
    assert source_row(factory, "b_broken").last_status == 500
    assert item_count(factory) == 3


def test_not_found_is_recorded_with_its_status(factory, settings, httpserver):
    httpserver.expect_request("/gone").respond_with_data("no such feed", status=404)
    add_sources(factory, gone=(httpserver.url_for("/gone"), "obituary"))
    (report,) = fetch_sources(factory, settings=settings)
    assert report.status == "error" and "HTTP 404" in report.error
    assert source_row(factory, "gone").last_status == 404


def test_a_failure_loses_nothing_stored_and_keeps_the_validators(factory, settings, httpserver):
    httpserver.expect_ordered_request("/obits.rss").respond_with_data(OBITS, content_type=RSS, headers={"ETag": '"v1"'})
    httpserver.expect_ordered_request("/obits.rss").respond_with_data("down for maintenance", status=503)
    httpserver.expect_ordered_request("/obits.rss", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    add_sources(factory, obits=(httpserver.url_for("/obits.rss"), "obituary"))

    assert fetch_sources(factory, settings=settings)[0].status == "ok"
    (failed,) = fetch_sources(factory, settings=settings)
    assert failed.status == "error" and "HTTP 503" in failed.error
    row = source_row(factory, "obits")
    assert (row.etag, row.last_status) == ('"v1"', 503) and "HTTP 503" in row.last_error
    assert item_count(factory, "obits") == 3

    (recovered,) = fetch_sources(factory, settings=settings)
    assert recovered.status == "not_modified" and source_row(factory, "obits").last_error is None
    httpserver.check_assertions()


def test_an_unusable_document_does_not_advance_the_validators(factory, settings, httpserver):
    """A 200 that cannot be parsed must not store its ETag, or the next fetch would be a 304 hiding items."""
    httpserver.expect_ordered_request("/feed").respond_with_data(b"<html>maintenance</html>", content_type="text/html",
                                                                 headers={"ETag": '"broken"'})
    httpserver.expect_ordered_request("/feed").respond_with_data(OBITS, content_type=RSS, headers={"ETag": '"v2"'})
    add_sources(factory, obits=(httpserver.url_for("/feed"), "obituary"))
    assert fetch_sources(factory, settings=settings)[0].status == "error"
    assert source_row(factory, "obits").etag is None
    assert len(fetch_sources(factory, settings=settings)[0].new_item_ids) == 3
    httpserver.check_assertions()


def test_only_the_named_sources_are_fetched(factory, settings, httpserver):
    httpserver.expect_request("/obits.rss").respond_with_data(OBITS, content_type=RSS)
    httpserver.expect_request("/news.rss").respond_with_data(NEWS, content_type=RSS)
    add_sources(factory, obits=(httpserver.url_for("/obits.rss"), "obituary"),
                news=(httpserver.url_for("/news.rss"), "news"))
    reports = fetch_sources(factory, names=["news", "nope"], settings=settings)
    assert [(r.name, r.status) for r in reports] == [("nope", "unknown_source"), ("news", "ok")]
    assert reports[0].error == "no feed source named 'nope'"
    assert item_count(factory, "obits") == 0


def test_disabled_sources_are_skipped(factory, settings, httpserver):
    httpserver.expect_request("/obits.rss").respond_with_data(OBITS, content_type=RSS)
    with factory() as session:
        add_feed_source(session, "off", httpserver.url_for("/obits.rss"), "obituary", enabled=False)
        session.commit()
    assert fetch_sources(factory, settings=settings) == []
    assert [r.status for r in fetch_sources(factory, names=["off"], settings=settings)] == ["disabled"]
    assert item_count(factory) == 0


def test_file_sources_are_fetched_from_disk(factory, settings, tmp_path):
    feed = tmp_path / "obits.rss"
    feed.write_bytes(OBITS)
    add_sources(factory, local=(str(feed), "obituary"))
    assert len(fetch_sources(factory, settings=settings)[0].new_item_ids) == 3
    assert fetch_sources(factory, settings=settings)[0].status == "not_modified"  # file ETag: size + mtime


def test_url_argument_opens_its_own_sessions(database_url, settings, httpserver):
    upgrade(database_url)
    httpserver.expect_request("/obits.rss").respond_with_data(OBITS, content_type=RSS)
    with session_factory(database_url)() as session:
        add_feed_source(session, "obits", httpserver.url_for("/obits.rss"), "obituary")
        session.commit()
    assert len(fetch_sources(database_url, settings=settings)[0].new_item_ids) == 3
    dispose_engines()


def test_weather_alerts_are_stored_with_their_cap_fields(factory, settings, httpserver):
    body = (OWN / "nws_atom_tornado_chain.xml").read_bytes()
    httpserver.expect_request("/alerts").respond_with_data(body, content_type="application/atom+xml")
    add_sources(factory, nws=(httpserver.url_for("/alerts"), "weather"))
    (report,) = fetch_sources(factory, settings=settings)
    parsed = parse_feed(body, source="nws", source_kind="weather", content_type="application/atom+xml")
    with factory() as session:
        stored = load_items(session, report.new_item_ids)
    assert stored == parsed.items  # every CAP field (SAME, UGC, polygons, VTEC, references) survives the store
    assert all(i.alert is not None for i in stored)


def test_overlong_validators_are_not_stored(factory, settings, httpserver):
    """A hostile or broken server's headers must not make the source fail (PostgreSQL enforces lengths)."""
    httpserver.expect_request("/obits.rss").respond_with_data(
        OBITS, content_type=RSS, headers={"Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT" + " " * 200 + "x",
                                          "ETag": '"' + "e" * 5000 + '"'})
    add_sources(factory, obits=(httpserver.url_for("/obits.rss"), "obituary"))
    (report,) = fetch_sources(factory, settings=settings)
    assert report.status == "ok" and len(report.new_item_ids) == 3
    row = source_row(factory, "obits")
    assert (row.etag, row.last_modified, row.last_error) == (None, None, None)

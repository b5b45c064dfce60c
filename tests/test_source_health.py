"""Source health: fetches over real HTTP (pytest-httpserver) into a real store (SQLite file and PostgreSQL)
record each source's last success, last new item and failures in a row; a source that keeps failing or stays
silent longer than expected is unhealthy, and a quiet weather feed is not. A dead obituary feed must never look
like a quiet day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer

from outreach.config import Settings
from outreach.ingest import fetch_sources
from outreach.source_health import SourceHealthError, attention_line, check_sources, raise_if_unhealthy
from outreach.store.db import dispose_engines, session_factory, upgrade
from outreach.store.feeds import add_feed_source
from outreach.store.models import FeedSourceRow, utcnow

OWN = Path(__file__).parent / "fixtures" / "feeds" / "own"
OBITS = (OWN / "obituaries_funeral_home.rss").read_bytes()
NO_ALERTS = b'{"type": "FeatureCollection", "features": [], "title": "Current watches, warnings, and advisories"}'
DAY = timedelta(days=1)


@pytest.fixture
def db(database_url):
    upgrade(database_url)
    yield database_url
    dispose_engines()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path, http_timeout_s=0.5, http_attempts=1, http_backoff_s=0.01)


def add(db: str, name: str, url: str, kind: str, **kw) -> None:
    with session_factory(db)() as s:
        add_feed_source(s, name, url, kind, **kw)
        s.commit()


def row(db: str, name: str) -> FeedSourceRow:
    with session_factory(db)() as s:
        r = s.scalar(sa.select(FeedSourceRow).where(FeedSourceRow.name == name))
        s.expunge(r)
        return r


def health(db: str, *, after: timedelta = timedelta(0)) -> dict[str, tuple[str, ...]]:
    with session_factory(db)() as s:
        return {h.name: h.reasons for h in check_sources(s, now=utcnow() + after, failure_limit=3)}


def test_a_fetch_records_success_new_items_and_resets_failures(db, settings, httpserver: HTTPServer):
    httpserver.expect_request("/obits").respond_with_data(OBITS, content_type="application/rss+xml")
    add(db, "obits", httpserver.url_for("/obits"), "obituary")
    fetch_sources(db, settings=settings)
    first = row(db, "obits")
    assert first.last_success_at and first.last_new_item_at == first.last_success_at
    assert first.consecutive_failures == 0
    fetch_sources(db, settings=settings)  # the same entries again: a success, nothing new
    second = row(db, "obits")
    assert second.last_success_at > first.last_success_at and second.last_new_item_at == first.last_new_item_at
    assert health(db) == {"obits": ()}


def test_a_source_that_keeps_failing_is_unhealthy_and_named_with_its_error(db, settings, httpserver: HTTPServer):
    httpserver.expect_request("/obits").respond_with_data("down", status=503)
    add(db, "obits", httpserver.url_for("/obits"), "obituary")
    for _ in range(2):
        fetch_sources(db, settings=settings)
    assert health(db) == {"obits": ()}  # two failures: not yet
    fetch_sources(db, settings=settings)
    assert row(db, "obits").consecutive_failures == 3
    assert health(db) == {"obits": ("3 fetches in a row failed",)}
    with pytest.raises(SourceHealthError) as info:
        raise_if_unhealthy(db)
    assert "obits (3 fetches in a row failed) [last error: fetch failed:" in str(info.value)
    assert "HTTP 503" in str(info.value)


def test_a_dead_obituary_feed_is_not_a_quiet_day(db, settings, httpserver: HTTPServer):
    """The feed answers 200 with the same entries every day: fetches succeed, and nothing new comes."""
    httpserver.expect_request("/obits").respond_with_data(OBITS, content_type="application/rss+xml")
    add(db, "obits", httpserver.url_for("/obits"), "obituary")
    fetch_sources(db, settings=settings)
    fetch_sources(db, settings=settings)
    assert health(db, after=DAY) == {"obits": ()}
    with session_factory(db)() as s:  # it went on answering with the same entries for three days
        s.execute(sa.update(FeedSourceRow).values(last_success_at=utcnow() + 3 * DAY))
        s.commit()
    [reason] = health(db, after=3 * DAY)["obits"]
    assert reason == "no new item for 3 days (expected one every 2 days)"


def test_expected_interval_is_a_setting_of_the_source(db, settings, httpserver: HTTPServer):
    httpserver.expect_request("/obits").respond_with_data(OBITS, content_type="application/rss+xml")
    add(db, "weekly", httpserver.url_for("/obits"), "news", expected_interval_hours=24 * 8)
    fetch_sources(db, settings=settings)
    with session_factory(db)() as s:  # a later fetch succeeds: only the new-item clock runs
        s.execute(sa.update(FeedSourceRow).values(last_success_at=utcnow() + 5 * DAY))
        s.commit()
    assert health(db, after=5 * DAY) == {"weekly": ()}
    assert health(db, after=9 * DAY)["weekly"][-1].startswith("no new item for 9 days")


def test_a_quiet_weather_feed_is_healthy_but_a_failing_one_is_not(db, settings, httpserver: HTTPServer):
    httpserver.expect_request("/quiet").respond_with_data(NO_ALERTS, content_type="application/geo+json")
    httpserver.expect_request("/broken").respond_with_data("no", status=500)
    add(db, "nws-quiet", httpserver.url_for("/quiet"), "weather")
    add(db, "nws-broken", httpserver.url_for("/broken"), "weather")
    for _ in range(3):
        fetch_sources(db, settings=settings)
    assert row(db, "nws-quiet").last_new_item_at is None
    assert health(db, after=10 * DAY)["nws-quiet"] == ("no successful fetch for 10 days",)  # stopped fetching
    assert health(db) == {"nws-quiet": (), "nws-broken": ("3 fetches in a row failed",)}


def test_a_source_never_fetched_raises_the_alarm_once_its_interval_is_over(db):
    add(db, "obits", "https://obits.example/rss", "obituary")
    assert health(db, after=DAY) == {"obits": ()}
    assert health(db, after=3 * DAY)["obits"] == (
        "never fetched successfully in the 3 days since it was added",
        "no item at all in the 3 days since it was added (expected one every 2 days)")


def test_disabled_sources_are_not_checked_and_the_digest_line(db):
    add(db, "old", "https://old.example/rss", "obituary", enabled=False)
    add(db, "obits", "https://obits.example/rss", "obituary")
    with session_factory(db)() as s:
        unhealthy = [h for h in check_sources(s, now=utcnow() + 3 * DAY, failure_limit=3) if not h.healthy]
    assert [h.name for h in unhealthy] == ["obits"]
    assert attention_line(unhealthy).startswith("Feed sources needing attention: obits (never fetched successfully")
    assert attention_line([]) == ""

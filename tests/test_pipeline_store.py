"""store_matches stores set-wise with the guarantees it had row by row: one match per (client, outreach_key)
within a batch, across runs and against a concurrent run; deaths first; and match_and_draft gives the same
drafts with the roster index cache on as with it off, deaths between runs included."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from outreach import pipeline
from outreach import roster_cache as pipeline_cache
from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.match.model import Match
from outreach.pipeline import match_and_draft, store_matches
from outreach.store.clients import upsert_clients
from outreach.store.db import dispose_engines, session_scope, upgrade
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.models import ClientRow, DraftRow, EventRow, FeedItemRow, FeedSourceRow, MatchRow
from tests.test_pipeline import ADVISERS, ROSTER, count, drafts_by_client, obit, setup

NEWS = FeedItem(source="news", item_id="news-1", kind="news", title="Eau Claire man wins award",
                text="Robert Miller of Eau Claire received the Volunteer of the Year award on Friday.",
                published=datetime(2026, 6, 1, tzinfo=UTC))


@pytest.fixture
def db(database_url):
    yield database_url
    dispose_engines()


def item_rows(db_url: str, ids: list[int]) -> tuple:
    with session_scope(db_url) as s:
        rows = list(s.scalars(sa.select(FeedItemRow).where(FeedItemRow.id.in_(ids))))
        for r in rows:
            r.source  # noqa: B018 - loaded while the session is open
        return rows


def snapshot(db_url: str) -> list[tuple]:
    """Every stored match and draft, by content (ids aside)."""
    with session_scope(db_url) as s:
        return sorted(s.execute(sa.select(MatchRow.client_id, MatchRow.role, MatchRow.outreach_key, MatchRow.score,
                                          DraftRow.template, DraftRow.status, DraftRow.subject, DraftRow.body_text,
                                          DraftRow.to_email)
                                .outerjoin(DraftRow, DraftRow.match_id == MatchRow.id)))


def survivor(client_id: str, outreach_key: str, score: float = 0.9) -> Match:
    return Match(client_id, "obit-miller", "bereavement", "survivor", score, "his daughter Susan Halvorsen",
                 {"deceased_name": "Robert James Miller", "relation": "daughter", "event_key": "obit:1",
                  "outreach_key": outreach_key})


def test_the_same_outreach_twice_in_one_batch_is_stored_once(db):
    ids = setup(db)
    rows = item_rows(db, ids)
    with session_scope(db) as s:
        created = store_matches(s, [survivor("c-100", "k1", 0.9), survivor("c-100", "k1", 0.95),
                                    survivor("c-300", "k2")], rows, ADVISERS)
    assert len(created) == 2 and count(db, MatchRow) == 2 and count(db, EventRow) == 1
    with session_scope(db) as s:
        assert store_matches(s, [survivor("c-100", "k1")], rows, ADVISERS) == []
    assert count(db, MatchRow) == 2 and count(db, DraftRow) == 2


def test_a_match_stored_meanwhile_by_another_run_is_skipped_not_an_error(db, monkeypatch):
    ids = setup(db)
    rows = item_rows(db, ids)
    with session_scope(db) as s:
        store_matches(s, [survivor("c-100", "k1")], rows, ADVISERS)
    # As if the other run committed between this run's existence check and its insert.
    monkeypatch.setattr(pipeline, "_stored_outreach", lambda session, pairs: set())
    with session_scope(db) as s:
        created = store_matches(s, [survivor("c-100", "k1"), survivor("c-300", "k2")], rows, ADVISERS)
    assert len(created) == 1 and count(db, MatchRow) == 2 and count(db, DraftRow) == 2


def test_unknown_clients_and_items_are_skipped(db):
    ids = setup(db)
    rows = item_rows(db, ids)
    with session_scope(db) as s:
        created = store_matches(s, [survivor("nobody", "k1"),
                                    Match("c-100", "not-in-batch", "news", "subject", 0.9, "e"),
                                    survivor("c-100", "k3")], rows, ADVISERS)
    assert len(created) == 1 and count(db, MatchRow) == 1


def test_a_death_in_the_batch_flags_first_and_refuses_that_clients_condolence(db):
    ids = setup(db)
    rows = item_rows(db, ids)
    dead = Match("c-100", "obit-miller", "bereavement", "deceased_client", 0.9, "Deceased: Susan Halvorsen",
                 {"event_key": "obit:2", "outreach_key": "c-100|obit:2"})
    with session_scope(db) as s:  # the condolence comes first in the list; the death is stored first anyway
        created = store_matches(s, [survivor("c-100", "k1"), dead], rows, ADVISERS)
    drafts = drafts_by_client(db)
    assert [drafts["c-100"].template] == ["adviser_notice_deceased_client"] and len(created) == 1
    assert count(db, MatchRow) == 2  # the condolence's match is kept, with no draft
    with session_scope(db) as s:
        assert s.get(ClientRow, "c-100").deceased_at == obit().published


def _storm(n_expires_h: int = 3) -> FeedItem:
    sent = datetime.now(UTC) - timedelta(minutes=5)
    wa = WeatherAlert(identifier="urn:oid:storm-1", event="Winter Storm Warning", severity="Severe",
                      urgency="Expected", certainty="Likely", status="Actual", msg_type="Alert", sent=sent,
                      effective=sent, onset=sent, expires=sent + timedelta(hours=n_expires_h), ends=None,
                      area_desc="Eau Claire; Chippewa", headline="Winter Storm Warning", sender_name="NWS",
                      same=("055035", "055017"), ugc=("WIC035", "WIC017"),
                      vtec=(f"/O.NEW.KARX.WS.W.0007.{sent:%y%m%dT%H%MZ}-{sent + timedelta(hours=3):%y%m%dT%H%MZ}/",))
    return FeedItem(source="nws", item_id="storm-1", kind="weather", title=wa.headline, text="Heavy snow.",
                    link="https://api.weather.gov/alerts/storm-1", published=sent, alert=wa)


@pytest.mark.postgres
def test_two_concurrent_runs_over_the_same_items_store_everything_once(postgres_schema_url):
    db = postgres_schema_url
    upgrade(db)
    many = [c for c in ROSTER] + [
        type(ROSTER[0])(f"w-{n:04d}", "Pat", f"Storm{n}", city="Eau Claire", state="WI", county_fips="55035",
                        email=f"p{n}@example.com", advisor_email="jane.doe@lakeside.example") for n in range(1500)]
    with session_scope(db) as s:
        upsert_clients(s, many)
        obits, _ = add_feed_source(s, "obits", "https://obits.example/rss", "obituary")
        nws, _ = add_feed_source(s, "nws", "https://nws.example/atom", "weather")
        ids = store_items(s, obits, [obit()]) + store_items(s, nws, [_storm()])
    results: list[list[int]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(match_and_draft(db, ids, advisers=ADVISERS))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session_scope(db) as s:
        pairs = s.execute(sa.select(MatchRow.client_id, MatchRow.outreach_key)).all()
        drafts = s.scalar(sa.select(sa.func.count()).select_from(DraftRow))
    assert len(pairs) == len(set(pairs)) > 1500 and drafts == len(pairs)  # one draft per match (c-400: suppressed)
    # Whichever run lost a race still hands every pending draft of these items to review.
    assert sorted(results[0]) == sorted(results[1]) and len(results[0]) > 1500
    dispose_engines()


def _scenario(db_url: str) -> list[tuple]:
    """Three runs: an obituary that flags Robert Miller deceased, then news about him and a storm, then the
    same again. Returns what was stored."""
    ids = setup(db_url)
    timings: dict[str, float] = {}
    match_and_draft(db_url, ids, advisers=ADVISERS, timings=timings)
    assert {"index", "match", "store_drafts", "commit"} <= set(timings)
    with session_scope(db_url) as s:
        news, _ = add_feed_source(s, "news", "https://news.example/rss", "news")
        nws, _ = add_feed_source(s, "nws", "https://nws.example/atom", "weather")
        later = store_items(s, news, [NEWS]) + store_items(s, nws, [_storm()])
    match_and_draft(db_url, later, advisers=ADVISERS)
    match_and_draft(db_url, later, advisers=ADVISERS)
    return snapshot(db_url)


def _empty(db_url: str) -> None:
    with session_scope(db_url) as s:
        for table in (DraftRow, MatchRow, EventRow, FeedItemRow, FeedSourceRow, ClientRow):
            s.execute(sa.delete(table))


def test_match_and_draft_is_the_same_with_the_index_cache(db, tmp_path, monkeypatch):
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OUTREACH_INDEX_CACHE_MIN_CLIENTS", "0")
    monkeypatch.setenv("OUTREACH_INDEX_CACHE", "off")
    uncached = _scenario(db)
    assert not (tmp_path / "home" / "cache").exists()
    roles = {(row[0], row[1]) for row in uncached}
    assert ("c-200", "deceased_client") in roles and ("c-200", "subject") not in roles
    assert ("c-200", "in_area") not in roles and ("c-300", "in_area") in roles
    _empty(db)
    monkeypatch.setenv("OUTREACH_INDEX_CACHE", "on")
    reports: list[str] = []
    real = pipeline_cache.roster_index

    def spy(session, **kwargs):
        index = real(session, **kwargs)
        reports.append(kwargs["report"].source)
        return index

    monkeypatch.setattr(pipeline_cache, "roster_index", spy)
    assert _scenario(db) == uncached
    assert reports == ["built", "updated", "updated"]  # Robert Miller taken out of the cached index, no rebuild
    assert len(list((tmp_path / "home" / "cache").glob("roster-index-*.pickle"))) == 1

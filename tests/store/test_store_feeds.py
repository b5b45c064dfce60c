"""Feed sources and items: storing is idempotent per (source, item_id), and items read back unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.store.feeds import (
    add_feed_source,
    alert_from_json,
    alert_to_json,
    feed_item_from_row,
    list_feed_sources,
    load_items,
    store_items,
)
from outreach.store.models import FeedItemRow, FeedSourceRow

ALERT = WeatherAlert(
    identifier="urn:oid:2.49.0.1.840.0.test.001.1", event="Tornado Warning", severity="Extreme",
    urgency="Immediate", certainty="Observed", status="Actual", msg_type="Alert",
    sent=datetime(2026, 11, 19, 18, 6, tzinfo=UTC), effective=datetime(2026, 11, 19, 18, 6, tzinfo=UTC),
    onset=None, expires=datetime(2026, 11, 19, 19, 0, tzinfo=UTC), ends=None,
    area_desc="Mobile, AL", headline="Tornado Warning issued", sender_name="NWS Mobile AL",
    same=("001097",), ugc=("ALC097",),
    polygons=(((-88.1, 30.6), (-88.0, 30.6), (-88.0, 30.7), (-88.1, 30.6)),),
    vtec=("/O.NEW.KMOB.TO.W.0041.261119T1806Z-261119T1900Z/",), references=(),
)


def item(n: int, **kw) -> FeedItem:
    values = {"source": "s", "item_id": f"guid-{n}", "kind": "bereavement", "title": f"Obituary {n}",
              "text": "Text.", "fingerprint": f"{n:064x}", "published": datetime(2026, 11, n, 12, tzinfo=UTC)}
    return FeedItem(**{**values, **kw})


def test_add_feed_source_then_update_by_name(session):
    row, created = add_feed_source(session, "obits", "https://example.com/obits.rss", "obituary")
    assert created
    row.etag, row.last_modified = '"abc"', "Tue, 17 Nov 2026 10:00:00 GMT"
    session.commit()
    same, created = add_feed_source(session, "obits", "https://example.com/obits.rss", "obituary")
    assert not created and same.id == row.id and same.etag == '"abc"'
    moved, _ = add_feed_source(session, "obits", "https://example.org/new.rss", "obituary")
    assert moved.etag is None and moved.last_modified is None  # validators belonged to the old URL
    session.commit()
    assert [s.name for s in list_feed_sources(session)] == ["obits"]


def test_add_feed_source_rejects_unknown_kind(session):
    with pytest.raises(ValueError, match="unknown feed kind 'sports'"):
        add_feed_source(session, "x", "https://example.com/", "sports")


def test_list_feed_sources_filters(session):
    add_feed_source(session, "b", "https://example.com/b", "news")
    add_feed_source(session, "a", "https://example.com/a", "weather", enabled=False)
    assert [s.name for s in list_feed_sources(session)] == ["a", "b"]
    assert [s.name for s in list_feed_sources(session, enabled_only=True)] == ["b"]
    assert [s.name for s in list_feed_sources(session, ["a"])] == ["a"]


def test_store_items_twice_stores_nothing_new(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    first = store_items(session, source, [item(1), item(2)])
    session.commit()
    assert len(first) == 2
    assert store_items(session, source, [item(1), item(2)]) == []
    assert store_items(session, source, [item(2), item(3)]) != []
    session.commit()
    assert session.scalar(sa.select(sa.func.count()).select_from(FeedItemRow)) == 3


def test_same_guid_twice_in_one_document_is_stored_once(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    ids = store_items(session, source, [item(1), item(1, title="a later copy")])
    session.commit()
    assert len(ids) == 1
    assert session.get(FeedItemRow, ids[0]).title == "Obituary 1"


def test_same_guid_in_two_sources_is_two_items(session):
    a, _ = add_feed_source(session, "a", "https://example.com/a", "obituary")
    b, _ = add_feed_source(session, "b", "https://example.com/b", "obituary")
    assert len(store_items(session, a, [item(1)])) == 1
    assert len(store_items(session, b, [item(1)])) == 1


def test_item_without_guid_is_keyed_by_fingerprint(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    ids = store_items(session, source, [item(1, item_id="")])
    assert session.get(FeedItemRow, ids[0]).item_id == f"sha256:{1:064x}"
    assert store_items(session, source, [item(1, item_id="")]) == []


def test_item_without_guid_or_fingerprint_is_refused(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    with pytest.raises(ValueError, match="neither an id nor a fingerprint"):
        store_items(session, source, [item(1, item_id="", fingerprint="")])


def test_weather_item_reads_back_equal(session):
    source, _ = add_feed_source(session, "nws", "https://api.weather.gov/alerts/active", "weather")
    alert_item = item(4, kind="weather", alert=ALERT, html="<p>Take cover</p>", link="https://example.com/a",
                      extra={"vtec_office": "KMOB"})
    (row_id,) = store_items(session, source, [alert_item])
    session.commit()
    session.expire_all()
    assert load_items(session, [row_id]) == [alert_item.__class__(**{**alert_item.__dict__, "source": "nws"})]
    assert load_items(session, [row_id])[0].extra == {"vtec_office": "KMOB"}
    stored = session.get(FeedItemRow, row_id)
    assert stored.alert["sent"] == "2026-11-19T18:06:00+00:00"  # JSON keeps ISO strings


def test_timestamps_read_back_timezone_aware_utc(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    (row_id,) = store_items(session, source, [item(5)])
    session.commit()
    session.expire_all()
    row = session.get(FeedItemRow, row_id)
    assert row.published == datetime(2026, 11, 5, 12, tzinfo=UTC) and row.published.tzinfo is not None
    assert row.fetched_at.tzinfo is not None
    assert feed_item_from_row(row).published.utcoffset().total_seconds() == 0


def test_naive_datetime_is_refused(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    with pytest.raises(sa.exc.StatementError, match="naive datetime"):
        store_items(session, source, [item(6, published=datetime(2026, 11, 6, 12))])


def test_unique_key_holds_in_the_database_itself(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    store_items(session, source, [item(1)])
    session.commit()
    session.add(FeedItemRow(source_id=source.id, item_id="guid-1", kind="bereavement"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_source_kind_check_constraint(session):
    session.add(FeedSourceRow(name="x", url="https://example.com", kind="sports"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


_aware = st.one_of(st.none(), st.datetimes(timezones=st.just(UTC)))
_codes = st.lists(st.text(min_size=1, max_size=8), max_size=3).map(tuple)
_point = st.tuples(st.floats(-180, 180), st.floats(-90, 90))


@settings(max_examples=100, deadline=None)
@given(alert=st.builds(
    WeatherAlert, sent=_aware, effective=_aware, onset=_aware, expires=_aware, ends=_aware,
    same=_codes, ugc=_codes, vtec=_codes, references=_codes,
    polygons=st.lists(st.lists(_point, min_size=4, max_size=6).map(tuple), max_size=2).map(tuple)))
def test_alert_json_round_trip(alert):
    data = alert_to_json(alert)
    assert json.loads(json.dumps(data)) == data  # plain JSON, storable as is
    assert alert_from_json(data) == alert


def test_a_refused_entry_does_not_block_the_others(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    problems: list[str] = []
    ids = store_items(session, source, [item(1), item(2, item_id="", fingerprint=""), item(3, kind="sports"),
                                        item(4, published=datetime(2026, 11, 4))], problems)
    session.commit()
    assert len(ids) == 1 and session.get(FeedItemRow, ids[0]).item_id == "guid-1"
    assert problems == [
        "entry 2: not stored: feed item from 's' has neither an id nor a fingerprint",
        "entry 3: refused by the database (IntegrityError)" if session.get_bind().dialect.name == "sqlite"
        else "entry 3: refused by the database (CheckViolation)",
        "entry 4: refused by the database (ValueError)",
    ]


def test_nul_characters_are_removed(session):
    """PostgreSQL refuses NUL in text and JSON; feedparser lets it through from broken feeds."""
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    (row_id,) = store_items(session, source, [item(1, item_id="g\x001", title="A\x00B", extra={"k": "v\x00"})])
    session.commit()
    row = session.get(FeedItemRow, row_id)
    assert (row.item_id, row.title, row.extra) == ("g1", "AB", {"k": "v"})


def test_overlong_guid_is_keyed_by_its_hash(session):
    source, _ = add_feed_source(session, "obits", "https://example.com/o", "obituary")
    long_guid = "https://example.com/obituaries?" + "x" * 3000
    (row_id,) = store_items(session, source, [item(1, item_id=long_guid)])
    assert session.get(FeedItemRow, row_id).item_id.startswith("guid-sha256:")
    assert store_items(session, source, [item(1, item_id=long_guid)]) == []

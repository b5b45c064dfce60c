"""Checks of `make bench-pipeline` (bench/pipeline.py) at a tiny size: the batch it serves is the one it claims
(kinds, counts, the storm's ~2 % coverage, documents the product's parsers read back), and a whole run on
PostgreSQL yields the summary the README documents. Needs PostgreSQL: skipped without it locally, a failure
under CI=true (the `postgres_url` fixture of tests/conftest.py).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from bench import pipeline, synth
from outreach.feeds.parse import parse_feed
from tests.conftest import postgres_url  # noqa: F401 - the fixture: skip locally, fail under CI=true

N = 2_000
END = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def counties() -> dict[str, int]:
    return dict(Counter(c.county_fips for c in pipeline.bench_roster(N) if c.county_fips))


def test_roster_has_an_adviser_per_500_clients_and_keeps_synth_clients():
    roster = list(pipeline.bench_roster(N))
    assert len({c.advisor_email for c in roster}) == N // pipeline.CLIENTS_PER_ADVISER
    assert [c.client_id for c in roster[:50]] == [c.client_id for c in synth.roster(50)]


def test_storm_covers_about_two_percent_and_the_two_storms_do_not_overlap(counties):
    a = pipeline.storm_counties(counties, N, pipeline.STORM_CENTRES["A"], set())
    b = pipeline.storm_counties(counties, N, pipeline.STORM_CENTRES["B"], set(a))
    for chosen in (a, b):
        assert abs(sum(counties[f] for f in chosen) / N - pipeline.STORM_SHARE) < 0.005
    assert not set(a) & set(b)


def test_a_batch_is_the_issues_batch_inside_its_window(counties):
    storm = pipeline.storm_counties(counties, N, pipeline.STORM_CENTRES["B"], set())
    items = pipeline.batch_items("B", storm, END)
    assert Counter(i.kind for i in items) == {"bereavement": 300, "weather": 30, "news": 600}
    assert len({i.item_id for i in items}) == len(items)
    assert all(END - timedelta(minutes=15) <= i.published <= END for i in items)
    alerts = [i.alert for i in items if i.alert]
    assert all(a.expires is None or a.expires > END + timedelta(minutes=30) for a in alerts)  # still live
    assert sum(a.severity in ("Severe", "Extreme") and a.msg_type == "Alert" for a in alerts) >= 2
    other = pipeline.batch_items("A", storm, END)
    assert not {i.item_id for i in items} & {i.item_id for i in other}  # the next batch is new to the store


def test_served_documents_parse_back_into_the_same_items(counties):
    storm = pipeline.storm_counties(counties, N, pipeline.STORM_CENTRES["A"], set())
    items = pipeline.batch_items("A", storm, END, counts=(20, 8, 30))
    docs = pipeline.feed_documents(items, "http://127.0.0.1:1")
    by_kind = {"obituary": "bereavement", "weather": "weather", "news": "news"}
    for kind, name in pipeline.FEED_FILES.items():
        parsed = parse_feed(docs[name], source=f"bench-{kind}", source_kind=kind)
        want = {i.item_id: i for i in items if i.kind == by_kind[kind]}
        assert parsed.problems == [] and {i.item_id for i in parsed.items} == set(want)
        for got in parsed.items:
            assert got.title == want[got.item_id].title and got.published == want[got.item_id].published
            if kind == "weather":
                assert got.alert.same == want[got.item_id].alert.same
                # CAP's "sender,identifier,sent" triplets come back as the identifiers they reference
                assert list(got.alert.references) == [r.split(",")[1] for r in want[got.item_id].alert.references]
            else:  # the text the matcher reads: every paragraph, in order
                assert [p for p in got.text.split("\n") if p.strip()] == want[got.item_id].text.split("\n")


def test_summary_lines_end_with_the_largest_roster():
    lines = pipeline.summary_lines([{"clients": 1_000_000}, {"clients": 100_000}])
    assert [json.loads(line)["clients"] for line in lines] == [100_000, 1_000_000]


@pytest.mark.postgres
def test_a_tiny_run_on_postgresql_gives_the_documented_summary(postgres_url):  # noqa: F811
    result = pipeline.run_size(postgres_url, N, counts=(30, 6, 60), spawn=False, log=lambda s: None,
                               env={"OUTREACH_INDEX_CACHE_MIN_CLIENTS": "0"})
    assert {"clients", "seconds_to_review", "drafts", "required_actions", "peak_rss_mb"} <= set(result)
    assert result["clients"] == N and result["seconds_to_review"] > 0 and result["drafts"] > 0
    # One per bereavement or news draft, one per (storm, adviser): never more than the drafts.
    assert 0 < result["required_actions"] <= result["drafts"] and result["review_runs"] >= 1
    assert abs(result["storm"]["coverage"] - pipeline.STORM_SHARE) < 0.005
    assert 0 < result["storm"]["proposals"] <= result["storm"]["clients_in_area"]
    assert result["new_items"] == {"obituary": 30, "weather": 6, "news": 60}
    assert (result["cold"]["index_cache"], result["index_cache"]) in {("built", "hit"), ("built", "updated")}
    assert set(result["stages"]) == {"fetch_obituary", "fetch_weather", "fetch_news", "match_and_draft",
                                     "open_reviews"}

"""The DAG files parse in Airflow 3.3 and have the event-driven shape: fetch -> asset -> match -> review -> deliver."""

from __future__ import annotations

from datetime import timedelta

import pytest
from outreach_assets import EXTRA_KEY, KINDS, feed_asset, feed_item_ids
from outreach_review import ReviewOperator

from demo.run import ROOT


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dag_files_import_cleanly(dagbag):
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dag_ids) == ["outreach_archive", "outreach_fetch_news", "outreach_fetch_obituary",
                                      "outreach_fetch_weather", "outreach_match_and_draft", "outreach_reconcile",
                                      "outreach_source_health"]


def test_archive_dag_writes_each_complete_day_once_from_the_library(dagbag, tmp_path, monkeypatch):
    from outreach.store.db import dispose_engines, upgrade

    dag = dagbag.dags["outreach_archive"]
    assert dag.max_active_runs == 1 and [t.task_id for t in dag.tasks] == ["archive"]
    url = f"sqlite:///{tmp_path / 'o.sqlite'}"
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    monkeypatch.setenv("OUTREACH_ARCHIVE_DIR", str(tmp_path / "archive"))
    upgrade(url)
    assert dag.get_task("archive").python_callable() == {"days": 0, "messages": 0}  # nothing has left yet
    dispose_engines()


@pytest.mark.parametrize("kind", KINDS)
def test_fetch_dag_updates_its_kinds_asset_every_15_minutes(dagbag, kind):
    dag = dagbag.dags[f"outreach_fetch_{kind}"]
    (fetch,) = dag.tasks
    assert [o.uri for o in fetch.outlets] == [f"outreach://events/{kind}"]
    from airflow.sdk.definitions.timetables.trigger import DeltaTriggerTimetable

    assert dag.timetable == DeltaTriggerTimetable(timedelta(minutes=15))
    assert dag.catchup is False and dag.max_active_runs == 1


def test_match_dag_runs_on_any_of_the_three_assets(dagbag):
    dag = dagbag.dags["outreach_match_and_draft"]
    condition = dag.timetable.asset_condition
    assert type(condition).__name__ == "AssetAny"
    assert {a.uri for a in condition.objects} == {f"outreach://events/{k}" for k in KINDS}


def test_each_review_is_asked_then_delivered_in_its_own_mapped_group(dagbag):
    dag = dagbag.dags["outreach_match_and_draft"]
    ask, deliver = dag.get_task("review.ask"), dag.get_task("review.deliver")
    assert ask.operator_class is ReviewOperator or getattr(ask, "operator_name", "") == "ReviewOperator"
    assert "review.ask" in deliver.upstream_task_ids
    # The answer is in Airflow's HITL record even when the ask task ends failed: deliver runs regardless.
    assert deliver.trigger_rule == "all_done"
    assert dag.get_task("plan").upstream_task_ids == {"match_and_draft"}
    assert dag.get_task("match_and_draft").upstream_task_ids == {"collect"}
    assert dag.get_task("digest").upstream_task_ids == {"plan"}
    assert dag.get_task("ask_the_rest").upstream_task_ids == {"more_to_ask"}
    group = dag.task_group_dict["review"]
    assert type(group).__name__ == "MappedTaskGroup"  # one approval sends at once, whatever the others wait for


def test_runs_with_open_reviews_never_block_new_batches(dagbag):
    from outreach_assets import FETCH_EVERY
    from outreach_review import review_timeout

    # Every fetch of every kind (and its follow-up) may start a run that waits up to the review timeout.
    dag = dagbag.dags["outreach_match_and_draft"]
    assert dag.max_active_runs >= 2 * len(KINDS) * (review_timeout() / FETCH_EVERY)


def test_reconcile_runs_every_few_minutes_and_asks_again_through_the_match_dag(dagbag):
    from airflow.sdk.definitions.timetables.trigger import DeltaTriggerTimetable
    from outreach_assets import RECONCILE_EVERY

    dag = dagbag.dags["outreach_reconcile"]
    assert dag.timetable == DeltaTriggerTimetable(RECONCILE_EVERY) and dag.max_active_runs == 1
    assert dag.get_task("ask_again").trigger_dag_id == "outreach_match_and_draft"


def test_source_health_runs_daily_and_fails_naming_each_unhealthy_source(dagbag, tmp_path, monkeypatch, capsys):
    from datetime import UTC, datetime

    from airflow.sdk.exceptions import AirflowFailException

    from outreach.store.db import dispose_engines, session_scope, upgrade
    from outreach.store.feeds import add_feed_source

    dag = dagbag.dags["outreach_source_health"]
    assert dag.max_active_runs == 1 and [t.task_id for t in dag.tasks] == ["check"]
    url = f"sqlite:///{tmp_path / 'o.sqlite'}"
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    upgrade(url)
    with session_scope(url) as s:
        add_feed_source(s, "nws-wi", "https://api.weather.gov/alerts/active?area=WI", "weather")
        row, _ = add_feed_source(s, "star-obits", "https://obits.example/rss", "obituary")
        row.created_at = datetime(2026, 1, 1, tzinfo=UTC)  # added long ago, never fetched
        row.consecutive_failures, row.last_error = 5, "fetch failed: HTTP 503"
    check = dag.get_task("check").python_callable
    with pytest.raises(AirflowFailException, match=r"1 feed source\(s\) need attention: star-obits \(5 fetches"):
        check()
    assert "unhealthy: star-obits (5 fetches in a row failed, never fetched successfully" in capsys.readouterr().out
    with session_scope(url) as s:
        s.get(type(row), row.id).enabled = False
    assert check() == {"sources": 1}
    dispose_engines()


def test_asset_extra_ids_are_merged_across_events():
    event = type("Event", (), {})

    def ev(extra):
        e = event()
        e.extra = extra
        return e

    events = {feed_asset("news"): [ev({EXTRA_KEY: [4, 2]}), ev({EXTRA_KEY: [2, 9]})],
              feed_asset("weather"): [ev({}), ev(None)]}
    assert feed_item_ids(events) == [2, 4, 9]
    assert feed_item_ids(None) == []


def test_unknown_feed_kind_is_refused():
    with pytest.raises(ValueError, match="unknown feed kind"):
        feed_asset("tweets")

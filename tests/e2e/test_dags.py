"""The DAG files parse in Airflow 3.3 and have the event-driven shape: fetch -> asset -> match -> review -> deliver."""

from __future__ import annotations

from datetime import timedelta

import pytest
from outreach_assets import EXTRA_KEY, KINDS, feed_asset, feed_item_ids
from outreach_review import DraftReviewOperator

from demo.run import ROOT


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_dag_files_import_cleanly(dagbag):
    assert dagbag.import_errors == {}
    assert sorted(dagbag.dag_ids) == ["outreach_fetch_news", "outreach_fetch_obituary", "outreach_fetch_weather",
                                      "outreach_match_and_draft"]


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


def test_each_draft_is_reviewed_then_delivered_in_its_own_mapped_group(dagbag):
    dag = dagbag.dags["outreach_match_and_draft"]
    review, deliver = dag.get_task("draft.review"), dag.get_task("draft.deliver")
    assert review.operator_class is DraftReviewOperator or getattr(review, "operator_name", "") == "DraftReviewOperator"
    assert "draft.review" in deliver.upstream_task_ids  # (and match_and_draft, whose ids it is mapped over)
    assert "draft.deliver" not in review.upstream_task_ids
    assert dag.get_task("match_and_draft").upstream_task_ids == {"collect"}
    group = dag.task_group_dict["draft"]
    assert type(group).__name__ == "MappedTaskGroup"  # per-draft pairs: one approval sends at once
    notifiers = review.partial_kwargs.get("notifiers") if hasattr(review, "partial_kwargs") else review.notifiers
    assert [type(n).__name__ for n in notifiers] == ["ApproverEmailNotifier"]


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

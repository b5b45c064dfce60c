"""Fetch DAGs, one per feed kind (obituary, weather, news): store new items, announce them as an asset event.

Every 15 minutes ``outreach_fetch_<kind>`` fetches that kind's sources (conditional GET, de-duplicated
in the store) and, when something new arrived, updates ``Asset("outreach://events/<kind>")`` with the
new feed item ids in the event's extra. Nothing new: the task is skipped and no event is emitted, so
matching only runs for fresh items.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import dag, task
from airflow.sdk.exceptions import AirflowSkipException
from outreach_assets import EXTRA_KEY, FETCH_EVERY, KINDS, feed_asset


def _fetch_dag(kind: str):
    asset = feed_asset(kind)

    @dag(
        dag_id=f"outreach_fetch_{kind}",
        description=f"Fetch {kind} feeds; emit {asset.uri} with the new item ids",
        schedule=FETCH_EVERY,
        start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
        catchup=False,
        max_active_runs=1,
        tags=["outreach", "fetch"],
        default_args={"retries": 2, "retry_delay": timedelta(minutes=1)},
    )
    def fetch_dag():
        @task(outlets=[asset])
        def fetch(*, outlet_events=None) -> int:
            from outreach.config import load_settings
            from outreach.pipeline import ingest_kind

            ids = ingest_kind(load_settings().resolved_database_url, kind)
            if not ids:
                raise AirflowSkipException(f"no new {kind} items")
            outlet_events[asset].extra = {EXTRA_KEY: ids}
            return len(ids)

        fetch()

    return fetch_dag()


for _kind in KINDS:
    globals()[f"outreach_fetch_{_kind}"] = _fetch_dag(_kind)

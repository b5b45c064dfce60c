"""Source health, daily: a feed that keeps failing, or has brought nothing for longer than expected, fails this
DAG's task naming each such source and why (outreach.source_health). A dead obituary feed must never look like
a quiet day."""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task


@dag(
    dag_id="outreach_source_health",
    description="Fail, naming them, when feed sources keep failing or stay silent longer than expected",
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["outreach", "feeds"],
)
def outreach_source_health():
    @task
    def check() -> dict[str, int]:
        from outreach.config import load_settings
        from outreach.source_health import SourceHealthError, raise_if_unhealthy

        try:
            health = raise_if_unhealthy(load_settings().resolved_database_url)
        except SourceHealthError as exc:
            from airflow.sdk.exceptions import AirflowFailException

            for h in exc.unhealthy:
                print(f"unhealthy: {h.describe(with_error=True)}")
            raise AirflowFailException(str(exc)) from exc
        for h in health:
            print(f"healthy: {h.name} ({h.kind})")
        return {"sources": len(health)}

    check()


outreach_source_health()

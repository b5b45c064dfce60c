"""Compliance archive, daily: every complete day not archived yet is written once under OUTREACH_ARCHIVE_DIR
(one folder per day: each message that left as .eml, card PDF or call record, and a manifest of SHA-256 hashes)
and recorded in the append-only ``archive_days`` (outreach.archive). A day whose store no longer matches what was
archived, or a message that cannot be archived, fails this task, naming it."""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task


@dag(
    dag_id="outreach_archive",
    description="Write each complete day's sent messages and their manifest to the compliance archive, once",
    schedule="@daily",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["outreach", "compliance"],
)
def outreach_archive():
    @task
    def archive() -> dict[str, int]:
        from outreach.archive import ArchiveError, archive_pending_days
        from outreach.config import load_settings

        settings = load_settings()
        try:
            days = archive_pending_days(settings.resolved_database_url, settings.resolved_archive_dir)
        except ArchiveError as exc:
            from airflow.sdk.exceptions import AirflowFailException

            raise AirflowFailException(str(exc)) from exc
        for day in days:
            print(f"archived {day.day}: {day.messages} message(s), manifest sha256 {day.manifest_sha256}")
        return {"days": len(days), "messages": sum(d.messages for d in days)}

    archive()


outreach_archive()

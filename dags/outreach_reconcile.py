"""Reconcile, every few minutes: Airflow's record of every review and the outreach store must agree.

It records answers Airflow holds that the store does not (a review task that failed after its answer),
reopens reviews Airflow ended without an answer, delivers approved drafts not yet delivered, and starts a
run of the match DAG to ask about drafts that no open review covers. It logs what it fixed and fails
loudly (a failed task) when something stays stuck: a delivery only a person can settle, a review open
past its timeout, or Airflow's API out of reach.
"""

from __future__ import annotations

import pendulum
from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import dag, task
from outreach_assets import MATCH_DAG_ID, RECONCILE_EVERY


@dag(
    dag_id="outreach_reconcile",
    description="Make the outreach store agree with Airflow's reviews; deliver approvals; report what stays stuck",
    schedule=RECONCILE_EVERY,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["outreach", "review"],
)
def outreach_reconcile():
    @task
    def reconcile() -> dict:
        from outreach_airflow_api import OutreachAirflowAPIHook
        from outreach_review import reconcile as run
        from outreach_review import review_timeout
        from outreach_sendgrid import OutreachSendGridHook

        from outreach.config import load_settings

        api = OutreachAirflowAPIHook()
        try:
            report = run(load_settings().resolved_database_url, dag_id=MATCH_DAG_ID, api=api,
                         sg=OutreachSendGridHook().get_conn(), review_timeout=review_timeout())
        finally:
            api.close()
        print(f"reconcile: {report.summary()}")
        for review_id in report.answers_recorded:
            print(f"  review {review_id}: answer recorded from Airflow's HITL record")
        for review_id in report.reviews_reopened:
            print(f"  review {review_id}: ended in Airflow without an answer; its drafts are asked again")
        if report.stuck:
            from airflow.sdk.exceptions import AirflowFailException

            raise AirflowFailException("stuck, needs a person: " + "; ".join(report.stuck[:50]))
        return {"unasked_drafts": report.unasked_drafts, "fixed": report.fixed}

    @task.short_circuit
    def drafts_to_ask(result: dict) -> bool:
        return result["unasked_drafts"] > 0

    drafts_to_ask(reconcile()) >> TriggerDagRunOperator(task_id="ask_again", trigger_dag_id=MATCH_DAG_ID)


outreach_reconcile()

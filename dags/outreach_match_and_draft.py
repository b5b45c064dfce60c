"""Match, draft, ask people, deliver: runs whenever any fetch DAG reports new feed items.

``collect`` reads the feed item ids from the triggering asset events; ``match_and_draft`` stores matches and
drafts; ``plan`` groups every draft that awaits review and no open review asks about into reviews (one per
draft; one per storm and adviser for weather), at most ``MAX_REVIEWS_PER_RUN`` in this run; ``digest``
e-mails each reviewer one digest; then one mapped ``review`` group per review: ``ask`` (a Required Action
assigned to the client's adviser's reviewers) and ``deliver``, which records the answer from Airflow's HITL
record if ``ask`` did not and delivers what was approved, once, by its channel (an e-mail sent, a card rendered
for the adviser's print batch, a call task opened), and ``call``, the Required Action for approved calls'
outcomes (skipped when there are none). Drafts beyond this run's limit are asked by a
follow-up run started at once (``ask_the_rest``); ``outreach_reconcile`` repairs whatever a run leaves.
"""

from __future__ import annotations

import functools
import math
import operator
from datetime import timedelta

import pendulum
from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import Param, dag, task, task_group
from outreach_assets import FETCH_EVERY, KINDS, MATCH_DAG_ID, feed_asset, feed_item_ids
from outreach_review import CallOutcomeOperator, ReviewOperator, review_timeout

new_items = functools.reduce(operator.or_, (feed_asset(kind) for kind in KINDS))  # any kind's new items

# A run stays active while its reviews wait (parked reviews hold no worker slot). Every fetch of every kind
# may start one, and each may start one follow-up: room for all of them over one review timeout.
MAX_ACTIVE_RUNS = 2 * len(KINDS) * math.ceil(review_timeout() / FETCH_EVERY)


@dag(
    dag_id=MATCH_DAG_ID,
    description="Match new feed items to clients, draft, review (HITL, routed per adviser), deliver approvals",
    schedule=new_items,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=MAX_ACTIVE_RUNS,
    tags=["outreach", "review"],
    # A manual run can re-open snoozed, expired or held (cooldown) drafts: {"draft_ids": [12, 15]}.
    params={"draft_ids": Param([], type="array", items={"type": "integer"},
                               description="Snoozed, expired or held drafts to ask about again; empty for normal "
                                           "runs")},
)
def outreach_match_and_draft():  # long: the DAG's wiring, each task a few lines nested inside it
    @task
    def collect(*, triggering_asset_events=None) -> list[int]:
        return feed_item_ids(triggering_asset_events)

    @task
    def match_and_draft(item_ids: list[int], *, params=None, ti=None) -> int:
        from outreach import heap
        from outreach.config import load_settings
        from outreach.pipeline import held_drafts
        from outreach.pipeline import match_and_draft as run
        from outreach.reviews import reopen_drafts

        heap.opt_in()  # this task process builds or loads the roster index: keep it out of the cyclic GC

        db = load_settings().resolved_database_url
        drafted = run(db, item_ids, advisers=None) if item_ids else []
        reopened = reopen_drafts(db, (params or {}).get("draft_ids") or [])
        ti.xcom_push(key="held", value=len(held_drafts(db, item_ids)))  # held back by the cooldown: the digest says
        return len(drafted) + len(reopened)

    @task(retries=2, retry_delay=timedelta(seconds=10))
    def plan(_drafted: int, *, ti=None) -> list[int]:
        from outreach_approvers import review_directory

        from outreach.config import load_settings
        from outreach.reviews import RunRef, plan_reviews

        planned = plan_reviews(load_settings().resolved_database_url, RunRef(ti.dag_id, ti.run_id),
                               review_directory())
        # The mapped review ids are the return value; what the digest and the follow-up need rides beside.
        ti.xcom_push(key="counts", value=planned.counts)
        ti.xcom_push(key="left_over", value=planned.left_over)
        return planned.review_ids

    @task
    def digest(*, ti=None, **context) -> dict:
        from outreach_notifiers import ApproverDigestNotifier

        counts = ti.xcom_pull(task_ids="plan", key="counts") or {}
        held = ti.xcom_pull(task_ids="match_and_draft", key="held") or 0
        return ApproverDigestNotifier(counts=counts, held=held).send({**context, "ti": ti, "task_instance": ti})

    @task.short_circuit
    def more_to_ask(*, ti=None) -> bool:
        return (ti.xcom_pull(task_ids="plan", key="left_over") or 0) > 0

    @task_group(group_id="review")
    def review(review_id: int):
        ask = ReviewOperator(task_id="ask", review_id=review_id)

        # all_done: the answer is in Airflow's HITL record even when the ask task itself ended failed.
        @task(trigger_rule="all_done", retries=3, retry_delay=timedelta(seconds=30))
        def deliver(review_id: int, *, ti=None) -> dict:
            from outreach_airflow_api import OutreachAirflowAPIHook
            from outreach_review import settle_and_deliver
            from outreach_sendgrid import OutreachSendGridHook

            from outreach.config import load_settings

            api = OutreachAirflowAPIHook()
            try:
                return settle_and_deliver(load_settings().resolved_database_url, int(review_id),
                                          dag_id=ti.dag_id, run_id=ti.run_id, map_index=ti.map_index, api=api,
                                          sg=OutreachSendGridHook().get_conn())
            finally:
                api.close()

        # An approved call is a call task: its outcome is one more Required Action, for the same reviewers.
        call = CallOutcomeOperator(task_id="call", review_id=review_id, trigger_rule="all_done")

        ask >> deliver(review_id) >> call

    review_ids = plan(match_and_draft(collect()))
    review_ids >> digest()
    review_ids >> more_to_ask() >> TriggerDagRunOperator(task_id="ask_the_rest", trigger_dag_id=MATCH_DAG_ID)
    review.expand(review_id=review_ids)


outreach_match_and_draft()

"""Match, draft, ask a person, deliver: runs whenever any fetch DAG reports new feed items.

``collect`` reads the feed item ids from the triggering asset events, ``match_and_draft`` stores
matches and drafts, then one mapped ``draft`` group per draft: ``review`` (a Required Action in the
Airflow UI, approvers e-mailed) followed by ``deliver``, which sends only an approved draft, once.
The group is mapped, so each draft is delivered as soon as it is approved, whatever the others wait for.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task, task_group
from airflow.sdk.exceptions import AirflowFailException
from outreach_assets import KINDS, feed_asset, feed_item_ids
from outreach_notifiers import ApproverEmailNotifier
from outreach_review import DraftReviewOperator

new_items = feed_asset(KINDS[0])
for _kind in KINDS[1:]:
    new_items = new_items | feed_asset(_kind)


@dag(
    dag_id="outreach_match_and_draft",
    description="Match new feed items to clients, draft, review (HITL), deliver approved drafts",
    schedule=new_items,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["outreach", "review"],
    # A manual run can re-open reviews, e.g. for snoozed or expired drafts: {"draft_ids": [12, 15]}.
    params={"draft_ids": Param([], type="array", items={"type": "integer"},
                               description="Drafts to review again (snoozed or expired); empty for normal runs")},
)
def outreach_match_and_draft():
    @task
    def collect(*, triggering_asset_events=None) -> list[int]:
        return feed_item_ids(triggering_asset_events)

    @task
    def match_and_draft(item_ids: list[int], *, params=None) -> list[int]:
        from outreach.config import load_settings
        from outreach.pipeline import match_and_draft as run

        new = run(load_settings().resolved_database_url, item_ids, advisers=None) if item_ids else []
        again = [int(i) for i in (params or {}).get("draft_ids") or [] if int(i) not in new]
        return [*new, *again]

    @task_group(group_id="draft")
    def review_and_deliver(draft_id: int):
        review = DraftReviewOperator(task_id="review", draft_id=draft_id, notifiers=[ApproverEmailNotifier()])

        @task(retries=3, retry_delay=timedelta(seconds=30))
        def deliver(draft_id: int) -> dict[str, str | None]:
            from outreach_sendgrid import OutreachSendGridHook

            from outreach.config import load_settings
            from outreach.pipeline import deliver_approved

            sg = OutreachSendGridHook().get_conn()
            (outcome,) = deliver_approved(load_settings().resolved_database_url, [draft_id], sg)
            if outcome.status == "in_progress" or (outcome.status == "failed" and outcome.retryable):
                raise RuntimeError(f"draft {draft_id}: {outcome.status}, nothing accepted yet; retrying")
            if outcome.status in ("failed", "unknown"):  # a person must look: never retried blindly
                raise AirflowFailException(f"draft {draft_id}: delivery {outcome.status} "
                                           f"(ledger: {outcome.ledger_state}); see the delivery ledger")
            return {"status": outcome.status, "ledger_state": outcome.ledger_state}

        review >> deliver(draft_id)

    review_and_deliver.expand(draft_id=match_and_draft(collect()))


outreach_match_and_draft()

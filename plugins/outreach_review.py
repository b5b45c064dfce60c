"""The human-in-the-loop review of one planned review (Airflow 3.3 ``HITLOperator``): one Required Action.

A review is one draft (bereavement, news, an adviser notice) or one storm's clients of one adviser
(``outreach.reviews``). At run time the operator loads what the reviewer needs from the store, shows it
as the Markdown body, offers exactly ``Approve`` / ``Reject`` / ``Snooze`` with the message editable
(and, for a storm, the clients to include), assigns it to the client's adviser's reviewers, and parks.

Nothing here depends on the task resuming. Airflow 3.3.2 can fail a task answered within about a second
of parking (the worker that parked it reports its exit after the answer has re-queued it), yet keeps the
answer in its HITL record. So the answer is recorded by whichever comes first: ``execute_complete``,
the review's deliver step (``settle_and_deliver``), or the reconcile DAG; ``record_answer`` makes the
second and third a no-op.

Safety choices, checked against the installed Airflow 3.3.2 source:

- ``defaults=["Snooze"]`` and a ``response_timeout``: on timeout the scheduler's awaiting_input sweep writes
  the defaults as the answer with no responder, which is recorded as ``expire``. Nothing is ever sent
  without a person choosing Approve.
- Feed text is untrusted: the body is the store's escaped Markdown; a reviewer's edit is cleaned and
  escaped again before it is sent.
- The answer is validated by ``outreach.reviews.record_answer`` against the form this request showed
  (Airflow's own check compares with the parse-time form, which is not this request's).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk import Param
from airflow.sdk.definitions.param import ParamsDict
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException
from airflow.sdk.execution_time.hitl import HITLUser

from outreach.config import Settings, load_settings
from outreach.reviews import (
    CALL_OPTIONS,
    DEFAULT_OPTION,
    OPTIONS,
    RECORD_OUTCOMES,
    Answer,
    FormField,
    call_request,
    close_review,
    record_answer,
    record_call_answer,
    review_request,
)
from outreach.states import ReviewStatus

DEFAULT_TIMEOUT = timedelta(hours=Settings.model_fields["review_timeout_hours"].default)


def review_timeout() -> timedelta:
    """How long a review waits for a person: ``OUTREACH_REVIEW_TIMEOUT_HOURS`` (default 72)."""
    return load_settings().review_timeout


def as_param(spec: FormField) -> Param:
    """One form field as an Airflow ``Param`` (an array with ``examples`` renders as a multi-select)."""
    schema: dict[str, Any] = {"type": spec.type, "title": spec.title, "description": spec.description}
    if spec.format:
        schema["format"] = spec.format
    if spec.examples is not None:
        schema["examples"] = list(spec.examples)
        schema["items"] = {"type": "string"}
    if spec.values_display:
        schema["values_display"] = dict(spec.values_display)
    if spec.enum is not None:  # a select of these values (the channel, a call's outcome)
        schema["enum"] = list(spec.enum)
    return Param(spec.default, **schema)


def review_params(form: list[FormField]) -> ParamsDict:
    return ParamsDict({spec.name: as_param(spec) for spec in form})


class ReviewOperator(HITLOperator):
    """Ask a person about one planned review; record the answer, whatever happens to this task after."""

    template_fields = (*HITLOperator.template_fields, "review_id")
    ui_color = "#f6e7c1"

    def __init__(self, *, review_id: Any, database_url: str | None = None,
                 response_timeout: timedelta | None = None, **kwargs: Any) -> None:
        kwargs.pop("params", None)  # DAG-level params are not review fields: the form is the request's
        super().__init__(
            subject="Review outreach",  # replaced at run time with the review's own headline
            options=list(OPTIONS),
            defaults=[DEFAULT_OPTION],
            multiple=False,
            params={},
            response_timeout=response_timeout or review_timeout(),
            **kwargs,
        )
        self.review_id = review_id
        self.database_url = database_url

    def _db_url(self) -> str:
        if self.database_url:
            return self.database_url
        from outreach.config import load_settings

        return load_settings().resolved_database_url

    def execute(self, context: Any) -> Any:
        review_id = int(self.review_id)
        request = review_request(self._db_url(), review_id)
        if not request.askable:
            # Answered already (a cleared task), or every draft was decided or suppressed meanwhile.
            if request.status == ReviewStatus.PLANNED:
                close_review(self._db_url(), review_id, "nothing left to ask when the review task ran")
            raise AirflowSkipException(f"review {review_id} is {request.status}; nothing to ask")
        self.subject = request.headline
        self.body = request.markdown
        self.params = review_params(request.form)
        self.assigned_users = [HITLUser(id=u["id"], name=u["name"]) for u in request.assignees] or None
        self.log.info("Review %s (%s, %d draft(s)) awaits %d assigned reviewer(s)", review_id, request.kind,
                      len(request.draft_ids), len(request.assignees))
        return super().execute(context)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        review_id = int(self.review_id)
        if "error" in event:  # no defaults would lead here; ours always has them
            raise AirflowFailException(f"review {review_id}: {event.get('error_type')}: {event.get('error')}")
        answer = Answer.from_hitl(event)
        outcome = record_answer(self._db_url(), review_id, answer, recorded_from="task")
        self.log.info("Review %s: %s (%s)", review_id, outcome.status,
                      "recorded" if outcome.recorded else "recorded before")
        # Only ids and the option go to XCom: the text stays in the store (and in Airflow's HITL record).
        return {"review_id": review_id, "status": outcome.status, "chosen_options": answer.chosen_options,
                "timed_out": answer.timed_out}


class CallOutcomeOperator(HITLOperator):
    """After a review approved call tasks: one Required Action for their outcomes, assigned to the same
    reviewers. Recorded once (``record_call_answer``) by the resumed task or the reconcile DAG; a timeout
    records nothing, the open call tasks are then reported as overdue by the reconcile."""

    template_fields = (*HITLOperator.template_fields, "review_id")
    ui_color = "#d9ecf7"

    def __init__(self, *, review_id: Any, database_url: str | None = None,
                 response_timeout: timedelta | None = None, **kwargs: Any) -> None:
        kwargs.pop("params", None)
        super().__init__(subject="Record call outcomes", options=list(CALL_OPTIONS), defaults=[RECORD_OUTCOMES],
                         multiple=False, params={}, response_timeout=response_timeout or review_timeout(), **kwargs)
        self.review_id = review_id
        self.database_url = database_url

    def _db_url(self) -> str:
        return self.database_url or load_settings().resolved_database_url

    def execute(self, context: Any) -> Any:
        review_id = int(self.review_id)
        request = call_request(self._db_url(), review_id)
        if not request.askable:
            raise AirflowSkipException(f"review {review_id} has no open call task")
        self.subject, self.body = request.headline, request.markdown
        self.params = review_params(request.form)
        self.assigned_users = [HITLUser(id=u["id"], name=u["name"]) for u in request.assignees] or None
        self.log.info("Review %s: %d call task(s) await their outcome", review_id, len(request.draft_ids))
        return super().execute(context)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        review_id = int(self.review_id)
        if "error" in event:
            raise AirflowFailException(f"review {review_id}: {event.get('error_type')}: {event.get('error')}")
        recorded = record_call_answer(self._db_url(), review_id, Answer.from_hitl(event), recorded_from="task")
        now = sum(recorded.values())
        return {"review_id": review_id, "recorded": now, "already": len(recorded) - now}


# --- after the answer: settle it and deliver, whatever happened to the review task ----------------------

ASK_TASK_ID = "review.ask"  # the mapped HITL task inside the DAG's "review" task group
CALL_TASK_ID = "review.call"  # the mapped call-outcome HITL task beside it
RECONCILE_GRACE = timedelta(minutes=10)  # a planned review Airflow has no task for is lost after this
UNASKED_GRACE = timedelta(minutes=1)  # a draft this young is planned by the run drafting it


@contextlib.contextmanager
def stop_signal() -> Iterator[threading.Event | None]:
    """An event set when Airflow stops this task (SIGTERM or SIGINT), for the delivery loop to read.

    Airflow's supervisor stops a task it no longer owns (marked failed or cleared by a person, reset after
    a scheduler crash) with SIGTERM and a SIGKILL 5 s later. A SIGKILL between a message's claim and
    SendGrid's answer leaves that message in doubt, for a person; with the event set, the delivery loop
    finishes the message in flight and starts no other. SIGTERM still runs the handler Airflow installed
    (it calls ``on_kill``); SIGINT's default (KeyboardInterrupt mid-send) is what this avoids.
    None off the main thread, where no signal handler can be installed.
    """
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield None
        return
    stopping = threading.Event()
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def handler(signum: int, frame: Any) -> None:
        stopping.set()
        chained = before[signal.Signals(signum)]
        if signum == signal.SIGTERM and callable(chained):
            chained(signum, frame)

    for sig in before:
        signal.signal(sig, handler)
    try:
        yield stopping
    finally:
        for sig, previous in before.items():
            signal.signal(sig, previous)


def _raise_for_outcomes(outcomes: list[Any], what: str) -> None:
    """Retry when nothing was accepted yet; fail loudly when a person must look (never resend blindly)."""
    retry = [o.draft_id for o in outcomes
             if o.status in ("in_progress", "stopped") or (o.status == "failed" and o.retryable)]
    stuck = [f"{o.draft_id}: {o.status} ({o.ledger_state})" for o in outcomes if o.status == "unknown"
             or (o.status == "failed" and not o.retryable)]
    if stuck:
        raise AirflowFailException(f"{what}: delivery needs a person (see the delivery ledger): {stuck}")
    if retry:
        raise RuntimeError(f"{what}: drafts {retry} not accepted yet; retrying (sent ones are not resent)")


def settle_and_deliver(db_url: str, review_id: int, *, dag_id: str, run_id: str, map_index: int,
                       api: Any, sg: Any) -> dict[str, int]:
    """Record the review's answer from Airflow's HITL record if the task did not, then send its approvals.

    ``api`` is an ``OutreachAirflowAPIHook``; ``sg`` the SendGrid client. Returns counts by outcome.
    """
    from outreach.pipeline import deliver_approved
    from outreach.reviews import review_draft_ids, review_status

    if review_status(db_url, review_id) == ReviewStatus.PLANNED:
        answer = api.answer(dag_id, run_id, ASK_TASK_ID, map_index)
        if answer is None:
            raise AirflowSkipException(f"review {review_id} has no answer in Airflow; the reconcile DAG asks "
                                       "its drafts again")
        record_answer(db_url, review_id, answer, recorded_from="deliver")
    with stop_signal() as stop:
        outcomes = deliver_approved(db_url, review_draft_ids(db_url, review_id), sg, stop=stop)
    _raise_for_outcomes(outcomes, f"review {review_id}")
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    return counts


def reconcile(db_url: str, *, dag_id: str, api: Any, sg: Any, review_timeout: timedelta,
              grace: timedelta = RECONCILE_GRACE) -> Any:
    """Make the store agree with Airflow: record answers, reopen lost reviews, deliver approvals.

    Returns the ``ReconcileReport``; the caller fails loudly when ``report.stuck`` is not empty.
    """
    from outreach.pipeline import deliver_approved
    from outreach.reviews import (
        open_call_reviews,
        open_reviews,
        overdue_handovers,
        overdue_reviews,
        reconcile_reviews,
        record_call_answer,
        stuck_deliveries,
        unasked_draft_count,
        undelivered_approved,
    )

    runs = open_reviews(db_url)
    observed = api.observe(dag_id, runs, ASK_TASK_ID) if runs else {}
    report = reconcile_reviews(db_url, observed, grace=grace)
    report.unasked_drafts = unasked_draft_count(db_url, older_than=UNASKED_GRACE)
    with stop_signal() as stop:
        outcomes = deliver_approved(db_url, undelivered_approved(db_url), sg, stop=stop)
    report.delivered = [o.draft_id for o in outcomes if o.status == "sent"]
    # Read after delivering: a refused or maybe-sent delivery of this run is in the ledger by now.
    report.stuck += stuck_deliveries(db_url)
    report.stuck += overdue_reviews(db_url, review_timeout + grace)
    # Call outcomes Airflow holds that the store does not (the call task failed or never resumed).
    calls = open_call_reviews(db_url)
    if calls:
        seen = api.observe(dag_id, list(calls), CALL_TASK_ID)
        for run_id, reviews in calls.items():
            for review_id, map_index in reviews:
                answer = seen.get((run_id, map_index))
                if answer is not None and answer.answer is not None:
                    record_call_answer(db_url, review_id, answer.answer, recorded_from="reconcile")
    # A card not printed or a call without an outcome long after its approval: a person must look.
    report.stuck += overdue_handovers(db_url, review_timeout + grace)
    return report

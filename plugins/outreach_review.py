"""The human-in-the-loop review of one outreach draft (Airflow 3.3 ``HITLOperator``).

The operator is mapped over draft ids. At run time it loads what a reviewer needs (client, event,
evidence, score, source link, the drafted subject and body) from the store, shows it as the Markdown
body of a Required Action, offers Approve / Reject / Snooze with the subject and body as editable
params (plus a reason), and records the answer with ``outreach.pipeline.record_decision``.

Safety choices, checked against the installed Airflow 3.3.2 source:

- ``defaults=["Snooze"]`` and a ``response_timeout``: on timeout the scheduler's awaiting_input sweep
  resumes the task with the defaults and ``timedout=True``; we record that as ``expire`` by
  ``airflow:timeout``. Nothing is ever sent without a person choosing Approve. (With no defaults the
  task would fail with HITLTimeoutError and the draft would keep waiting for a task that is gone.)
- Feed text is untrusted: the body is ``review_request``'s Markdown, in which every feed-derived
  field is neutralised and escaped, and the source link is shown only when it is a safe http(s) URL.
- A Reject without a reason is still a reject (refusing it would lose the decision: a HITL task
  cannot ask twice); the missing reason is recorded as empty and logged without PII.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from airflow.providers.standard.operators.hitl import HITLOperator
from airflow.sdk import Param
from airflow.sdk.definitions.param import ParamsDict
from airflow.sdk.exceptions import AirflowSkipException

APPROVE, REJECT, SNOOZE = "Approve", "Reject", "Snooze"
OPTIONS = [APPROVE, REJECT, SNOOZE]
TIMEOUT_ENV = "OUTREACH_REVIEW_TIMEOUT_HOURS"
DEFAULT_TIMEOUT = timedelta(hours=72)
TIMEOUT_ACTOR = "airflow:timeout"
ACTIONS = {APPROVE: "approve", REJECT: "reject", SNOOZE: "snooze"}
REVIEWABLE = ("pending_review", "snoozed", "expired")  # a draft in another status is not asked about


def review_timeout() -> timedelta:
    """How long a draft waits for a person: ``OUTREACH_REVIEW_TIMEOUT_HOURS`` (default 72)."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        hours = float(raw)
    except ValueError:
        raise ValueError(f"{TIMEOUT_ENV} must be a number of hours, got {raw!r}") from None
    if hours <= 0:
        raise ValueError(f"{TIMEOUT_ENV} must be positive, got {raw!r}")
    return timedelta(hours=hours)


FOOTER = (
    "\n\n---\n"
    "*Approve* sends the message once (edit the subject and body in the form first if needed). "
    "*Reject* never sends it: please give a reason. *Snooze* keeps it unsent for later."
)


def review_markdown(request: dict[str, Any]) -> str:
    """The HITL body: the store's escaped review Markdown (client, evidence, score, source link, draft)."""
    return str(request["markdown"]) + FOOTER


def review_subject(request: dict[str, Any]) -> str:
    """The Required Action's headline (shown in Airflow's list of required actions)."""
    kind = str(request.get("kind") or "outreach")
    who = str(request.get("client_name") or "a client")
    what = "adviser notice" if request.get("is_notice") else "draft"
    return f"Review {kind} {what} #{request.get('draft_id')} for {who}"


def review_params(request: dict[str, Any]) -> ParamsDict:
    """The editable form: subject and body prefilled with the draft, and a reason (for Reject).

    No ``minLength``: the parse-time form has empty placeholders and Airflow validates answers against
    it on resume; an empty approved text is refused by ``decision_from_response`` instead.
    """
    return ParamsDict({
        "subject": Param(str(request.get("subject") or ""), type="string", title="Subject",
                         description="Edit before approving if needed."),
        "body": Param(str(request.get("body") or ""), type="string", format="multiline",
                      title="Message", description="Plain text; edit before approving if needed."),
        # Nullable: Airflow's form requires every field whose type does not admit null, which would
        # block Approve until a reason is typed.
        "reason": Param(None, type=["null", "string"], title="Reason",
                        description="Why you reject or snooze it (optional for Approve)."),
    })


def decision_from_response(response: dict[str, Any]) -> dict[str, Any]:
    """Map a HITL response event to ``record_decision`` keyword arguments (pure, for tests and reuse).

    An approval carries the final subject and body (edited or not). A timeout (``timedout`` true, no
    responder) becomes ``expire``.
    """
    chosen = list(response.get("chosen_options") or [])
    params = dict(response.get("params_input") or {})
    user = response.get("responded_by_user") or {}
    if response.get("timedout") or not user:
        return {"action": "expire", "actor": TIMEOUT_ACTOR, "reason": "no response before the review timeout"}
    if len(chosen) != 1 or chosen[0] not in ACTIONS:
        raise ValueError(f"expected exactly one of {OPTIONS}, got {chosen}")
    action = ACTIONS[chosen[0]]
    actor = str(user.get("id") or user.get("name"))
    reason = str(params.get("reason") or "").strip() or None
    decision: dict[str, Any] = {"action": action, "actor": actor, "reason": reason}
    if action == "approve":
        decision["final_subject"] = str(params.get("subject") or "").strip()
        decision["final_body"] = str(params.get("body") or "")
        if not decision["final_subject"] or not decision["final_body"].strip():
            raise ValueError("an approved draft needs a non-empty subject and body")
    return decision


class DraftReviewOperator(HITLOperator):
    """Ask a person about one draft; record Approve (with the final text) / Reject / Snooze / expiry."""

    template_fields = (*HITLOperator.template_fields, "draft_id")
    ui_color = "#f6e7c1"

    def __init__(self, *, draft_id: Any, database_url: str | None = None,
                 response_timeout: timedelta | None = None, **kwargs: Any) -> None:
        # The form is ours: DAG-level params (which Airflow passes in here too) are not review fields.
        kwargs.pop("params", None)
        super().__init__(
            subject="Review an outreach draft",  # replaced at run time with the draft's own
            options=OPTIONS,
            defaults=[SNOOZE],
            multiple=False,
            params=review_params({}),
            response_timeout=response_timeout or review_timeout(),
            **kwargs,
        )
        self.draft_id = draft_id
        self.draft_kind = ""
        self.database_url = database_url

    def _db_url(self) -> str:
        if self.database_url:
            return self.database_url
        from outreach.config import load_settings

        return load_settings().resolved_database_url

    def execute(self, context: Any) -> Any:
        from outreach_approvers import load_approvers

        from outreach.pipeline import review_request

        draft_id = int(self.draft_id)
        request = {"draft_id": draft_id, **review_request(self._db_url(), draft_id)}
        if request.get("status", "pending_review") not in REVIEWABLE:
            # Decided, sent or suppressed since it was drafted (e.g. the client has died): nothing to ask.
            raise AirflowSkipException(f"draft {draft_id} is {request['status']}; no review needed")
        self.draft_kind = str(request.get("kind") or "")  # for the approver e-mail (no PII)
        self.subject = review_subject(request)
        self.body = review_markdown(request)
        self.params = review_params(request)
        approvers = load_approvers()
        self.assigned_users = [a.as_hitl_user() for a in approvers] or None
        self.log.info("Draft %s awaits review by %d assigned approver(s)", draft_id, len(approvers))
        return super().execute(context)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        from outreach.pipeline import record_decision

        draft_id = int(self.draft_id)
        timedout = bool(event.get("timedout"))
        super().execute_complete(context, event)  # validates options and params
        decision = decision_from_response({**event, "timedout": timedout})
        if decision["action"] == "reject" and not decision["reason"]:
            self.log.warning("Draft %s rejected without a reason", draft_id)
        record_decision(self._db_url(), draft_id, decision.pop("action"), decision.pop("actor"), **decision)
        self.log.info("Draft %s: decision recorded (%s)", draft_id, "timeout" if timedout else "person")
        # Only ids and the action go to XCom: the text stays in the store (and in Airflow's HITL detail).
        return {"draft_id": draft_id, "chosen_options": list(event.get("chosen_options") or []),
                "timed_out": timedout}

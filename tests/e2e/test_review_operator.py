"""The HITL review glue: how an answer becomes a decision, the form, the timeout, and the safe default."""

from __future__ import annotations

from datetime import timedelta

import pytest
from outreach_review import (
    DEFAULT_TIMEOUT,
    OPTIONS,
    SNOOZE,
    TIMEOUT_ACTOR,
    DraftReviewOperator,
    decision_from_response,
    review_markdown,
    review_params,
    review_subject,
    review_timeout,
)

ADMIN = {"id": "admin", "name": "Ada Admin"}


def _response(option: str | None, *, subject="With deepest sympathy", body="Dear Nancy,\n\nSorry.\n", reason="",
              user=ADMIN, timedout=False) -> dict:
    return {"chosen_options": [option] if option else [], "responded_by_user": user, "timedout": timedout,
            "params_input": {"subject": subject, "body": body, "reason": reason}}


def test_approve_carries_the_final_subject_and_body():
    decision = decision_from_response(_response("Approve"))
    assert decision == {"action": "approve", "actor": "admin", "reason": None,
                        "final_subject": "With deepest sympathy", "final_body": "Dear Nancy,\n\nSorry.\n"}


def test_edited_approval_keeps_the_reviewers_text():
    decision = decision_from_response(_response("Approve", subject="  Thinking of you ", body="New text.\n"))
    assert decision["final_subject"] == "Thinking of you"
    assert decision["final_body"] == "New text.\n"


def test_reject_records_the_reason_and_no_text():
    decision = decision_from_response(_response("Reject", reason="wrong person"))
    assert decision == {"action": "reject", "actor": "admin", "reason": "wrong person"}


def test_reject_without_a_reason_is_still_a_reject():
    assert decision_from_response(_response("Reject", reason="   ")) == {
        "action": "reject", "actor": "admin", "reason": None}


def test_snooze_is_recorded_as_snooze():
    assert decision_from_response(_response("Snooze"))["action"] == "snooze"


def test_timeout_becomes_expire_by_airflow_never_a_send():
    # What the scheduler's awaiting_input sweep resumes with: the defaults, timedout, nobody responding.
    decision = decision_from_response(_response(SNOOZE, user=None, timedout=True))
    assert decision["action"] == "expire" and decision["actor"] == TIMEOUT_ACTOR
    assert "final_subject" not in decision


def test_answer_without_a_responder_is_treated_as_timeout():
    assert decision_from_response(_response("Approve", user=None))["action"] == "expire"


def test_user_without_id_is_named_by_name():
    assert decision_from_response(_response("Snooze", user={"id": "", "name": "bob"}))["actor"] == "bob"


@pytest.mark.parametrize("chosen", [[], ["Approve", "Reject"], ["Send now"]])
def test_anything_but_one_known_option_is_refused(chosen):
    response = _response(None)
    response["chosen_options"] = chosen
    with pytest.raises(ValueError, match="exactly one"):
        decision_from_response(response)


@pytest.mark.parametrize("subject,body", [("", "text"), ("   ", "text"), ("Subject", "  \n ")])
def test_empty_approved_text_is_refused(subject, body):
    with pytest.raises(ValueError, match="non-empty subject and body"):
        decision_from_response(_response("Approve", subject=subject, body=body))


def test_review_timeout_defaults_to_72_hours(monkeypatch):
    monkeypatch.delenv("OUTREACH_REVIEW_TIMEOUT_HOURS", raising=False)
    assert review_timeout() == DEFAULT_TIMEOUT == timedelta(hours=72)


def test_review_timeout_from_the_environment(monkeypatch):
    monkeypatch.setenv("OUTREACH_REVIEW_TIMEOUT_HOURS", "0.5")
    assert review_timeout() == timedelta(minutes=30)


@pytest.mark.parametrize("value", ["soon", "0", "-3"])
def test_bad_review_timeout_is_a_clear_error(monkeypatch, value):
    monkeypatch.setenv("OUTREACH_REVIEW_TIMEOUT_HOURS", value)
    with pytest.raises(ValueError, match="OUTREACH_REVIEW_TIMEOUT_HOURS"):
        review_timeout()


def test_operator_defaults_never_send(monkeypatch):
    monkeypatch.delenv("OUTREACH_REVIEW_TIMEOUT_HOURS", raising=False)
    op = DraftReviewOperator(task_id="review", draft_id=7)
    assert op.options == OPTIONS == ["Approve", "Reject", "Snooze"]
    assert op.defaults == ["Snooze"]  # what a timeout picks
    assert op.multiple is False
    assert op.response_timeout == timedelta(hours=72)
    assert set(op.params.keys()) == {"subject", "body", "reason"}
    assert "draft_id" in op.template_fields  # so a mapped XComArg resolves at run time


def test_form_is_prefilled_with_the_draft_and_the_body_is_multiline():
    params = review_params({"subject": "With deepest sympathy", "body": "Dear Nancy,\n\nSorry.\n"})
    dumped = {k: params.get_param(k).serialize() for k in params}
    assert dumped["subject"]["value"] == "With deepest sympathy"
    assert dumped["body"]["value"] == "Dear Nancy,\n\nSorry.\n"
    assert dumped["body"]["schema"]["format"] == "multiline"
    # Optional, so Airflow's form lets a reviewer approve without typing a reason.
    assert dumped["reason"]["value"] is None
    assert "null" in dumped["reason"]["schema"]["type"]


def test_form_accepts_an_empty_reason_on_resume():
    # Airflow validates the answer against the parse-time form on resume; it must accept a real answer.
    params = review_params({})
    params["subject"] = "Edited"
    params["body"] = "Edited body"
    params["reason"] = ""
    assert params["subject"] == "Edited"


def test_subject_names_the_kind_the_draft_and_the_client():
    assert review_subject({"kind": "weather", "draft_id": 3, "client_name": "Margaret Miller"}) == (
        "Review weather draft #3 for Margaret Miller")
    assert review_subject({"kind": "bereavement", "draft_id": 1, "client_name": "Richard Brennan",
                           "is_notice": True}) == "Review bereavement adviser notice #1 for Richard Brennan"


def test_markdown_body_is_the_stores_escaped_review_plus_instructions():
    body = review_markdown({"markdown": "**Client**: X \\[click\\]"})
    assert body.startswith("**Client**: X \\[click\\]")
    assert "*Reject* never sends it" in body

"""The HITL review glue: how an answer becomes decisions, the form Airflow renders, the timeout, the safe default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from outreach_review import DEFAULT_TIMEOUT, ReviewOperator, as_param, review_params, review_timeout

from outreach.reviews import (
    LEFT_OUT_REASON,
    OPTIONS,
    TIMEOUT_ACTOR,
    Answer,
    FormField,
    ReviewError,
    _plan_decisions,
)
from outreach.store.models import ClientRow, ReviewRow

ADMIN = {"id": "admin", "name": "Ada Admin"}
CLIENTS = {7: ClientRow(client_id="c-1", first_name="Nancy", last_name="Olson", nickname=""),
           8: ClientRow(client_id="c-2", first_name="Margaret", last_name="Miller", nickname="Peggy")}


def _answer(option: str | None, *, subject="With deepest sympathy", body="Dear Nancy,\n\nSorry.\n", reason="",
            user=ADMIN, timedout=False, **extra) -> Answer:
    return Answer.from_hitl({"chosen_options": [option] if option else [], "responded_by_user": user,
                             "timedout": timedout, "responded_at": datetime.now(UTC),
                             "params_input": {"subject": subject, "body": body, "reason": reason, **extra}})


def _decide(answer: Answer, kind: str = "draft") -> list[tuple]:
    clients = dict(list(CLIENTS.items())[:1]) if kind == "draft" else CLIENTS
    return _plan_decisions(ReviewRow(kind=kind), answer, clients)


def test_approve_carries_the_final_subject_and_body():
    assert _decide(_answer("Approve")) == [(7, "approve", "admin", {
        "reason": None, "final_subject": "With deepest sympathy", "final_body": "Dear Nancy,\n\nSorry.\n",
        "channel": None})]


def test_edited_approval_keeps_the_reviewers_text():
    [(_, _, _, kw)] = _decide(_answer("Approve", subject="  Thinking of you ", body="New text.\n"))
    assert kw["final_subject"] == "Thinking of you" and kw["final_body"] == "New text.\n"


def test_reject_records_the_reason_and_no_text():
    assert _decide(_answer("Reject", reason="wrong person")) == [(7, "reject", "admin", {"reason": "wrong person"})]


def test_reject_without_a_reason_is_still_a_reject():
    assert _decide(_answer("Reject", reason="   ")) == [(7, "reject", "admin", {"reason": None})]


def test_snooze_is_recorded_as_snooze():
    assert _decide(_answer("Snooze"))[0][1] == "snooze"


def test_timeout_becomes_expire_by_airflow_never_a_send():
    # What the scheduler's awaiting_input sweep writes: the defaults, timedout, nobody responding.
    [(_, action, actor, kw)] = _decide(_answer("Snooze", user=None, timedout=True))
    assert (action, actor) == ("expire", TIMEOUT_ACTOR) and "final_subject" not in kw


def test_answer_without_a_responder_is_treated_as_timeout():
    assert _decide(_answer("Approve", user=None))[0][1] == "expire"


def test_user_without_id_is_named_by_name():
    assert _decide(_answer("Snooze", user={"id": "", "name": "bob"}))[0][2] == "bob"


@pytest.mark.parametrize("chosen", [[], ["Approve", "Reject"], ["Send now"]])
def test_anything_but_one_known_option_is_refused(chosen):
    answer = _answer(None)
    with pytest.raises(ReviewError, match="exactly one"):
        _decide(Answer(chosen, answer.params_input, responder_id="admin"))


@pytest.mark.parametrize("subject,body", [("", "text"), ("   ", "text"), ("Subject", "  \n ")])
def test_empty_approved_text_is_refused(subject, body):
    with pytest.raises(ReviewError, match="non-empty subject and message"):
        _decide(_answer("Approve", subject=subject, body=body))


def test_storm_approval_greets_each_client_and_leaves_out_who_the_reviewer_removed():
    decided = _decide(_answer("Approve", body="The storm.\n", clients=["c-2"]), kind="storm")
    assert decided[0] == (7, "reject", "admin", {"reason": LEFT_OUT_REASON})
    assert decided[1][:2] == (8, "approve") and decided[1][3]["final_body"] == "Dear Peggy,\n\nThe storm.\n"


def test_storm_answer_without_the_clients_field_approves_everyone_listed():
    assert [d[1] for d in _decide(_answer("Approve", body="The storm."), kind="storm")] == ["approve", "approve"]


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


def test_operator_offers_exactly_approve_reject_snooze_and_defaults_never_send(monkeypatch):
    monkeypatch.delenv("OUTREACH_REVIEW_TIMEOUT_HOURS", raising=False)
    op = ReviewOperator(task_id="ask", review_id=7)
    assert op.options == list(OPTIONS) == ["Approve", "Reject", "Snooze"]
    assert op.defaults == ["Snooze"]  # what a timeout picks
    assert op.multiple is False
    assert op.response_timeout == timedelta(hours=72)
    assert "review_id" in op.template_fields  # so a mapped XComArg resolves at run time


def test_form_fields_become_airflow_params_with_a_multiline_body_and_a_client_multi_select():
    params = review_params([
        FormField("body", "Dear Nancy,\n\nSorry.\n", "string", "Message", format="multiline"),
        FormField("clients", ["c-1", "c-2"], "array", "Clients", examples=["c-1", "c-2"],
                  values_display={"c-1": "Nancy Olson, Eau Claire (c-1)", "c-2": "Peggy Miller (c-2)"}),
        FormField("reason", None, ["null", "string"], "Reason"),
    ])
    dumped = {k: params.get_param(k).serialize() for k in params}
    assert dumped["body"]["value"] == "Dear Nancy,\n\nSorry.\n" and dumped["body"]["schema"]["format"] == "multiline"
    # Airflow's form renders an array with examples as a multi-select, showing values_display.
    assert dumped["clients"]["value"] == ["c-1", "c-2"] and dumped["clients"]["schema"]["examples"] == ["c-1", "c-2"]
    assert dumped["clients"]["schema"]["values_display"]["c-1"].startswith("Nancy Olson")
    # Optional, so Airflow's form lets a reviewer approve without typing a reason.
    assert dumped["reason"]["value"] is None and "null" in dumped["reason"]["schema"]["type"]


def test_a_param_without_format_or_examples_has_neither():
    schema = as_param(FormField("subject", "Hi", "string", "Subject")).serialize()["schema"]
    assert "format" not in schema and "examples" not in schema

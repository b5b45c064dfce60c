"""Reviews in the store: routing to each client's adviser, storms batched per adviser, bounded runs, answers
recorded exactly once whoever reports them, and the reconcile rules (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from outreach.advisers import Adviser, AdviserDirectory, Firm, Reviewer
from outreach.client import Client
from outreach.delivery import RetryPolicy
from outreach.pipeline import deliver_approved, match_and_draft
from outreach.reviews import (
    LEFT_OUT_REASON,
    MAX_REVIEWS_PER_RUN,
    TIMEOUT_ACTOR,
    AirflowReview,
    Answer,
    RunRef,
    plan_reviews,
    quoted_lines,
    reconcile_reviews,
    record_answer,
    review_draft_ids,
    review_request,
    unasked_draft_count,
    undelivered_approved,
)
from outreach.store.clients import upsert_clients
from outreach.store.db import session_scope
from outreach.store.models import ClientRow, DecisionRow, DraftRow, ReviewDraftRow, ReviewRow
from tests.test_pipeline import _store_weather, _warning, setup

API_KEY = "SG.reviews"
FAST = RetryPolicy(max_attempts=2, initial_wait_s=0.01, max_wait_s=0.02, timeout_s=5)
DAG = "outreach_match_and_draft"
ADVISERS = {
    "jane.doe@lakeside.example": ("jane", "amy"),  # Jane and her assistant Amy
    "raj@lakeside.example": ("raj",),
    "lee@lakeside.example": ("lee",),
}
PEOPLE = {"jane": "jane.doe@lakeside.example", "amy": "amy@lakeside.example", "raj": "raj@lakeside.example",
          "lee": "lee@lakeside.example", "ops": "ops@lakeside.example"}


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


def directory() -> AdviserDirectory:
    advisers = {email: Adviser(email=email, name=email.split("@")[0].title(), firm_name="Lakeside",
                               reviewers=ids) for email, ids in ADVISERS.items()}
    people = {rid: Reviewer(rid, rid.title(), email) for rid, email in PEOPLE.items()}
    return AdviserDirectory(advisers, Firm(name="Lakeside", from_email="hello@lakeside.example", reviewers=("ops",)),
                            people)


def storm_roster(n: int) -> list[Client]:
    """n clients in Chippewa County (the warning's SAME code), spread over three advisers and none."""
    emails = [*ADVISERS, ""]
    return [Client(f"s-{i:04d}", f"Given{i}", f"Family{i % 37}", city="Chippewa Falls", state="WI",
                   postal_code="54729", county_fips="55017", email=f"s{i}@example.com",
                   advisor_email=emails[i % len(emails)], nickname="Peg" if i == 0 else "")
            for i in range(n)]


def storm(db_url: str, n: int) -> list[int]:
    ids = _store_weather(db_url, _warning(datetime.now(UTC) + timedelta(hours=2)))
    with session_scope(db_url) as s:
        upsert_clients(s, storm_roster(n))
    return match_and_draft(db_url, ids, advisers=directory())


def reviews(db_url: str) -> list[ReviewRow]:
    with session_scope(db_url) as s:
        rows = list(s.scalars(sa.select(ReviewRow).order_by(ReviewRow.id)))
        s.expunge_all()
        return rows


def approve(review_id: int, db_url: str, by: str = "jane", **params) -> Answer:
    form = {f.name: f.default for f in review_request(db_url, review_id).form}
    return Answer(["Approve"], {**form, **params}, responder_id=by, responded_at=datetime.now(UTC))


# --- planning ---------------------------------------------------------------------------------------------

def test_a_storm_is_one_review_per_adviser_listing_every_affected_client(database_url):
    drafts = storm(database_url, 40)
    plan = plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    rows = reviews(database_url)
    assert len(plan.review_ids) == len(rows) == 4  # three advisers and the firm's fallback
    assert {r.kind for r in rows} == {"storm"} and plan.left_over == 0
    by_adviser = {r.advisor_email: r for r in rows}
    assert [u["id"] for u in by_adviser["jane.doe@lakeside.example"].assignees] == ["jane", "amy"]
    assert [u["id"] for u in by_adviser[""].assignees] == ["ops"]
    listed = sorted(d for r in rows for d in review_draft_ids(database_url, r.id, approved_only=False))
    storm_drafts = [d for d in drafts if d in listed]
    assert listed == sorted(storm_drafts) and len(listed) >= 40  # every affected client, in exactly one review
    assert [r.map_index for r in rows] == [0, 1, 2, 3]
    assert plan.counts["amy"] == {"weather": 1} and plan.counts["ops"] == {"weather": 1}


def test_the_storm_request_lists_name_town_why_and_last_contact_under_one_editable_message(database_url):
    storm(database_url, 8)
    plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    jane = next(r for r in reviews(database_url) if r.advisor_email.startswith("jane"))
    req = review_request(database_url, jane.id)
    assert req.kind == "storm" and req.askable
    assert "| Client | Town | Why | Last outreach |" in req.markdown
    assert "| Given0 Family0 (s\\-0000) | Chippewa Falls, WI |" in req.markdown
    assert "county in the alert" in req.markdown and "| none |" in req.markdown
    form = {f.name: f for f in req.form}
    assert set(form) == {"subject", "body", "clients", "channel", "reason"}
    assert not form["body"].default.startswith("Dear"), "the greeting is per client, not in the shared text"
    assert "Tornado Warning" in form["body"].default and "Chippewa" not in form["body"].default
    assert form["clients"].default == form["clients"].examples and len(form["clients"].default) >= 2
    assert all(form["clients"].values_display[c].endswith(f"({c})") for c in form["clients"].default)


def test_bereavement_stays_one_review_per_draft_routed_to_the_advisers_reviewers(database_url):
    ids = setup(database_url)
    drafts = match_and_draft(database_url, ids, advisers=directory())
    plan = plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    rows = reviews(database_url)
    assert len(rows) == len(drafts) and {r.kind for r in rows} == {"draft"}
    assignees = {r.advisor_email: [u["id"] for u in r.assignees] for r in rows}
    assert assignees["jane.doe@lakeside.example"] == ["jane", "amy"]
    assert plan.counts["jane"] == {"bereavement": sum(r.advisor_email.startswith("jane") for r in rows)}


def test_a_run_asks_at_most_its_limit_and_the_next_run_asks_the_rest(database_url):
    storm(database_url, 12)
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    first = plan_reviews(database_url, RunRef(DAG, "run-1"), directory(), limit=2)
    assert len(first.review_ids) == 2 and first.left_over > 0
    assert plan_reviews(database_url, RunRef(DAG, "run-1"), directory(), limit=2).review_ids == first.review_ids
    second = plan_reviews(database_url, RunRef(DAG, "run-2"), directory())
    assert second.left_over == 0
    with session_scope(database_url) as s:
        pairs = s.execute(sa.select(ReviewDraftRow.draft_id, sa.func.count()).group_by(ReviewDraftRow.draft_id)).all()
        waiting = s.scalar(sa.select(sa.func.count()).select_from(DraftRow).where(DraftRow.status == "pending_review"))
    assert all(n == 1 for _, n in pairs) and len(pairs) == waiting, "every draft in exactly one open review"
    assert plan_reviews(database_url, RunRef(DAG, "run-3"), directory()).review_ids == []
    with pytest.raises(ValueError, match="1..1024"):
        plan_reviews(database_url, RunRef(DAG, "run-4"), directory(), limit=MAX_REVIEWS_PER_RUN * 3)


# --- answers ----------------------------------------------------------------------------------------------

def test_approving_a_storm_sends_each_included_client_their_own_greeting_once(database_url, sg, double):
    storm(database_url, 20)
    plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    jane = next(r for r in reviews(database_url) if r.advisor_email.startswith("jane"))
    form = {f.name: f.default for f in review_request(database_url, jane.id).form}
    kept, left_out = form["clients"][:-2], form["clients"][-2:]
    edited = form["body"].replace("I wanted to check in.", "I wanted to check in personally.")
    outcome = record_answer(database_url, jane.id, approve(jane.id, database_url, clients=kept, body=edited),
                            recorded_from="task")
    assert outcome.recorded and outcome.actions == {"approve": len(kept), "reject": 2}
    again = record_answer(database_url, jane.id, approve(jane.id, database_url), recorded_from="reconcile")
    assert not again.recorded, "a second report of the same answer changes nothing"
    deliver_approved(database_url, review_draft_ids(database_url, jane.id), sg, advisers=directory(), policy=FAST)
    deliver_approved(database_url, review_draft_ids(database_url, jane.id), sg, advisers=directory(), policy=FAST)
    sent = [m["body"] for m in double.messages()]
    assert len(sent) == len(kept), "one message per included client, once"
    texts = {m["personalizations"][0]["to"][0]["email"]: next(c["value"] for c in m["content"]
                                                              if c["type"] == "text/plain") for m in sent}
    assert all(t.count("personally") == 1 for t in texts.values())
    with session_scope(database_url) as s:
        out_emails = set(s.scalars(sa.select(ClientRow.email).where(ClientRow.client_id.in_(left_out))))
    assert len(out_emails) == 2 and not out_emails & set(texts), "the two left out get nothing"
    firsts = {email: t.split("\n", 1)[0] for email, t in texts.items()}
    assert firsts["s0@example.com"] == "Dear Peg,", "the nickname greets"
    assert all(line == f"Dear Given{email[1:].split('@')[0]}," for email, line in firsts.items()
               if email.startswith("s") and email != "s0@example.com")
    with session_scope(database_url) as s:
        reasons = set(s.scalars(sa.select(DecisionRow.reason).where(DecisionRow.action == "reject")))
    assert reasons == {LEFT_OUT_REASON}


def test_timeout_expires_every_draft_of_the_review_and_sends_nothing(database_url, sg, double):
    storm(database_url, 6)
    [rid, *_] = plan_reviews(database_url, RunRef(DAG, "run-1"), directory()).review_ids
    timeout = Answer(["Snooze"], {}, responder_id=None, timed_out=True)
    outcome = record_answer(database_url, rid, timeout, recorded_from="task")
    assert set(outcome.actions) == {"expire"}
    with session_scope(database_url) as s:
        assert set(s.scalars(sa.select(DecisionRow.actor))) == {TIMEOUT_ACTOR}
    deliver_approved(database_url, review_draft_ids(database_url, rid, approved_only=False), sg, policy=FAST)
    assert double.messages() == []


def test_an_unusable_answer_is_not_guessed_at_the_drafts_are_asked_again(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    [rid, *_] = plan_reviews(database_url, RunRef(DAG, "run-1"), directory()).review_ids
    outcome = record_answer(database_url, rid, approve(rid, database_url, body="  "), recorded_from="task")
    assert outcome.status == "lost" and "non-empty" in outcome.note
    again = plan_reviews(database_url, RunRef(DAG, "run-2"), directory())
    assert review_draft_ids(database_url, again.review_ids[0], approved_only=False) == \
        review_draft_ids(database_url, rid, approved_only=False)


# --- reconcile --------------------------------------------------------------------------------------------

def test_reconcile_records_an_answer_airflow_holds_for_a_task_that_failed(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    plan = plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    first = plan.review_ids[0]
    observed = {("run-1", 0): AirflowReview("failed", approve(first, database_url))}
    observed.update({("run-1", i): AirflowReview("awaiting_input") for i in range(1, len(plan.review_ids))})
    report = reconcile_reviews(database_url, observed, grace=timedelta(minutes=10))
    assert report.answers_recorded == [first] and report.reviews_reopened == []
    assert review_draft_ids(database_url, first) and undelivered_approved(database_url) == \
        review_draft_ids(database_url, first)
    again = reconcile_reviews(database_url, observed, grace=timedelta(minutes=10))
    assert again.answers_recorded == [], "recorded once"


def test_reconcile_reopens_a_review_airflow_ended_without_an_answer_and_waits_for_unexpanded_ones(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    plan = plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    observed = {("run-1", 0): AirflowReview("failed")}  # the others: no task yet (mapping not expanded)
    report = reconcile_reviews(database_url, observed, grace=timedelta(minutes=10))
    assert report.reviews_reopened == [plan.review_ids[0]]
    assert unasked_draft_count(database_url) == 1
    later = reconcile_reviews(database_url, {}, grace=timedelta(minutes=10),
                              now=datetime.now(UTC) + timedelta(minutes=11))
    assert sorted(later.reviews_reopened) == sorted(plan.review_ids[1:])
    assert unasked_draft_count(database_url) == len(plan.review_ids)
    assert len(plan_reviews(database_url, RunRef(DAG, "run-2"), directory()).review_ids) == len(plan.review_ids)


def test_review_markdown_keeps_every_line_break_of_the_message():
    lines = quoted_lines("Dear Peggy,\n\nI was so sorry.\nWarm regards,\n\nJane Doe\nLakeside")
    assert lines == ["> Dear Peggy,", ">", "> I was so sorry\\.\\", "> Warm regards,", ">", "> Jane Doe\\",
                     "> Lakeside"]
    assert quoted_lines("One.\n\nTwo") == ["> One\\.", ">", "> Two"], "no break before a blank line"


def test_draft_review_shows_the_draft_as_a_quote_not_a_code_block(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    requests = [review_request(database_url, rid)
                for rid in plan_reviews(database_url, RunRef(DAG, "run-1"), directory()).review_ids]
    req = next(r for r in requests if "Message to the client" in r.markdown)
    assert "\n> Dear " in req.markdown and "\n    Dear" not in req.markdown
    assert req.headline.startswith("Review bereavement")



def test_reconcile_sees_approvals_not_delivered_and_what_only_a_person_can_settle(database_url, sg, double):
    from outreach.reviews import overdue_reviews, stuck_deliveries
    from outreach.store import deliveries as ledger

    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=directory())
    plan = plan_reviews(database_url, RunRef(DAG, "run-1"), directory())
    client_reviews = [r for r in plan.review_ids if "Message to the client" in review_request(database_url, r).markdown]
    for rid in client_reviews:
        record_answer(database_url, rid, approve(rid, database_url), recorded_from="task")
    approved = undelivered_approved(database_url)
    assert len(approved) == len(client_reviews) >= 2, "approved and never delivered (the deliver task was lost)"
    # One of them was claimed by a worker that died mid-send: only a person may say whether it left.
    with session_scope(database_url) as s:
        ledger.ensure_delivery(s, approved[0])
        ledger.claim_delivery(s, approved[0])
        ledger.mark_unknown(s, approved[0], "timeout after the request was sent")
    outcomes = deliver_approved(database_url, undelivered_approved(database_url), sg, advisers=directory(),
                                policy=FAST)
    assert [o.status for o in outcomes] == ["sent"] * (len(approved) - 1)
    assert undelivered_approved(database_url) == []
    assert [s.split(":")[0] for s in stuck_deliveries(database_url)] == [f"draft {approved[0]}"]
    assert overdue_reviews(database_url, timedelta(hours=72)) == []
    later = datetime.now(UTC) + timedelta(hours=73)
    open_left = len(plan.review_ids) - len(client_reviews)
    assert len(overdue_reviews(database_url, timedelta(hours=72), now=later)) == open_left

"""Journaling: with ``[firm] journal_bcc`` every e-mail sent carries the firm's journal address as a per-message
BCC (SendGrid has no account-level BCC); without it, none. The real sendgrid client talks to the local double,
on SQLite and PostgreSQL. The request body stored on the ledger is the one SendGrid received."""

from __future__ import annotations

import json

import pytest

from outreach.advisers import AdviserDirectory
from outreach.delivery import FinalMessage, build_mail, deliver_draft
from outreach.pipeline import record_decision
from outreach.store.db import session_factory
from tests.test_delivery import ADVISERS, FAST, JANE, delivery_row, seed

JOURNAL = "journal@lakeside.example"


def _with_journal(journal: str) -> AdviserDirectory:
    firm = ADVISERS.firm.model_copy(update={"journal_bcc": journal})
    return AdviserDirectory({JANE.email: JANE}, firm)


def _send(db_url: str, sg, advisers: AdviserDirectory) -> int:
    [draft_id] = seed(db_url)
    record_decision(db_url, draft_id, "approve", "reviewer@lakeside.example")
    outcome = deliver_draft(session_factory(db_url), draft_id, sg, advisers=advisers, policy=FAST)
    assert outcome.status == "sent"
    return draft_id


def test_journal_bcc_is_in_the_sendgrid_request_when_set(database_url, double, sg):
    draft_id = _send(database_url, sg, _with_journal(JOURNAL))
    [message] = double.messages()
    [personalization] = message["body"]["personalizations"]
    assert personalization["bcc"] == [{"email": JOURNAL}]
    assert personalization["to"] == [{"email": "susan.halvorsen@example.com"}]
    # the ledger holds the request exactly as it left: the archive's .eml is built from it
    stored = delivery_row(database_url, draft_id).request_body
    assert json.loads(stored) == message["body"]


def test_no_bcc_in_the_sendgrid_request_when_not_set(database_url, double, sg):
    draft_id = _send(database_url, sg, ADVISERS)
    [message] = double.messages()
    assert "bcc" not in message["body"]["personalizations"][0]
    assert json.loads(delivery_row(database_url, draft_id).request_body) == message["body"]


def test_journal_address_that_is_the_recipient_is_not_added_twice():
    msg = FinalMessage(draft_id=1, decision_id=1, kind="news", to_email="Journal@Lakeside.example", to_name="",
                       subject="s", body_text="t", body_html="<p>t</p>", from_email="a@lakeside.example",
                       from_name="A", reply_to=None, bcc=JOURNAL)
    assert "bcc" not in build_mail(msg)["personalizations"][0]


def test_journal_bcc_must_be_an_address():
    with pytest.raises(ValueError, match="journal_bcc"):
        AdviserDirectory.from_mapping({"firm": {"journal_bcc": "not an address"}})

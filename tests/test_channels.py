"""Channels: the firm's policy and an adviser's override propose one, the reviewer may switch it, and the
ledger delivers each draft exactly once by its channel: an e-mail sent, a card rendered and printed once, a
call's outcome recorded once. Cards are read back with pypdf (SQLite and PostgreSQL for the store parts)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from outreach.advisers import AdviserDirectory
from outreach.cards import Card, batch_pdf, card_pdf, print_cards
from outreach.drafts import NOTICE_TEMPLATES
from outreach.pipeline import deliver_approved, match_and_draft
from outreach.reviews import (
    Answer,
    RunRef,
    call_request,
    outcome_field,
    overdue_handovers,
    plan_reviews,
    record_answer,
    record_call_answer,
    review_draft_ids,
    review_request,
)
from outreach.states import CallOutcome, Channel, DeliveryState
from outreach.store.db import session_scope
from outreach.store.models import ClientRow, DeliveryRow, DraftRow, MatchRow, ReviewDraftRow, ReviewRow
from tests.test_pipeline import setup
from tests.test_reviews import DAG, FAST, directory, reviews

API_KEY = "SG.channels"
WHEN = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


@pytest.fixture(autouse=True)
def cards_home(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTREACH_CARDS_DIR", str(tmp_path / "cards"))
    return tmp_path / "cards"


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def a_card(draft_id: int = 7, message: str = "Dear Peggy,\n\nI was so sorry to hear.\n\nJane Doe",
           name: str = "Margaret Miller") -> Card:
    return Card(draft_id=draft_id, advisor_email="jane.doe@lakeside.example", adviser_name="Jane Doe",
                firm_name="Lakeside Wealth Partners", message=message,
                address=[name, "1200 Regent St Apt 4", "Madison, WI 53711"])


# --- the PDF ----------------------------------------------------------------------------------------------

def test_a_card_pdf_holds_the_insert_and_an_envelope_with_the_clients_name_and_address():
    pages = text_of(card_pdf(a_card(), created=WHEN))
    assert len(pages) == 2
    assert "I was so sorry to hear." in pages[0] and "Jane Doe" in pages[0]
    assert "Margaret Miller" in pages[1] and "1200 Regent St Apt 4" in pages[1] and "Madison, WI 53711" in pages[1]
    assert card_pdf(a_card(), created=WHEN) == card_pdf(a_card(), created=WHEN), "same inputs, same bytes"


def test_hostile_text_in_a_card_prints_as_the_literal_characters():
    hostile = "Dear <b>Bob</b> **bold** {{ 7*7 }} ) Tj /JavaScript (x) \\ <script>alert(1)</script> Zoë 李"
    pdf = card_pdf(a_card(message=hostile, name="Robert ) Tj <i>O'Brien</i>"), created=WHEN)
    insert, envelope = text_of(pdf)
    flat = " ".join(insert.split())
    for piece in ("<b>Bob</b>", "**bold**", "{{ 7*7 }}", ") Tj /JavaScript (x)", "<script>alert(1)</script>", "Zoë"):
        assert piece in flat, piece
    assert "Robert ) Tj <i>O'Brien</i>" in envelope
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert "/Names" not in root and "/AA" not in root and "/AcroForm" not in root, "no scripts, no forms"
    assert isinstance(root.get("/OpenAction", []), list), "opening only shows a page (no action dictionary)"
    assert all("/Annots" not in page for page in PdfReader(io.BytesIO(pdf)).pages), "no links"


def test_a_batch_has_one_insert_page_per_card_then_the_address_labels():
    cards = [a_card(i, name=f"Client {i}") for i in range(1, 36)]
    pages = text_of(batch_pdf(cards, title="Cards", created=WHEN))
    assert len(pages) == 35 + 2, "35 inserts, then two sheets of 30 labels"
    assert all(f"Card {i} " in pages[i - 1] for i in range(1, 36))
    assert "Client 1\n" in pages[35] + "\n" and "Client 35" in pages[36]


# --- the policy -------------------------------------------------------------------------------------------

def test_the_advisers_file_policy_and_an_advisers_override_choose_the_default_channel():
    d = AdviserDirectory.from_mapping({
        "firm": {"channels": {"default": "email", "bereavement": "card", "weather_severity": {"Extreme": "call"},
                              "templates": {"news_concern": "card"}}},
        "advisers": {"jane@x.example": {"name": "Jane", "channels": {"bereavement": "call", "default": "card"}},
                     "raj@x.example": {"name": "Raj"}}})
    assert d.channel_for("raj@x.example", "bereavement", "condolence_survivor") == Channel.CARD
    assert d.channel_for("raj@x.example", "weather", "weather_concern", "extreme") == Channel.CALL
    assert d.channel_for("raj@x.example", "weather", "weather_concern", "Severe") == Channel.EMAIL
    assert d.channel_for("raj@x.example", "news", "news_concern") == Channel.CARD
    assert d.channel_for("", "news", "news_note") == Channel.EMAIL, "no adviser: the firm's policy"
    assert d.channel_for("jane@x.example", "bereavement", "condolence_survivor") == Channel.CALL, "her override"
    assert d.channel_for("jane@x.example", "weather", "weather_concern", "Extreme") == Channel.CALL, \
        "the firm's more specific rule beats her default"
    assert d.channel_for("jane@x.example", "news", "news_note") == Channel.CARD, "her default beats the firm's"
    assert AdviserDirectory().channel_for("", "bereavement", "condolence_survivor") == Channel.EMAIL


# --- the store and the ledger -----------------------------------------------------------------------------

def _reachable(db_url: str, *, address: bool = True, phone: bool = True) -> None:
    with session_scope(db_url) as s:
        for i, client in enumerate(s.scalars(sa.select(ClientRow))):
            client.address_line = f"{100 + i} Main St" if address else ""
            client.postal_code = client.postal_code or "54729"
            client.city, client.state = client.city or "Eau Claire", client.state or "WI"
            client.phone = "+16085550100" if phone else ""


def _drafted(db_url: str, advisers: AdviserDirectory, **reach: bool) -> list[ReviewRow]:
    """The draft reviews of client-facing messages (not the adviser notices)."""
    ids = setup(db_url)
    _reachable(db_url, **reach)
    match_and_draft(db_url, ids, advisers=advisers)
    plan_reviews(db_url, RunRef(DAG, "run-1"), directory())
    with session_scope(db_url) as s:
        notices = set(s.scalars(sa.select(ReviewDraftRow.review_id)
                                .join(DraftRow, DraftRow.id == ReviewDraftRow.draft_id)
                                .where(DraftRow.template.in_(NOTICE_TEMPLATES))))
    return [r for r in reviews(db_url) if r.kind == "draft" and r.id not in notices]


def _approve(db_url: str, review_id: int, **params) -> Answer:
    form = {f.name: f.default for f in review_request(db_url, review_id).form}
    return Answer(["Approve"], {**form, **params}, responder_id="jane", responded_at=datetime.now(UTC))


def test_drafts_propose_the_policys_channel_when_the_client_can_receive_it(database_url):
    advisers = AdviserDirectory.from_mapping({
        "firm": {"channels": {"bereavement": "card"}},
        "advisers": {"raj@lakeside.example": {"name": "Raj", "channels": {"bereavement": "call"}}}})
    _drafted(database_url, advisers)
    with session_scope(database_url) as s:
        rows = s.execute(sa.select(DraftRow.advisor_email, DraftRow.channel, DraftRow.template)).all()
    client_facing = [(a, c) for a, c, t in rows if not t.startswith("adviser_notice")]
    assert client_facing
    assert all(c == ("call" if a == "raj@lakeside.example" else "card") for a, c in client_facing)
    assert all(c == "email" for _, c, t in rows if t.startswith("adviser_notice"))


def test_the_reviewer_switching_email_to_card_gets_a_card_and_no_email(database_url, sg, double, cards_home):
    review = _drafted(database_url, directory())[0]
    req = review_request(database_url, review.id)
    field = next(f for f in req.form if f.name == "channel")
    assert field.default == "email" and field.enum == ["email", "card", "call"]
    assert record_answer(database_url, review.id, _approve(database_url, review.id, channel="card"),
                         recorded_from="task").recorded
    drafts = review_draft_ids(database_url, review.id)
    outcomes = deliver_approved(database_url, drafts, sg, advisers=directory(), policy=FAST)
    again = deliver_approved(database_url, drafts, sg, advisers=directory(), policy=FAST)
    assert [o.status for o in outcomes] == ["rendered"] and [o.status for o in again] == ["rendered"]
    assert double.messages() == [], "no e-mail"
    with session_scope(database_url) as s:
        row = s.scalars(sa.select(DeliveryRow).where(DeliveryRow.draft_id == drafts[0])).one()
        client = s.scalar(sa.select(ClientRow).join(MatchRow, MatchRow.client_id == ClientRow.client_id)
                          .join(DraftRow, DraftRow.match_id == MatchRow.id).where(DraftRow.id == drafts[0]))
        path, state, channel, name, street = row.artifact_path, row.state, row.channel, client.last_name, \
            client.address_line
    assert (state, channel) == (DeliveryState.RENDERED, Channel.CARD)
    envelope = text_of(Path(path).read_bytes())[1]
    assert name in envelope and street in envelope
    today = datetime.now(UTC).date()
    batch = print_cards(database_url, review.advisor_email, today, root=cards_home)
    assert batch is not None and batch.newly_printed == drafts
    assert len(PdfReader(str(batch.path)).pages) == len(drafts) + 1
    rerun = print_cards(database_url, review.advisor_email, today, root=cards_home)
    assert rerun is not None and rerun.draft_ids == drafts and rerun.newly_printed == [], "printed once"
    assert print_cards(database_url, review.advisor_email, today - timedelta(days=1), root=cards_home) is None
    with session_scope(database_url) as s:
        assert s.scalar(sa.select(DeliveryRow.state).where(DeliveryRow.draft_id == drafts[0])) == "printed"
        assert s.scalar(sa.select(DraftRow.status).where(DraftRow.id == drafts[0])) == "sent"


def test_a_call_outcome_is_recorded_once_even_when_the_form_is_submitted_twice(database_url, sg, double):
    review = _drafted(database_url, directory())[0]
    record_answer(database_url, review.id, _approve(database_url, review.id, channel="call"), recorded_from="task")
    drafts = review_draft_ids(database_url, review.id)
    assert [o.status for o in deliver_approved(database_url, drafts, sg, advisers=directory(),
                                               policy=FAST)] == ["call_open"]
    assert double.messages() == []
    req = call_request(database_url, review.id)
    assert req.askable and req.draft_ids == drafts
    assert "\\(608\\) 555\\-0100" in req.markdown and "condolences" in req.markdown
    assert [f.enum for f in req.form if f.name == outcome_field(drafts[0])] == [[str(o) for o in CallOutcome]]
    assert overdue_handovers(database_url, timedelta(hours=1), now=datetime.now(UTC) + timedelta(hours=2))
    first = Answer(["Record outcomes"], {outcome_field(drafts[0]): "voicemail", "note": "left a message"},
                   responder_id="jane", responded_at=datetime.now(UTC))
    second = Answer(["Record outcomes"], {outcome_field(drafts[0]): "reached"}, responder_id="amy",
                    responded_at=datetime.now(UTC))
    assert record_call_answer(database_url, review.id, first, recorded_from="task") == {drafts[0]: True}
    assert record_call_answer(database_url, review.id, second, recorded_from="reconcile") == {drafts[0]: False}
    with session_scope(database_url) as s:
        row = s.scalars(sa.select(DeliveryRow).where(DeliveryRow.draft_id == drafts[0])).one()
        assert (row.state, row.call_outcome, row.outcome_by, row.outcome_note) == \
            ("called", "voicemail", "jane", "left a message")
    assert not call_request(database_url, review.id).askable
    assert overdue_handovers(database_url, timedelta(hours=1), now=datetime.now(UTC) + timedelta(hours=2)) == []


def test_a_channel_the_client_cannot_receive_is_not_guessed_at(database_url):
    review = _drafted(database_url, directory(), address=False, phone=False)[0]
    field = next(f for f in review_request(database_url, review.id).form if f.name == "channel")
    assert field.enum == ["email"]
    outcome = record_answer(database_url, review.id, _approve(database_url, review.id, channel="card"),
                            recorded_from="task")
    assert outcome.status == "lost" and "cannot receive a card" in outcome.note

"""The DAG-facing pipeline steps, end to end on SQLite and PostgreSQL with the real matcher, feeds over
real HTTP (pytest-httpserver) and the real sendgrid client against the local double."""

from __future__ import annotations

import dataclasses
import re
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
import sqlalchemy as sa

from outreach.advisers import Adviser, AdviserDirectory, Firm
from outreach.client import Client
from outreach.delivery import RetryPolicy
from outreach.feeds.item import FeedItem
from outreach.pipeline import (
    DecisionError,
    deliver_approved,
    ingest_kind,
    markdown_escape,
    match_and_draft,
    record_decision,
)
from outreach.store.clients import upsert_clients
from outreach.store.db import session_scope, upgrade
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.models import ClientRow, DecisionRow, DeliveryRow, DraftRow, EventRow, MatchRow

API_KEY = "SG.pipeline"
FAST = RetryPolicy(max_attempts=2, initial_wait_s=0.01, max_wait_s=0.02, timeout_s=5)
JANE = Adviser(email="jane.doe@lakeside.example", name="Jane Doe", title="Senior Wealth Adviser",
               firm_name="Lakeside Wealth Partners")
ADVISERS = AdviserDirectory({JANE.email: JANE}, Firm(name="Lakeside Wealth Partners",
                                                     from_email="hello@lakeside.example",
                                                     notice_email="compliance@lakeside.example"))

ROSTER = [
    Client("c-100", "Susan", "Halvorsen", city="Chippewa Falls", state="WI", postal_code="54729", county_fips="55017",
           email="susan@example.com", advisor_email="jane.doe@lakeside.example"),
    Client("c-200", "Robert", "Miller", middle_name="James", city="Eau Claire", state="WI", postal_code="54701",
           county_fips="55035", email="bob@example.com", advisor_email="jane.doe@lakeside.example",
           spouse_first_name="Margaret", spouse_last_name="Miller"),
    Client("c-300", "Margaret", "Miller", nickname="Peggy", city="Eau Claire", state="WI", postal_code="54701",
           county_fips="55035", email="peggy@example.com", advisor_email="jane.doe@lakeside.example",
           spouse_first_name="Robert", spouse_last_name="Miller"),
    Client("c-400", "Linda", "Carlson", maiden_name="Miller", city="Menomonie", state="WI", email="",
           advisor_email="raj@lakeside.example"),
    Client("c-500", "Gary", "Miller", city="Altoona", state="WI", email="gary@example.com", do_not_contact=True),
]
MILLER_OBIT = (
    "Robert James Miller, 84, of Eau Claire, passed away peacefully on Monday, May 4, 2026, at his home. "
    "Bob was born in 1941 in Eau Claire to Harold and Ruth Miller. He is survived by his wife of 60 years, "
    "Margaret \"Peggy\" Miller of Eau Claire; his daughter Susan (Tom) Halvorsen of Chippewa Falls; his sister "
    "Linda (Miller) Carlson of Menomonie; his brother Gary Miller of Altoona; and grandchildren Amy, Ben and Cole. "
    "He was preceded in death by his parents and a brother, Donald. Rev. Paul Anderson will officiate."
)
PUBLISHED = datetime(2026, 5, 5, 14, 0, tzinfo=UTC)


def obit(item_id: str = "obit-miller", source: str = "leader-telegram") -> FeedItem:
    return FeedItem(source=source, item_id=item_id, kind="bereavement", title="Robert James Miller",
                    text=MILLER_OBIT, link="https://obits.example/miller", published=PUBLISHED)


def setup(db_url: str, items_by_source: dict[str, list[FeedItem]] | None = None) -> list[int]:
    """Migrate, import the roster and store items per source; returns the new feed_items ids."""
    upgrade(db_url)
    items_by_source = items_by_source if items_by_source is not None else {"leader-telegram": [obit()]}
    ids: list[int] = []
    with session_scope(db_url) as s:
        upsert_clients(s, ROSTER)
        for name, items in items_by_source.items():
            source, _ = add_feed_source(s, name, f"https://{name}.example/rss", "obituary")
            ids += store_items(s, source, items)
    return ids


def count(db_url: str, model) -> int:
    with session_scope(db_url) as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def drafts_by_client(db_url: str) -> dict[str, DraftRow]:
    with session_scope(db_url) as s:
        rows = s.execute(sa.select(MatchRow.client_id, DraftRow).join(DraftRow, DraftRow.match_id == MatchRow.id))
        return {client_id: draft for client_id, draft in rows}


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


# --- match_and_draft ----------------------------------------------------------------------------------

def test_match_and_draft_drafts_each_match_for_review(database_url):
    ids = setup(database_url)
    draft_ids = match_and_draft(database_url, ids, advisers=ADVISERS)
    drafts = drafts_by_client(database_url)
    assert sorted(draft_ids) == sorted(d.id for d in drafts.values() if d.status == "pending_review")
    assert drafts["c-100"].template == "condolence_survivor"
    assert "the passing of your father, Robert." in drafts["c-100"].body_text
    assert drafts["c-300"].template == "condolence_spouse_of_deceased_client"
    assert drafts["c-300"].to_email == "peggy@example.com" and "Dear Peggy" in drafts["c-300"].body_text
    assert "c-500" not in drafts  # do-not-contact: no draft at all


def test_spouse_condolence_names_the_deceased_client_the_engine_linked(database_url, monkeypatch):
    # The roster knows Robert as Bob: the spouse's condolence uses the linked client, not the obituary's name.
    bob = dataclasses.replace(ROSTER[1], nickname="Bob")
    monkeypatch.setattr(sys.modules[__name__], "ROSTER", [ROSTER[0], bob, *ROSTER[2:]])
    match_and_draft(database_url, setup(database_url), advisers=ADVISERS)
    draft = drafts_by_client(database_url)["c-300"]
    assert draft.template == "condolence_spouse_of_deceased_client" and "learn of Bob's passing" in draft.body_text
    with session_scope(database_url) as s:
        details = s.scalar(sa.select(MatchRow.details).where(MatchRow.client_id == "c-300"))
    assert details["deceased_client_id"] == "c-200"


def test_deceased_client_gets_an_adviser_notice_and_is_flagged(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=ADVISERS)
    notice = drafts_by_client(database_url)["c-200"]
    assert notice.template == "adviser_notice_deceased_client"
    assert notice.to_email == "jane.doe@lakeside.example" and notice.status == "pending_review"
    with session_scope(database_url) as s:
        assert s.get(ClientRow, "c-200").deceased_at == PUBLISHED


def test_an_uncorroborated_death_is_a_notice_to_verify_and_flags_nobody(database_url):
    # Name and town only (no age, no spouse, no birth date to compare): a possible match for the adviser to
    # verify; the client is not flagged deceased and nobody in the household gets a condolence.
    text = "Robert J. Miller of Eau Claire died Monday, May 4, 2026. Services are pending."
    item = FeedItem(source="leader-telegram", item_id="obit-namesake", kind="bereavement",
                    title="Robert J. Miller", text=text, link="https://obits.example/rm", published=PUBLISHED)
    ids = setup(database_url, {"leader-telegram": [item]})
    match_and_draft(database_url, ids, advisers=ADVISERS)
    drafts = drafts_by_client(database_url)
    assert drafts["c-200"].template == "adviser_notice_possible_deceased_client"
    assert drafts["c-200"].to_email == "jane.doe@lakeside.example"
    assert "c-300" not in drafts
    with session_scope(database_url) as s:
        assert s.get(ClientRow, "c-200").deceased_at is None


def test_client_without_an_email_gets_a_suppressed_draft_not_a_review(database_url):
    ids = setup(database_url)
    draft_ids = match_and_draft(database_url, ids, advisers=ADVISERS)
    linda = drafts_by_client(database_url)["c-400"]
    assert linda.status == "suppressed" and linda.id not in draft_ids


def test_rerun_over_the_same_items_adds_nothing_and_returns_the_same_drafts(database_url):
    ids = setup(database_url)
    first = match_and_draft(database_url, ids, advisers=ADVISERS)
    counts = [count(database_url, m) for m in (EventRow, MatchRow, DraftRow)]
    assert first and match_and_draft(database_url, ids, advisers=ADVISERS) == first
    assert [count(database_url, m) for m in (EventRow, MatchRow, DraftRow)] == counts


def test_rerun_after_review_returns_only_drafts_still_awaiting_review(database_url):
    ids = setup(database_url)
    first = match_and_draft(database_url, ids, advisers=ADVISERS)
    record_decision(database_url, first[0], "approve", "alice")
    record_decision(database_url, first[1], "reject", "alice", reason="no")
    assert match_and_draft(database_url, ids, advisers=ADVISERS) == first[2:]


def test_same_obituary_in_two_feeds_is_one_outreach_per_client(database_url):
    ids = setup(database_url, {"leader-telegram": [obit("lt-1", "leader-telegram")],
                               "funeral-home": [obit("fh-99", "funeral-home")]})
    assert len(ids) == 2
    match_and_draft(database_url, ids, advisers=ADVISERS)
    with session_scope(database_url) as s:
        per_client = s.execute(sa.select(MatchRow.client_id, sa.func.count()).group_by(MatchRow.client_id)).all()
    assert per_client and all(n == 1 for _, n in per_client)
    assert count(database_url, EventRow) == 1


def test_obituary_arriving_in_a_later_run_from_a_second_feed_adds_nothing(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=ADVISERS)
    before = count(database_url, DraftRow)
    with session_scope(database_url) as s:
        source, _ = add_feed_source(s, "funeral-home", "https://fh.example/rss", "obituary")
        later = store_items(s, source, [obit("fh-99", "funeral-home")])
    assert match_and_draft(database_url, later, advisers=ADVISERS) == []
    assert count(database_url, DraftRow) == before


def test_deceased_client_gets_no_outreach_later(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=ADVISERS)
    storm = FeedItem(source="news", item_id="news-1", kind="news", title="Eau Claire man wins award",
                     text="Robert Miller of Eau Claire received the Volunteer of the Year award on Friday.",
                     published=datetime(2026, 6, 1, tzinfo=UTC))
    with session_scope(database_url) as s:
        source, _ = add_feed_source(s, "news", "https://news.example/rss", "news")
        later = store_items(s, source, [storm])
    match_and_draft(database_url, later, advisers=ADVISERS)
    with session_scope(database_url) as s:
        roles = s.execute(sa.select(MatchRow.role).where(MatchRow.client_id == "c-200")).scalars().all()
    assert roles == ["deceased_client"]


def test_open_drafts_of_a_client_who_dies_are_suppressed(database_url):
    upgrade(database_url)
    award = FeedItem(source="news", item_id="news-1", kind="news", title="Eau Claire man wins award",
                     text="Robert Miller of Eau Claire received the Volunteer of the Year award on Friday.",
                     published=datetime(2026, 5, 1, tzinfo=UTC))
    with session_scope(database_url) as s:
        upsert_clients(s, ROSTER)
        news, _ = add_feed_source(s, "news", "https://news.example/rss", "news")
        first = store_items(s, news, [award])
    [news_draft] = match_and_draft(database_url, first, advisers=ADVISERS)
    record_decision(database_url, news_draft, "approve", "alice")
    with session_scope(database_url) as s:
        obits, _ = add_feed_source(s, "obits", "https://obits.example/rss", "obituary")
        later = store_items(s, obits, [obit()])
    match_and_draft(database_url, later, advisers=ADVISERS)
    with session_scope(database_url) as s:
        assert s.get(DraftRow, news_draft).status == "suppressed"


def test_match_and_draft_of_no_items_is_empty(database_url):
    upgrade(database_url)
    assert match_and_draft(database_url, [], advisers=ADVISERS) == []


# --- review ---------------------------------------------------------------------------------------------

def review_of(db_url: str, draft_id: int):
    """The Required Action that asks about ``draft_id`` (planning the drafts not yet asked)."""
    from outreach.reviews import RunRef, plan_reviews, review_request
    from outreach.store.models import ReviewDraftRow

    plan_reviews(db_url, RunRef("test", f"run-for-{draft_id}"), ADVISERS)
    with session_scope(db_url) as s:
        review_id = s.scalar(sa.select(ReviewDraftRow.review_id).where(ReviewDraftRow.draft_id == draft_id))
    return review_request(db_url, review_id)


def test_review_request_shows_who_why_and_the_draft(database_url):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=ADVISERS)
    draft = drafts_by_client(database_url)["c-100"]
    r = review_of(database_url, draft.id)
    assert "Message to the client**: Susan Halvorsen (c\\-100)" in r.markdown
    assert "Kind / role: bereavement / survivor" in r.markdown and re.search(r"- Score: [01]\.\d\d\n", r.markdown)
    assert "Evidence: " in r.markdown and "Halvorsen" in r.markdown.split("Evidence: ")[1].split("\n")[0]
    assert "- Checks: town Chippewa Falls agrees" in r.markdown  # what the score rests on (MatchDetails.checks)
    assert "[Robert James Miller](<https://obits.example/miller>)" in r.markdown
    form = {f.name: f.default for f in r.form}
    assert form["subject"] == draft.subject and form["body"] == draft.body_text
    assert r.draft_ids == [draft.id] and r.headline == f"Review bereavement draft #{draft.id} for Susan Halvorsen"


def test_review_markdown_escapes_hostile_feed_text(database_url):
    upgrade(database_url)
    hostile = FeedItem(source="obits", item_id="h-1", kind="bereavement",
                       title="[click](javascript:alert(1)) <img src=x onerror=alert(2)> **Miller**",
                       text=MILLER_OBIT, link="javascript:alert(3)", published=PUBLISHED)
    with session_scope(database_url) as s:
        upsert_clients(s, ROSTER)
        source, _ = add_feed_source(s, "obits", "https://obits.example/rss", "obituary")
        ids = store_items(s, source, [hostile])
    match_and_draft(database_url, ids, advisers=ADVISERS)
    r = review_of(database_url, drafts_by_client(database_url)["c-100"].id)
    assert "](<" not in r.markdown, "no link for a javascript: source"
    assert "javascript" not in r.markdown and "<img" not in r.markdown
    assert "\\*\\*Miller\\*\\*" in r.markdown and "\\[click\\]" in r.markdown


def test_markdown_escape():
    assert markdown_escape("a_b *c* [d](e) <f>") == "a\\_b \\*c\\* \\[d\\]\\(e\\) \\<f\\>"


def test_review_request_for_a_missing_review(database_url):
    from outreach.reviews import review_request

    upgrade(database_url)
    with pytest.raises(LookupError, match="review 404"):
        review_request(database_url, 404)


# --- decisions ------------------------------------------------------------------------------------------

def _one_draft(db_url: str) -> int:
    ids = setup(db_url)
    match_and_draft(db_url, ids, advisers=ADVISERS)
    return drafts_by_client(db_url)["c-100"].id


def decisions(db_url: str, draft_id: int) -> list[DecisionRow]:
    with session_scope(db_url) as s:
        return list(s.scalars(sa.select(DecisionRow).where(DecisionRow.draft_id == draft_id).order_by(DecisionRow.id)))


def test_approve_records_who_when_and_the_final_text(database_url):
    draft_id = _one_draft(database_url)
    record_decision(database_url, draft_id, "approve", "alice@lakeside.example")
    [d] = decisions(database_url, draft_id)
    with session_scope(database_url) as s:
        draft = s.get(DraftRow, draft_id)
        assert draft.status == "approved"
        assert (d.action, d.actor, d.final_subject, d.final_body_text) == (
            "approve", "alice@lakeside.example", draft.subject, draft.body_text)
    assert d.decided_at is not None and d.source == "airflow-hitl"


def test_edited_approval_stores_the_cleaned_edit(database_url):
    draft_id = _one_draft(database_url)
    record_decision(database_url, draft_id, "approve", "alice", final_subject="For Sue\r\nBcc: x@example.com",
                    final_body="Dear Sue,\u202e\n\nSo sorry.\n\nJane")
    [d] = decisions(database_url, draft_id)
    assert d.final_subject == "For Sue Bcc: x@example.com"
    assert d.final_body_text == "Dear Sue,\n\nSo sorry.\n\nJane\n"


def test_same_hitl_response_recorded_twice_is_one_decision(database_url):
    draft_id = _one_draft(database_url)
    for _ in range(3):
        record_decision(database_url, draft_id, "reject", "bob", reason="wrong Susan")
    [d] = decisions(database_url, draft_id)
    assert (d.action, d.reason) == ("reject", "wrong Susan")
    with session_scope(database_url) as s:
        assert s.get(DraftRow, draft_id).status == "rejected"


def test_snooze_then_approve_appends(database_url):
    draft_id = _one_draft(database_url)
    record_decision(database_url, draft_id, "snooze", "bob")
    record_decision(database_url, draft_id, "approve", "bob")
    assert [d.action for d in decisions(database_url, draft_id)] == ["snooze", "approve"]


def test_unknown_action_is_refused(database_url):
    draft_id = _one_draft(database_url)
    with pytest.raises(DecisionError, match="unknown action 'send'"):
        record_decision(database_url, draft_id, "send", "mallory")
    assert decisions(database_url, draft_id) == []


def test_approval_with_an_empty_body_is_refused(database_url):
    draft_id = _one_draft(database_url)
    with pytest.raises(DecisionError, match="empty"):
        record_decision(database_url, draft_id, "approve", "alice", final_body="   ")
    assert decisions(database_url, draft_id) == []


def test_sent_draft_cannot_be_decided_again(database_url, sg):
    draft_id = _one_draft(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    deliver_approved(database_url, [draft_id], sg, advisers=ADVISERS, policy=FAST)
    record_decision(database_url, draft_id, "approve", "alice")  # the same response again: fine, no-op
    with pytest.raises(DecisionError, match="cannot be decided again"):
        record_decision(database_url, draft_id, "reject", "bob")
    assert len(decisions(database_url, draft_id)) == 1


def test_decision_for_a_missing_draft(database_url):
    upgrade(database_url)
    with pytest.raises(LookupError):
        record_decision(database_url, 12345, "approve", "alice")


# --- delivery ---------------------------------------------------------------------------------------------

def test_only_approved_drafts_are_delivered(database_url, double, sg):
    ids = setup(database_url)
    draft_ids = match_and_draft(database_url, ids, advisers=ADVISERS)
    drafts = drafts_by_client(database_url)
    record_decision(database_url, drafts["c-100"].id, "approve", "alice")
    record_decision(database_url, drafts["c-300"].id, "reject", "alice", reason="let the family grieve first")
    outcomes = {o.draft_id: o.status for o in deliver_approved(database_url, draft_ids + [999], sg, advisers=ADVISERS,
                                                              policy=FAST)}
    assert outcomes[drafts["c-100"].id] == "sent"
    assert outcomes[drafts["c-300"].id] == "not_approved"
    assert outcomes[drafts["c-200"].id] == "not_approved"  # the adviser notice was not reviewed
    assert outcomes[999] == "failed"
    [message] = double.messages()
    assert message["body"]["personalizations"][0]["to"] == [{"email": "susan@example.com"}]


def test_cleared_dag_run_rerun_sends_nothing_twice(database_url, double, sg):
    """The whole chain run twice, as a cleared DAG run would: same items, same HITL answers."""
    ids = setup(database_url)

    def run() -> list[int]:
        created = match_and_draft(database_url, ids, advisers=ADVISERS)
        for client_id, action in (("c-100", "approve"), ("c-300", "approve"), ("c-200", "reject")):
            draft = drafts_by_client(database_url)[client_id]
            record_decision(database_url, draft.id, action, "alice", reason=None if action == "approve" else "known")
        everything = [d.id for d in drafts_by_client(database_url).values()]
        deliver_approved(database_url, everything, sg, advisers=ADVISERS, policy=FAST)
        return created

    assert run() and run() == []  # the second run finds every draft already decided
    sent_to = sorted(m["body"]["personalizations"][0]["to"][0]["email"] for m in double.messages())
    assert sent_to == ["peggy@example.com", "susan@example.com"]
    assert count(database_url, DeliveryRow) == 2
    assert count(database_url, DecisionRow) == 3


# --- ingest -----------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Leader-Telegram obituaries</title><link>https://obits.example/</link>
<description>Obituaries</description>
<item><title>Robert James Miller</title><link>https://obits.example/miller</link><guid>obit-miller</guid>
<pubDate>{date}</pubDate><description>{text}</description></item>
</channel></rss>"""


def test_ingest_kind_fetches_enabled_sources_over_http_once(database_url, httpserver):
    httpserver.expect_request("/obits.xml").respond_with_data(
        RSS.format(date=format_datetime(PUBLISHED), text=MILLER_OBIT.replace('"', "&quot;")),
        content_type="application/rss+xml")
    upgrade(database_url)
    with session_scope(database_url) as s:
        upsert_clients(s, ROSTER)
        add_feed_source(s, "leader-telegram", httpserver.url_for("/obits.xml"), "obituary")
        add_feed_source(s, "weather-off", httpserver.url_for("/never.xml"), "weather", enabled=False)
    first = ingest_kind(database_url, "obituary")
    assert len(first) == 1
    assert ingest_kind(database_url, "obituary") == []  # same entries: nothing new
    assert ingest_kind(database_url, "weather") == []  # only a disabled source
    drafts = match_and_draft(database_url, first, advisers=ADVISERS)
    assert drafts


def test_ingest_kind_rejects_an_unknown_kind(database_url):
    upgrade(database_url)
    with pytest.raises(ValueError, match="unknown feed kind 'gossip'"):
        ingest_kind(database_url, "gossip")


def test_decision_on_a_draft_suppressed_while_awaiting_review_is_kept_but_never_sent(database_url, double, sg):
    ids = setup(database_url)
    match_and_draft(database_url, ids, advisers=ADVISERS)
    draft_id = drafts_by_client(database_url)["c-100"].id
    with session_scope(database_url) as s:
        s.get(DraftRow, draft_id).status = "suppressed"  # as store_matches does when the client dies
    record_decision(database_url, draft_id, "approve", "alice")
    assert [d.action for d in decisions(database_url, draft_id)] == ["approve"]
    [outcome] = deliver_approved(database_url, [draft_id], sg, advisers=ADVISERS, policy=FAST)
    assert outcome.status == "suppressed" and double.requests == []


# --- weather --------------------------------------------------------------------------------------------

def _warning(expires: datetime, identifier: str = "urn:oid:2.49.0.1.840.0.tor1") -> FeedItem:
    from outreach.feeds.item import WeatherAlert

    sent = expires - timedelta(hours=1)
    wa = WeatherAlert(identifier=identifier, event="Tornado Warning", severity="Extreme", urgency="Immediate",
                      certainty="Observed", status="Actual", msg_type="Alert", sent=sent, effective=sent, onset=sent,
                      expires=expires, ends=None, area_desc="Chippewa, WI", headline="TORNADO WARNING!!!",
                      sender_name="NWS La Crosse WI", same=("055017",), ugc=("WIC017",),
                      vtec=(f"/O.NEW.KARX.TO.W.0042.{sent:%y%m%dT%H%MZ}-{expires:%y%m%dT%H%MZ}/",))
    return FeedItem(source="nws", item_id=identifier, kind="weather", title=wa.headline, text="Take cover now!",
                    link="https://api.weather.gov/alerts/" + identifier, published=sent, alert=wa)


def _store_weather(db_url: str, item: FeedItem) -> list[int]:
    upgrade(db_url)
    with session_scope(db_url) as s:
        upsert_clients(s, ROSTER)
        source, _ = add_feed_source(s, "nws", "https://api.weather.gov/alerts/active.atom?area=WI", "weather")
        return store_items(s, source, [item])


def test_severe_weather_warning_drafts_a_calm_note_naming_the_event_and_town(database_url):
    ids = _store_weather(database_url, _warning(datetime.now(UTC) + timedelta(hours=2)))
    [draft_id] = match_and_draft(database_url, ids, advisers=ADVISERS)
    with session_scope(database_url) as s:
        client_id, role, body = s.execute(sa.select(MatchRow.client_id, MatchRow.role, DraftRow.body_text)
                                          .join(DraftRow, DraftRow.match_id == MatchRow.id)
                                          .where(DraftRow.id == draft_id)).one()
    assert (client_id, role) == ("c-100", "in_area")
    assert "Tornado Warning" in body and "the Chippewa Falls area" in body
    assert "!" not in body and "TORNADO" not in body


def test_expired_warning_drafts_nothing_unless_replayed(database_url):
    ids = _store_weather(database_url, _warning(datetime(2026, 5, 1, 20, 0, tzinfo=UTC)))
    assert match_and_draft(database_url, ids, advisers=ADVISERS) == []
    assert len(match_and_draft(database_url, ids, advisers=ADVISERS, replay=True)) == 1

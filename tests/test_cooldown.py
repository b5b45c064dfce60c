"""Contact history and cooldown: an outreach the firm's cooldown forbids is held back with its reason (draft
status ``held``), never asked for review, shown by ``outreach history`` and counted for the digest; the review
shows each client's last three contacts. SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from outreach.advisers import AdviserDirectory, Cooldown, CooldownRule
from outreach.cli import main
from outreach.pipeline import held_drafts, match_and_draft
from outreach.reviews import RunRef, plan_reviews, reopen_drafts
from outreach.store.db import session_scope
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.history import client_history
from outreach.store.models import DraftRow, MatchRow
from tests.test_pipeline import ADVISERS, JANE, _store_weather, _warning, obit, setup

AFTER_CONDOLENCE = CooldownRule(kind="weather", after="bereavement", within_hours=14 * 24)
ONE_WEATHER_NOTE = CooldownRule(kind="weather", after="weather", within_hours=72)


def _advisers(*rules: CooldownRule) -> AdviserDirectory:
    firm = ADVISERS.firm.model_copy(update={"cooldown": Cooldown(rules=rules)})
    return AdviserDirectory({JANE.email: JANE}, firm)


def _storm(n: int) -> object:
    """Tornado warnings over Chippewa County (Susan Halvorsen, c-100), each a storm of its own."""
    item = _warning(datetime.now(UTC) + timedelta(hours=2), identifier=f"urn:oid:2.49.0.1.840.0.tor{n}")
    alert = item.alert
    vtec = (alert.vtec[0].replace(".0042.", f".{40 + n:04d}."),)
    return dataclasses.replace(item, alert=dataclasses.replace(alert, vtec=vtec))


def _store_more_weather(db_url: str, item) -> list[int]:
    with session_scope(db_url) as s:
        source, _ = add_feed_source(s, "nws", "https://api.weather.gov/alerts/active.atom?area=WI", "weather")
        return store_items(s, source, [item])


def _susans_drafts(db_url: str) -> list[tuple[int, str, str | None]]:
    with session_scope(db_url) as s:
        return [tuple(r) for r in s.execute(
            sa.select(DraftRow.id, DraftRow.status, DraftRow.hold_reason)
            .join(MatchRow, MatchRow.id == DraftRow.match_id)
            .where(MatchRow.client_id == "c-100").order_by(DraftRow.id))]


def test_no_weather_note_within_14_days_of_a_condolence_held_with_its_reason(database_url, monkeypatch, capsys):
    advisers = _advisers(AFTER_CONDOLENCE)
    obits = setup(database_url)
    assert match_and_draft(database_url, obits, advisers=advisers)  # Susan's condolence, awaiting review
    storm = _store_more_weather(database_url, _storm(1))
    assert match_and_draft(database_url, storm, advisers=advisers) == []  # nothing to review
    (condolence, awaiting, _), (weather, held, reason) = _susans_drafts(database_url)
    assert (awaiting, held) == ("pending_review", "held")
    assert "no weather outreach within 336 h of a bereavement outreach" in reason
    assert held_drafts(database_url, storm) == [weather]
    plan = plan_reviews(database_url, RunRef("d", "r1"), advisers)
    with session_scope(database_url) as s:
        from outreach.store.models import ReviewDraftRow
        asked = set(s.scalars(sa.select(ReviewDraftRow.draft_id)))
    assert plan.review_ids and condolence in asked and weather not in asked
    # outreach history shows it, with why
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    assert main(["history", "c-100"]) == 0
    out = capsys.readouterr().out
    assert f"draft {weather}  weather  e-mail  held (cooldown: no weather outreach within 336 h" in out
    assert f"draft {condolence}  bereavement" in out and "pending review" in out
    assert main(["history", "nobody"]) == 2
    # a person may still ask about it
    assert reopen_drafts(database_url, [weather]) == [weather]


def test_the_digest_counts_what_the_cooldown_held_back():
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "plugins"))
    from outreach_notifiers import digest_mail

    common = {"link": "https://airflow.example/r", "counts": {"weather": 2}, "to": "a@lakeside.example",
              "to_name": "Amy", "from_email": "outreach@lakeside.example", "run_id": "r1"}
    text = digest_mail(**common, held=3)["content"][0]["value"]
    assert "3 outreach held back by the firm's cooldown this run" in text
    assert "held back" not in digest_mail(**common)["content"][0]["value"]


def test_one_weather_note_per_client_per_72_hours_across_overlapping_storms(database_url):
    advisers = _advisers(ONE_WEATHER_NOTE)
    first = _store_weather(database_url, _storm(1))
    [drafted] = match_and_draft(database_url, first, advisers=advisers)
    second = _store_more_weather(database_url, _storm(2))
    assert match_and_draft(database_url, second, advisers=advisers) == []
    assert [(d, s) for d, s, _ in _susans_drafts(database_url)] == [(drafted, "pending_review"),
                                                                    (drafted + 1, "held")]


def test_two_storms_in_one_batch_give_one_weather_note(database_url):
    advisers = _advisers(ONE_WEATHER_NOTE)
    ids = _store_weather(database_url, _storm(1)) + _store_more_weather(database_url, _storm(2))
    assert len(match_and_draft(database_url, ids, advisers=advisers)) == 1
    assert sorted(s for _, s, _ in _susans_drafts(database_url)) == ["held", "pending_review"]
    assert len(held_drafts(database_url, ids)) == 1


def test_without_cooldown_rules_nothing_is_held(database_url):
    obits = setup(database_url)
    match_and_draft(database_url, obits, advisers=ADVISERS)
    storm = _store_more_weather(database_url, _storm(1))
    assert len(match_and_draft(database_url, storm, advisers=ADVISERS)) == 1
    assert "held" not in {s for _, s, _ in _susans_drafts(database_url)}


def test_a_rejected_condolence_does_not_hold_a_weather_note(database_url):
    from outreach.pipeline import record_decision

    advisers = _advisers(AFTER_CONDOLENCE)
    obits = setup(database_url)
    match_and_draft(database_url, obits, advisers=advisers)
    [(condolence, _, _)] = _susans_drafts(database_url)
    record_decision(database_url, condolence, "reject", "jdoe", reason="not now")
    storm = _store_more_weather(database_url, _storm(1))
    assert len(match_and_draft(database_url, storm, advisers=advisers)) == 1


def test_history_lists_channel_when_approver_and_outcome(database_url):
    from outreach.pipeline import record_decision

    obits = setup(database_url, {"leader-telegram": [obit()]})
    match_and_draft(database_url, obits, advisers=ADVISERS)
    [(condolence, _, _)] = _susans_drafts(database_url)
    record_decision(database_url, condolence, "approve", "jdoe")
    with session_scope(database_url) as s:
        [contact] = client_history(s, "c-100")
    assert (contact.kind, contact.channel, contact.approved_by, contact.outcome) == (
        "bereavement", "email", "jdoe", "approved")
    assert contact.decided_at is not None and contact.left_at is None


def test_the_review_shows_the_last_three_contacts_newest_first(database_url):
    from outreach.reviews import _last_contact
    from outreach.store.models import DeliveryRow, EventRow

    setup(database_url, {})
    with session_scope(database_url) as s:
        for n, (kind, channel, state, day) in enumerate([
                ("news", "email", "sent", 1), ("weather", "card", "printed", 5), ("bereavement", "call", "called", 9),
                ("weather", "email", "sent", 12), ("news", "email", "failed", 20)]):
            event = EventRow(kind=kind, event_key=f"k{n}")
            s.add(event)
            s.flush()
            match = MatchRow(client_id="c-100", event_id=event.id, role="in_area", score=0.9, outreach_key=f"k{n}")
            s.add(match)
            s.flush()
            draft = DraftRow(match_id=match.id, template="t", status="sent", channel=channel)
            s.add(draft)
            s.flush()
            at = datetime(2026, 11, day, 12, tzinfo=UTC)
            s.add(DeliveryRow(draft_id=draft.id, state=state, channel=channel,
                              sent_at=at if channel == "email" else None, printed_at=at if channel == "card" else None,
                              outcome_at=at if channel == "call" else None))
    with session_scope(database_url) as s:
        shown = _last_contact(s, ["c-100", "c-200"])
    assert shown == {"c-100": "2026-11-12, weather (e-mail); 2026-11-09, bereavement (phone call); "
                              "2026-11-05, weather (card)"}

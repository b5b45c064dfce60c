"""The compliance archive: every message that left (an e-mail as RFC 5322, a card's PDF, a call's record) with a
manifest of hashes; a past day exported again is byte-identical; a recorded day the store no longer matches is
refused; archive_days is append-only. Real deliveries (the sendgrid client against the local double), SQLite and
PostgreSQL."""

from __future__ import annotations

import email
import hashlib
import json
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
import sqlalchemy as sa

from outreach.archive import MANIFEST, ArchiveMismatch, archive_pending_days, export_day
from outreach.cards import print_cards
from outreach.cli import main
from outreach.pipeline import deliver_approved
from outreach.reviews import Answer, outcome_field, record_answer, record_call_answer, review_draft_ids
from outreach.store.db import session_scope
from outreach.store.models import ArchiveDayRow, DraftRow
from tests.test_channels import _approve, _drafted
from tests.test_reviews import FAST, directory

API_KEY = "SG.archive"


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


@pytest.fixture(autouse=True)
def cards_home(tmp_path, monkeypatch):
    monkeypatch.setenv("OUTREACH_CARDS_DIR", str(tmp_path / "cards"))
    return tmp_path / "cards"


def _one_of_each(db_url: str, sg, cards_home: Path) -> dict[str, int]:
    """An e-mail sent, a card printed and a call made today; channel -> draft id."""
    reviews = _drafted(db_url, directory())
    assert len(reviews) >= 3
    sent: dict[str, int] = {}
    for review, channel in zip(reviews, ("email", "card", "call"), strict=False):
        record_answer(db_url, review.id, _approve(db_url, review.id, channel=channel), recorded_from="task")
        [draft_id] = review_draft_ids(db_url, review.id)
        deliver_approved(db_url, [draft_id], sg, advisers=directory(), policy=FAST)
        sent[channel] = draft_id
        if channel == "card":
            assert print_cards(db_url, review.advisor_email, datetime.now(UTC).date(), root=cards_home)
        if channel == "call":
            answer = Answer(["Record outcomes"], {outcome_field(draft_id): "reached", "note": "glad we spoke"},
                            responder_id="jane", responded_at=datetime.now(UTC))
            assert record_call_answer(db_url, review.id, answer, recorded_from="task") == {draft_id: True}
    return sent


def _text(value: str) -> str:
    """Line ends aside (an .eml has CRLF, which the parser keeps in the content)."""
    return value.replace("\r\n", "\n").rstrip("\n")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def test_every_message_that_left_is_archived_with_a_manifest_of_hashes(database_url, double, sg, cards_home, tmp_path):
    sent = _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    day = export_day(database_url, today, tmp_path / "archive", today=today + timedelta(days=1))
    assert day.recorded and day.messages == 3
    files = _files(day.path)
    manifest = json.loads(files[MANIFEST])
    assert hashlib.sha256(files[MANIFEST]).hexdigest() == day.manifest_sha256
    # every hash in the manifest is the file's
    assert set(manifest["files"]) == set(files) - {MANIFEST}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == digest
    by_channel = {m["channel"]: m for m in manifest["messages"]}
    assert {c: m["draft_id"] for c, m in by_channel.items()} == sent
    for m in manifest["messages"]:
        assert files[m["file"]] and hashlib.sha256(files[m["file"]]).hexdigest() == m["sha256"]
        assert m["approved_by"] == "jane" and m["decision"] == "approve" and m["decided_at"]
        assert m["draft"]["body_text"] and m["final"]["body_text"] and m["evidence"]["text"]
    # the e-mail parses with the standard email package and is what SendGrid received
    [request] = double.messages()
    eml = email.message_from_bytes(files[by_channel["email"]["file"]], policy=policy.default)
    sent_to = request["body"]["personalizations"][0]["to"][0]["email"]
    assert eml["To"].addresses[0].addr_spec == sent_to
    assert eml["Subject"] == request["body"]["subject"]
    assert eml["Date"].datetime.tzinfo is not None
    assert eml["Message-ID"] == f"<{request['message_id']}@outreach.archive>"
    for kind, sent_part in zip(("plain", "html"), request["body"]["content"], strict=True):
        part = eml.get_body((kind,))
        assert part.get_content_type() == sent_part["type"]
        assert _text(part.get_content()) == _text(sent_part["value"])
    assert by_channel["email"]["delivery"]["provider_message_id"] == request["message_id"]
    # the card is its PDF as rendered; the call its record
    assert files[by_channel["card"]["file"]].startswith(b"%PDF")
    call = json.loads(files[by_channel["call"]["file"]])
    assert (call["outcome"], call["outcome_by"], call["note"]) == ("reached", "jane", "glad we spoke")


def test_every_archived_eml_parses(database_url, double, sg, cards_home, tmp_path):
    _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    day = export_day(database_url, today, tmp_path / "a", today=today)
    emls = sorted(day.path.glob("*.eml"))
    assert emls
    for path in emls:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert not message.defects and message.is_multipart()
        assert {p.get_content_type() for p in message.iter_parts()} == {"text/plain", "text/html"}
        assert message["From"].addresses and message["To"].addresses


def test_a_past_day_exported_again_is_byte_identical(database_url, double, sg, cards_home, tmp_path):
    _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    first = export_day(database_url, today, tmp_path / "one", today=today + timedelta(days=1))
    again = export_day(database_url, today, tmp_path / "two", today=today + timedelta(days=2))
    assert first.recorded and not again.recorded
    assert _files(first.path) == _files(again.path)
    assert again.manifest_sha256 == first.manifest_sha256


def test_a_recorded_day_the_store_no_longer_matches_is_refused(database_url, double, sg, cards_home, tmp_path,
                                                              monkeypatch, capsys):
    sent = _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    first = export_day(database_url, today, tmp_path / "one", today=today + timedelta(days=1))
    before = _files(first.path)
    with session_scope(database_url) as s:
        s.execute(sa.update(DraftRow).where(DraftRow.id == sent["email"]).values(body_text="something else"))
    with pytest.raises(ArchiveMismatch, match="no longer says"):
        export_day(database_url, today, tmp_path / "one", today=today + timedelta(days=1))
    assert _files(first.path) == before, "nothing overwritten"
    # and the recorded hash itself cannot be changed to fit
    with session_scope(database_url) as s, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        s.execute(sa.update(ArchiveDayRow).values(manifest_sha256="0" * 64))
    with session_scope(database_url) as s, pytest.raises(sa.exc.DatabaseError, match="append-only"):
        s.execute(sa.delete(ArchiveDayRow))
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    assert main(["archive", "export", "--since", today.isoformat(), "--until", today.isoformat(),
                 "--out", str(tmp_path / "cli")]) == 1
    assert "no longer says" in capsys.readouterr().err


def test_today_is_exported_but_not_recorded_and_the_cli_writes_each_day(database_url, double, sg, cards_home,
                                                                       tmp_path, monkeypatch, capsys):
    _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    since = today - timedelta(days=1)
    assert main(["archive", "export", "--since", since.isoformat(), "--out", str(tmp_path / "cli")]) == 0
    out = capsys.readouterr().out
    assert "0 message(s)" in out and "3 message(s)" in out and "(recorded)" in out  # yesterday recorded, empty
    assert (tmp_path / "cli" / today.isoformat() / MANIFEST).is_file()
    with session_scope(database_url) as s:
        assert list(s.scalars(sa.select(ArchiveDayRow.day))) == [since]
    assert main(["archive", "export", "--since", "nonsense", "--out", str(tmp_path / "cli")]) == 2


def test_the_daily_archive_writes_each_complete_day_once(database_url, double, sg, cards_home, tmp_path):
    _one_of_each(database_url, sg, cards_home)
    today = datetime.now(UTC).date()
    root = tmp_path / "archive"
    assert archive_pending_days(database_url, root, now=datetime.now(UTC)) == []  # today is not over
    tomorrow_morning = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=UTC) + \
        timedelta(hours=7)
    [day] = archive_pending_days(database_url, root, now=tomorrow_morning)
    assert (day.day, day.messages, day.recorded) == (today, 3, True)
    assert archive_pending_days(database_url, root, now=tomorrow_morning) == []
    later = archive_pending_days(database_url, root, now=tomorrow_morning + timedelta(days=2))
    assert [(d.day, d.messages) for d in later] == [(today + timedelta(days=1), 0), (today + timedelta(days=2), 0)]


def test_an_email_sent_before_request_bodies_were_stored_is_listed_with_a_note_not_rebuilt(
        database_url, double, sg, cards_home, tmp_path):
    from outreach.archive import LEGACY_EMAIL
    from outreach.store.models import DeliveryRow

    sent = _one_of_each(database_url, sg, cards_home)
    with session_scope(database_url) as s:
        s.execute(sa.update(DeliveryRow).where(DeliveryRow.draft_id == sent["email"]).values(request_body=None))
    today = datetime.now(UTC).date()
    day = export_day(database_url, today, tmp_path / "a", today=today)
    manifest = json.loads((day.path / MANIFEST).read_bytes())
    [legacy] = [m for m in manifest["messages"] if m["channel"] == "email"]
    assert (legacy["file"], legacy["sha256"], legacy["note"]) == (None, None, LEGACY_EMAIL)
    assert day.messages == 3 and len(manifest["files"]) == 2 and not list(day.path.glob("*.eml"))


def test_a_card_pdf_changed_on_disk_fails_the_export_naming_it(database_url, double, sg, cards_home, tmp_path,
                                                                monkeypatch, capsys):
    from outreach.store.models import DeliveryRow

    sent = _one_of_each(database_url, sg, cards_home)
    with session_scope(database_url) as s:
        path = Path(s.scalar(sa.select(DeliveryRow.artifact_path).where(DeliveryRow.draft_id == sent["card"])))
    path.write_bytes(path.read_bytes() + b"%% tampered\n")
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    today = datetime.now(UTC).date().isoformat()
    assert main(["archive", "export", "--since", today, "--out", str(tmp_path / "cli")]) == 1
    assert f"draft {sent['card']}: the card's PDF" in capsys.readouterr().err

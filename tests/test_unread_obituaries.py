"""An obituary the matcher cannot read is never silently dropped: fetched over real HTTP into a real store
(SQLite file and PostgreSQL), it is marked unread by match_and_draft, its source is unhealthy (the daily DAG
and the digest line say so) until a person acknowledges it with `outreach feeds unread --ack`, and the record
of what was not read is kept."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer

from outreach.cli import main
from outreach.match.engine import UNREAD_SURVIVORS_ONLY
from outreach.pipeline import match_and_draft
from outreach.source_health import attention_line, check_sources
from outreach.store.db import dispose_engines, session_factory
from outreach.store.models import FeedItemRow, MatchRow

ROSTER = ("client_id,first_name,last_name,city,state,postal_code,email,advisor_email\n"
          "C1,Ann,Berg,Altoona,WI,54720,ann.berg@mail.example,adv@firm.example\n"
          "C2,Mark,Lund,Altoona,WI,54720,mark.lund@mail.example,adv@firm.example\n")
ADVISERS = '{"advisers": {"adv@firm.example": {"name": "Pat Adviser"}}}'
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Adair Funeral Home Obituaries</title>
<item><guid>cel-1</guid><title>Celebration of life &lt;b&gt;Saturday&lt;/b&gt;</title>
<description>A celebration of life will be held Saturday at the Elks Lodge. Survived by his daughter, Ann Berg of
Altoona, and son Tom of Durand.</description><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>
<item><guid>ob-2</guid><title>Walter Lund</title><description>Walter Lund, 84, of Eau Claire, died March 1. He is
survived by his son, Mark Lund of Altoona.</description><pubDate>Mon, 02 Mar 2026 11:00:00 GMT</pubDate></item>
</channel></rss>"""


@pytest.fixture
def url(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path))
    monkeypatch.setenv("OUTREACH_HTTP_ATTEMPTS", "1")
    (tmp_path / "roster.csv").write_text(ROSTER)
    (tmp_path / "advisers.json").write_text(ADVISERS)
    yield database_url
    dispose_engines()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def reasons(url: str) -> dict[str, tuple[str, ...]]:
    with session_factory(url)() as s:
        return {h.name: h.reasons for h in check_sources(s, failure_limit=3)}


def test_an_unreadable_obituary_keeps_its_source_unhealthy_until_a_person_looks(url, tmp_path, capsys,
                                                                                 httpserver: HTTPServer):
    httpserver.expect_request("/obits").respond_with_data(FEED, content_type="application/rss+xml")
    assert run(capsys, "db", "upgrade")[0] == 0
    assert run(capsys, "roster", "import", str(tmp_path / "roster.csv"))[0] == 0
    assert run(capsys, "feeds", "add", "adair", httpserver.url_for("/obits"), "--kind", "obituary")[0] == 0
    assert run(capsys, "fetch", "--source", "adair")[0] == 0
    with session_factory(url)() as s:
        ids = list(s.scalars(sa.select(FeedItemRow.id).order_by(FeedItemRow.id)))
    assert reasons(url) == {"adair": ()}

    drafts = match_and_draft(url, ids, advisers=str(tmp_path / "advisers.json"), replay=True)
    with session_factory(url)() as s:
        assert {(m.client_id, m.role) for m in s.scalars(sa.select(MatchRow))} == {("C2", "survivor")}
        unread = {r.item_id: r.unread_reason for r in s.scalars(sa.select(FeedItemRow))}
    assert len(drafts) == 1 and unread == {"cel-1": UNREAD_SURVIVORS_ONLY, "ob-2": None}
    assert reasons(url) == {"adair": ("1 obituary could not be read (outreach feeds unread)",)}
    with session_factory(url)() as s:
        line = attention_line([h for h in check_sources(s, failure_limit=3) if not h.healthy])
    assert line == "Feed sources needing attention: adair (1 obituary could not be read (outreach feeds unread))"

    code, out, _ = run(capsys, "feeds", "unread")
    [listed] = out.splitlines()
    cel_id = str(ids[0])
    assert code == 0 and listed.split("\t")[:2] == [cel_id, "adair"]
    assert "Celebration of life" in listed and UNREAD_SURVIVORS_ONLY in listed and "<b>" not in listed

    # A re-run neither loses nor duplicates the record; an acknowledgement clears the alarm and keeps it.
    match_and_draft(url, ids, advisers=str(tmp_path / "advisers.json"), replay=True)
    assert run(capsys, "feeds", "unread", "--ack", cel_id, "999999", "--by", "pat")[0] == 1
    assert reasons(url) == {"adair": ()}
    assert run(capsys, "feeds", "unread")[1].strip() == "no unread obituaries awaiting a look"
    code, out, _ = run(capsys, "feeds", "unread", "--all", "--source", "adair")
    assert code == 0 and out.startswith(cel_id + "\t") and out.rstrip().endswith("by pat")
    assert run(capsys, "feeds", "unread", "--ack", cel_id)[0] == 1  # already acknowledged: said so
    match_and_draft(url, ids, advisers=str(tmp_path / "advisers.json"), replay=True)
    assert reasons(url) == {"adair": ()}
